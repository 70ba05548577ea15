// @vitest-environment happy-dom
import { $createTextNode, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { num, para } from '../../../../helpers/editor-bodies';
import { edit, findBlockNode, type Mounted, mountEditor, settled } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('change reports', () => {
  it('reports each edit once and shares unchanged blocks with the previous report', async () => {
    const typed = para('Một');
    const other = num('section', 'HAI', [para('Nội dung hai.')]);
    const m = (mounted = mountEditor([num('section', 'MỘT', [typed]), other]));
    await edit(m.editor, () => findBlockNode(typed.id).append($createTextNode(' chữ')));
    await edit(m.editor, () => findBlockNode(typed.id).append($createTextNode(' nữa')));
    const [first, second] = m.changes;
    expect({
      reports: m.changes.length,
      untouchedShared: first?.[1] === second?.[1],
      editedRenewed: first?.[0] !== second?.[0],
      text: second?.[0]?.kind === 'numbered' ? (second[0].children[0] as { runs?: unknown } | undefined)?.runs : null,
    }).toEqual({ reports: 2, untouchedShared: true, editedRenewed: true, text: [{ text: 'Một chữ nữa' }] });
  });
});

describe('no-op updates', () => {
  it('does not report a change after mounting or loading a plan, before any edit', async () => {
    const m = (mounted = mountEditor([num('section', 'MỤC ĐÍCH', [para('Nội dung.')], { sectionKey: 'muc-dich' })], { required: ['muc-dich'] }));
    await settled(() => undefined);
    const afterMount = m.changes.length;
    m.rerender([para('Văn bản khác.')], 2, { required: ['muc-dich'] });
    await settled(() => undefined);
    expect({ afterMount, afterLoad: m.changes.length }).toEqual({ afterMount: 0, afterLoad: 0 });
  });
});

describe('an empty body', () => {
  it('takes typing into a new paragraph block with an id', async () => {
    const m = (mounted = mountEditor([]));
    await edit(m.editor, () => {
      $getRoot().selectEnd();
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        selection.insertText('Nội dung đầu tiên');
      }
    });
    const body = m.changes.at(-1) ?? [];
    expect(body.map((b) => ({ kind: b.kind, hasId: b.id.length > 0, runs: b.kind === 'table' ? null : b.runs }))).toEqual([{ kind: 'paragraph', hasId: true, runs: [{ text: 'Nội dung đầu tiên' }] }]);
  });
});
