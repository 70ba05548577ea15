/** The bundle of `kehoach export` (scripts/build-cli.mjs): the dispatcher with this one verb. */
import { exportCommand } from '../commands/export-command';
import { verbMain } from '../run-main';
import { useNodeInflater } from './node-inflater';

useNodeInflater();

export const main = verbMain('export', exportCommand);
