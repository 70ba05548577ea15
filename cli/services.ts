/**
 * The CLI's one door to the Node services it shares with the hosts and to the .docx writer.
 */
export { readDocumentFile, type ReadDocuments } from '../electron/services/documents/read-document-file';
export { pathExists, writeFileAtomic } from '../electron/services/fs/atomic-write';
export {
  findTemplate,
  loadTemplateCatalogue,
  type TemplateCatalogue,
} from '../electron/services/templates/template-catalogue';
export { writeDocx } from '../core/docx/index';
