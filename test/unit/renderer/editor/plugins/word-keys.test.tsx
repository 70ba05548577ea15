// @vitest-environment happy-dom
import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection, CUT_COMMAND, SELECT_ALL_COMMAND, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { table } from '../../../../../core/model/builders';
import type { Block } from '../../../../../core/model/plan-document';
import { autoMarker } from '../../../../../renderer/editor/ops/word-ops';
import { bul, num, para } from '../../../../helpers/editor-bodies';
import { caretIn, edit, findBlockNode, lastBody, type Mounted, mountEditor, outline, press, settled } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function mount(body: readonly Block[], required: readonly string[] = []): Mounted {
  mounted = mountEditor(body, { required });
  return mounted;
}

function notice(m: Mounted): string {
  return m.container.querySelector('[role="status"]')?.textContent ?? '';
}

/** Selects from (block, offset) to (block, offset) by text offsets. */
async function select(m: Mounted, from: [string, number], to: [string, number]): Promise<void> {
  await edit(m.editor, () => {
    const a = findBlockNode(from[0]).getFirstDescendant();
    const b = findBlockNode(to[0]).getFirstDescendant();
    const selection = $createRangeSelection();
    selection.anchor.set(a?.getKey() ?? findBlockNode(from[0]).getKey(), from[1], a ? 'text' : 'element');
    selection.focus.set(b?.getKey() ?? findBlockNode(to[0]).getKey(), to[1], b ? 'text' : 'element');
    $setSelection(selection);
  });
}

async function type(m: Mounted, text: string): Promise<void> {
  for (const ch of text) {
    await edit(m.editor, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        selection.insertText(ch);
      }
    });
  }
}

/** A plan as the templates make it: I. with items and their "-" tasks, II., III. */
function plan(): { body: Block[]; lastDash: Block; item2: Block; item3: Block; section3: Block; section2: Block } {
  const lastDash = bul('-', 'Tổ chức hội nghị quán triệt.');
  const item2 = num('item', 'Triển khai ứng dụng', [bul('-', 'Xây dựng cơ sở dữ liệu.')]);
  const item3 = num('item', 'Đào tạo cán bộ', [bul('-', 'Mở lớp tập huấn.')]);
  const section2 = num('section', 'NHIỆM VỤ', [num('item', 'Tuyên truyền', [bul('-', 'Đăng tin trên cổng.'), lastDash]), item2]);
  const section3 = num('section', 'KINH PHÍ THỰC HIỆN', [para('Ngân sách huyện.')], { sectionKey: 'kinh-phi' });
  return { body: [num('section', 'MỤC ĐÍCH', [para('Nâng cao nhận thức.')], { sectionKey: 'muc-dich' }), section2, section3], lastDash, item2, item3, section3, section2 };
}

describe('deleting across blocks keeps the kind of what survives', () => {
  it('deleting a whole "-" line keeps the next heading "2." a heading', async () => {
    const { body, lastDash, item2 } = plan();
    const m = mount(body);
    await select(m, [lastDash.id, 0], [item2.id, 0]);
    await press(m, 'Delete');
    expect(outline(lastBody(m), m.content).slice(3, 7)).toEqual(['  item 1. Tuyên truyền', '    - - Đăng tin trên cổng.', '  item 2. Triển khai ứng dụng', '    - - Xây dựng cơ sở dữ liệu.']);
  });

  it('deleting task 2 (Shift+↓ to the next section) keeps "III." a section and its items where they are', async () => {
    const { body, item2, section3 } = plan();
    const m = mount(body);
    await select(m, [item2.id, 0], [section3.id, 0]);
    await press(m, 'Backspace');
    expect(outline(lastBody(m), m.content)).toEqual([
      'section I. MỤC ĐÍCH',
      '  p Nâng cao nhận thức.',
      'section II. NHIỆM VỤ',
      '  item 1. Tuyên truyền',
      '    - - Đăng tin trên cổng.',
      '    - - Tổ chức hội nghị quán triệt.',
      'section III. KINH PHÍ THỰC HIỆN',
      '  p Ngân sách huyện.',
    ]);
  });

  it('from inside a block, merges like Word (the first block keeps its kind) and deletes a table in between', async () => {
    const before = para('Trước bảng, phần đầu.');
    const after = bul('-', 'Sau bảng, phần cuối.');
    const m = mount([num('section', 'NỘI DUNG', [before, table([['A', 'B'], ['1', '2']]), after])]);
    await select(m, [before.id, 10], [after.id, 10]);
    await press(m, 'Delete');
    expect(outline(lastBody(m), m.content)).toEqual(['section I. NỘI DUNG', '  p Trước bảngphần cuối.']);
  });

  it('Ctrl+A then Delete clears the body down to the required headings and says so', async () => {
    const { body } = plan();
    const m = mount(body, ['muc-dich', 'kinh-phi']);
    await settled(() => m.editor.dispatchCommand(SELECT_ALL_COMMAND, new KeyboardEvent('keydown')));
    await press(m, 'Delete');
    const after = outline(lastBody(m), m.content);
    expect({ after, notice: notice(m).includes('“MỤC ĐÍCH”') && notice(m).includes('“KINH PHÍ THỰC HIỆN”') }).toEqual({
      after: ['section I. MỤC ĐÍCH', 'section II. KINH PHÍ THỰC HIỆN', '  p'],
      notice: true,
    });
  });

  it('cut across blocks removes what a delete would and undo restores the exact body', async () => {
    const { body, item2, section3 } = plan();
    const m = mount(body);
    await select(m, [item2.id, 0], [section3.id, 0]);
    const original = outline(m.changes.at(-1) ?? body);
    const data = new DataTransfer();
    await settled(() => m.editor.dispatchCommand(CUT_COMMAND, new ClipboardEvent('cut', { clipboardData: data })));
    await settled(() => undefined);
    const cut = outline(lastBody(m));
    await settled(() => m.editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect({ cutHasIII: cut.includes('section KINH PHÍ THỰC HIỆN'), cutLost: cut.some((l) => l.includes('Triển khai')), undone: outline(lastBody(m)) }).toEqual({
      cutHasIII: true,
      cutLost: false,
      undone: original,
    });
  });
});

describe('Backspace and Enter as in Word', () => {
  it('Backspace at the start of a "-" item removes the dash first, a second Backspace merges', async () => {
    const { body, lastDash } = plan();
    const m = mount(body);
    await caretIn(m, lastDash.id, 'start');
    await press(m, 'Backspace');
    const first = outline(lastBody(m), m.content).slice(3, 6);
    await press(m, 'Backspace');
    expect({ first, second: outline(lastBody(m), m.content).slice(3, 5) }).toEqual({
      first: ['  item 1. Tuyên truyền', '    - - Đăng tin trên cổng.', '    p Tổ chức hội nghị quán triệt.'],
      second: ['  item 1. Tuyên truyền', '    - - Đăng tin trên cổng.Tổ chức hội nghị quán triệt.'],
    });
  });

  it('Backspace at the start of a numbered item makes it body text in place', async () => {
    const { body, item2 } = plan();
    const m = mount(body);
    await caretIn(m, item2.id, 'start');
    await press(m, 'Backspace');
    expect(outline(lastBody(m), m.content).slice(2, 8)).toEqual([
      'section II. NHIỆM VỤ',
      '  item 1. Tuyên truyền',
      '    - - Đăng tin trên cổng.',
      '    - - Tổ chức hội nghị quán triệt.',
      '  p Triển khai ứng dụng',
      '  - - Xây dựng cơ sở dữ liệu.',
    ]);
  });

  it('Enter at the end of a heading starts a body paragraph under it', async () => {
    const { body, section2 } = plan();
    const m = mount(body);
    await caretIn(m, section2.id, 'end');
    await press(m, 'Enter');
    await type(m, 'Đoạn mở đầu mục.');
    expect(outline(lastBody(m), m.content).slice(2, 5)).toEqual(['section II. NHIỆM VỤ', '  p Đoạn mở đầu mục.', '  item 1. Tuyên truyền']);
  });
});

describe('AutoFormat', () => {
  it('reads the markers Word formats', () => {
    expect(['- a', '+ a', 'a) b', 'đ) b', '3. c', 'II. d', '-a', '3.c', 'Phần I'].map((t) => autoMarker(t)?.style ?? null)).toEqual([
      'dash', 'plus', 'point', 'point', 'item', 'section', null, null, null,
    ]);
  });

  it('"- " typed at the start of a paragraph makes a "-" item; Ctrl+Z gives the typed text back', async () => {
    const target = para('');
    const m = mount([num('item', 'Tuyên truyền', [para('Nội dung.'), target])]);
    await caretIn(m, target.id, 'start');
    await type(m, '- ');
    const formatted = outline(lastBody(m));
    await type(m, 'Đăng tin');
    const typed = outline(lastBody(m));
    await settled(() => m.editor.dispatchCommand(UNDO_COMMAND, undefined));
    await settled(() => m.editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect({ formatted, typed, undone: outline(lastBody(m)) }).toEqual({
      formatted: ['item Tuyên truyền', '  p Nội dung.', '  -'],
      typed: ['item Tuyên truyền', '  p Nội dung.', '  - Đăng tin'],
      undone: ['item Tuyên truyền', '  p Nội dung.', '  p -'],
    });
  });

  it('"a) " makes a point under the item and "II. " a section; not inside a table cell', async () => {
    const p1 = para('');
    const m = mount([num('section', 'NỘI DUNG', [num('item', 'Nhiệm vụ', [p1])]), table([['x']])]);
    await caretIn(m, p1.id, 'start');
    await type(m, 'a) Điểm một');
    expect(outline(lastBody(m), m.content)).toEqual(['section I. NỘI DUNG', '  item 1. Nhiệm vụ', '    point a) Điểm một', 'table x']);
  });
});
