/**
 * format.margins: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm
 * (PL I, Phần I, Mục I, khoản 3), judged on the first section (page 1).
 */
import type { PageFacts } from '../../../model/formatting';
import type { PlanDocument } from '../../../model/plan-document';
import type { Finding, Rule } from '../../types';
import { formatFinding, hasFormatting, mm } from '../../support/format/measure';

type Side = { readonly key: keyof PageFacts; readonly name: string; readonly min: number; readonly max: number };

/** Allowed ranges in millimetres; twips are compared with half a millimetre of slack for rounding. */
const SIDES: readonly Side[] = [
  { key: 'marginTopTw', name: 'trên', min: 20, max: 25 },
  { key: 'marginBottomTw', name: 'dưới', min: 20, max: 25 },
  { key: 'marginLeftTw', name: 'trái', min: 30, max: 35 },
  { key: 'marginRightTw', name: 'phải', min: 15, max: 20 },
];
const TW_PER_MM = 56.6929;
const SLACK_MM = 0.5;

function check(doc: PlanDocument): Finding[] {
  const page = doc.formatting?.page ?? null;
  if (page === null || page.widthTw === 0) {
    return [formatFinding(formatMargins, 'Tệp không khai báo lề trang; cần lề trên 20–25 mm, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm.', { part: 'page' })];
  }
  const out: Finding[] = [];
  for (const side of SIDES) {
    const value = page[side.key] as number;
    const inMm = value / TW_PER_MM;
    if (inMm < side.min - SLACK_MM || inMm > side.max + SLACK_MM) {
      out.push(formatFinding(formatMargins, `Lề ${side.name} ${mm(value)} mm; cần ${side.min}–${side.max} mm.`, { part: 'page' }));
    }
  }
  return out;
}

/** Page margins. */
export const formatMargins: Rule = {
  id: 'format.margins',
  group: 'format',
  severity: 'error',
  title: 'Lề trang',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục I, khoản 3',
  applies: hasFormatting,
  check,
};
