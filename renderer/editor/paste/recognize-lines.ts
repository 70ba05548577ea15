/**
 * Recognizes the structure of pasted lines from their markers ("Phần I", "I.", "1.", "a)", "-", "+")
 * with the text importer's parseMarker; the marker is removed from the text (labels are computed).
 */
import { parseMarker } from '@core/import';
import type { Run, TableBlock } from '@core/model';
import { dropChars } from '@core/model';
import type { BlockStyle } from '../structure/flat-block';

/** A pasted line after recognition, or a pasted table (style paragraph: it sits in the list like one). */
export type PastedBlock = { readonly style: BlockStyle; readonly titled: boolean; readonly runs: readonly Run[]; readonly table?: TableBlock };

function isAllBold(runs: readonly Run[]): boolean {
  return runs.length > 0 && runs.every((r) => r.bold === true || r.text.trim() === '');
}

function titledFor(style: BlockStyle, text: string, allBold: boolean): boolean {
  if (style === 'part' || style === 'section') {
    return true;
  }
  if (style === 'item') {
    // A title line has no closing punctuation; a numbered paragraph ends its sentence.
    return allBold || !/[.;:,]$/u.test(text.trim());
  }
  return style === 'point' && allBold;
}

/** The style, titled flag and runs (marker removed) of one line. */
export function recognizeLine(runs: readonly Run[]): PastedBlock {
  const text = runs.map((r) => r.text).join('');
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trimStart();
  const marker = parseMarker(trimmed);
  if (marker && marker.length < trimmed.length) {
    const style: BlockStyle = marker.kind === 'numbered' ? marker.level : marker.marker === '+' ? 'plus' : 'dash';
    const rest = dropChars(runs, lead + marker.length);
    const allBold = isAllBold(rest);
    const titled = titledFor(style, trimmed.slice(marker.length), allBold);
    // A title is bold by its style: keep the runs plain so emphasis is not doubled.
    const own = titled && allBold ? rest.map((r) => ({ text: r.text, ...(r.italic ? { italic: true } : {}) })) : rest;
    return { style, titled, runs: own };
  }
  return { style: 'paragraph', titled: false, runs: dropChars(runs, lead) };
}

/** Recognizes every non-blank line. */
export function recognizeLines(lines: readonly (readonly Run[])[]): PastedBlock[] {
  return lines.filter((runs) => runs.some((r) => r.text.trim() !== '')).map(recognizeLine);
}

/** Lines of plain text (Windows and old Mac line ends too). */
export function plainLines(text: string): Run[][] {
  return text
    .normalize('NFC')
    .split(/\r\n|\r|\n/u)
    .map((line) => (line === '' ? [] : [{ text: line.replace(/\u00a0/gu, ' ').replace(/\s+$/u, '') }]));
}

/**
 * Plain text whose lines all hold the same number (one or more) of tabs is a table copied as text
 * (a spreadsheet, Word's table as text): its cells, else null.
 */
export function tabTable(text: string): string[][] | null {
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/u).filter((l) => l.trim() !== '');
  if (lines.length < 2) {
    return null;
  }
  const counts = new Set(lines.map((l) => l.split('\t').length - 1));
  const [count] = [...counts];
  if (counts.size !== 1 || count === undefined || count < 1) {
    return null;
  }
  return lines.map((l) => l.split('\t').map((c) => c.replace(/\u00a0/gu, ' ').trim()));
}
