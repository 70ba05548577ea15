export { importText } from './txt/import-text';
export type { ImportTextOptions } from './txt/import-text';
export { importDocx } from './docx/import-docx';
