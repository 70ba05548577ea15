// @vitest-environment happy-dom
import { $findCellNode, $findTableNode, $isTableCellNode, $isTableRowNode, type TableNode } from '@lexical/table';
import { $createParagraphNode, $getRoot, $getSelection, $isRangeSelection, $isTextNode, type LexicalEditor, PASTE_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../../../../../core/model/plan-document';
import { cellText, flattenBlocks, tableText } from '../../../../../core/model/walk';
import { insertTable, runEditorAction, runTableAction, setBlockStyle } from '../../../../../renderer/editor';
import { num, para } from '../../../../helpers/editor-bodies';
import { caretIn, edit, lastBody, type Mounted, mountEditor, outline, press, settled } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** A table as Word gives it: a header row, merged cells, widths in twips, bold and italic runs, an explicit align. */
function wordTable(id = 'tab1'): TableBlock {
  return {
    kind: 'table',
    id,
    headerRows: 1,
    columnWidths: [700, 4200, 2400],
    rows: [
      { cells: [{ paragraphs: [{ runs: [{ text: 'STT' }] }] }, { paragraphs: [{ runs: [{ text: 'Nhiệm vụ' }] }] }, { paragraphs: [{ runs: [{ text: 'Cơ quan chủ trì' }] }] }] },
      {
        cells: [
          { paragraphs: [{ runs: [{ text: '1' }], align: 'center' }] },
          { paragraphs: [{ runs: [{ text: 'Tuyên truyền ' }, { text: 'Chỉ thị 25', bold: true }] }, { runs: [{ text: 'trên báo chí', italic: true }], align: null }] },
          { paragraphs: [{ runs: [{ text: 'Sở Văn hóa, Thể thao và Du lịch' }] }], rowSpan: 2 },
        ],
      },
      { cells: [{ paragraphs: [{ runs: [{ text: 'Tổ chức hội nghị sơ kết' }] }], colSpan: 2 }] },
    ],
    source: { line: 40, text: 'STT\tNhiệm vụ\tCơ quan chủ trì' },
  };
}

function findTable(body: readonly Block[]): TableBlock {
  const table = flattenBlocks(body).find((b): b is TableBlock => b.kind === 'table');
  if (!table) {
    throw new Error('no table');
  }
  return table;
}

/** The selected cell as [row, column] of the table holding it (inside read). */
function caretCell(editor: LexicalEditor): [number, number] | null {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    const cell = $isRangeSelection(selection) ? $findCellNode(selection.anchor.getNode()) : null;
    const table = cell ? $findTableNode(cell) : null;
    if (!cell || !table) {
      return null;
    }
    const rows = table.getChildren().filter($isTableRowNode);
    const r = rows.findIndex((row) => row.is(cell.getParent()));
    const c = (rows[r]?.getChildren() ?? []).findIndex((x) => x.is(cell));
    return [r, c];
  });
}

/** Puts the caret at the end of a cell of the first table. */
async function selectCell(m: Mounted, row: number, column: number): Promise<void> {
  await edit(m.editor, () => {
    const tableNode = $getRoot().getChildren().find((n) => n.getType() === 'table') as TableNode;
    const cell = tableNode.getChildren().filter($isTableRowNode)[row]?.getChildren()[column];
    if ($isTableCellNode(cell)) {
      cell.selectEnd();
    }
  });
}

/** Types text at the caret (as the browser's beforeinput would, through Lexical's own selection). */
async function type(m: Mounted, text: string): Promise<void> {
  await edit(m.editor, () => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) {
      selection.insertText(text);
    }
  });
}

async function paste(editor: LexicalEditor, data: Readonly<Record<string, string>>): Promise<void> {
  const event = {
    clipboardData: { getData: (t: string) => data[t] ?? '', types: Object.keys(data) },
    preventDefault: () => undefined,
  } as unknown as ClipboardEvent;
  await settled(() => editor.dispatchCommand(PASTE_COMMAND, event));
}

describe('tables in the body editor', () => {
  it('keeps a loaded table exactly (same object) through edits elsewhere, at its depth inside its section', async () => {
    const table = wordTable();
    const text = para('Giao nhiệm vụ như sau:');
    const body = [num('section', 'NỘI DUNG', [text, table, num('item', 'Kiểm tra')])];
    const m = (mounted = mountEditor(body));
    await caretIn(m, text.id);
    await type(m, ' (bảng)');
    const after = lastBody(m);
    expect(findTable(after)).toBe(table);
    expect(outline(after)).toEqual([
      'section NỘI DUNG',
      '  p Giao nhiệm vụ như sau: (bảng)',
      `  table ${tableText(table).replace(/\n/g, ' / ')}`,
      '  item Kiểm tra',
    ]);
    const element = m.content.querySelector<HTMLElement>(`table[data-block-id="${table.id}"]`);
    expect({ depth: element?.dataset.depth, th: element?.querySelectorAll('th').length, spans: [...(element?.querySelectorAll('td') ?? [])].map((td) => `${td.getAttribute('colspan') ?? 1}x${td.getAttribute('rowspan') ?? 1}`) }).toEqual({
      depth: '1',
      th: 3,
      spans: ['1x1', '1x1', '1x2', '2x1'],
    });
  });

  it('reads a typed cell back with the table id, header rows, spans, widths and emphasis kept', async () => {
    const table = wordTable();
    const m = (mounted = mountEditor([num('section', 'NỘI DUNG', [table])]));
    await edit(m.editor, () => {
      const tableNode = $getRoot().getChildren()[1] as TableNode;
      const cell = tableNode.getChildren().filter($isTableRowNode)[2]?.getFirstChild();
      if ($isTableCellNode(cell)) {
        cell.selectEnd();
      }
    });
    await type(m, ' năm 2026');
    const read = findTable(lastBody(m));
    expect(read).not.toBe(table);
    expect(read).toEqual({
      ...table,
      rows: [table.rows[0], { cells: table.rows[1]?.cells.map((c, i) => (i === 1 ? { paragraphs: [c.paragraphs[0], { runs: [{ text: 'trên báo chí', italic: true }] }] } : c)) }, { cells: [{ paragraphs: [{ runs: [{ text: 'Tổ chức hội nghị sơ kết năm 2026' }] }], colSpan: 2 }] }],
    });
  });

  it('inserts a 3 × 3 table with a header row after the caret block, as content of its section', async () => {
    const text = para('Các nhiệm vụ:');
    const m = (mounted = mountEditor([num('section', 'NỘI DUNG', [text]), num('section', 'TỔ CHỨC THỰC HIỆN')]));
    await caretIn(m, text.id);
    await settled(() => insertTable(m.handle));
    const body = lastBody(m);
    const table = findTable(body);
    expect({ rows: table.rows.length, columns: table.rows.map((r) => r.cells.length), headerRows: table.headerRows, outline: outline(body).map((l) => l.split('\t')[0]) }).toEqual({
      rows: 3,
      columns: [3, 3, 3],
      headerRows: 1,
      outline: ['section NỘI DUNG', '  p Các nhiệm vụ:', '  table ', 'section TỔ CHỨC THỰC HIỆN'],
    });
    expect(caretCell(m.editor)).toEqual([0, 0]);
    // The outline follows the caret into the table (its id is the active block).
    expect(m.active.at(-1)).toBe(table.id);
  });

  it('Tab and Shift+Tab move between cells, Tab in the last cell adds a row, typing lands in the cell', async () => {
    const text = para('');
    const m = (mounted = mountEditor([num('section', 'NỘI DUNG', [text])]));
    await caretIn(m, text.id);
    await settled(() => insertTable(m.handle, { rows: 2, columns: 2 }));
    await type(m, 'STT');
    await press(m, 'Tab');
    await type(m, 'Nhiệm vụ');
    await press(m, 'Tab');
    expect(caretCell(m.editor)).toEqual([1, 0]);
    await press(m, 'Tab', { shiftKey: true });
    expect(caretCell(m.editor)).toEqual([0, 1]);
    await press(m, 'Tab');
    await press(m, 'Tab');
    await press(m, 'Tab');
    expect(caretCell(m.editor)).toEqual([2, 0]);
    await type(m, 'Hội nghị');
    const table = findTable(lastBody(m));
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['STT', 'Nhiệm vụ'],
      ['', ''],
      ['Hội nghị', ''],
    ]);
    // The empty paragraph the table replaced is gone; the table is the section's content.
    expect(outline(lastBody(m))[1]?.startsWith('  table')).toBe(true);
  });

  it('adds and removes rows and columns, toggles the header rows, deletes the table; undo brings it back', async () => {
    const table = wordTable();
    const m = (mounted = mountEditor([num('section', 'NỘI DUNG', [para('Trước bảng'), table])]));
    await edit(m.editor, () => {
      const tableNode = $getRoot().getChildren()[2] as TableNode;
      const cell = tableNode.getChildren().filter($isTableRowNode)[1]?.getFirstChild();
      if ($isTableCellNode(cell)) {
        cell.selectEnd();
      }
    });
    await settled(() => runTableAction(m.handle, 'row-below'));
    await settled(() => runTableAction(m.handle, 'column-right'));
    expect(caretCell(m.editor)).toEqual([1, 0]);
    let read = findTable(lastBody(m));
    expect({ rows: read.rows.length, firstRow: read.rows[0]?.cells.length, widths: read.columnWidths.length }).toEqual({ rows: 4, firstRow: 4, widths: 4 });
    await settled(() => runTableAction(m.handle, 'toggle-header'));
    expect(findTable(lastBody(m)).headerRows).toBe(2);
    await settled(() => runTableAction(m.handle, 'toggle-header'));
    expect(findTable(lastBody(m)).headerRows).toBe(1);
    await selectCell(m, 2, 1);
    await settled(() => runTableAction(m.handle, 'delete-column'));
    await selectCell(m, 2, 0);
    await settled(() => runTableAction(m.handle, 'delete-row'));
    read = findTable(lastBody(m));
    expect(read.rows.map((r) => r.cells.map(cellText))).toEqual(table.rows.map((r) => r.cells.map(cellText)));
    await settled(() => runTableAction(m.handle, 'delete-table'));
    expect(flattenBlocks(lastBody(m)).some((b) => b.kind === 'table')).toBe(false);
    await press(m, 'z', { ctrlKey: true });
    expect(findTable(lastBody(m)).rows.length).toBe(3);
  });

  it('demoting a heading carries the table under it along; structure keys leave cells alone', async () => {
    const table = wordTable();
    const item = num('item', 'Tuyên truyền', [table]);
    const m = (mounted = mountEditor([num('section', 'NỘI DUNG', [num('item', 'Mục đầu'), item])]));
    await caretIn(m, item.id);
    await settled(() => runEditorAction(m.handle, 'demote'));
    const body = lastBody(m);
    expect(outline(body).map((l) => l.split('\t')[0])).toEqual(['section NỘI DUNG', '  item Mục đầu', '    point Tuyên truyền', '      table STT']);
    // "Set level" with the caret in a cell changes nothing.
    await edit(m.editor, () => {
      const tableNode = $getRoot().getChildren().find((n) => n.getType() === 'table') as TableNode;
      tableNode.getFirstDescendant()?.selectEnd?.();
      const first = tableNode.getAllTextNodes()[0];
      if ($isTextNode(first)) {
        first.select(0, 0);
      }
    });
    await settled(() => runEditorAction(m.handle, 'promote'));
    await settled(() => setBlockStyle(m.handle, 'section'));
    await settled(() => runEditorAction(m.handle, 'toggle-titled'));
    expect(outline(lastBody(m))).toEqual(outline(body));
    expect(m.content.querySelectorAll('td [data-style]:not([data-style="paragraph"]), th [data-style]:not([data-style="paragraph"])')).toHaveLength(0);
  });
});

describe('structure around tables', () => {
  it('numbers the items on both sides of a table, guards required headings, and Tab in a cell never restyles', async () => {
    const table = wordTable();
    const heading = num('section', 'NỘI DUNG', [num('item', 'Tuyên truyền'), table, num('item', 'Kiểm tra')], { sectionKey: 'noi-dung' });
    const m = (mounted = mountEditor([heading], { required: ['noi-dung'] }));
    const labels = (): string[] => [...m.content.querySelectorAll<HTMLElement>(':scope > [data-block-id]')].map((el) => el.dataset.label ?? el.tagName.toLowerCase());
    await caretIn(m, heading.id);
    await type(m, ' THỰC HIỆN');
    expect(labels()).toEqual(['I.', '1.', 'table', '2.']);
    await selectCell(m, 1, 1);
    await press(m, 'Tab');
    await press(m, 'Tab', { shiftKey: true });
    await settled(() => runTableAction(m.handle, 'delete-table'));
    const body = lastBody(m);
    expect({ outline: outline(body, m.content), notice: m.container.querySelector('[role="status"]')?.textContent }).toEqual({
      outline: ['section I. NỘI DUNG THỰC HIỆN', '  item 1. Tuyên truyền', '  item 2. Kiểm tra'],
      notice: '',
    });
    expect(labels()).toEqual(['I.', '1.', '2.']);
  });
});

describe('a paragraph Lexical makes after a table', () => {
  it("takes the table's depth (Enter at the end of the last cell writes on inside the same section)", async () => {
    const table = wordTable();
    const m = (mounted = mountEditor([num('section', 'NỘI DUNG', [para('Trước'), table])]));
    await edit(m.editor, () => {
      const tableNode = $getRoot().getChildren().find((n) => n.getType() === 'table');
      const paragraph = $createParagraphNode();
      tableNode?.insertAfter(paragraph);
      paragraph.selectEnd();
    });
    await type(m, 'Sau bảng');
    expect(outline(lastBody(m)).map((l) => l.split('\t')[0])).toEqual(['section NỘI DUNG', '  p Trước', '  table STT', '  p Sau bảng']);
  });
});

describe('paste keeps tables', () => {
  const WORD_HTML = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>',
    '<p class=MsoNormal><b>1. Phân công nhiệm vụ</b></p>',
    '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>',
    '<tr><td width=47 style="width:35.4pt"><p class=MsoNormal align=center><b>STT<o:p></o:p></b></p></td>',
    '<td width=300 style="width:225pt"><p class=MsoNormal><b>Nội dung</b></p></td>',
    '<td width=150 style="width:112.5pt"><p class=MsoNormal><b>Chủ trì</b></p></td></tr>',
    '<tr><td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>Tuyên truyền <i>Chỉ thị 25</i></p><p class=MsoNormal>trên báo, đài</p></td>',
    '<td rowspan=2><p class=MsoNormal>Sở Văn hóa,&nbsp;Thể thao và Du lịch</p></td></tr>',
    '<tr><td colspan=2><p class=MsoNormal>Sơ kết</p></td></tr>',
    '</table>',
    '<p class=MsoNormal>a) Theo dõi, đôn đốc.</p>',
    '</body></html>',
  ].join('');

  it('turns a Word table into a table block between the recognized lines (header row, spans, emphasis, widths)', async () => {
    const empty = para('');
    const m = (mounted = mountEditor([num('section', 'NỘI DUNG', [empty])]));
    await caretIn(m, empty.id);
    await paste(m.editor, { 'text/html': WORD_HTML, 'text/plain': 'STT\tNội dung\tChủ trì' });
    const body = lastBody(m);
    const table = findTable(body);
    expect({
      outline: outline(body).map((l) => l.split('\t')[0]),
      headerRows: table.headerRows,
      cells: table.rows.map((r) => r.cells.map((c) => `${cellText(c)}${c.colSpan ? ` ⟷${c.colSpan}` : ''}${c.rowSpan ? ` ↕${c.rowSpan}` : ''}`)),
      emphasis: table.rows[1]?.cells[1]?.paragraphs[0]?.runs,
      widths: table.columnWidths,
    }).toEqual({
      outline: ['section NỘI DUNG', '  item Phân công nhiệm vụ', '    table STT', '    point Theo dõi, đôn đốc.'],
      headerRows: 1,
      cells: [
        ['STT', 'Nội dung', 'Chủ trì'],
        ['1', 'Tuyên truyền Chỉ thị 25\ntrên báo, đài', 'Sở Văn hóa, Thể thao và Du lịch ↕2'],
        ['Sơ kết ⟷2'],
      ],
      emphasis: [{ text: 'Tuyên truyền ' }, { text: 'Chỉ thị 25', italic: true }],
      widths: [708, 4500, 2250],
    });
    expect(m.container.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('takes <th> and <thead> rows as header rows', async () => {
    const empty = para('');
    const m = (mounted = mountEditor([empty]));
    await caretIn(m, empty.id);
    await paste(m.editor, { 'text/html': '<table><thead><tr><th>A</th><th>B</th></tr><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>' });
    const table = findTable(lastBody(m));
    expect({ headerRows: table.headerRows, rows: table.rows.map((r) => r.cells.map(cellText)) }).toEqual({ headerRows: 2, rows: [['A', 'B'], ['a', 'b'], ['1', '2']] });
  });

  it('keeps spreadsheet text (tab-separated rows) as a table', async () => {
    const empty = para('');
    const m = (mounted = mountEditor([empty]));
    await caretIn(m, empty.id);
    await paste(m.editor, { 'text/plain': 'STT\tNhiệm vụ\r\n1\tHội nghị\r\n2\tKiểm tra\r\n' });
    expect(findTable(lastBody(m)).rows.map((r) => r.cells.map(cellText))).toEqual([
      ['STT', 'Nhiệm vụ'],
      ['1', 'Hội nghị'],
      ['2', 'Kiểm tra'],
    ]);
  });

  it('says so when a table cannot stay a table: a table inside a cell, or pasted into a cell', async () => {
    const empty = para('');
    const m = (mounted = mountEditor([empty]));
    await caretIn(m, empty.id);
    await paste(m.editor, { 'text/html': '<table><tr><td>Ngoài<table><tr><td>x</td><td>y</td></tr></table></td><td>B</td></tr></table>' });
    const outer = findTable(lastBody(m));
    expect(outer.rows[0]?.cells.map(cellText)).toEqual(['Ngoài\nx | y', 'B']);
    expect(m.container.querySelector('[role="status"]')?.textContent).toContain('Bảng lồng');
    // The caret is in the table now: a second table pasted here becomes lines of the cell.
    await paste(m.editor, { 'text/html': '<table><tr><td>c1</td><td>c2</td></tr><tr><td>d1</td><td>d2</td></tr></table>' });
    const after = lastBody(m);
    expect(flattenBlocks(after).filter((b) => b.kind === 'table')).toHaveLength(1);
    expect(findTable(after).rows.flatMap((r) => r.cells.map(cellText)).join('\n')).toContain('c1 | c2\nd1 | d2');
    expect(m.container.querySelector('[role="status"]')?.textContent).toContain('Không dán được bảng vào trong một ô');
  });
});
