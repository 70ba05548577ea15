// A batch worker thread run from the TypeScript sources (a development checkout without a fresh bundle):
// registers tsx in this thread, then loads cli/batch/check-worker.ts. The bundle has its own worker.
import { register } from 'tsx/esm/api';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
register({ tsconfig: join(root, 'tsconfig.node.json') });
await import(pathToFileURL(join(root, 'cli', 'batch', 'check-worker.ts')).href);
