/**
 * Public surface of the text importer; the .docx reader reuses importLines with its own lines.
 */
export { importText, textToLines } from './import-text';
export type { ImportTextOptions } from './import-text';
export { importLines } from './import-lines';
export type { ImportLinesOptions } from './import-lines';
export type { CellSide, ImportLine } from './import-line';
export type { ImportOrigin } from './read-document';
export { parseMarker } from './markers';
export type { Marker } from './markers';
