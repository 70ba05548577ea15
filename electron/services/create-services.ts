/**
 * Composition root of the Node services shared by Electron main and the web host (manual DI, no
 * locator). dispose() releases them in reverse order.
 */
import { join } from 'node:path';
import { profileFromTemplate } from '@core/templates';
import { BatchService } from './batch/batch-service';
import { DocumentService } from './documents/document-service';
import type { AtomicWriteHooks } from './fs/atomic-write';
import type { Dialogs } from './host/dialogs';
import { templatesFromDirectory, type TemplateSource } from './templates/template-source';
import { RecentFiles } from './recent/recent-files';
import { Presence, type LiveScope } from './recovery/presence';
import { RecoveryStore } from './recovery/recovery-store';
import { SettingsService, type SettingsStore } from './settings/settings-service';
import { pooledWork, type DocumentWork } from './worker/document-work';
import { WorkPool, type WorkPoolOptions } from './worker/work-pool';
import { documentWorkerUrl } from './worker/worker-script';

export type ServicesOptions = {
  /** The app's data folder: recovery/, recent-files.json. */
  readonly dataDir: string;
  /** The templates catalogue folder (templates/<id>/template.json). */
  readonly templatesDir: string;
  readonly settingsStore: SettingsStore;
  readonly dialogs: Dialogs;
  /** Test seam for atomic writes. */
  readonly writeHooks?: AtomicWriteHooks;
  readonly now?: () => Date;
  /** 'instance' in the app (default), 'client' in the web host (see RecoveryStore). */
  readonly recoveryScope?: LiveScope;
  /** The document workers' budgets and script (found beside this code by default). */
  readonly work?: Partial<WorkPoolOptions>;
  /** Start one document worker at once (the hosts), so the first file opens as fast as the next. */
  readonly warmWorker?: boolean;
  /** The batch review's worker script (the web host passes the command's); none: files are checked in this thread. */
  readonly batchWorker?: URL | null;
};

export type Services = {
  readonly documents: DocumentService;
  /** Reading, checking and exporting in worker threads with a time and memory budget. */
  readonly work: DocumentWork;
  readonly recovery: RecoveryStore;
  /** Which launches, windows and pages are alive (drafts and file locks belong to them). */
  readonly presence: Presence;
  readonly recent: RecentFiles;
  readonly settings: SettingsService;
  readonly templates: TemplateSource;
  readonly dialogs: Dialogs;
  /** Batch review: many files checked in the background, polled by the page. */
  readonly batch: BatchService;
  dispose(): Promise<void>;
};

/** Builds the services in dependency order. */
export function createServices(options: ServicesOptions): Services {
  const now = options.now ?? ((): Date => new Date());
  const settings = new SettingsService(options.settingsStore);
  const recent = new RecentFiles(join(options.dataDir, 'recent-files.json'), 10, now);
  const presence = new Presence(join(options.dataDir, 'recovery', 'owners'), { now, scope: options.recoveryScope ?? 'instance' });
  const recovery = new RecoveryStore(join(options.dataDir, 'recovery'), now, presence);
  const work = pooledWork(new WorkPool({ ...options.work, script: options.work?.script ?? documentWorkerUrl() }));
  const documents = new DocumentService(options.dialogs, recent, options.writeHooks ?? {}, presence, work);
  if (options.warmWorker === true) {
    work.warm();
  }
  const templates = templatesFromDirectory(options.templatesDir);
  const batch = new BatchService({
    profiles: async () => (await templates.load()).map(profileFromTemplate),
    templatesDir: options.templatesDir,
    workerScript: options.batchWorker ?? null,
    // Without the command's batch worker (the app), files are read and checked by the document workers.
    work,
  });
  return {
    documents,
    work,
    recovery,
    presence,
    recent,
    settings,
    templates,
    dialogs: options.dialogs,
    batch,
    async dispose(): Promise<void> {
      await batch.dispose();
      await documents.dispose();
      await recovery.dispose();
      await presence.stop();
      await recent.dispose();
      settings.dispose();
      await work.dispose();
    },
  };
}
