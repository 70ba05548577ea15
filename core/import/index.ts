export { importLines, importText, parseMarker, textToLines } from './structure/index';
export type { CellSide, ImportLine, ImportLinesOptions, ImportOrigin, ImportTextOptions, Marker } from './structure/index';
export { importDocx } from './docx/import-docx';
export { textEncodingOf, type TextEncodingName } from './text-encoding';
