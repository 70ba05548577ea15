/**
 * Run helpers for the text importer: clean spacing across runs, join lines (making, merging and cutting runs: core/model/runs.ts). Pure functions; they never mutate their inputs.
 */
import type { Run } from '../../model/plan-document';
import { makeRun, sameEmphasis, trimEndRuns } from '../../model/runs';
import { normalizeText } from '../../text/normalize';

/**
 * A character normalizeText may change: a combining mark (the text may not be NFC), an odd or zero-width space,
 * a tab, "Ð" (read as "Đ"). One native search: a loop over the characters is slow in a command-line run, which
 * reads a document without V8's optimizing compiler.
 */
const NEEDS_NORMALIZING = /[\u0300-\u036F\t\u00A0\u00D0\u2000-\u200D\u202F\u205F\u3000\uFEFF]/;

/** True when the text has a character normalizeText changes (NEEDS_NORMALIZING). */
function needsNormalizing(text: string): boolean {
  return NEEDS_NORMALIZING.test(text);
}

/** NFC, odd spaces folded, runs of spaces squeezed (also across run edges), trimmed, same-style runs merged. */
export function cleanRuns(runs: readonly Run[]): Run[] {
  return cleanInto([], runs, true);
}

function isMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/**
 * Two cleaned texts of one style as one: a combining mark that starts the second composes with the letter that
 * ends the first (NFC across the edge, so that cleaning a cleaned list changes nothing). Only the last letter and
 * its marks are normalized again, never the whole text.
 */
function joinText(left: string, right: string): string {
  if (!isMark(right.charCodeAt(0))) {
    return left + right;
  }
  let cut = left.length;
  while (cut > 0 && isMark(left.charCodeAt(cut - 1))) {
    cut -= 1;
  }
  cut = Math.max(0, cut - 1);
  return left.slice(0, cut) + (left.slice(cut) + right).normalize('NFC');
}

/** Characters cleaning has read (tests check that joining lines reads each line once, not the paragraph so far). */
export const cleanStats = { chars: 0 };

/** cleanRuns' work: cleans `runs` onto the end of `out` (already clean), the text so far ending with a space or not. */
function cleanInto(out: Run[], runs: readonly Run[], afterSpace: boolean): Run[] {
  let endsWithSpace = afterSpace;
  for (const run of runs) {
    cleanStats.chars += run.text.length;
    // normalizeText is the costly step; most lines of an NFC text need none of it.
    const normal = needsNormalizing(run.text) ? normalizeText(run.text) : run.text;
    let text = normal.includes('  ') ? normal.replace(/ {2,}/g, ' ') : normal;
    if (endsWithSpace) {
      text = text.replace(/^ /, '');
    }
    if (text === '') {
      continue;
    }
    endsWithSpace = text.endsWith(' ');
    const last = out[out.length - 1];
    if (last && sameEmphasis(last, run)) {
      out[out.length - 1] = makeRun(joinText(last.text, text), run);
    } else {
      out.push(makeRun(text, run));
    }
  }
  return trimEndRuns(out);
}

/** Two runs lists joined with one plain space (a line broken mid-sentence). */
export function joinRuns(a: readonly Run[], b: readonly Run[]): Run[] {
  const left = a[a.length - 1];
  const right = b[0];
  const space = left && right && sameEmphasis(left, right) ? makeRun(' ', left) : { text: ' ' };
  // `a` is cleanRuns' output (only cleaned lines are joined): cleaning it again changes nothing, so it is kept as it
  // is and only what is added gets cleaned. Re-reading the whole line at each join made a paragraph of many
  // continuation lines grow with the square of its length.
  return cleanInto([...a], [space, ...b], left ? left.text.endsWith(' ') : true);
}
