/**
 * A batch worker thread (cli/batch/pool.ts): loads the templates once, then checks each file it is sent
 * and answers with the outcome. Bundled as packages/kehoach-cli/dist/check-worker.cjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalogue } from '../catalogue';
import { checkFile, type CheckSettings } from './check-file';
import type { WorkerReply, WorkerSetup, WorkerTask } from './pool';

const setup = workerData as WorkerSetup;
const port = parentPort;

const ready: Promise<CheckSettings> = loadCatalogue(setup.templatesDir).then((catalogue) => ({
  profiles: catalogue.profiles,
  ...(setup.profileId === undefined ? {} : { profileId: setup.profileId }),
  want: setup.want,
  checkedAt: setup.checkedAt,
}));

async function handle(task: WorkerTask): Promise<void> {
  const outcome = await checkFile(task.file, task.path, await ready);
  const reply: WorkerReply = { index: task.index, outcome };
  port?.postMessage(reply);
}

port?.on('message', (task: WorkerTask) => {
  void handle(task);
});
