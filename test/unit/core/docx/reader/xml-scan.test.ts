import { describe, expect, test } from 'vitest';
import { scanXml } from '../../../../../core/docx/reader/xml-scan';
import { joinDeletedMarks } from '../../../../../core/docx/reader/story';
import { attr, child, elements, textOf, type XmlNode } from '../../../../../core/docx/reader/xml';

/** A tree as text: names and attributes quoted (so spaces and quotes show), attribute records' prototypes checked. */
function show(node: XmlNode): string {
  if (node.name === '#text') {
    return JSON.stringify((node as { text: string }).text);
  }
  const el = node as { name: string; attrs: Record<string, string>; children: XmlNode[] };
  const plain = Object.getPrototypeOf(el.attrs) === Object.prototype ? '' : '!proto';
  const attrs = Object.entries(el.attrs).map(([k, v]) => `${JSON.stringify(k)}=${JSON.stringify(v)}`);
  return `${JSON.stringify(el.name)}[${attrs.join(',')}${plain}](${el.children.map(show).join(' ')})`;
}

function scanned(text: string, careful = false): string {
  const read = scanXml(text, undefined, careful);
  return typeof read === 'string' ? `error: ${read}` : 'over' in read ? `over: ${read.over}` : show(read);
}

/**
 * Start tags the regular-expression fast path reads or passes on, with what the scanner read before it existed
 * (the character-by-character reader, kept for what the fast path does not match).
 */
const TRICKY: readonly (readonly [string, string])[] = [
  ['<a b="1"c="2"/>', '"a"["b"="1","c"="2"]()'],
  [`<a b='1' c="it's" d='say "hi"'/>`, `"a"["b"="1","c"="it's","d"="say \\"hi\\""]()`],
  ['<a b="x &amp; &lt;&#x1EA0;&#7841;&gt; &nbsp;"/>', '"a"["b"="x & <Ạạ> &nbsp;"]()'],
  ['<a b = "1"  c\t=\n\'2\'/>', '"a"["b"="1","c"="2"]()'],
  ['<a\n\tb="1"\r\n\tc="2"\n>x</a>', '"a"["b"="1","c"="2"]("x")'],
  ['<a b="1" />', '"a"["b"="1"]()'],
  ['<a  />', '"a"[]()'],
  ['<a></a>', '"a"[]()'],
  ['<Ưu:tiên Đơn:vị="Hà Nội"><Ưu:tiên/></Ưu:tiên>', '"Ưu:tiên"["Đơn:vị"="Hà Nội"](' + '"Ưu:tiên"[]())'],
  ['<a b="1" b="2" c="3"/>', '"a"["b"="2","c"="3"]()'],
  ['<a __proto__="x" constructor="y"/>', '"a"["constructor"="y"]()'],
  ['<a b="a>b" c="a<b" d="a=b"/>', '"a"["b"="a>b","c"="a<b","d"="a=b"]()'],
  ['<a b=""/>', '"a"["b"=""]()'],
  // No-break, zero-width and other non-XML spaces: trim() drops them around an attribute name.
  ['<a \u00a0b="1"/>', '"a"["b"="1"]()'],
  ['<a b\ufeff="1"/>', '"a"["b"="1"]()'],
  ['<a b="1"\u00a0/>', 'error: thẻ <a> không đóng'],
  ['<a b/c="1"/>', '"a"["b/c"="1"]()'],
  ['<a b"c="1"/>', '"a"["b\\"c"="1"]()'],
  ['<a b="1" / >', 'error: thẻ <a> không đóng'],
  ['<a b=1/>', 'error: thuộc tính hỏng trong thẻ <a>'],
  ['<a b="1/>', 'error: thuộc tính hỏng trong thẻ <a>'],
  ['<a b/>', 'error: thẻ <a> không đóng'],
  ['<a b="1"', 'error: thẻ <a> không đóng'],
  ['< a/>', 'error: thẻ không có tên'],
  ['<a/', 'error: thẻ <a> không đóng'],
];

describe('scanXml start tags', () => {
  test.each(TRICKY)('%j reads as before', (xml, expected) => {
    expect(scanned(xml)).toBe(expected);
  });

  test('the fast path and the careful reader agree on generated start tags (spaces, quotes, odd names, entities)', () => {
    const spaces = ['', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\ufeff', '\u3000'];
    const names = ['b', 'w:val', '__proto__', 'é', 'Ư:t', 'a/b', 'a"b', 'a<b', '1', ''];
    const values = ['"1"', "'2'", '"&amp;&lt;&#x1EA0;&nbsp;"', `"it's"`, `'say "hi"'`, '""', '"a>b"', '1', '"open'];
    const ends = ['>', '/>', '/ >', ''];
    let seed = 7;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return list[seed % list.length] as T;
    };
    let wellFormed = 0;
    for (let k = 0; k < 3000; k += 1) {
      let tag = `<${pick(['p', 'w:p', 'Ưt'])}`;
      for (let j = k % 4; j > 0; j -= 1) {
        tag += `${pick(spaces)}${pick(names)}${pick(spaces)}=${pick(spaces)}${pick(values)}`;
      }
      tag += pick(spaces) + pick(ends);
      const name = /^<([^ \t\r\n/>]+)/.exec(tag)?.[1] ?? '';
      const xml = `<r>${tag}${tag.endsWith('/>') ? '' : `</${name}>`}</r>`;
      const fast = scanned(xml);
      expect(fast, xml).toBe(scanned(xml, true));
      wellFormed += fast.startsWith('error') ? 0 : 1;
    }
    // Both kinds were generated: tags the fast path reads, and broken ones only the careful reader explains.
    expect(wellFormed).toBeGreaterThan(300);
    expect(wellFormed).toBeLessThan(2700);
  });
});

describe('a paragraph joined over a deleted mark (story.ts joinDeletedMarks)', () => {
  test('keeps the surviving paragraph attributes, which the scanner gives through a getter a spread would drop', () => {
    const xml =
      '<w:body>' +
      '<w:p w14:paraId="0A"><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>Đầu </w:t></w:r></w:p>' +
      '<w:p w14:paraId="0B"><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>cuối</w:t></w:r></w:p>' +
      '</w:body>';
    const body = scanXml(xml);
    if (typeof body === 'string' || 'over' in body) {
      throw new Error('not parsed');
    }
    const joined = joinDeletedMarks(elements(body));
    expect(joined.map((p) => ({ id: attr(p, 'w14:paraId'), text: elements(p).filter((r) => r.name === 'w:r').map((r) => textOf(child(r, 'w:t'))).join(''), jc: attr(child(child(p, 'w:pPr'), 'w:jc'), 'w:val') }))).toEqual([{ id: '0B', text: 'Đầu cuối', jc: 'both' }]);
  });
});
