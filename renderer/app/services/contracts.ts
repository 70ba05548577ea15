/**
 * The one door from the renderer to electron/common (the HostApi contract and settings types) and to
 * the .docx writer in core/docx (ARCHITECTURE.md: the renderer imports core and electron/common).
 */
import type { PlanDocument } from '@core/model';
export type { FileHolder, FileVersion, HostApi, HostCommand, HostResult, OpenedFile, RecentFile, RecoveryEntry, TemplateSummary } from '../../../electron/common/host-api';
export type { AgencyProfile, Settings, SignerProfile } from '../../../electron/common/settings';

/** An export sent to the export worker. */
export type ExportRequest = { readonly id: number; readonly doc: PlanDocument };
/** The export worker's answer: the .docx bytes, or the writer's error message. */
export type ExportReply = { readonly id: number; readonly bytes: Uint8Array | null; readonly error: string | null };

/**
 * The .docx of a plan, written in a Web Worker (export.worker.ts) started on the first export: the
 * writer carries the docx library, which the first paint does not need, and a long plan takes long
 * enough to freeze typing. Where workers are missing (jsdom) or the worker cannot start, the writer is
 * loaded on this thread instead (ARCHITECTURE.md "Where work runs").
 */
export async function writeDocx(doc: PlanDocument): Promise<Uint8Array> {
  const worker = exportWorker();
  if (worker !== null) {
    try {
      return await worker.write(doc);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) {
        throw error;
      }
      console.warn('Không xuất được trong luồng riêng; xuất trên luồng chính.', error.message);
    }
  }
  const writer = await import('@core/docx');
  return writer.writeDocx(doc);
}

/** The worker failed to load or died: the export runs on this thread instead. */
class WorkerUnavailable extends Error {}

type ExportWorker = { write(doc: PlanDocument): Promise<Uint8Array> };

let shared: ExportWorker | null | undefined;

function exportWorker(): ExportWorker | null {
  if (shared !== undefined) {
    return shared;
  }
  shared = null;
  if (typeof Worker === 'undefined') {
    return null;
  }
  let worker: Worker;
  try {
    // Vite finds this exact form and builds export.worker.ts as its own module file ('self' in the CSP).
    worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'xuat-docx' });
  } catch {
    return null;
  }
  let nextId = 1;
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  worker.addEventListener('message', (event: MessageEvent<ExportReply>) => {
    const waiter = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.bytes !== null) {
      waiter?.resolve(event.data.bytes);
    } else {
      waiter?.reject(new Error(event.data.error ?? ''));
    }
  });
  worker.addEventListener('error', (event) => {
    // Could not load (a policy, a broken build) or died: every waiting export and the next ones run here.
    event.preventDefault();
    worker.terminate();
    shared = null;
    for (const waiter of pending.values()) {
      waiter.reject(new WorkerUnavailable(event.message));
    }
    pending.clear();
  });
  shared = {
    write(doc) {
      return new Promise<Uint8Array>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        const request: ExportRequest = { id, doc };
        worker.postMessage(request);
      });
    },
  };
  return shared;
}
