import { describe, expect, test } from 'vitest';
import { parseXml, type XmlNode } from '../../../../../core/docx/reader/xml';

/** A compact picture of a tree: name[attrs](children) and "text". */
function show(node: XmlNode): string {
  if (node.name === '#text') {
    return JSON.stringify((node as { text: string }).text);
  }
  const el = node as { name: string; attrs: Record<string, string>; children: XmlNode[] };
  const attrs = Object.entries(el.attrs).map(([k, v]) => `${k}=${v}`).join(',');
  return `${el.name}${attrs ? `[${attrs}]` : ''}(${el.children.map(show).join(' ')})`;
}

function parsed(text: string): string {
  const read = parseXml(text, 'x.xml');
  return read.ok ? show(read.value) : `error: ${read.error.message}`;
}

describe('parseXml', () => {
  test('reads elements, attributes in either quote, entities, character references, CDATA; drops comments and layout whitespace', () => {
    const xml = `<?xml version="1.0"?>\n<w:p a="1" b='x &amp; y'>\n  <!-- note -->\n  <w:t xml:space="preserve"> A &lt;&#x1EA0;&#7841;&gt; </w:t>\n  <w:t><![CDATA[<raw>]]></w:t><w:br/>\n</w:p>\n`;
    expect(parsed(xml)).toBe('w:p[a=1,b=x & y](w:t[xml:space=preserve](" A <Ạạ> ") w:t("<raw>") w:br())');
  });

  test('refuses mismatched, unclosed and doubled roots, and text outside the root', () => {
    expect(['<a><b></a>', '<a><b>', '<a/><b/>', 'x<a/>', '<a b="1></a>', '<a></a><!-- open'].map(parsed)).toEqual([
      'error: Phần x.xml của tệp Word bị hỏng (XML không hợp lệ: thẻ đóng </a> không khớp).',
      'error: Phần x.xml của tệp Word bị hỏng (XML không hợp lệ: thẻ <b> không đóng).',
      'error: Phần x.xml của tệp Word bị hỏng (XML không hợp lệ: có hơn một phần tử gốc).',
      'error: Phần x.xml của tệp Word bị hỏng (XML không hợp lệ: có chữ nằm ngoài phần tử gốc).',
      'error: Phần x.xml của tệp Word bị hỏng (XML không hợp lệ: thuộc tính hỏng trong thẻ <a>).',
      'error: Phần x.xml của tệp Word bị hỏng (XML không hợp lệ: chú thích không đóng).',
    ]);
  });

  test('refuses a DOCTYPE or ENTITY declaration in any case and anywhere, also after comments and CDATA; "<!" alone is no declaration', () => {
    const refused = 'error: Tệp Word có khai báo DOCTYPE/ENTITY không được phép (phần x.xml).';
    const texts = [
      '<!doctype a><a/>',
      '<a><!-- x --><![CDATA[y]]></a><!DocType b>',
      '<a><!-- <!ENTITY x "y"> --></a>',
      '<a><![CDATA[<!entity]]></a>',
      '<a><!-- <! -->x</a>',
      '<a><!-- <!-DOCTYPE --></a>',
    ];
    expect(texts.map(parsed)).toEqual([refused, refused, refused, refused, 'a("x")', 'a()']);
  });

  test('ignores a __proto__ attribute and keeps unknown entities as written', () => {
    const read = parseXml('<a __proto__="x" b="&nbsp;"/>', 'x.xml');
    expect(read.ok ? [Object.getPrototypeOf(read.value.attrs) === Object.prototype, read.value.attrs] : null).toEqual([true, { b: '&nbsp;' }]);
  });
});
