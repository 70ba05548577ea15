/**
 * The structure reader: import lines (from plain text, a web copy, or the .docx reader's paragraphs) →
 * PlanDocuments (header, body tree, tables, signer block, Nơi nhận, appendices). importText splits text
 * into lines first; the .docx importer (../docx) gives importLines its own lines with formatting.
 */
export { importText, MAX_TEXT_CHARS, textToLines } from './import-text';
export type { ImportTextOptions, TextLimits } from './import-text';
export { DEFAULT_IMPORT_LIMITS, importLines } from './import-lines';
export type { ImportLimits, ImportLinesOptions } from './import-lines';
export type { CellSide, ImportLine } from './import-line';
export type { ImportOrigin } from './read-document';
export { parseMarker } from './markers';
export type { Marker } from './markers';
