/**
 * Public surface of the text importer; the .docx reader reuses importLines with its own lines.
 */
export { importText, MAX_TEXT_CHARS, textToLines } from './import-text';
export type { ImportTextOptions, TextLimits } from './import-text';
export { DEFAULT_IMPORT_LIMITS, importLines } from './import-lines';
export type { ImportLimits, ImportLinesOptions } from './import-lines';
export type { CellSide, ImportLine } from './import-line';
export type { ImportOrigin } from './read-document';
export { parseMarker } from './markers';
export type { Marker } from './markers';
