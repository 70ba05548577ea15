/**
 * Runs: make one with only the emphasis that is on, merge neighbours of the same emphasis, cut characters off the
 * front or the back, take a slice. One module for the text importer, the editor bridge, the paste reader and the
 * writer. Pure functions; they never mutate their inputs (pushRun adds to the list it is given, as a builder).
 */
import type { Run } from './plan-document';

/** Bold and italic, the only emphasis the model keeps. */
export type Emphasis = { readonly bold?: boolean; readonly italic?: boolean };

/** True when both have the same emphasis (an absent flag is off). */
export function sameEmphasis(a: Emphasis, b: Emphasis): boolean {
  return (a.bold ?? false) === (b.bold ?? false) && (a.italic ?? false) === (b.italic ?? false);
}

/** A run with only the emphasis that is on: `{ text }`, `{ text, bold: true }` … (never `bold: false`). */
export function makeRun(text: string, emphasis: Emphasis = {}): Run {
  return { text, ...(emphasis.bold ? { bold: true } : {}), ...(emphasis.italic ? { italic: true } : {}) };
}

/**
 * Neighbours joined while `joinable(previous, next)` holds, their texts concatenated (the first one's other fields
 * kept). Empty runs are kept: callers that drop them say so (mergeRuns).
 */
export function joinAdjacent<T extends { readonly text: string }>(runs: readonly T[], joinable: (previous: T, next: T) => boolean): T[] {
  const out: T[] = [];
  for (const run of runs) {
    const previous = out[out.length - 1];
    if (previous !== undefined && joinable(previous, run)) {
      out[out.length - 1] = { ...previous, text: previous.text + run.text };
    } else {
      out.push(run);
    }
  }
  return out;
}

/** Adds a run to a list being built, merged into the last one when both have the same emphasis; an empty run adds nothing. */
export function pushRun(runs: Run[], run: Run): void {
  if (run.text === '') {
    return;
  }
  const last = runs[runs.length - 1];
  if (last && sameEmphasis(last, run)) {
    runs[runs.length - 1] = makeRun(last.text + run.text, last);
    return;
  }
  runs.push(makeRun(run.text, run));
}

/** The same runs with empty ones dropped and neighbours of the same emphasis merged (what the editor keeps). */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    pushRun(out, run);
  }
  return out;
}

/** The part of the runs between two character offsets of their joined text (no cleaning, no merging). */
export function sliceRuns(runs: readonly (Emphasis & { readonly text: string })[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + run.text.length);
    if (to > from) {
      out.push(makeRun(run.text.slice(from - at, to - at), run));
    }
    at += run.text.length;
  }
  return out;
}

/** The runs without their first `count` characters (no trimming). */
export function dropChars(runs: readonly Run[], count: number): Run[] {
  return sliceRuns(runs, count, Number.POSITIVE_INFINITY);
}

/** The runs with the end of the last non-blank one trimmed, blank runs at the end dropped. */
export function trimEndRuns(runs: readonly Run[]): Run[] {
  const out = [...runs];
  while (out.length > 0) {
    const last = out[out.length - 1] as Run;
    const text = last.text.trimEnd();
    if (text !== '') {
      out[out.length - 1] = makeRun(text, last);
      break;
    }
    out.pop();
  }
  return out;
}

/** The runs without their first `count` characters, left-trimmed (blank runs at the start dropped). */
export function dropPrefix(runs: readonly Run[], count: number): Run[] {
  const out = dropChars(runs, count);
  while (out.length > 0) {
    const first = out[0] as Run;
    const text = first.text.trimStart();
    if (text !== '') {
      out[0] = makeRun(text, first);
      break;
    }
    out.shift();
  }
  return out;
}

/** The runs without their last `count` characters, right-trimmed. */
export function dropSuffix(runs: readonly Run[], count: number): Run[] {
  const total = runs.reduce((sum, run) => sum + run.text.length, 0);
  return trimEndRuns(sliceRuns(runs, 0, Math.max(0, total - count)));
}

/** A change of a runs list's joined text: the characters from start to end (end exclusive) become `text`. */
export type RunsEdit = { readonly start: number; readonly end: number; readonly text: string };

/**
 * Runs with edits (sorted by start) applied to their joined text; an edit that overlaps the one before is
 * skipped. A replacement takes the emphasis of the run holding its first replaced character, an insertion
 * that of the character before it (else the first run); runs left empty are dropped.
 */
export function editRuns(runs: readonly Run[], edits: readonly RunsEdit[]): Run[] {
  // Which run each offset falls in, and the pieces of the result as (run index, text).
  const runAt: number[] = [];
  runs.forEach((run, i) => {
    for (let k = 0; k < run.text.length; k += 1) {
      runAt.push(i);
    }
  });
  const whole = runs.map((r) => r.text).join('');
  const pieces: Array<{ run: number; text: string }> = [];
  const emit = (run: number, text: string): void => {
    const last = pieces[pieces.length - 1];
    if (last && last.run === run) {
      last.text += text;
    } else if (text !== '') {
      pieces.push({ run, text });
    }
  };
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) {
      continue;
    }
    for (let k = cursor; k < edit.start; k += 1) {
      emit(runAt[k] ?? 0, whole[k] ?? '');
    }
    const owner = edit.start < edit.end ? runAt[edit.start] : runAt[edit.start - 1];
    emit(owner ?? Math.max(0, runs.length - 1), edit.text);
    cursor = edit.end;
  }
  for (let k = cursor; k < whole.length; k += 1) {
    emit(runAt[k] ?? 0, whole[k] ?? '');
  }
  return pieces.filter((p) => p.text !== '').map((p) => ({ ...(runs[p.run] ?? { text: '' }), text: p.text }));
}
