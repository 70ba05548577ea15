// @vitest-environment happy-dom
import { $createRangeSelection, $setSelection } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/plan-document';
import { num, para } from '../../../../helpers/editor-bodies';
import { caretIn, edit, findBlockNode, lastBody, type Mounted, mountEditor, outline, press } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function plan(): { body: Block[]; required: Block; optional: Block; before: Block } {
  const before = para('Nâng cao nhận thức của cán bộ.');
  const required = num('section', 'NỘI DUNG', [para('Tuyên truyền.')], { sectionKey: 'noi-dung' });
  const optional = num('section', 'KINH PHÍ', [para('Ngân sách tỉnh.')], { sectionKey: 'kinh-phi' });
  return { body: [num('section', 'MỤC ĐÍCH', [before], { sectionKey: 'muc-dich' }), required, optional], required, optional, before };
}

function mount(body: readonly Block[]): Mounted {
  mounted = mountEditor(body, { required: ['muc-dich', 'noi-dung'] });
  return mounted;
}

function notice(m: Mounted): string {
  return m.container.querySelector('[role="status"]')?.textContent ?? '';
}

describe('required section headings', () => {
  it('refuses Backspace at the start of a required heading and says why', async () => {
    const { body, required } = plan();
    const m = mount(body);
    const shown = outline(body);
    await caretIn(m, required.id, 'start');
    await press(m, 'Backspace');
    const element = m.content.querySelector<HTMLElement>(`[data-block-id="${required.id}"]`);
    expect({
      outline: outline(m.changes.at(-1) ?? body),
      notice: notice(m).includes('“NỘI DUNG”') && notice(m).includes('bắt buộc'),
      title: element?.getAttribute('title'),
    }).toEqual({ outline: shown, notice: true, title: 'Mục bắt buộc của mẫu: không xóa được' });
  });

  it('refuses Delete at the end of the block before a required heading', async () => {
    const { body, before } = plan();
    const m = mount(body);
    await caretIn(m, before.id, 'end');
    await press(m, 'Delete');
    expect(outline(m.changes.at(-1) ?? body)).toEqual(outline(body));
  });

  it('keeps a required heading inside a deleted selection, deletes the rest and says so', async () => {
    const { body, before, optional } = plan();
    const m = mount(body);
    await edit(m.editor, () => {
      const selection = $createRangeSelection();
      const from = findBlockNode(before.id).getFirstDescendant();
      const to = findBlockNode(optional.id).getFirstDescendant();
      selection.anchor.set(from?.getKey() ?? '', 4, 'text');
      selection.focus.set(to?.getKey() ?? '', 3, 'text');
      $setSelection(selection);
    });
    await press(m, 'Backspace');
    expect({ outline: outline(m.changes.at(-1) ?? body), kept: notice(m).includes('“NỘI DUNG”') }).toEqual({
      outline: ['section MỤC ĐÍCH', '  p Nâng', 'section NỘI DUNG', 'section H PHÍ', '  p Ngân sách tỉnh.'],
      kept: true,
    });
  });

  it('still lets Backspace merge a heading that is not required', async () => {
    const { body, optional } = plan();
    const m = mount(body);
    await caretIn(m, optional.id, 'start');
    await press(m, 'Backspace');
    expect({ outline: outline(lastBody(m)), notice: notice(m) }).toEqual({
      outline: ['section MỤC ĐÍCH', '  p Nâng cao nhận thức của cán bộ.', 'section NỘI DUNG', '  p Tuyên truyền.KINH PHÍ', '  p Ngân sách tỉnh.'],
      notice: '',
    });
  });
});

describe('required section headings keep their level and their id', () => {
  it('refuses Tab on a required heading and says why', async () => {
    const { body, required } = plan();
    const m = mount(body);
    await caretIn(m, required.id, 'end');
    await press(m, 'Tab');
    expect({ outline: outline(m.changes.at(-1) ?? body), notice: notice(m).startsWith('Không đổi cấp được đề mục “NỘI DUNG”') }).toEqual({
      outline: outline(body),
      notice: true,
    });
  });

  it('Enter at the start of a heading puts an empty block before it and the heading keeps its id', async () => {
    const { body, required } = plan();
    const m = mount(body);
    await caretIn(m, required.id, 'start');
    await press(m, 'Enter');
    const after = lastBody(m);
    expect({ outline: outline(after, m.content), keptId: after[2]?.id === required.id, keptKey: after[2]?.kind === 'numbered' ? after[2].sectionKey : null }).toEqual({
      outline: ['section I. MỤC ĐÍCH', '  p Nâng cao nhận thức của cán bộ.', 'section II.', 'section III. NỘI DUNG', '  p Tuyên truyền.', 'section IV. KINH PHÍ', '  p Ngân sách tỉnh.'],
      keptId: true,
      keptKey: 'noi-dung',
    });
  });
});

describe('required keys that arrive later', () => {
  it('guards a heading once its key becomes required, without a reload', async () => {
    const { body, required } = plan();
    const m = (mounted = mountEditor(body, { required: [] }));
    m.rerender(body, 1, { required: ['noi-dung'] });
    await caretIn(m, required.id, 'start');
    await press(m, 'Backspace');
    const element = m.content.querySelector<HTMLElement>(`[data-block-id="${required.id}"]`);
    expect({ outline: outline(m.changes.at(-1) ?? body), required: element?.dataset.required }).toEqual({ outline: outline(body), required: 'true' });
  });
});
