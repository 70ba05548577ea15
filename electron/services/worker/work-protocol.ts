/**
 * What the host sends a document worker (electron/services/worker/document-worker.ts) and what it answers:
 * plain data only (structured clone), one task at a time per worker.
 */
import type { PlanDocument } from '@core/model';
import type { CheckResult } from '@core/rules';
import type { Profile } from '@core/templates';
import type { HostResult } from '../../common/host-api';
import type { ReadDocuments } from '../documents/read-document-file';

/** A task: read a file on disk or bytes in memory, check plans, or write a plan as .docx. */
export type WorkTask =
  | { readonly kind: 'read-file'; readonly path: string }
  | { readonly kind: 'read-bytes'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'check'; readonly documents: readonly PlanDocument[]; readonly profiles: readonly Profile[]; readonly profileId?: string }
  | { readonly kind: 'export-docx'; readonly document: PlanDocument };

export type WorkKind = WorkTask['kind'];

/** The value each kind of task answers with. */
export type WorkValue = {
  readonly 'read-file': ReadDocuments;
  readonly 'read-bytes': ReadDocuments;
  readonly check: readonly CheckResult[];
  readonly 'export-docx': Uint8Array;
};

/** A task as posted to a worker. */
export type WorkRequest = { readonly id: number; readonly task: WorkTask };

/** A worker's answer to one request. */
export type WorkReply = { readonly id: number; readonly result: HostResult<WorkValue[WorkKind]> };

/** What a worker posts: once "ready" when its script is loaded, then one reply per request. */
export type WorkMessage = WorkReply | { readonly ready: true };
