// @vitest-environment happy-dom
import { $createTextNode } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { num, para } from '../../../../helpers/editor-bodies';
import { edit, findBlockNode, type Mounted, mountEditor } from '../../../../helpers/editor-mount';

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
      text: second?.[0]?.kind === 'numbered' ? second[0].children[0]?.runs : null,
    }).toEqual({ reports: 2, untouchedShared: true, editedRenewed: true, text: [{ text: 'Một chữ nữa' }] });
  });
});
