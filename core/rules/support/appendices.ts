/**
 * Facts of appendices for the appendix.* rules: the number an appendix carries, where a finding points,
 * and the body's references to its own appendices ("… tại Phụ lục I kèm theo"). No judgement lives here.
 */
import { appendixLabel } from '../../model/appendix';
import type { Appendix, PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { fromRoman } from '../../text/letters';
import { normalizeText, squeeze } from '../../text/normalize';
import type { FindingLocation } from '../types';
import { indexDocument } from './doc-index';

/** How an appendix label is numbered: Roman, Arabic, none; and the value. */
export type AppendixNumber = { readonly style: 'roman' | 'arabic' | 'none'; readonly value: number | null };

const LABEL = /^\s*phụ\s*lục(?:\s+số)?\s*([ivxlc]+|\d+)?\s*[.:]?\s*$/iu;

/** True when a label is a "Phụ lục" label (not "Biểu 01", "Mẫu số 02"). */
export function isPhuLucLabel(label: string): boolean {
  return /^\s*phụ\s*lục(?!\p{L})/iu.test(normalizeText(label));
}

/** The number of a "Phụ lục" label as written ("Phụ lục II" → roman 2; "PHỤ LỤC 01" → arabic 1; "Phụ lục" → none). */
export function labelNumber(label: string): AppendixNumber {
  const m = LABEL.exec(squeeze(normalizeText(label)));
  const token = m?.[1];
  if (!m || token === undefined) {
    return { style: 'none', value: null };
  }
  if (/^\d+$/u.test(token)) {
    return { style: 'arabic', value: Number(token) };
  }
  const roman = fromRoman(token.toUpperCase());
  return roman === null ? { style: 'none', value: null } : { style: 'roman', value: roman };
}

/** The number an appendix shows (as read, else computed), or null when it is unnumbered. */
export function appendixNumber(doc: Pick<PlanDocument, 'appendices'>, index: number): number | null {
  return labelNumber(appendixLabel(doc.appendices, index)).value;
}

/** Where a finding about an appendix points: the body part, the appendix id and first line, its label as path. */
export function appendixLocation(doc: Pick<PlanDocument, 'appendices'>, index: number): FindingLocation {
  const a = doc.appendices[index] as Appendix;
  const path = squeeze(appendixLabel(doc.appendices, index));
  const base: FindingLocation = { part: 'body', blockId: a.id, path };
  return a.source ? { ...base, line: a.source.line } : base;
}

/** A mention of an appendix of this document in its text. */
export type AppendixMention = {
  /** The number mentioned ("Phụ lục II" → 2), or null ("Phụ lục kèm theo", "các phụ lục"). */
  readonly number: number | null;
  /** "các phụ lục", "Phụ lục I, II": a mention of several. */
  readonly numbers: readonly number[];
  readonly text: string;
  readonly location: FindingLocation;
};

const MENTION = /(các\s+)?phụ\s*lục(?:\s+số)?((?:\s*(?:,|và|-|–)?\s*(?:[IVXLC]+|\d{1,2})(?![\p{L}\d/]))*)/giu;
/** "Phụ lục I ban hành kèm theo Nghị định số 30/2020/NĐ-CP": the appendix of another document. */
const OTHER_DOCUMENT =
  /^[^.;:]{0,60}?(?:kèm theo|của)\s+(?:nghị định|thông tư|quyết định|luật|nghị quyết|chỉ thị|công văn|văn bản|kế hoạch|hướng dẫn|thông báo)\s+(?:liên tịch\s+)?(?:số\s*)?\d/iu;

function numbersOf(list: string): number[] {
  const out: number[] = [];
  // Upper-case numerals only: the "v" of "và" is not a five.
  for (const token of list.match(/(?<!\p{L})(?:[IVXLC]+|\d{1,2})(?!\p{L})/gu) ?? []) {
    const value = /^\d+$/u.test(token) ? Number(token) : fromRoman(token.toUpperCase());
    if (value !== null) {
      out.push(value);
    }
  }
  return out;
}

/**
 * "(có phân công nhiệm vụ của Tổ công tác kèm theo)", "(chi tiết đính kèm)", "… kèm theo Kế hoạch này": the text
 * sends the reader to what is attached without saying "phụ lục" — a reference to the appendices as a whole.
 */
const ATTACHED_HERE = /(?:kèm theo|đính kèm)(?:\s+(?:kế hoạch|báo cáo|văn bản|quyết định|công văn|tờ trình|thông báo|chương trình)\s+này)?\s*(?=[).;,]|$)/giu;

function mentionsIn(text: string, location: FindingLocation): AppendixMention[] {
  const out: AppendixMention[] = [];
  const clean = normalizeText(text);
  for (const m of clean.matchAll(ATTACHED_HERE)) {
    // "… tại Phụ lục I kèm theo": the numbered mention below says which one.
    const before = clean.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
    if (!/phụ\s*lục/iu.test(before)) {
      out.push({ number: null, numbers: [], text: squeeze(m[0]), location });
    }
  }
  for (const m of clean.matchAll(MENTION)) {
    const after = clean.slice((m.index ?? 0) + m[0].length);
    if (OTHER_DOCUMENT.test(after)) {
      continue;
    }
    const numbers = numbersOf(m[2] ?? '');
    out.push({ number: numbers.length === 1 ? (numbers[0] ?? null) : null, numbers, text: squeeze(m[0]), location });
  }
  return out;
}

/** Every mention of the document's own appendices in the opening, body (tables included) and closing. */
export function appendixMentions(doc: PlanDocument): AppendixMention[] {
  const out: AppendixMention[] = [];
  for (const p of [...doc.opening, ...doc.closing]) {
    out.push(...mentionsIn(runsText(p.runs), { part: doc.opening.includes(p) ? 'opening' : 'closing', blockId: p.id, ...(p.source ? { line: p.source.line } : {}) }));
  }
  for (const entry of indexDocument(doc).blocks) {
    const location: FindingLocation = { part: 'body', blockId: entry.block.id, ...(entry.path ? { path: entry.path } : {}), ...(entry.block.source ? { line: entry.block.source.line } : {}) };
    out.push(...mentionsIn(entry.text, location));
  }
  return out;
}
