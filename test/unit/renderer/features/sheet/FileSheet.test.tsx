// @vitest-environment happy-dom
/**
 * Reviewer mode's file view (FileSheet): a Word file's paragraphs drawn with the file's own formatting,
 * cut into sheets at its sections, the letterhead table in the file's grid columns, and each paragraph
 * tagged with what the model read from its line (so a finding can mark exactly that paragraph).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../core/import/docx/import-docx';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { filePages, FileSheet, lineTags } from '../../../../../renderer/features/sheet/FileSheet';

afterEach(cleanup);

async function read(name: string): Promise<PlanDocument> {
  const result = await importDocx(new Uint8Array(readFileSync(resolve('test/fixtures/corpus', name))));
  if (!result.ok || !result.value[0]) {
    throw new Error(`${name} did not import`);
  }
  return result.value[0];
}

describe('FileSheet', () => {
  it('lays a plan out as its file does: the letterhead grid columns, the date line as written, the appendix table where the file has it', async () => {
    const doc = await read('101_laocai-sct-kh-3024-sinquyen.docx');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const pages = filePages(facts);
    const head = pages[0]?.pieces[0];
    const columns = head?.kind === 'layout' ? head.columns.map((c) => [c.side, c.widthTw, c.paragraphs.length]) : null;
    const view = render(<FileSheet doc={doc} facts={facts} />);
    const date = view.container.querySelector('[data-field="date"]');
    const sheets = view.container.querySelectorAll('article.sheet--file');
    const lastSheetTable = sheets[sheets.length - 1]?.querySelector('.file-table table');
    expect({
      columns,
      dateLine: date?.getAttribute('data-line'),
      date: date?.textContent?.trim().replace(/ {2,}/gu, '␣'),
      // The file runs its appendix on after two blank paragraphs, with no break: one sheet.
      sheets: sheets.length,
      appendixTable: lastSheetTable !== null && lastSheetTable !== undefined,
      // No letterhead or title rule of the app's own sheet.
      appRules: view.container.querySelectorAll('.letterhead, .rule').length,
    }).toEqual({
      columns: [
        ['left', 2802, 3],
        ['left', 708, 3],
        ['right', 5812, 3],
      ],
      dateLine: '9',
      date: 'Lào Cai,␣ngày␣tháng 5 năm 2026',
      sheets: 1,
      appendixTable: true,
      appRules: 0,
    });
  });

  it('starts a sheet at each section: the landscape appendix of a plan on a landscape sheet', async () => {
    const doc = await read('105_lamdong-kh-cchc-2026-2030.docx');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const pages = filePages(facts);
    // Two sections (the body portrait, the appendix landscape); a page break in the body starts a sheet too.
    const breaks = facts.paragraphs.filter((p) => p.pageBreakBefore && (p.section ?? 0) === 0 && p.index > 0).length;
    expect([
      pages.length,
      pages.filter((p) => p.page?.orientation === 'landscape').length,
      pages.at(-1)?.page?.orientation,
      pages.at(-1)?.pieces.some((p) => p.kind === 'data'),
    ]).toEqual([2 + breaks, 1, 'landscape', true]);
  });

  it('sets each paragraph in the file’s own family and size, and tags the lines the model read its blocks from', async () => {
    const doc = await read('147_laocai-vp-tb-ketluan-ccn.docx');
    const facts = doc.formatting;
    if (!facts) {
      throw new Error('no facts');
    }
    const view = render(<FileSheet doc={doc} facts={facts} />);
    const body = [...view.container.querySelectorAll<HTMLElement>('.file-p')].find((p) => (p.textContent ?? '').length > 200);
    const span = body?.querySelector<HTMLElement>('span');
    const tags = lineTags(doc);
    const firstBlock = doc.body[0];
    const tagged = firstBlock?.source ? view.container.querySelector(`[data-line="${firstBlock.source.line}"]`) : null;
    expect({
      family: span?.style.fontFamily.startsWith('"Calibri Light"'),
      size: span?.style.fontSize,
      blockTag: firstBlock ? tags.get(firstBlock.source?.line ?? -1)?.blockId === firstBlock.id : false,
      blockOnPage: tagged?.getAttribute('data-block-id') === firstBlock?.id,
    }).toEqual({ family: true, size: '14pt', blockTag: true, blockOnPage: true });
  });
});
