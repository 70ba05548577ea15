// @vitest-environment happy-dom
import { $getRoot, $isTextNode } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { blockText, cellText } from '../../../../../core/model/walk';
import { table } from '../../../../../core/model/builders';
import { num, para } from '../../../../helpers/editor-bodies';
import { caretIn, edit, findBlockNode, lastBody, type Mounted, mountEditor, settled } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** The DOM text node of a block and the browser selection put at `offset` in it. */
function domCaret(m: Mounted, blockId: string, offset?: number): Text {
  const element = m.content.querySelector(`[data-block-id="${blockId}"]`);
  const walker = document.createTreeWalker(element ?? m.content, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode() as Text | null;
  let next = walker.nextNode() as Text | null;
  while (next) {
    text = next;
    next = walker.nextNode() as Text | null;
  }
  if (!text) {
    throw new Error('no text node');
  }
  const at = offset ?? text.data.length;
  document.getSelection()?.setBaseAndExtent(text, at, text, at);
  return text;
}

/**
 * What Chrome does for an IME (Telex/VNI through Unikey or the OS): compositionstart, then for each
 * step the composed text replaces the previous one in the DOM and an input event reports it, then
 * compositionend with the final text.
 */
async function compose(m: Mounted, blockId: string, steps: readonly string[]): Promise<void> {
  let text = domCaret(m, blockId);
  const base = text.data;
  await settled(() => {
    m.content.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true }));
  });
  for (const step of steps) {
    await settled(() => {
      text = domCaret(m, blockId);
      const start = text.data.startsWith(base) ? base.length : text.data.length;
      m.content.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertCompositionText', data: step, bubbles: true, cancelable: false }));
      text.data = text.data.slice(0, start) + step;
      document.getSelection()?.setBaseAndExtent(text, text.data.length, text, text.data.length);
      m.content.dispatchEvent(new InputEvent('input', { inputType: 'insertCompositionText', data: step, bubbles: true }));
    });
  }
  await settled(() => {
    m.content.dispatchEvent(new CompositionEvent('compositionend', { data: steps[steps.length - 1] ?? '', bubbles: true }));
  });
}

/**
 * What Unikey does without composition: it replaces the letters it rewrites ("ee" → "ê") with
 * insertText over them. happy-dom has no native caret movement, so the rewritten letters are
 * selected through Lexical (as Backspace would remove them); the insertion goes through the DOM
 * events, and where Lexical leaves it to the browser it is done as Chrome would.
 */
async function replaceTyping(m: Mounted, blockId: string, erase: number, insert: string): Promise<void> {
  await edit(m.editor, () => {
    const text = findBlockNode(blockId).getLastDescendant();
    if ($isTextNode(text)) {
      const end = text.getTextContentSize();
      text.select(end - erase, end);
    }
  });
  await settled(() => {
    const text = domCaret(m, blockId);
    const event = new InputEvent('beforeinput', { inputType: 'insertText', data: insert, bubbles: true, cancelable: true });
    m.content.dispatchEvent(event);
    if (!event.defaultPrevented) {
      text.data = text.data.slice(0, text.data.length - erase) + insert;
      document.getSelection()?.setBaseAndExtent(text, text.data.length, text, text.data.length);
      m.content.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: insert, bubbles: true }));
    }
  });
}

describe('Vietnamese IME composition', () => {
  it('composes a Telex word into the text once, without duplicated or dropped letters', async () => {
    const p = para('Tổ chức thực hiện ');
    const m = (mounted = mountEditor([num('item', 'Nhiệm vụ', [p], { label: '1.' }), num('item', 'Khác', [], { label: '2.' })]));
    await caretIn(m, p.id);
    await compose(m, p.id, ['n', 'ng', 'ngh', 'nghi', 'nghie', 'nghiê', 'nghiêm']);
    const body = lastBody(m);
    const paragraph = body[0]?.kind === 'numbered' ? body[0].children[0] : undefined;
    expect({ text: paragraph ? blockText(paragraph) : null, labels: body.map((b) => (b.kind === 'numbered' ? b.label : null)) }).toEqual({
      text: 'Tổ chức thực hiện nghiêm',
      labels: ['1.', '2.'],
    });
  });

  it('takes Unikey-style replacement typing (Backspace then insertText) without losing letters', async () => {
    const p = para('Vieej');
    const m = (mounted = mountEditor([p]));
    await caretIn(m, p.id);
    await replaceTyping(m, p.id, 3, 'ệ');
    await caretIn(m, p.id);
    await replaceTyping(m, p.id, 0, 't');
    const paragraph = lastBody(m)[0];
    expect(paragraph ? blockText(paragraph) : null).toEqual('Việt');
  });

  it('composes a Telex word into a table cell as into a paragraph', async () => {
    const cellTable = table([['Nhiệm vụ', 'Chủ trì'], ['Tổ chức ', '']], { id: 'tb1' });
    const m = (mounted = mountEditor([num('section', 'NỘI DUNG', [cellTable])]));
    const cellParagraph = m.content.querySelectorAll('td .plan-block')[0] as HTMLElement | undefined;
    const id = cellParagraph?.dataset.blockId ?? '';
    await edit(m.editor, () => {
      const node = $getRoot().getAllTextNodes().find((t) => t.getTextContent() === 'Tổ chức ');
      node?.select(node.getTextContentSize(), node.getTextContentSize());
    });
    await compose(m, id, ['h', 'ho', 'hoj', 'họ', 'họi', 'hội']);
    const read = lastBody(m)[0];
    const cells = read?.kind === 'numbered' && read.children[0]?.kind === 'table' ? read.children[0].rows.map((r) => r.cells.map(cellText)) : null;
    expect(cells).toEqual([
      ['Nhiệm vụ', 'Chủ trì'],
      ['Tổ chức hội', ''],
    ]);
  });
});
