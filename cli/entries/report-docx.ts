/**
 * The bundle that writes the phiếu kiểm tra thể thức as .docx (scripts/build-cli.mjs): loaded by
 * `kehoach check --format docx` only, so the check bundle itself carries no docx library. The package is
 * zipped with Node's zlib (loaded when the first phiếu is written).
 */
import { crc32, useRawDeflater } from '@core/docx';
import { nodeDeflater } from '../services/zlib';

useRawDeflater(nodeDeflater(crc32));

export { writeReportDocx } from '@core/docx';
