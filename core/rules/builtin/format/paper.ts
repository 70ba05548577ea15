/**
 * format.paper: A4 (210 × 297 mm) portrait; landscape only for pages with wide tables, never page 1
 * (PL I, Phần I, Mục I, khoản 1–2).
 */
import type { PageFacts } from '../../../model/formatting';
import type { PlanDocument } from '../../../model/plan-document';
import { sectionContent } from '../../support/paragraph-index';
import type { Finding, Rule } from '../../types';
import { formatFinding, hasFormatting, mm } from '../../support/format/measure';

const A4_SHORT = 11906;
const A4_LONG = 16838;
const TOLERANCE = 30;

function isA4(page: PageFacts): boolean {
  const short = Math.min(page.widthTw, page.heightTw);
  const long = Math.max(page.widthTw, page.heightTw);
  return Math.abs(short - A4_SHORT) <= TOLERANCE && Math.abs(long - A4_LONG) <= TOLERANCE;
}

function check(doc: PlanDocument): Finding[] {
  const facts = doc.formatting;
  const page = facts?.page ?? null;
  if (page === null || page.widthTw === 0 || page.heightTw === 0) {
    return [formatFinding(formatPaper, 'Tệp không khai báo khổ giấy (Word sẽ dùng khổ mặc định của máy, thường là Letter); cần khổ A4 210 × 297 mm.', { part: 'page' })];
  }
  const out: Finding[] = [];
  const sections = facts?.sections ?? [page];
  sections.forEach((section, i) => {
    if (!isA4(section)) {
      const where = sections.length > 1 ? ` (phần ${i + 1} của văn bản)` : '';
      out.push(formatFinding(formatPaper, `Khổ giấy ${mm(section.widthTw)} × ${mm(section.heightTw)} mm${where}; cần A4 210 × 297 mm.`, { part: 'page' }));
    }
  });
  if (page.orientation === 'landscape') {
    out.push(formatFinding(formatPaper, 'Trang đầu đặt khổ ngang; văn bản trình bày theo chiều dài khổ A4 (chỉ trang có bảng rộng mới được đặt ngang).', { part: 'page' }));
  }
  return [...out, ...landscapeWithoutTable(doc, sections)];
}

/**
 * A later landscape section is right when it holds a wide table (Mục I, khoản 2). Judged only when the facts
 * say which section each paragraph is in and which paragraphs are data-table cells.
 */
function landscapeWithoutTable(doc: PlanDocument, sections: readonly PageFacts[]): Finding[] {
  const paragraphs = doc.formatting?.paragraphs ?? [];
  const known = paragraphs.some((p) => p.section !== undefined) && paragraphs.some((p) => p.dataTable !== undefined);
  if (!known) {
    return [];
  }
  const out: Finding[] = [];
  sections.forEach((section, i) => {
    const inSection = sectionContent(paragraphs, i);
    if (i > 0 && section.orientation === 'landscape' && inSection.count > 0 && !inSection.dataTable) {
      out.push(formatFinding(formatPaper, `Phần ${i + 1} của văn bản đặt khổ ngang nhưng không có bảng: chỉ trang có bảng rộng mới đặt ngang.`, { part: 'page' }, 'warning'));
    }
  });
  return out;
}

/** A4 portrait. */
export const formatPaper: Rule = {
  id: 'format.paper',
  group: 'format',
  severity: 'error',
  title: 'Khổ giấy A4, trình bày theo chiều dài',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục I, khoản 1, 2',
  applies: hasFormatting,
  check,
};
