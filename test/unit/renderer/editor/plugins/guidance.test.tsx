// @vitest-environment happy-dom
import { $createTextNode } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { num, para } from '../../../../helpers/editor-bodies';
import { caretIn, edit, findBlockNode, lastBody, type Mounted, mountEditor, settled } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function guidanceShown(m: Mounted): string[] {
  return [...m.content.querySelectorAll<HTMLElement>('[data-guidance]')].map((el) => `${el.dataset.blockId}:${el.dataset.guidanceWhere}:${el.dataset.guidance}`);
}

describe('guidance placeholders', () => {
  it('shows guidance in empty sections only, as an attribute that is never text', async () => {
    const emptyPara = para('');
    const withEmpty = num('section', 'MỤC ĐÍCH, YÊU CẦU', [emptyPara], { sectionKey: 'muc-dich' });
    const bare = num('section', 'KINH PHÍ', [], { sectionKey: 'kinh-phi' });
    const filled = num('section', 'NỘI DUNG', [para('Đã có nội dung.')], { sectionKey: 'noi-dung' });
    const placeholder = para('Nêu nguồn kinh phí thực hiện.', true);
    const guidance = { 'muc-dich': 'Nêu mục đích và yêu cầu.', 'kinh-phi': 'Nêu nguồn kinh phí.', 'noi-dung': 'Nêu các nhiệm vụ.' };
    const m = (mounted = mountEditor([withEmpty, filled, bare, num('section', 'KHÁC', [placeholder])], { guidance }));
    expect({ shown: guidanceShown(m), text: m.content.textContent }).toEqual({
      shown: [`${emptyPara.id}:inside:Nêu mục đích và yêu cầu.`, `${bare.id}:after:Nêu nguồn kinh phí.`, `${placeholder.id}:inside:Nêu nguồn kinh phí thực hiện.`],
      text: 'MỤC ĐÍCH, YÊU CẦUNỘI DUNGĐã có nội dung.KINH PHÍKHÁC',
    });
  });

  it('hides the guidance as soon as the drafter types in the section, and the placeholder flag goes', async () => {
    const placeholder = para('Nêu nguồn kinh phí thực hiện.', true);
    const m = (mounted = mountEditor([num('section', 'KINH PHÍ', [placeholder], { sectionKey: 'kinh-phi' })], { guidance: { 'kinh-phi': 'x' } }));
    await caretIn(m, placeholder.id);
    await edit(m.editor, () => findBlockNode(placeholder.id).append($createTextNode('Ngân sách tỉnh.')));
    await settled(() => undefined);
    const section = lastBody(m)[0];
    expect({ shown: guidanceShown(m), child: section?.kind === 'numbered' ? section.children[0] : null }).toEqual({
      shown: [],
      child: { kind: 'paragraph', id: placeholder.id, runs: [{ text: 'Ngân sách tỉnh.' }] },
    });
  });
});
