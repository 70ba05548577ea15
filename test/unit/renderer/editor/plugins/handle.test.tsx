// @vitest-environment happy-dom
import { $getSelection, $isRangeSelection } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorAction, runEditorAction, setBlockStyle } from '../../../../../renderer/editor';
import { num, para } from '../../../../helpers/editor-bodies';
import { caretIn, lastBody, type Mounted, mountEditor, outline, settled } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('editor handle and toolbar actions', () => {
  it('reveals a block with a text range selected and reports the active block', async () => {
    const target = para('Tổ chức thực hiện nghiêm túc');
    const m = (mounted = mountEditor([num('item', 'Một', [para('Khác.')]), target]));
    await settled(() => m.handle.revealBlock(target.id, { start: 8, end: 17 }));
    const selected = m.editor.getEditorState().read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? selection.getTextContent() : null;
    });
    expect({ selected, active: m.active.at(-1) }).toEqual({ selected: 'thực hiện', active: target.id });
  });

  it('runs demote, promote and set-level actions from outside the editor', async () => {
    const target = para('Kinh phí');
    const m = (mounted = mountEditor([num('section', 'NỘI DUNG', [num('item', 'Một')]), target]));
    await caretIn(m, target.id);
    const results: boolean[] = [];
    await settled(() => results.push(setBlockStyle(m.handle, 'section')));
    const asSection = outline(lastBody(m), m.content);
    await settled(() => results.push(runEditorAction(m.handle, EditorAction.DEMOTE)));
    const demoted = outline(lastBody(m), m.content);
    await settled(() => results.push(runEditorAction(m.handle, EditorAction.PROMOTE)));
    expect({ results, asSection, demoted, promoted: outline(lastBody(m), m.content), unbound: runEditorAction({}, EditorAction.BOLD) }).toEqual({
      results: [true, true, true],
      asSection: ['section I. NỘI DUNG', '  item 1. Một', 'section II. Kinh phí'],
      demoted: ['section I. NỘI DUNG', '  item 1. Một', '  item 2. Kinh phí'],
      promoted: ['section I. NỘI DUNG', '  item 1. Một', 'section II. Kinh phí'],
      unbound: false,
    });
  });

  it('reloads on a new revision only, and does not report the load as a change', async () => {
    const m = (mounted = mountEditor([para('Một')]));
    const before = m.changes.length;
    m.rerender([para('Hai')], 1);
    const sameRevision = m.content.textContent;
    m.rerender([para('Ba')], 2);
    expect({ sameRevision, newRevision: m.content.textContent, reported: m.changes.length - before }).toEqual({
      sameRevision: 'Một',
      newRevision: 'Ba',
      reported: 0,
    });
  });
});

describe('titled lines', () => {
  it('toggles a numbered block between a bold title line and a numbered paragraph', async () => {
    const item = num('item', 'Sở Tài chính: bố trí kinh phí.', [], { titled: false });
    const m = (mounted = mountEditor([item]));
    await caretIn(m, item.id);
    await settled(() => runEditorAction(m.handle, EditorAction.TOGGLE_TITLED));
    const element = m.content.querySelector(`[data-block-id="${item.id}"]`);
    const titled = (): boolean | null => {
      const block = lastBody(m)[0];
      return block?.kind === 'numbered' ? block.titled : null;
    };
    const first = { model: titled(), css: element?.classList.contains('plan-block--titled') };
    await settled(() => runEditorAction(m.handle, EditorAction.TOGGLE_TITLED));
    expect({ first, second: titled() }).toEqual({ first: { model: true, css: true }, second: false });
  });
});

describe('undo and read-only', () => {
  it('undoes a demotion with Ctrl+Z and reports the restored structure', async () => {
    const target = num('item', 'Hai');
    const m = (mounted = mountEditor([num('item', 'Một'), target]));
    await caretIn(m, target.id);
    await settled(() => m.content.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })));
    const demoted = outline(lastBody(m), m.content);
    await settled(() => m.content.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true })));
    expect({ demoted, undone: outline(lastBody(m), m.content) }).toEqual({
      demoted: ['item 1. Một', '  point a) Hai'],
      undone: ['item 1. Một', 'item 2. Hai'],
    });
  });

  it('is not editable when read-only', () => {
    const m = (mounted = mountEditor([para('Chỉ xem.')], { readOnly: true }));
    expect({ editable: m.content.getAttribute('contenteditable'), lexical: m.editor.isEditable() }).toEqual({ editable: 'false', lexical: false });
  });
});
