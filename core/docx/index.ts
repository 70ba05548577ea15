/**
 * The .docx surface of core: `writeDocx` lays a PlanDocument out as NĐ 30/2020 PL I asks (A4, Times New Roman,
 * letterhead and signer tables, page numbers from page 2). Only core/docx/writer imports the `docx` package.
 */
export { writeDocx } from './writer/write-docx';
export type { WriteDocxOptions } from './writer/write-docx';
export { writeReportDocx } from './writer/report-docx';
export { useRawDeflater } from './writer/pack';
export { crc32 } from './writer/zip-writer';
export type { RawDeflater } from './writer/zip-writer';
