/**
 * Header parts that may span several lines: the trích yếu under the type name, "V/v …", and the
 * "Kính gửi:" addressees. Decides where each ends; never reads into the body's numbered lines.
 */
import type { SourceRef } from '../../model/plan-document';
import { endsSentence, isOpeningStarter, LineKind } from './classify';
import type { Para } from './import-line';
import { parseMarker } from './markers';

/** Longest trích yếu we join lines into; longer text is the opening, not a title. */
const SUMMARY_MAX = 300;

function isPlain(p: Para | undefined): p is Para {
  return p !== undefined && (p.kind === LineKind.TEXT || p.kind === LineKind.CAPS);
}

/** "Điều 1. …" (a quyết định's article) and "(Ban hành kèm theo …)" follow a title; they never continue it. */
const NOT_TITLE = /^(?:Điều\s+\d+[a-zđ]?\s*[.:]|\(?\s*(?:Ban hành\s+)?kèm theo\s)/iu;

/** True when `next` continues a multi-line title whose lines so far are `lines`. */
function continuesTitle(lines: readonly Para[], next: Para): boolean {
  const last = lines[lines.length - 1] as Para;
  if (NOT_TITLE.test(next.text)) {
    return false;
  }
  const total = lines.reduce((n, p) => n + p.text.length, 0) + next.text.length;
  if (total > SUMMARY_MAX || last.cell !== next.cell) {
    return false;
  }
  const caps = last.kind === LineKind.CAPS;
  if (caps || next.kind === LineKind.CAPS) {
    return caps && next.kind === LineKind.CAPS;
  }
  // A line ending with ":" ("… ban hành Kế hoạch như sau:") introduces the body; it is no title.
  return !next.blankBefore && !endsSentence(last.text) && !isOpeningStarter(next.text) && !next.text.endsWith(':');
}

/** The trích yếu lines that follow a type-name line at `start` (possibly none). */
export function readSummaryLines(paras: readonly Para[], start: number): Para[] {
  const first = paras[start];
  // A "Căn cứ …" line, or a sentence that introduces the body ("… như sau:"), is the opening, not a title.
  if (!isPlain(first) || /^Căn cứ(?!\p{L})/u.test(first.text) || NOT_TITLE.test(first.text) || first.text.endsWith(':') || first.text.length > SUMMARY_MAX) {
    return [];
  }
  const lines = [first];
  for (let next = paras[start + lines.length]; isPlain(next) && continuesTitle(lines, next); next = paras[start + lines.length]) {
    lines.push(next);
  }
  return lines;
}

/** The "V/v …" line at `start` and the lines that continue it. */
export function readVvLines(paras: readonly Para[], start: number): Para[] {
  const lines = [paras[start] as Para];
  for (let next = paras[start + lines.length]; next?.kind === LineKind.TEXT && continuesTitle(lines, next); next = paras[start + lines.length]) {
    lines.push(next);
  }
  return lines;
}

function addresseeName(text: string): string {
  const marker = parseMarker(text);
  const body = marker?.kind === 'bullet' ? text.slice(marker.length) : text;
  return body.replace(/\s*[;.,]$/u, '').trim();
}

/**
 * Addressees of a "Kính gửi:" line at `start`: on the same line, or one "- …;" line each, read from `from`
 * (the next line; later when other letterhead lines came between, as when "Kính gửi:" and its list sit in
 * two text boxes or columns side by side).
 */
export function readAddressees(paras: readonly Para[], start: number, from = start + 1): { names: string[]; source: SourceRef; next: number } {
  const head = paras[start] as Para;
  const names: string[] = [];
  const raws = [head.source.text];
  const rest = head.text.replace(/^Kính gửi\s*[:.]?\s*/iu, '');
  let open = rest === '' || rest.endsWith(';');
  if (rest !== '') {
    names.push(addresseeName(rest));
  }
  let i = from;
  for (let p = paras[i]; p && open; p = paras[i]) {
    const listed = (p.kind === LineKind.BULLET && parseMarker(p.text)?.kind === 'bullet') || (p.kind === LineKind.TEXT && /;$/u.test(p.text));
    const closes =
      p.kind === LineKind.TEXT && /\.$/u.test(p.text) && p.text.length < 120 && !isOpeningStarter(p.text) && names.length > 0;
    if (!listed && !closes) {
      break;
    }
    names.push(addresseeName(p.text));
    raws.push(p.source.text);
    open = !p.text.endsWith('.');
    i += 1;
  }
  return { names, source: { line: head.source.line, text: raws.join('\n') }, next: i };
}
