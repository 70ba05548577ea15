/** The bundle of `kehoach new` (scripts/build-cli.mjs): the dispatcher with this one verb. */
import { newCommand } from '../commands/new-command';
import { verbMain } from '../run-main';

export const main = verbMain('new', newCommand);
