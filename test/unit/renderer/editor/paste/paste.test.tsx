// @vitest-environment happy-dom
import { $generateHtmlFromNodes } from '@lexical/html';
import { type LexicalEditor, PASTE_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { flattenBlocks } from '../../../../../core/model/walk';
import { bul, num, para } from '../../../../helpers/editor-bodies';
import { caretIn, edit, findBlockNode, lastBody, type Mounted, mountEditor, outline, settled } from '../../../../helpers/editor-mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** Dispatches a paste carrying the given clipboard types, as the browser's paste event would. */
async function paste(editor: LexicalEditor, data: Readonly<Record<string, string>>): Promise<void> {
  const event = {
    clipboardData: { getData: (type: string) => data[type] ?? '', types: Object.keys(data) },
    preventDefault: () => undefined,
  } as unknown as ClipboardEvent;
  await settled(() => editor.dispatchCommand(PASTE_COMMAND, event));
}

const PLAIN = [
  'II. NỘI DUNG',
  '1. Tuyên truyền, phổ biến',
  'Các cơ quan, đơn vị triển khai thực hiện.',
  'a) Tổ chức hội nghị quán triệt;',
  'đ) Biên soạn tài liệu;',
  '- Cơ quan chủ trì: Sở Nội vụ.',
  '+ Phối hợp: Sở Tài chính.',
  '',
  '2. Kiểm tra, giám sát việc thực hiện.',
].join('\r\n');

describe('paste', () => {
  it('turns plain text with markers into the right tree, labels computed rather than typed', async () => {
    const empty = para('');
    const m = (mounted = mountEditor([num('section', 'MỤC ĐÍCH', [para('Nâng cao nhận thức.')]), empty]));
    await caretIn(m, empty.id);
    await paste(m.editor, { 'text/plain': PLAIN });
    const body = lastBody(m);
    expect({
      outline: outline(body, m.content),
      labels: flattenBlocks(body).flatMap((b) => (b.kind === 'numbered' ? [b.label] : [])),
    }).toEqual({
      outline: [
        'section I. MỤC ĐÍCH',
        '  p Nâng cao nhận thức.',
        'section II. NỘI DUNG',
        '  item 1. Tuyên truyền, phổ biến',
        '    p Các cơ quan, đơn vị triển khai thực hiện.',
        '    point a) Tổ chức hội nghị quán triệt;',
        '    point b) Biên soạn tài liệu;',
        '      - - Cơ quan chủ trì: Sở Nội vụ.',
        '        + + Phối hợp: Sở Tài chính.',
        '  item 2. Kiểm tra, giám sát việc thực hiện.',
      ],
      labels: [null, null, null, null, null, null],
    });
  });

  it('reads Word HTML: list markers, bold titles and italic runs', async () => {
    const empty = para('');
    const m = (mounted = mountEditor([empty]));
    await caretIn(m, empty.id);
    const html = [
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>',
      '<p class=MsoNormal><b>I. MỤC ĐÍCH, YÊU CẦU<o:p></o:p></b></p>',
      "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>Mục đích</b></p>",
      '<p class=MsoNormal>Nâng cao <i>nhận thức</i> của&nbsp;cán bộ.</p>',
      '</body></html>',
    ].join('\n');
    await paste(m.editor, { 'text/html': html, 'text/plain': 'ignored when HTML is there' });
    const body = lastBody(m);
    expect({ outline: outline(body, m.content), runs: flattenBlocks(body).map((b) => (b.kind === 'table' ? null : b.runs)) }).toEqual({
      outline: ['section I. MỤC ĐÍCH, YÊU CẦU', '  item 1. Mục đích', '    p Nâng cao nhận thức của cán bộ.'],
      runs: [[{ text: 'MỤC ĐÍCH, YÊU CẦU' }], [{ text: 'Mục đích' }], [{ text: 'Nâng cao ' }, { text: 'nhận thức', italic: true }, { text: ' của cán bộ.' }]],
    });
  });

  it('splits the block at the caret and puts the pasted blocks between the halves', async () => {
    const item = num('item', 'Tuyên truyền phổ biến', [], { titled: true });
    const m = (mounted = mountEditor([item]));
    await edit(m.editor, () => {
      const text = findBlockNode(item.id).getFirstDescendant();
      text?.selectStart();
      if (text && 'select' in text) {
        (text as unknown as { select(a: number, b: number): void }).select(12, 12);
      }
    });
    await paste(m.editor, { 'text/plain': 'a) Hội nghị;\nb) Tài liệu;' });
    expect(outline(lastBody(m), m.content)).toEqual(['item 1. Tuyên truyền', '  point a) Hội nghị;', '  point b) Tài liệu;', 'item 2.  phổ biến']);
  });

  it('pastes a single unmarked line as text at the caret', async () => {
    const p = para('Tổ chức thực hiện');
    const m = (mounted = mountEditor([p]));
    await caretIn(m, p.id);
    await paste(m.editor, { 'text/plain': ' nghiêm túc.' });
    expect(outline(lastBody(m))).toEqual(['p Tổ chức thực hiện nghiêm túc.']);
  });
});

describe('copy', () => {
  it('copies blocks as HTML with their labels as text, so pasting them back keeps the structure', async () => {
    const body = [num('section', 'NỘI DUNG', [num('item', 'Tuyên truyền', [num('point', 'Hội nghị;', [], { titled: false }), bul('-', 'Chủ trì: Sở Nội vụ.')])])];
    const source = (mounted = mountEditor(body));
    let html = '';
    source.editor.getEditorState().read(() => {
      html = $generateHtmlFromNodes(source.editor, null);
    });
    source.unmount();
    const empty = para('');
    const target = (mounted = mountEditor([empty]));
    await caretIn(target, empty.id);
    await paste(target.editor, { 'text/html': html });
    expect(outline(lastBody(target), target.content)).toEqual([
      'section I. NỘI DUNG',
      '  item 1. Tuyên truyền',
      '    point a) Hội nghị;',
      '      - - Chủ trì: Sở Nội vụ.',
    ]);
  });
});
