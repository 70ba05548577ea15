/**
 * How an imported appendix's heading lines look in Word (PL I, Phần I, Mục III, khoản 1, điểm b–c): the label
 * "Phụ lục …" bold, 14, upright, centred, not in capitals; the title bold, 13–14, in capitals; the "(Kèm theo …)"
 * line italic and centred. Reads the formatting facts near the appendix's first line; silent without them.
 */
import type { ParagraphFacts } from '../../model/formatting';
import type { Appendix, PlanDocument } from '../../model/plan-document';
import { normalizeText } from '../../text/normalize';
import { coverage, pt, showsCapitals, textRuns } from './format/measure';
import { paragraphsBetween } from './paragraph-index';

/** A heading line's faults, with the paragraph they were read from. */
export type LineFaults = { readonly paragraph: ParagraphFacts; readonly what: string; readonly faults: readonly string[] };

function sizes(p: ParagraphFacts): number[] {
  return [...new Set(textRuns(p).map((r) => r.sizeHalfPt ?? 0))].filter((s) => s > 0);
}

function labelFaults(p: ParagraphFacts): string[] {
  const out: string[] = [];
  if (coverage(p, (r) => r.bold) !== 'all') {
    out.push('cần in đậm');
  }
  if (coverage(p, (r) => r.italic) !== 'none') {
    out.push('cần chữ đứng');
  }
  const wrong = sizes(p).filter((s) => s !== 28);
  if (wrong.length > 0) {
    out.push(`cỡ chữ ${wrong.map(pt).join(', ')}; cần 14`);
  }
  if (p.alignment !== 'center') {
    out.push('cần căn giữa');
  }
  if (showsCapitals(p)) {
    out.push('đang viết in hoa; từ "Phụ lục" viết in thường (chữ đầu viết hoa)');
  }
  return out;
}

function titleFaults(p: ParagraphFacts): string[] {
  const out: string[] = [];
  if (coverage(p, (r) => r.bold) !== 'all') {
    out.push('cần in đậm');
  }
  const wrong = sizes(p).filter((s) => s < 26 || s > 28);
  if (wrong.length > 0) {
    out.push(`cỡ chữ ${wrong.map(pt).join(', ')}; cần 13–14`);
  }
  return out;
}

function attachedFaults(p: ParagraphFacts): string[] {
  const out: string[] = [];
  if (coverage(p, (r) => r.italic) !== 'all') {
    out.push('cần in nghiêng');
  }
  if (p.alignment !== 'center') {
    out.push('cần căn giữa');
  }
  return out;
}

const ATTACHED = /^\(?\s*(?:ban hành\s+)?kèm theo/iu;
const LABEL = /^phụ\s*lục(?!\p{L})/iu;
/** How far after the appendix's first line its heading lines may be. */
const REACH = 8;

/** The faults of an appendix's heading lines as Word shows them; empty without formatting facts. */
export function appendixHeadingFaults(doc: PlanDocument, appendix: Appendix): LineFaults[] {
  const facts = doc.formatting;
  const start = appendix.source?.line;
  if (!facts || start === undefined) {
    return [];
  }
  const near = paragraphsBetween(facts.paragraphs, start - 1, start - 1 + REACH).filter((p) => p.text.trim() !== '');
  const out: LineFaults[] = [];
  const label = near.find((p) => LABEL.test(normalizeText(p.text).trim()));
  if (label && appendix.label !== null) {
    out.push({ paragraph: label, what: 'Dòng nhãn phụ lục', faults: labelFaults(label) });
  }
  const attached = near.find((p) => ATTACHED.test(normalizeText(p.text).trim()));
  if (attached) {
    out.push({ paragraph: attached, what: 'Dòng Kèm theo', faults: attachedFaults(attached) });
  }
  const titleStart = normalizeText(appendix.title).split('\n')[0]?.trim() ?? '';
  const title = titleStart === '' ? undefined : near.find((p) => p !== label && p !== attached && normalizeText(p.text).trim() === titleStart);
  if (title) {
    out.push({ paragraph: title, what: 'Tên phụ lục', faults: titleFaults(title) });
  }
  return out.filter((l) => l.faults.length > 0);
}
