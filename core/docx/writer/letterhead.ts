/**
 * The letterhead (ô 1–4, 5b of PL I, Mục IV) as specs: left, supervising and issuing body with a short
 * line, then "Số: …"; right, Quốc hiệu, Tiêu ngữ with a line as long as it, then place and date.
 */
import { numberLine } from '../../model/header-lines';
import type { Header, PlanDocument } from '../../model/plan-document';
import { formatDateWords } from '../../text/dates';
import { upper } from '../../text/normalize';
import { MOTTO, NATIONAL_TITLE } from '../../model/national-motto';
import { BLANK, CELL_MARGIN, LETTERHEAD_COLUMNS, SIZE } from './layout';
import { rule, text, type ParaSpec } from './spec';
import { StyleId } from './style-defs';
import { textWidth } from './text-width';

/** The four cells of the two-row letterhead table. */
export type LetterheadSpec = {
  readonly agency: readonly ParaSpec[];
  readonly national: readonly ParaSpec[];
  readonly number: readonly ParaSpec[];
  readonly date: readonly ParaSpec[];
};

const LEFT = LETTERHEAD_COLUMNS[0] - 2 * CELL_MARGIN;
const RIGHT = LETTERHEAD_COLUMNS[1] - 2 * CELL_MARGIN;

/** Lines of a multi-line header field; empty when absent or blank. */
export function fieldLines(value: string | null): string[] {
  return (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** "<Địa danh>, ngày 05 tháng 01 năm 2020", with "……" and "…" for blank parts. */
export function dateLine(header: Header): string {
  const place = (header.place ?? '').trim() || BLANK;
  return `${place}, ${formatDateWords(header.date)}`;
}

function agencyCell(header: Header): ParaSpec[] {
  const parents = fieldLines(header.parentAgency).map(upper);
  const agencies = fieldLines(header.agency).map(upper);
  const shown = agencies.length > 0 ? agencies : [BLANK];
  const widest = Math.max(...shown.map((line) => Math.min(textWidth(line, SIZE.agency, true), LEFT)));
  return [
    ...parents.map((line) => text(StyleId.LETTERHEAD, [{ text: line, size: SIZE.parentAgency }])),
    ...shown.map((line) => text(StyleId.LETTERHEAD, [{ text: line, bold: true, size: SIZE.agency }])),
    // PL I khoản 2: a solid line 1/3–1/2 as long as the name, centred under it.
    rule(Math.max(widest * 0.4, 600), LEFT),
  ];
}

function nationalCell(): ParaSpec[] {
  return [
    text(StyleId.LETTERHEAD, [{ text: NATIONAL_TITLE, bold: true, size: SIZE.nationalTitle }]),
    text(StyleId.LETTERHEAD, [{ text: MOTTO, bold: true, size: SIZE.motto }]),
    // PL I khoản 1: a solid line exactly as long as the Tiêu ngữ.
    rule(textWidth(MOTTO, SIZE.motto, true), RIGHT),
  ];
}

function numberCell(doc: PlanDocument): ParaSpec[] {
  const cells: ParaSpec[] = [text(StyleId.LETTERHEAD, [{ text: numberLine(doc.header, 'printed'), size: SIZE.number }], { before: 60 })];
  if (doc.kind === 'cong-van') {
    const subject = (doc.header.summary ?? '').trim() || BLANK;
    // PL I khoản 5.b: "V/v …" 6 pt under the Số line, not bold.
    cells.push(text(StyleId.LETTERHEAD, [{ text: `V/v ${subject}`, size: SIZE.subject }], { before: 120 }));
  }
  return cells;
}

/** The letterhead of a document. */
export function letterhead(doc: PlanDocument): LetterheadSpec {
  return {
    agency: agencyCell(doc.header),
    national: nationalCell(),
    number: numberCell(doc),
    date: [text(StyleId.LETTERHEAD, [{ text: dateLine(doc.header), italic: true, size: SIZE.dateLine }], { before: 60 })],
  };
}
