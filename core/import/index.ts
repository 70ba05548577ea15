export { importLines, importText, parseMarker, textToLines } from './txt/index';
export type { CellSide, ImportLine, ImportLinesOptions, ImportOrigin, ImportTextOptions, Marker } from './txt/index';
export { importDocx } from './docx/import-docx';
export { textEncodingOf, type TextEncodingName } from './text-encoding';
