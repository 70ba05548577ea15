/**
 * The batch review's state: starts a batch on the host (a native picker, or the page's files as uploads),
 * polls its progress until it is finished (the same over IPC and HTTP), cancels it, and asks one file's
 * report. The last batch is remembered while the page lives, so coming back from a file shows it again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchFileReport, BatchStatus } from '../../../electron/common/batch';
import type { HostApi, HostResult } from '../../app/services/contracts';
import { toBase64 } from '../../app/services/bytes';
import { overLimit, pickFiles } from './batch-files';
import { BATCH_STRINGS } from './strings';

/** How often a running batch is asked for its progress. */
const POLL_MS = 250;

type Remembered = { readonly status: BatchStatus; readonly uploads: readonly File[] | null; readonly skipped: number };
let remembered: Remembered | null = null;

export type BatchControls = {
  readonly status: BatchStatus | null;
  /** The picked files being read and sent. */
  readonly reading: boolean;
  readonly error: string | null;
  readonly skipped: number;
  /** The uploaded files, by row (web host), to open one of them. */
  readonly uploads: readonly File[] | null;
  pick(kind: 'folder' | 'files'): Promise<void>;
  upload(files: readonly File[], fromFolder: boolean): Promise<void>;
  cancel(): Promise<void>;
  report(index: number): Promise<BatchFileReport | null>;
};

function unavailable(): HostResult<never> {
  return { ok: false, error: { code: 'ipc/unknown-verb', message: 'Máy chủ này chưa hỗ trợ kiểm tra hàng loạt.' } };
}

export function useBatch(host: HostApi): BatchControls {
  const [status, setStatus] = useState<BatchStatus | null>(remembered?.status ?? null);
  const [uploads, setUploads] = useState<readonly File[] | null>(remembered?.uploads ?? null);
  const [skipped, setSkipped] = useState(remembered?.skipped ?? 0);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(() => {
    if (status) {
      remembered = { status, uploads, skipped };
    }
  }, [status, uploads, skipped]);

  // Poll while the batch runs.
  const id = status?.id;
  const running = status !== null && !status.finished;
  useEffect(() => {
    if (!running || id === undefined) {
      return undefined;
    }
    const timer = setTimeout(() => {
      void (host.batchStatus?.({ id }) ?? Promise.resolve(unavailable())).then((r) => {
        if (!live.current) {
          return;
        }
        if (r.ok) {
          setStatus(r.value);
        } else {
          setError(r.error.message);
          setStatus((s) => (s ? { ...s, finished: true } : s));
        }
      });
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [host, id, running, status]);

  const started = useCallback((r: HostResult<BatchStatus | null>, files: readonly File[] | null, left: number): void => {
    if (!r.ok) {
      setError(r.error.message);
    } else if (r.value) {
      setError(null);
      setUploads(files);
      setSkipped(left);
      setStatus(r.value);
    }
  }, []);

  const pick = useCallback(
    async (kind: 'folder' | 'files'): Promise<void> => {
      started(await (host.startBatch?.({ pick: kind }) ?? Promise.resolve(unavailable())), null, 0);
    },
    [host, started],
  );

  const upload = useCallback(
    async (all: readonly File[], fromFolder: boolean): Promise<void> => {
      const picked = pickFiles(all, fromFolder);
      if (picked.files.length === 0) {
        setError(BATCH_STRINGS.nothing);
        return;
      }
      const over = overLimit(picked.files);
      if (over) {
        setError(over.kind === 'too-many' ? BATCH_STRINGS.tooMany(picked.files.length, over.max) : BATCH_STRINGS.tooLarge(over.mb));
        return;
      }
      setReading(true);
      try {
        const sent = await Promise.all(
          picked.files.map(async (file, i) => ({ name: picked.names[i] as string, base64: toBase64(new Uint8Array(await file.arrayBuffer())) })),
        );
        started(await (host.startBatch?.({ uploads: sent }) ?? Promise.resolve(unavailable())), picked.files, picked.skipped);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setReading(false);
      }
    },
    [host, started],
  );

  const cancel = useCallback(async (): Promise<void> => {
    if (id !== undefined) {
      const r = await (host.cancelBatch?.({ id }) ?? Promise.resolve(unavailable()));
      if (r.ok) {
        setStatus(r.value);
      }
    }
  }, [host, id]);

  const report = useCallback(
    async (index: number): Promise<BatchFileReport | null> => {
      if (id === undefined) {
        return null;
      }
      const r = await (host.batchReport?.({ id, index }) ?? Promise.resolve(unavailable()));
      if (!r.ok) {
        setError(r.error.message);
        return null;
      }
      return r.value;
    },
    [host, id],
  );

  return { status, reading, error, skipped, uploads, pick, upload, cancel, report };
}
