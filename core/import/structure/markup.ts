/**
 * Emphasis markers in pasted text: `**bold**` (may span lines of one paragraph) and `*italic*`
 * (within a line) become runs; the markers themselves never reach the document.
 */
import type { Run } from '../../model/plan-document';

type Style = { bold: boolean; italic: boolean };

function push(out: Run[], text: string, style: Style): void {
  if (text === '') {
    return;
  }
  const run: { text: string; bold?: boolean; italic?: boolean } = { text };
  if (style.bold) {
    run.bold = true;
  }
  if (style.italic) {
    run.italic = true;
  }
  out.push(run);
}

/** Positions of single "*" that have a partner on the same line (a lone "*" stays text). */
function pairedSingles(line: string): Set<number> {
  const singles: number[] = [];
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] !== '*') {
      continue;
    }
    if (line[i + 1] === '*') {
      i += 1;
      continue;
    }
    singles.push(i);
  }
  const paired = singles.length % 2 === 0 ? singles : singles.slice(0, -1);
  return new Set(paired);
}

/** Runs of one line, starting (and ending) in the given bold state. */
function lineRuns(line: string, style: Style): Run[] {
  const out: Run[] = [];
  const singles = pairedSingles(line);
  let start = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] !== '*') {
      continue;
    }
    const double = line[i + 1] === '*';
    if (!double && !singles.has(i)) {
      continue;
    }
    push(out, line.slice(start, i), style);
    if (double) {
      style.bold = !style.bold;
      i += 1;
    } else {
      style.italic = !style.italic;
    }
    start = i + 1;
  }
  push(out, line.slice(start), style);
  style.italic = false;
  return out;
}

/**
 * Runs for each line. Bold opened by "**" stays open across lines until its closing "**" or a
 * blank line (emphasis never crosses a paragraph break, as in Markdown).
 */
export function parseMarkup(lines: readonly string[]): Run[][] {
  const style: Style = { bold: false, italic: false };
  return lines.map((line) => {
    if (line.trim() === '') {
      style.bold = false;
      return [];
    }
    if (!line.includes('*')) {
      return line === '' ? [] : [style.bold ? { text: line, bold: true } : { text: line }];
    }
    return lineRuns(line, style);
  });
}
