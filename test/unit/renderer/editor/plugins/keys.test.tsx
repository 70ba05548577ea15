// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/plan-document';
import { bul, num, para } from '../../../../helpers/editor-bodies';
import { caretIn, lastBody, type Mounted, mountEditor, outline, press, settled } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function mount(body: readonly Block[]): Mounted {
  mounted = mountEditor(body);
  return mounted;
}

describe('structure keys', () => {
  it('walks the ladder with Tab: I. → 1. → a) → "-" → "+", and stops at "+"', async () => {
    const target = num('section', 'Việc cần làm');
    const m = mount([num('section', 'NỘI DUNG', [num('item', 'Nhiệm vụ', [num('point', 'Điểm', [bul('-', 'Gạch')])])]), target]);
    await caretIn(m, target.id);
    const steps: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await press(m, 'Tab');
      steps.push(outline(lastBody(m), m.content).find((line) => line.endsWith('Việc cần làm'))?.trim() ?? '');
    }
    expect(steps).toEqual(['item 2. Việc cần làm', 'point b) Việc cần làm', '- - Việc cần làm', '+ + Việc cần làm', '+ + Việc cần làm']);
  });

  it('walks back up with Shift+Tab and the block lands under the right parent each time', async () => {
    const target = bul('+', 'Phối hợp');
    const m = mount([num('section', 'NỘI DUNG', [num('item', 'Nhiệm vụ', [num('point', 'Điểm', [bul('-', 'Chủ trì', [target])])])])]);
    await caretIn(m, target.id);
    const outlines: string[][] = [];
    for (let i = 0; i < 4; i += 1) {
      await press(m, 'Tab', { shiftKey: true });
      outlines.push(outline(lastBody(m), m.content));
    }
    expect(outlines.map((o) => o[o.length - 1])).toEqual(['      - - Phối hợp', '    point b) Phối hợp', '  item 2. Phối hợp', 'section II. Phối hợp']);
  });

  it('moves a heading\'s body text with it when it is demoted', async () => {
    const moved = num('item', 'Hai', [para('Nội dung của mục hai.'), num('point', 'Điểm của mục hai;', [], { titled: false })]);
    const m = mount([num('item', 'Một', [para('Nội dung một.')]), moved]);
    await caretIn(m, moved.id);
    await press(m, 'Tab');
    expect(outline(lastBody(m), m.content)).toEqual([
      'item 1. Một',
      '  p Nội dung một.',
      '  point a) Hai',
      '    p Nội dung của mục hai.',
      '  point b) Điểm của mục hai;',
    ]);
  });

  it('ends a list like Word: Enter in an empty "+" outdents to "-", in an empty "-" gives a paragraph', async () => {
    const plus = bul('+', 'Sở Tài chính;');
    const m = mount([num('item', 'Tổ chức thực hiện', [bul('-', 'Phối hợp:', [plus])])]);
    await caretIn(m, plus.id);
    await press(m, 'Enter');
    const afterFirst = outline(lastBody(m), m.content);
    await press(m, 'Enter');
    const afterSecond = outline(lastBody(m), m.content);
    await press(m, 'Enter');
    expect({ afterFirst, afterSecond, afterThird: outline(lastBody(m), m.content) }).toEqual({
      afterFirst: ['item 1. Tổ chức thực hiện', '  - - Phối hợp:', '    + + Sở Tài chính;', '    + +'],
      afterSecond: ['item 1. Tổ chức thực hiện', '  - - Phối hợp:', '    + + Sở Tài chính;', '  - -'],
      afterThird: ['item 1. Tổ chức thực hiện', '  - - Phối hợp:', '    + + Sở Tài chính;', '  p'],
    });
  });

  it('turns an empty new item into body text of the item above', async () => {
    const first = num('item', 'Tổ chức tuyên truyền;', [], { titled: false });
    const m = mount([num('section', 'MỤC ĐÍCH, YÊU CẦU', [first])]);
    await caretIn(m, first.id);
    await press(m, 'Enter');
    await press(m, 'Enter');
    expect(outline(lastBody(m), m.content)).toEqual(['section I. MỤC ĐÍCH, YÊU CẦU', '  item 1. Tổ chức tuyên truyền;', '    p']);
  });

  it('applies bold and italic with Ctrl+B and Ctrl+I and keeps them as runs', async () => {
    const p = para('Tổ chức thực hiện nghiêm túc');
    const m = mount([p]);
    await settled(() => m.handle.revealBlock(p.id, { start: 0, end: 8 }));
    await press(m, 'b', { ctrlKey: true });
    await press(m, 'i', { ctrlKey: true });
    expect((lastBody(m)[0] as { runs?: unknown } | undefined)?.runs).toEqual([{ text: 'Tổ chức ', bold: true, italic: true }, { text: 'thực hiện nghiêm túc' }]);
  });
});
