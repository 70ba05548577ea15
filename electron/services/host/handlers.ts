/**
 * The HostApi verbs implemented over the services, transport-agnostic: Electron's IPC wrapper and the
 * web host both call these with an already validated payload and the caller's context.
 */
import type { HostApi, HostVerb } from '../../common/host-api';
import type { Services } from '../create-services';
import { renderCheck } from '../render/render-service';
import { hostError, hostOk } from './host-error';
import type { VerbPayload } from './payloads';
import { summarizeTemplate } from '../templates/template-catalogue';
import { planFromTemplate } from '../templates/template-source';

/** Who is calling: one window of the app ("wc:<id>") or the web host's page ("web"). */
export type HandlerContext = { readonly clientId: string };

/** What only a window host can do; the web host's version does nothing. */
export type WindowBridge = {
  setTitle(context: HandlerContext, title: string, dirty: boolean): void;
  /** The next file waiting to be opened for this window (already granted), if any. */
  takePendingFile(context: HandlerContext): string | null;
  /** This window's page as PDF bytes (Electron's printToPDF); null where the host cannot print (the web host). */
  printToPdf?(context: HandlerContext): Promise<Uint8Array | null>;
};

/** The result type of a verb, from the contract. */
export type VerbResult<V extends HostVerb> = Awaited<ReturnType<NonNullable<HostApi[V]>>>;

export type HostHandlers = {
  readonly [V in HostVerb]: (payload: VerbPayload<V>, context: HandlerContext) => Promise<VerbResult<V>>;
};

/** Builds the verb handlers over the services and a window bridge. */
export function createHostHandlers(services: Services, window: WindowBridge): HostHandlers {
  const { batch, dialogs, documents, presence, recovery, recent, settings, templates } = services;
  const handlers: HostHandlers = {
    listTemplates: async () => hostOk((await templates.load()).map(summarizeTemplate)),
    newFromTemplate: async ({ templateId }) => {
      const template = (await templates.load()).find((t) => t.id === templateId);
      if (!template) {
        return hostError('template/not-found', `Không có mẫu "${templateId}".`);
      }
      return hostOk(planFromTemplate(template, settings.get().agencyProfile));
    },
    openDocument: async (request, context) => documents.open(request, context.clientId),
    saveDocument: async (request, context) => documents.save(request, context.clientId),
    saveFile: async (request) => documents.saveFile(request),
    getSettings: async () => hostOk(settings.get()),
    updateSettings: async (request) => hostOk(settings.update(request)),
    listRecentFiles: async () => hostOk(await recent.list()),
    autosave: async (request, context) => recovery.autosave(request, context.clientId),
    listRecoveries: async (_payload, context) => hostOk(await recovery.list(context.clientId)),
    restoreRecovery: async ({ id }, context) => {
      const restored = await recovery.restore(id, context.clientId);
      if (restored.ok && restored.value.path !== null) {
        await documents.grantRecent(restored.value.path);
      }
      return restored;
    },
    discardRecovery: async ({ id }, context) => recovery.discard(id, context.clientId),
    keepAlive: async ({ closing, openPath }, context) => {
      if (closing) {
        presence.release(context.clientId);
        await documents.releaseClient(context.clientId);
      } else {
        presence.revive(context.clientId);
        if (openPath !== undefined) {
          await documents.holdOnly(context.clientId, openPath);
        }
      }
      return hostOk(null);
    },
    setTitle: async ({ title, dirty }, context) => {
      window.setTitle(context, title, dirty);
      return hostOk(null);
    },
    takePendingFile: async (_payload, context) => {
      const path = window.takePendingFile(context);
      return path === null ? hostOk(null) : documents.open({ path }, context.clientId);
    },
    // A long conversion in a child process: main stays free (LibreOffice does the work).
    renderCheck: async ({ base64 }) => hostOk(await renderCheck(Buffer.from(base64, 'base64'))),
    // The print preview on screen as PDF, saved like any exported file; the web host prints in the browser.
    printToPdf: async ({ suggestedName }, context) => {
      const pdf = window.printToPdf ? await window.printToPdf(context) : null;
      if (pdf === null) {
        return hostError('print/unavailable', 'Bản web không tự in ra PDF; hãy dùng lệnh In của trình duyệt (Ctrl+P) và chọn "Lưu dưới dạng PDF".');
      }
      return documents.saveFile({ suggestedName, base64: Buffer.from(pdf).toString('base64'), filter: 'pdf' });
    },
    // Batch review: a native picker in the app, the page's uploads in the web host (electron/services/batch).
    startBatch: async (request) => {
      if ('uploads' in request) {
        return batch.start({ uploads: request.uploads.map((u) => ({ name: u.name, bytes: Buffer.from(u.base64, 'base64') })) });
      }
      if (request.pick === 'folder' ? !dialogs.showOpenFolder : !dialogs.showOpenFiles) {
        return hostError('batch/no-picker', 'Ở bản web, hãy chọn tệp hoặc thư mục bằng nút chọn của trình duyệt.');
      }
      const folder = request.pick === 'folder' ? await dialogs.showOpenFolder?.() : undefined;
      const files = request.pick === 'files' ? await dialogs.showOpenFiles?.() : undefined;
      if (folder) {
        return batch.start({ folder });
      }
      return files && files.length > 0 ? batch.start({ paths: files }) : hostOk(null);
    },
    batchStatus: async ({ id }) => batch.status(id),
    cancelBatch: async ({ id }) => batch.cancel(id),
    batchReport: async ({ id, index }) => {
      const report = await batch.report(id, index);
      // A file of a folder the user picked may be opened by path next (the reviewer view).
      if (report.ok && report.value.path !== null) {
        documents.grant(report.value.path);
      }
      return report;
    },
  };
  // Every call but a goodbye says the window or page is alive (the web host's pages call in regularly).
  return Object.fromEntries(
    Object.entries(handlers).map(([verb, handler]) => [
      verb,
      (payload: unknown, context: HandlerContext) => {
        if (!(verb === 'keepAlive' && (payload as { closing?: boolean }).closing === true)) {
          presence.touch(context.clientId);
        }
        return (handler as (p: unknown, c: HandlerContext) => Promise<unknown>)(payload, context);
      },
    ]),
  ) as unknown as HostHandlers;
}
