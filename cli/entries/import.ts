/** The bundle of `kehoach import` (scripts/build-cli.mjs): the dispatcher with this one verb. */
import { importCommand } from '../commands/import-command';
import { verbMain } from '../run-main';
import { useNodeInflater } from '../services/zlib';

useNodeInflater();

export const main = verbMain('import', importCommand);
