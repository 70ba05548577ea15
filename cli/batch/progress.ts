/**
 * The progress bar of a batch check, on stderr, only on a terminal and only for more than
 * PROGRESS_THRESHOLD files: piped or redirected output gets nothing extra. Redrawn at most ten times
 * a second; cleared before any other line is written, and at the end.
 */
import type { CliIo } from '../io';

/** Batches of this many files or fewer show no progress bar. */
export const PROGRESS_THRESHOLD = 10;

const CLEAR = '\r\x1b[2K';
const REDRAW_MS = 100;

export type Progress = {
  /** One more file done; `errors` when it had errors, `unreadable` when it could not be read. */
  readonly tick: (kind: 'clean' | 'errors' | 'unreadable') => void;
  /** Writes text on stdout or stderr without leaving a broken bar behind. */
  readonly around: (write: () => void) => void;
  /** Removes the bar. */
  readonly end: () => void;
};

const SILENT: Progress = {
  tick: () => undefined,
  around: (write) => write(),
  end: () => undefined,
};

/** A progress bar for `total` files, or one that draws nothing when stderr is no terminal or the batch is small. */
export function createProgress(io: CliIo, total: number, now: () => number = Date.now): Progress {
  if (io.errIsTTY !== true || total <= PROGRESS_THRESHOLD) {
    return SILENT;
  }
  const started = now();
  let done = 0;
  let errors = 0;
  let unreadable = 0;
  let drawnAt = -Infinity;
  let shown = false;
  const draw = (): void => {
    const width = Math.max(10, Math.min(40, (io.columns ?? 80) - 60));
    const filled = Math.round((done / total) * width);
    const seconds = Math.round((now() - started) / 1000);
    const notes = [`${errors} có lỗi`, ...(unreadable > 0 ? [`${unreadable} không đọc được`] : []), `${seconds} giây`];
    io.err(`${CLEAR}Đang kiểm tra [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} tệp · ${notes.join(' · ')}`);
    shown = true;
    drawnAt = now();
  };
  const clear = (): void => {
    if (shown) {
      io.err(CLEAR);
      shown = false;
    }
  };
  draw();
  return {
    tick: (kind) => {
      done += 1;
      errors += kind === 'errors' ? 1 : 0;
      unreadable += kind === 'unreadable' ? 1 : 0;
      if (done === total || now() - drawnAt >= REDRAW_MS) {
        draw();
      }
    },
    around: (write) => {
      const wasShown = shown;
      clear();
      write();
      if (wasShown && done < total) {
        draw();
      }
    },
    end: clear,
  };
}
