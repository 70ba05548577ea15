/** The bundle of `kehoach export` (scripts/build-cli.mjs): the dispatcher with this one verb. */
import { crc32, useRawDeflater } from '@core/docx';
import { exportCommand } from '../commands/export-command';
import { verbMain } from '../run-main';
import { nodeDeflater, useNodeInflater } from '../services/zlib';

useNodeInflater();
useRawDeflater(nodeDeflater(crc32));

export const main = verbMain('export', exportCommand);
