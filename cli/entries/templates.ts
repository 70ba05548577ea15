/** The bundle of `kehoach templates` (scripts/build-cli.mjs): the dispatcher with this one verb. */
import { templatesCommand } from '../commands/templates-command';
import { verbMain } from '../run-main';

export const main = verbMain('templates', templatesCommand);
