/** The bundle of `kehoach check` (scripts/build-cli.mjs): the dispatcher with this one verb. */
import { checkCommand } from '../commands/check-command';
import { verbMain } from '../run-main';

export const main = verbMain('check', checkCommand);
