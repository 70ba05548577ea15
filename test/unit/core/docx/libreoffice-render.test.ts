/**
 * Exported files rendered by LibreOffice (the reference renderer) and read with pdftotext per page:
 * page numbers from page 2 at the top, the Quốc hiệu on one line, and no text of the source lost.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../core/docx/index';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { importText } from '../../../../core/import/index';
import { blankDraft, congVan, fullPlan, longPlan, planTexts, tablePlan } from '../../../helpers/docx-plans';
import { readSeed, seedIds } from '../../../helpers/seeds';
import { hasSoffice, missingWords, pageSizes, renderPdf, renderPdfs, saveDocx, tempDir, type RenderedPdf } from '../../../helpers/docx-render';

if (!hasSoffice) {
  console.warn('LibreOffice render tests skipped: soffice or pdftotext missing (apt-get install libreoffice-writer-nogui poppler-utils).');
}


function firstLine(page: string): string {
  return page.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}

describe.skipIf(!hasSoffice)('LibreOffice renders the export', () => {
  const cases: Record<string, () => PlanDocument> = { 'full-plan': fullPlan, 'cong-van': congVan, 'blank-draft': blankDraft, 'long-plan': () => longPlan(6) };
  const pdfs = new Map<string, RenderedPdf>();
  beforeAll(async () => {
    const dir = tempDir();
    const names = Object.keys(cases);
    const paths = await Promise.all(Object.entries(cases).map(async ([name, make]) => saveDocx(await writeDocx(make()), dir, name)));
    renderPdfs(paths).forEach((pdf, i) => pdfs.set(names[i] ?? '', pdf));
  });

  test('page 1 shows no number and every later page starts with its number at the top', () => {
    const pages = pdfs.get('long-plan')?.pages ?? [];
    expect({ enough: pages.length >= 3, tops: pages.map(firstLine).map((line) => /^\d+$/u.test(line) ? line : 'text') }).toEqual({
      enough: true,
      tops: pages.map((_, i) => (i === 0 ? 'text' : String(i + 1))),
    });
  });

  test('the Quốc hiệu stays on one line of text in every document', () => {
    const oneLine = [...pdfs].map(([name, pdf]) => [name, (pdf.pages[0] ?? '').split('\n').some((line) => line.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))]);
    expect(Object.fromEntries(oneLine)).toEqual({ 'full-plan': true, 'cong-van': true, 'blank-draft': true, 'long-plan': true });
  });

  test('no text of the source is lost', () => {
    const missing = Object.entries(cases).map(([name, make]) => [name, missingWords(planTexts(make()), pdfs.get(name) ?? { path: '', pages: [] })]);
    expect(Object.fromEntries(missing)).toEqual({ 'full-plan': [], 'cong-van': [], 'blank-draft': [], 'long-plan': [] });
  });

  test('guidance placeholders are not exported and blanks show as dots', () => {
    const full = (pdfs.get('full-plan')?.pages ?? []).join('\n');
    const draft = (pdfs.get('blank-draft')?.pages ?? []).join('\n');
    expect({
      guidance: full.includes('Hướng dẫn: ghi nhiệm vụ'),
      draftGuidance: draft.includes('Nêu mục đích của kế hoạch'),
      blankNumber: /Số:\s+\/KH-UBND/u.test(draft),
      blankDate: draft.includes('……, ngày … tháng 9 năm 2021'),
    }).toEqual({ guidance: false, draftGuidance: false, blankNumber: true, blankDate: true });
  });
});

describe.skipIf(!hasSoffice)('LibreOffice renders each seed after importText and export', () => {
  const pdfs = new Map<string, RenderedPdf>();
  beforeAll(async () => {
    const dir = tempDir();
    const ids = seedIds();
    const paths = await Promise.all(
      ids.map(async (id) => {
        const read = importText(readSeed(id));
        if (!read.ok) {
          throw new Error(read.error.message);
        }
        return saveDocx(await writeDocx(read.value[0] as PlanDocument), dir, `seed-${id}`);
      }),
    );
    renderPdfs(paths).forEach((pdf, i) => pdfs.set(ids[i] ?? '', pdf));
  });

  test.each(seedIds())('seed %s: no number on page 1, "2" atop page 2, Quốc hiệu on one line, no source word lost', (id) => {
    const pdf = pdfs.get(id) ?? { path: '', pages: [] };
    const source = readSeed(id).replace(/\*\*/gu, '');
    expect({
      pageOneTop: /^\d+$/u.test(firstLine(pdf.pages[0] ?? '')),
      pageTwoTop: firstLine(pdf.pages[1] ?? ''),
      nationalTitleOnOneLine: (pdf.pages[0] ?? '').split('\n').some((line) => line.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
      missing: missingWords([source], pdf),
    }).toEqual({ pageOneTop: false, pageTwoTop: '2', nationalTitleOnOneLine: true, missing: [] });
  });
});

describe.skipIf(!hasSoffice)('LibreOffice renders a plan with body tables and two appendices, Phụ lục II landscape', () => {
  const plan = tablePlan(40);
  let pdf: RenderedPdf = { path: '', pages: [] };
  let sizes: { width: number; height: number }[] = [];
  /** Index of the page that starts each part: the plan, Phụ lục I, Phụ lục II. */
  let starts: number[] = [];
  beforeAll(async () => {
    pdf = renderPdf(saveDocx(await writeDocx(plan), tempDir(), 'table-plan'));
    sizes = pageSizes(pdf.path);
    const opens = (label: string): number => pdf.pages.findIndex((page) => page.split('\n').some((line) => line.trim() === label));
    starts = [0, opens('Phụ lục I'), opens('Phụ lục II')];
  });

  test('Phụ lục II is on landscape pages and everything before it on portrait pages', () => {
    const [, , second = -1] = starts;
    expect({
      found: second > 0 && pdf.pages.length > second + 1,
      orientation: sizes.map((s) => (s.width > s.height ? 'landscape' : 'portrait')),
      a4: sizes.every((s) => Math.round(Math.min(s.width, s.height)) === 595 && Math.round(Math.max(s.width, s.height)) === 842),
    }).toEqual({
      found: true,
      orientation: sizes.map((_, i) => (i >= second ? 'landscape' : 'portrait')),
      a4: true,
    });
  });

  test('page numbers restart in each appendix: no number on its first page, then 2, 3 … at the top', () => {
    const parts = starts.map((start, i) => pdf.pages.slice(start, starts[i + 1] ?? pdf.pages.length).map(firstLine).map((line) => (/^\d+$/u.test(line) ? line : 'text')));
    expect(parts).toEqual(parts.map((pages) => pages.map((_, i) => (i === 0 ? 'text' : String(i + 1)))));
  });

  test('the task table runs over several pages and its header row is repeated at the top of each', () => {
    const [, , second = 0] = starts;
    const later = pdf.pages.slice(second + 1);
    const headerAtTop = later.map((page) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      return lines.slice(0, 4).some((line) => /STT\s+Nhiệm vụ\s+Cơ quan chủ trì\s+Cơ quan phối hợp/u.test(line));
    });
    expect({ pages: later.length >= 2, headerAtTop }).toEqual({ pages: true, headerAtTop: later.map(() => true) });
  });

  test('no text of the plan, its tables or its appendices is lost, and no table row is split over two pages', () => {
    const [, , second = 0] = starts;
    // Each task row ends with "Báo cáo kết quả nhiệm vụ N": its STT and its last cell must be on the same page.
    const pages = pdf.pages.slice(second);
    const split = Array.from({ length: 40 }, (_, i) => i + 1).filter((n) => {
      const start = pages.findIndex((p) => p.includes(`nhiệm vụ số ${n} về`));
      const end = pages.findIndex((p) => new RegExp(`nhiệm vụ ${n}(?!\\d)`, 'u').test(p.replace(/nhiệm vụ số/gu, '')));
      return start < 0 || start !== end;
    });
    expect({ missing: missingWords(planTexts(plan), pdf), split }).toEqual({ missing: [], split: [] });
  });
});
