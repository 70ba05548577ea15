/**
 * core/layout without LibreOffice: line breaking, line heights, widow and orphan lines, keep-with-next, sections.
 */
import { describe, expect, it } from 'vitest';
import { BODY, pageGeometry } from '../../../../core/docx/writer/layout';
import { text } from '../../../../core/docx/writer/spec';
import { StyleId } from '../../../../core/docx/writer/style-defs';
import { lineText, measureParagraph } from '../../../../core/layout/measure';
import { paginate, paginateLayout, type Pagination } from '../../../../core/layout/paginate';
import { textWidth } from '../../../../core/layout/text-width';
import { tablePlan } from '../../../helpers/docx-plans';

const page = pageGeometry('portrait');
const WORDS = 'Các sở ban ngành chủ động xây dựng kế hoạch tổ chức triển khai thực hiện có hiệu quả các nhiệm vụ giải pháp đề ra';

function body(n: number, extra: Partial<Parameters<typeof text>[2]> = {}) {
  return text(StyleId.BODY, [{ text: Array.from({ length: n }, () => WORDS).join(' ') }], extra);
}

describe('measureParagraph', () => {
  it('breaks at spaces within the width, the first line shorter by the 1.27 cm indent', () => {
    const para = measureParagraph(body(3), page.textWidth);
    expect(para.lines.length).toBeGreaterThan(2);
    expect(para.lines.every((l) => l.width <= page.textWidth - l.indent + 1)).toBe(true);
    expect(para.lines[0]?.indent).toBe(BODY.firstLine);
    // Each line but the last is full: the next word would not have fitted.
    const [first, second] = para.lines;
    const next = lineText(second ?? { runs: [], width: 0, height: 0, fit: 0, indent: 0, ends: true }).split(' ')[0] ?? '';
    expect((first?.width ?? 0) + textWidth(` ${next}`, 28)).toBeGreaterThan(page.textWidth - BODY.firstLine);
  });

  it('sets a 14 pt body line at 1.15 lines: 370 twips, as LibreOffice does', () => {
    expect(measureParagraph(body(1), page.textWidth).lines[0]?.height).toBe(370);
  });

  it('starts a new line at a line break', () => {
    expect(measureParagraph(text(StyleId.SUMMARY, [{ text: 'Dòng một\nDòng hai' }]), page.textWidth).lines.map(lineText)).toEqual(['Dòng một', 'Dòng hai']);
  });
});

function pagesOf(items: Parameters<typeof paginateLayout>[0]['sections'][number]['items']): Pagination {
  return paginateLayout({ sections: [{ page, restartNumbers: false, appendix: null, items }] });
}

describe('paginateLayout', () => {
  it('never leaves one line of a paragraph alone at the foot or the head of a page', () => {
    const pages = pagesOf(Array.from({ length: 12 }, () => body(4)));
    for (const p of pages.pages) {
      for (const f of p.fragments) {
        if (f.kind === 'text' && !(f.first && f.last)) {
          expect(f.lines.length).toBeGreaterThanOrEqual(2);
        }
      }
    }
    expect(pages.pages.length).toBeGreaterThan(1);
  });

  it('moves a heading to the next page with the paragraph it is kept with', () => {
    const filler = Array.from({ length: 7 }, () => body(4));
    const heading = text(StyleId.SECTION, [{ text: 'II. NỘI DUNG' }], { blockId: 'h' });
    for (let n = 0; n < 12; n += 1) {
      const pages = pagesOf([...filler, ...Array.from({ length: n }, () => body(1)), heading, body(4)]);
      const last = pages.pages.map((p) => p.fragments[p.fragments.length - 1]);
      expect(last.some((f) => f?.kind === 'text' && f.spec.kind === 'text' && f.spec.blockId === 'h')).toBe(false);
    }
  });

  it('numbers each appendix from 1, page 1 of each section without a number', () => {
    const pages = paginate(tablePlan(40)).pages;
    const firsts = pages.filter((p, i) => i === 0 || pages[i - 1]?.section !== p.section);
    expect({ sections: firsts.length, numbers: firsts.map((p) => [p.number, p.showsNumber]) }).toEqual({ sections: 3, numbers: [[1, false], [1, false], [1, false]] });
    expect(pages.filter((p) => p.page.orientation === 'landscape').length).toBeGreaterThan(0);
  });
});
