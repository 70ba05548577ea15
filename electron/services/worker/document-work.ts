/**
 * Reading, checking and exporting for the host verbs, each in a worker of the pool (work-pool.ts): the
 * host's main thread only passes messages, so a hostile file costs one worker, never the host.
 */
import { basename } from 'node:path';
import type { PlanDocument } from '@core/model';
import type { CheckResult } from '@core/rules';
import type { Profile } from '@core/templates';
import type { HostResult } from '../../common/host-api';
import type { ReadDocuments } from '../documents/read-document-file';
import type { WorkPool } from './work-pool';

/** What DocumentService needs to read files: the pool in the hosts, the plain readers in its unit tests. */
export type DocumentReader = {
  readFile(path: string): Promise<HostResult<ReadDocuments>>;
  readBytes(name: string, bytes: Uint8Array): Promise<HostResult<ReadDocuments>>;
};

/** The document tasks the hosts run off their main thread. */
export type DocumentWork = DocumentReader & {
  /** Checks each document against the profiles (one result per document, in order). */
  check(documents: readonly PlanDocument[], profiles: readonly Profile[], options?: { readonly profileId?: string; readonly label?: string }): Promise<HostResult<readonly CheckResult[]>>;
  /** The plan written as .docx bytes. */
  exportDocx(document: PlanDocument, label?: string): Promise<HostResult<Uint8Array>>;
  /** Starts a worker ahead of the first task. */
  warm(): void;
  dispose(): Promise<void>;
};

/** Document work over a pool of worker threads. */
export function pooledWork(pool: WorkPool): DocumentWork {
  return {
    readFile: (path) => pool.run({ kind: 'read-file', path }, basename(path)),
    readBytes: (name, bytes) => pool.run({ kind: 'read-bytes', name, bytes }, name),
    check: (documents, profiles, options = {}) =>
      pool.run({ kind: 'check', documents, profiles, ...(options.profileId === undefined ? {} : { profileId: options.profileId }) }, options.label ?? titleOf(documents[0])),
    exportDocx: (document, label) => pool.run({ kind: 'export-docx', document }, label ?? titleOf(document)),
    warm: () => pool.warm(),
    dispose: () => pool.dispose(),
  };
}

function titleOf(document: PlanDocument | undefined): string {
  const summary = document?.header.summary?.trim() ?? '';
  return summary === '' ? 'kế hoạch' : summary.length > 60 ? `${summary.slice(0, 57)}…` : summary;
}
