/**
 * Test helper: the page of every top-level heading and of the signer block in the layout (core/layout) next to
 * the page LibreOffice puts it on when it renders the exported .docx.
 */
import { writeDocx } from '../../../../core/docx/index';
import { StyleId } from '../../../../core/docx/writer/style-defs';
import { paginate, signerPage, type Pagination } from '../../../../core/layout/paginate';
import { lineText } from '../../../../core/layout/measure';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { renderPdfs, saveDocx, tempDir } from '../../../helpers/docx-render';

export type PagePlace = { readonly what: string; readonly layout: number; readonly rendered: number };

export type PageComparison = {
  readonly name: string;
  readonly places: readonly PagePlace[];
  readonly layoutPages: number;
  readonly renderedPages: number;
  /** Pages (from 2) whose first text line in the layout is not the first text line of the rendered page. */
  readonly startsDiffer: readonly string[];
  readonly starts: number;
};

/** First line of a rendered page after its page number. */
function renderedStart(page: string): string {
  const lines = page.split('\n').map(squash).filter((line) => line !== '');
  return (/^\d+$/u.test(lines[0] ?? '') ? lines[1] : lines[0]) ?? '';
}

/** First text line of a layout page (a table's first cell counts as its text). */
function layoutStart(page: Pagination['pages'][number]): string {
  const f = page.fragments[0];
  if (f?.kind === 'text') {
    return squash(f.lines[0] ? lineText(f.lines[0]) : '');
  }
  return '';
}

const squash = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Top-level headings (Phần, I., the appendix label) with the page their first line is on. */
function headings(pagination: Pagination): { text: string; page: number }[] {
  const out: { text: string; page: number }[] = [];
  pagination.pages.forEach((page, i) => {
    for (const f of page.fragments) {
      if (f.kind === 'text' && f.first && f.spec.kind === 'text' && [StyleId.PART, StyleId.SECTION, StyleId.APPENDIX_LABEL].includes(f.spec.style as never)) {
        const line = squash(f.lines[0] ? lineText(f.lines[0]) : '');
        if (line.length >= 3) {
          out.push({ text: line.slice(0, 40), page: i + 1 });
        }
      }
    }
  });
  return out;
}

/** Page of the first line starting with `text` at or after page `from` (1-based); 0 when not found. */
function findPage(pages: readonly string[], text: string, from: number): number {
  for (let p = Math.max(1, from); p <= pages.length; p += 1) {
    if ((pages[p - 1] ?? '').split('\n').some((line) => squash(line).startsWith(text))) {
      return p;
    }
  }
  return 0;
}

/** Exports each plan, renders all with one LibreOffice run, and pairs the pages. */
export async function comparePages(cases: readonly (readonly [string, PlanDocument])[]): Promise<PageComparison[]> {
  const dir = tempDir('kehoach-layout-');
  const paths = await Promise.all(cases.map(async ([name, doc], i) => saveDocx(await writeDocx(doc), dir, `case-${i}-${name.replace(/[^a-z0-9-]/giu, '')}`)));
  const pdfs = renderPdfs(paths);
  return cases.map(([name, doc], i) => {
    const pdf = pdfs[i]?.pages ?? [];
    const pagination = paginate(doc);
    let from = 1;
    const places: PagePlace[] = headings(pagination).map((h) => {
      const rendered = findPage(pdf, h.text, from);
      from = rendered || from;
      return { what: h.text, layout: h.page, rendered };
    });
    let signer = 0;
    pdf.forEach((page, p) => {
      if (page.includes('Nơi nhận:')) {
        signer = p + 1;
      }
    });
    places.push({ what: 'Nơi nhận / người ký', layout: signerPage(pagination), rendered: signer });
    const startsDiffer: string[] = [];
    let starts = 0;
    pagination.pages.forEach((page, p) => {
      const mine = layoutStart(page).slice(0, 30);
      if (p > 0 && mine.length >= 8) {
        starts += 1;
        const theirs = renderedStart(pdf[p] ?? '');
        if (!theirs.startsWith(mine)) {
          startsDiffer.push(`page ${p + 1}: «${mine}» ≠ «${theirs.slice(0, 30)}»`);
        }
      }
    });
    return { name, places, layoutPages: pagination.pages.length, renderedPages: pdf.length, startsDiffer, starts };
  });
}
