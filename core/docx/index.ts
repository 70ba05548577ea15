export { writeDocx } from './writer/write-docx';
export type { WriteDocxOptions } from './writer/write-docx';
