/**
 * The CLI's door to the document reader it shares with the hosts (.kehoach, .txt and .docx → documents).
 * The doors are separate files so that a verb's bundle carries only the services it uses: `templates`
 * has no reader, and only `export` has the .docx writer (imported from core/docx by that verb alone).
 */
export { readDocumentFile, type ReadDocuments } from '../../electron/services/documents/read-document-file';
