// The document worker run from the TypeScript sources (tsx in development, vitest): registers tsx in this
// thread, then loads document-worker.ts. Bundles have their own compiled worker (worker-script.ts).
import { register } from 'tsx/esm/api';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
register({ tsconfig: join(here, '..', '..', '..', 'tsconfig.node.json') });
await import(pathToFileURL(join(here, 'document-worker.ts')).href);
