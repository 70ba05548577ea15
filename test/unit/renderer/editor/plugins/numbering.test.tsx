// @vitest-environment happy-dom
import { $isTextNode } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/plan-document';
import { bul, num, para } from '../../../../helpers/editor-bodies';
import { caretIn, edit, findBlockNode, lastBody, type Mounted, mountEditor, outline, press, shownLabels } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function mount(body: readonly Block[]): Mounted {
  mounted = mountEditor(body);
  return mounted;
}

function points(n: number): Block[] {
  return Array.from({ length: n }, (_, i) => num('point', `Điểm thứ ${i + 1};`, [], { titled: false }));
}

describe('live numbering', () => {
  it('labels a fresh body from the tree, đ included, and bullets by their marker', async () => {
    const m = mount([num('section', 'MỤC ĐÍCH', [num('item', 'Mục đích', [...points(6), bul('-', 'Chủ trì: Sở Nội vụ.')])])]);
    expect(shownLabels(m.content)).toEqual(['I.', '1.', 'a)', 'b)', 'c)', 'd)', 'đ)', 'e)', '-']);
  });

  it('renumbers the following siblings when Enter inserts a point', async () => {
    const body = [num('item', 'Nhiệm vụ', points(4))];
    const m = mount(body);
    const second = body[0]?.kind === 'numbered' ? body[0].children[1]?.id ?? '' : '';
    await caretIn(m, second);
    await press(m, 'Enter');
    expect(shownLabels(m.content)).toEqual(['1.', 'a)', 'b)', 'c)', 'd)', 'đ)']);
  });

  it('renumbers when a block is moved, and when one is deleted', async () => {
    const body = [num('section', 'A', [], { label: 'I.' }), num('section', 'B', [], { label: 'II.' }), num('section', 'C', [], { label: 'III.' })];
    const m = mount(body);
    const [a, b, c] = body.map((x) => x.id);
    await edit(m.editor, () => findBlockNode(a ?? '').insertBefore(findBlockNode(c ?? '')));
    const afterMove = outline(lastBody(m), m.content);
    await edit(m.editor, () => findBlockNode(b ?? '').remove());
    expect({ afterMove, afterDelete: outline(lastBody(m), m.content) }).toEqual({
      afterMove: ['section I. C', 'section II. A', 'section III. B'],
      afterDelete: ['section I. C', 'section II. A'],
    });
  });

  it('keeps labels as written in a file until the structure of their group changes', async () => {
    // Numbered paragraphs (not titles): Enter at the end makes the next item.
    const body = [num('item', 'Một', [], { label: '1.', titled: false }), num('item', 'Ba', [], { label: '3.', titled: false }), num('item', 'Bốn', [], { label: '4.', titled: false })];
    const m = mount(body);
    const before = shownLabels(m.content);
    await edit(m.editor, () => {
      const text = findBlockNode(body[2]?.id ?? '').getFirstDescendant();
      if ($isTextNode(text)) {
        text.setTextContent('Bốn (sửa chữ)');
      }
    });
    const afterTextEdit = shownLabels(m.content);
    await caretIn(m, body[0]?.id ?? '');
    await press(m, 'Enter');
    expect({ before, afterTextEdit, afterInsert: shownLabels(m.content), labelsInModel: lastBody(m).map((b) => (b.kind === 'numbered' ? b.label : '')) }).toEqual({
      before: ['1.', '3.', '4.'],
      afterTextEdit: ['1.', '3.', '4.'],
      afterInsert: ['1.', '2.', '3.', '4.'],
      labelsInModel: [null, null, null, null],
    });
  });

  it('renumbers both groups when a point is promoted to an item and demoted back', async () => {
    const body = [num('item', 'Một', points(3)), num('item', 'Hai', [para('Nội dung.')])];
    const m = mount(body);
    const secondPoint = body[0]?.kind === 'numbered' ? body[0].children[1]?.id ?? '' : '';
    await caretIn(m, secondPoint);
    await press(m, 'Tab', { shiftKey: true });
    const promoted = outline(lastBody(m), m.content);
    await press(m, 'Tab');
    expect({ promoted, demoted: outline(lastBody(m), m.content) }).toEqual({
      promoted: ['item 1. Một', '  point a) Điểm thứ 1;', 'item 2. Điểm thứ 2;', '  point a) Điểm thứ 3;', 'item 3. Hai', '  p Nội dung.'],
      demoted: ['item 1. Một', '  point a) Điểm thứ 1;', '  point b) Điểm thứ 2;', '  point c) Điểm thứ 3;', 'item 2. Hai', '  p Nội dung.'],
    });
  });
});

describe('moving blocks', () => {
  it('moves an item with its content past its siblings with Alt+Shift+↑/↓, renumbering as it goes', async () => {
    const third = num('item', 'Ba', [num('point', 'Điểm của ba;', [], { titled: false })]);
    const body = [num('section', 'NỘI DUNG', [num('item', 'Một', [para('Nội dung một.')]), num('item', 'Hai'), third])];
    const m = mount(body);
    await caretIn(m, third.id);
    await press(m, 'ArrowUp', { altKey: true, shiftKey: true });
    await press(m, 'ArrowUp', { altKey: true, shiftKey: true });
    const top = outline(lastBody(m), m.content);
    await press(m, 'ArrowUp', { altKey: true, shiftKey: true });
    const stillTop = outline(lastBody(m), m.content);
    await press(m, 'ArrowDown', { altKey: true, shiftKey: true });
    expect({ top, stillTop, down: outline(lastBody(m), m.content) }).toEqual({
      top: ['section I. NỘI DUNG', '  item 1. Ba', '    point a) Điểm của ba;', '  item 2. Một', '    p Nội dung một.', '  item 3. Hai'],
      stillTop: ['section I. NỘI DUNG', '  item 1. Ba', '    point a) Điểm của ba;', '  item 2. Một', '    p Nội dung một.', '  item 3. Hai'],
      down: ['section I. NỘI DUNG', '  item 1. Một', '    p Nội dung một.', '  item 2. Ba', '    point a) Điểm của ba;', '  item 3. Hai'],
    });
  });
});
