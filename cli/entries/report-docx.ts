/**
 * The bundle that writes the phiếu kiểm tra thể thức as .docx (scripts/build-cli.mjs): loaded by
 * `kehoach check --format docx` only, so the check bundle itself carries no docx library.
 */
export { writeReportDocx } from '@core/docx';
