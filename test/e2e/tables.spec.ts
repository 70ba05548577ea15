/**
 * Tables and appendices on the page, end to end in Chromium: insert a table, type Vietnamese through
 * IME composition in its cells, Tab through them (a new row after the last), paste a Word table,
 * add a landscape appendix, generate the task-assignment appendix from the body, export and read the
 * .docx back (tables as grids of cell texts, sections with their orientation).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import JSZip from 'jszip';
import { appendix, emptyPlan, numbered, paragraph } from '../../core/model/builders';
import type { PlanDocument, TableBlock } from '../../core/model/plan-document';
import { parsePlan, serializePlan } from '../../core/model/serialize';
import { expect, test } from './fixtures';

/** What the exported document.xml holds: each table as rows of cell texts, each section's page. */
type DocxTables = {
  readonly tables: readonly (readonly (readonly string[])[])[];
  readonly sections: readonly { readonly orient: string; readonly width: number; readonly height: number }[];
  readonly texts: readonly string[];
};

const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join('');

/** Reads tables (outermost only) and sections from a .docx without python-docx (not on this machine). */
async function readDocxTables(path: string): Promise<DocxTables> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const tables: string[][][] = [];
  for (const m of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
    const rows = [...m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]).normalize('NFC')));
    tables.push(rows);
  }
  const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((s) => {
    const size = /<w:pgSz ([^>]*)\/>/.exec(s[0])?.[1] ?? '';
    return {
      orient: /w:orient="(\w+)"/.exec(size)?.[1] ?? 'portrait',
      width: Number(/w:w="(\d+)"/.exec(size)?.[1] ?? 0),
      height: Number(/w:h="(\d+)"/.exec(size)?.[1] ?? 0),
    };
  });
  const texts = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]).normalize('NFC'));
  return { tables, sections, texts };
}

/** Telex composition as the OS IME sends it: each step replaces the composed text, then the word is committed. */
async function composeTelex(cdp: CDPSession, steps: readonly string[]): Promise<void> {
  for (const step of steps) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: steps[steps.length - 1] ?? '' });
}

/** Pastes HTML (and its plain text) into the focused editor as a clipboard paste event. */
async function pasteHtml(page: Page, html: string, text: string): Promise<void> {
  await page.evaluate(
    ([h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h ?? '');
      data.setData('text/plain', t ?? '');
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text],
  );
}

const WORD_TABLE = [
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>',
  '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">',
  '<tr><td width=48 style="width:36pt"><p class=MsoNormal align=center><b>TT<o:p></o:p></b></p></td>',
  '<td width=320 style="width:240pt"><p class=MsoNormal><b>Chỉ tiêu</b></p></td>',
  '<td width=120 style="width:90pt"><p class=MsoNormal><b>Năm 2026</b></p></td></tr>',
  '<tr><td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>Tỷ lệ hồ sơ <i>trực tuyến toàn trình</i></p></td><td rowspan=2><p class=MsoNormal>80%</p></td></tr>',
  '<tr><td colspan=2><p class=MsoNormal>Tổng hợp chung</p></td></tr>',
  '</table></body></html>',
].join('');

test('tables and appendices: insert, IME in cells, Tab, Word paste, landscape appendix, task table, export', async ({ host, gallery, editor, topbar, page }, testInfo) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-nam');
  const cdp = await page.context().newCDPSession(page);

  // 1. A table after the first task's text, from the shortcut; a header row and 3 × 3 cells.
  await editor.caretAtEnd('Sơ kết, tổng kết');
  await page.keyboard.press('Control+Alt+t');
  const table = editor.body().locator('table.plan-table').first();
  await expect(table).toBeVisible();
  await expect(table.locator('th')).toHaveCount(3);
  await expect(table.locator('tr')).toHaveCount(3);

  // 2. Vietnamese through IME composition in the header cells, Tab between them.
  await composeTelex(cdp, ['N', 'Nh', 'Nhi', 'Nhie', 'Nhiê', 'Nhiêm', 'Nhiệm']);
  await page.keyboard.type(' vụ');
  await page.keyboard.press('Tab');
  await composeTelex(cdp, ['C', 'Ch', 'Chu', 'Chủ']);
  await page.keyboard.type(' trì');
  await page.keyboard.press('Tab');
  await composeTelex(cdp, ['T', 'Th', 'Tho', 'Thơ', 'Thơi', 'Thời']);
  await page.keyboard.type(' gian');
  // Six Tabs reach the last cell (row 3, column 3); the seventh adds a row.
  for (let i = 0; i < 7; i += 1) {
    await page.keyboard.press('Tab');
  }
  // Tab in the last cell made a fourth row, the caret in its first cell.
  await expect(table.locator('tr')).toHaveCount(4);
  await page.keyboard.type('Hội nghị sơ kết');
  await expect(table.locator('th')).toHaveText(['Nhiệm vụ', 'Chủ trì', 'Thời gian']);
  await expect(table.locator('tr').nth(3).locator('td').first()).toHaveText('Hội nghị sơ kết');
  // The table menu of the toolbar acts on the cell holding the caret.
  await page.getByRole('combobox', { name: 'Thao tác với bảng' }).selectOption('row-below');
  await expect(table.locator('tr')).toHaveCount(5);
  await table.locator('tr').nth(4).locator('td').first().click();
  await page.getByRole('combobox', { name: 'Thao tác với bảng' }).selectOption('delete-row');
  await expect(table.locator('tr')).toHaveCount(4);
  await expect(table.locator('tr').nth(3).locator('td').first()).toHaveText('Hội nghị sơ kết');
  // Right-click in a cell: the context menu toggles the header rows of that row and above.
  await table.locator('tr').nth(1).locator('td').first().click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Bảng' });
  await menu.getByRole('menuitem', { name: 'Bật/tắt hàng tiêu đề' }).click();
  await expect(menu).toBeHidden();
  await expect(table.locator('th')).toHaveCount(6);
  await table.locator('tr').nth(1).locator('th').first().click({ button: 'right' });
  await page.screenshot({ path: '/tmp/tables-menu.png' });
  await menu.getByRole('menuitem', { name: 'Bật/tắt hàng tiêu đề' }).click();
  await expect(table.locator('th')).toHaveCount(3);
  await table.locator('tr').nth(3).locator('td').first().click();
  await page.keyboard.press('End');
  await page.screenshot({ path: '/tmp/tables-editor.png', fullPage: false });

  // 3. A Word table pasted after the table stays a table: header row, merged cells, italic kept.
  await editor.caretAtEnd('Sơ kết, tổng kết');
  await page.keyboard.press('End');
  await pasteHtml(page, WORD_TABLE, 'TT\tChỉ tiêu\tNăm 2026');
  const pasted = editor.body().locator('table.plan-table').filter({ hasText: 'Chỉ tiêu' });
  await expect(pasted).toBeVisible();
  await expect(pasted.locator('th')).toHaveText(['TT', 'Chỉ tiêu', 'Năm 2026']);
  await expect(pasted.locator('td[rowspan="2"]')).toHaveText('80%');
  await expect(pasted.locator('td[colspan="2"]')).toHaveText('Tổng hợp chung');
  await expect(pasted.locator('em, i, .plan-text--italic').first()).toHaveText('trực tuyến toàn trình');
  await pasted.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/tables-pasted.png' });

  // 4. A landscape appendix with a title, typed into with its own editor.
  await page.getByRole('combobox', { name: 'Thêm phụ lục' }).selectOption('landscape');
  const first = page.locator('section.appendix').first();
  await expect(first.locator('article')).toHaveAttribute('data-orientation', 'landscape');
  await expect(first.locator('.appendix__label')).toHaveText('Phụ lục');
  await first.getByRole('button', { name: 'Sửa tên phụ lục phụ lục' }).click();
  await page.keyboard.type('Danh mục văn bản triển khai');
  await page.keyboard.press('Control+Enter');
  await expect(first.locator('.appendix__title')).toHaveText('DANH MỤC VĂN BẢN TRIỂN KHAI');
  await expect(first.locator('.appendix__attached')).toContainText('(Kèm theo Kế hoạch số');
  await first.locator('[contenteditable="true"]').click();
  await page.keyboard.type('Văn bản số 1 của Sở Nội vụ.');
  await expect(first.locator('[contenteditable="true"]')).toContainText('Văn bản số 1 của Sở Nội vụ.');
  await expect(page.getByRole('navigation', { name: 'Dàn ý' }).getByRole('button', { name: /Phụ lục DANH MỤC VĂN BẢN/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/tables-appendix-first.png' });

  // 5. The task-assignment appendix from the body: landscape, a row per task with its agencies.
  await page.getByRole('button', { name: 'Tạo bảng phân công nhiệm vụ' }).click();
  await expect(topbar.notice()).toContainText('Đã lập bảng phân công');
  const task = page.locator('section.appendix').nth(1);
  await expect(task.locator('.appendix__label')).toHaveText('Phụ lục II');
  await expect(first.locator('.appendix__label')).toHaveText('Phụ lục I');
  await expect(task.locator('.appendix__title')).toHaveText('PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH');
  await expect(task.locator('article')).toHaveAttribute('data-orientation', 'landscape');
  const taskTable = task.locator('table.plan-table');
  await expect(taskTable.locator('th')).toHaveText(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm']);
  await expect(taskTable.locator('tr').nth(3).locator('td').nth(1)).toHaveText('Sơ kết, tổng kết');
  await task.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/tables-appendix.png' });

  // 6. Export, and read the .docx back.
  const download = await topbar.exportDocx();
  const file = join(testInfo.outputDir, 'tables.docx');
  await download.saveAs(file);
  const docx = await readDocxTables(file);
  const grids = docx.tables.map((t) => t.map((r) => r.join(' | ')).join('\n'));
  expect({
    ime: grids.some((g) => g.startsWith('Nhiệm vụ | Chủ trì | Thời gian')),
    tabRow: grids.some((g) => g.includes('Hội nghị sơ kết')),
    word: grids.some((g) => g.includes('TT | Chỉ tiêu | Năm 2026') && g.includes('Tổng hợp chung')),
    task: grids.some((g) => g.startsWith('STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm')),
    appendixLines: docx.texts.includes('Phụ lục I') && docx.texts.includes('Phụ lục II') && docx.texts.includes('PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH'),
    appendixText: docx.texts.includes('Văn bản số 1 của Sở Nội vụ.'),
    landscape: docx.sections.filter((s) => s.orient === 'landscape' && s.width > s.height).length,
  }).toEqual({ ime: true, tabRow: true, word: true, task: true, appendixLines: true, appendixText: true, landscape: 2 });
});

test('the print preview shows tables and each appendix on its own pages, landscape wider', async ({ host, gallery, editor, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-nam');
  await editor.caretAtEnd('Sơ kết, tổng kết');
  await page.getByRole('button', { name: 'Chèn bảng có kích thước…' }).click();
  const size = page.getByRole('form', { name: 'Kích thước bảng' });
  await size.getByLabel('Số hàng (kể cả hàng tiêu đề)').fill('2');
  await size.getByLabel('Số cột').fill('4');
  await size.getByRole('button', { name: 'Chèn bảng' }).click();
  await page.keyboard.type('Cột một');
  await expect(editor.body().locator('table.plan-table th')).toHaveCount(4);
  await expect(editor.body().locator('table.plan-table tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Tạo bảng phân công nhiệm vụ' }).click();
  await page.getByRole('combobox', { name: 'Thêm phụ lục' }).selectOption('portrait');
  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: 'Xem trước bản in' });
  // The pages of the export: the body table and the task table (split over pages as the .docx splits it).
  await expect(preview.locator('table.pp-table').first()).toBeVisible();
  expect(await preview.locator('table.pp-table').count()).toBeGreaterThanOrEqual(2);
  await expect(preview.locator('table.pp-table').first().locator('td').first()).toHaveText('Cột một');
  const portrait = preview.locator('.pp-page--portrait');
  const landscape = preview.locator('.pp-page--landscape');
  await expect(landscape.first()).toBeVisible();
  const wide = await landscape.first().evaluate((el) => el.getBoundingClientRect().width);
  const narrow = await portrait.first().evaluate((el) => el.getBoundingClientRect().width);
  expect(wide).toBeGreaterThan(narrow * 1.3);
  await expect(preview.locator('.pp-page', { hasText: 'Phụ lục I' }).first()).toBeVisible();
  await expect(preview.locator('.pp-page', { hasText: 'Phụ lục II' }).first()).toBeVisible();
  await landscape.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/tables-preview.png' });
});

/** A table as read from Word: widths in twips, merged cells, an explicit align: null, a source line. */
const READ_TABLE: TableBlock = {
  kind: 'table',
  id: 'tbl-read',
  headerRows: 1,
  columnWidths: [705, 4536, 2268],
  source: { line: 41, text: 'TT | Nội dung | Chủ trì' },
  rows: [
    { cells: [{ paragraphs: [{ runs: [{ text: 'TT', bold: true }], align: 'center' }] }, { paragraphs: [{ runs: [{ text: 'Nội dung' }] }] }, { paragraphs: [{ runs: [{ text: 'Chủ trì' }] }] }] },
    { cells: [{ paragraphs: [{ runs: [{ text: '1' }], align: null }] }, { paragraphs: [{ runs: [{ text: 'Tuyên truyền ' }, { text: 'Chỉ thị 25', italic: true }] }, { runs: [] }] }, { paragraphs: [{ runs: [{ text: 'Sở Văn hóa, Thể thao và Du lịch' }] }], rowSpan: 2 }] },
    { cells: [{ paragraphs: [{ runs: [{ text: 'Sơ kết' }] }], colSpan: 2 }] },
  ],
};

test('a plan with tables and appendices opens, is edited elsewhere and saves them exactly as they were', async ({ host, gallery, editor, topbar, page }) => {
  const doc: PlanDocument = {
    ...emptyPlan('ke-hoach'),
    header: { ...emptyPlan('ke-hoach').header, docType: 'KẾ HOẠCH', summary: 'Thử bảng', agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', symbol: 'KH-UBND' },
    body: [numbered({ id: 's1', level: 'section', text: 'NỘI DUNG', children: [paragraph('Phân công như sau', { id: 'p1' }), READ_TABLE, numbered({ id: 'i1', level: 'item', text: 'Kiểm tra' })] })],
    appendices: [appendix({ id: 'ap1', title: 'BIỂU TỔNG HỢP', orientation: 'landscape', label: 'Biểu 01', blocks: [{ ...READ_TABLE, id: 'tbl-ap' }] })],
  };
  const file = join(host.dataDir, 'bang.kehoach');
  writeFileSync(file, serializePlan(doc));
  await gallery.open(host.url);
  await gallery.openFile(file);
  await expect(editor.body().locator('table.plan-table td[rowspan="2"]')).toHaveText('Sở Văn hóa, Thể thao và Du lịch');
  await expect(page.locator('section.appendix .appendix__label')).toHaveText('Biểu 01');
  await editor.caretAtEnd('Phân công như sau');
  await editor.type(':');
  await topbar.save();
  const saved = (await readdir(join(host.dataDir, 'documents'))).filter((f) => f.endsWith('.kehoach'));
  const back = parsePlan(await readFile(join(host.dataDir, 'documents', saved[0] ?? ''), 'utf8'));
  if (!back.ok) {
    throw new Error(back.error.message);
  }
  const section = back.value.body[0];
  expect({
    text: section?.kind === 'numbered' ? section.children[0] : null,
    table: section?.kind === 'numbered' ? section.children[1] : null,
    appendices: back.value.appendices,
  }).toEqual({ text: paragraph('Phân công như sau:', { id: 'p1' }), table: READ_TABLE, appendices: doc.appendices });
});

test('citations of an appendix follow its label when appendices are added and deleted on the page', async ({ host, gallery, editor, page }) => {
  const doc: PlanDocument = {
    ...emptyPlan('ke-hoach'),
    header: { ...emptyPlan('ke-hoach').header, docType: 'KẾ HOẠCH', summary: 'Thử phụ lục', agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', symbol: 'KH-UBND' },
    body: [numbered({ id: 's1', level: 'section', text: 'NỘI DUNG', children: [paragraph('Danh mục văn bản tại Phụ lục kèm theo Kế hoạch này.', { id: 'p1' })] })],
    appendices: [appendix({ id: 'ap1', title: 'DANH MỤC VĂN BẢN', blocks: [paragraph('Văn bản số 1.', { id: 'ap1p' })] })],
  };
  const file = join(host.dataDir, 'trich-dan.kehoach');
  writeFileSync(file, serializePlan(doc));
  await gallery.open(host.url);
  await gallery.openFile(file);
  const body = editor.body();
  await expect(body).toContainText('Danh mục văn bản tại Phụ lục kèm theo Kế hoạch này.');

  // A second appendix: the first becomes "Phụ lục I", and so does the sentence citing it.
  await page.getByRole('combobox', { name: 'Thêm phụ lục' }).selectOption('portrait');
  await expect(page.locator('section.appendix .appendix__label')).toHaveText(['Phụ lục I', 'Phụ lục II']);
  await expect(body).toContainText('Danh mục văn bản tại Phụ lục I kèm theo Kế hoạch này.');

  // The body is still typed into after the citation moved.
  await editor.caretAtEnd('Danh mục văn bản tại Phụ lục I kèm theo Kế hoạch này.');
  await editor.type(' Xem thêm.');
  await expect(body).toContainText('Phụ lục I kèm theo Kế hoạch này. Xem thêm.');

  // Deleting the second appendix: the first is the only one again, "Phụ lục", and so is its citation.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('section.appendix').nth(1).getByRole('button', { name: 'Xóa phụ lục' }).click();
  await expect(page.locator('section.appendix .appendix__label')).toHaveText(['Phụ lục']);
  await expect(body).toContainText('Danh mục văn bản tại Phụ lục kèm theo Kế hoạch này. Xem thêm.');
});
