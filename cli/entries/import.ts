/** The bundle of `kehoach import` (scripts/build-cli.mjs): the dispatcher with this one verb. */
import { importCommand } from '../commands/import-command';
import { verbMain } from '../run-main';

export const main = verbMain('import', importCommand);
