export { importLines, importText, textToLines } from './txt/index';
export type { CellSide, ImportLine, ImportLinesOptions, ImportOrigin, ImportTextOptions } from './txt/index';
export { importDocx } from './docx/import-docx';
