/** The bundle of `kehoach serve` (scripts/build-cli.mjs): the dispatcher with the web host. */
import { verbMain } from '../run-main';
import { serveVerb } from '../serve/serve-verb';

export const main = verbMain('serve', serveVerb);
