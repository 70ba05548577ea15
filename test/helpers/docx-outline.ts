/**
 * Test helper: word/document.xml read back as what a reader sees, element by element in body order: each
 * paragraph as its style and text (w:br as "\n", w:tab as "\t"), each table as the texts of its cells (the
 * paragraphs of a cell joined by "\n"). Rule paragraphs (a border, no text) are kept as `rule`, so that the
 * short lines under the letterhead parts can be counted.
 */
import { childrenNamed, elements, isElement, parseXml, type XmlElement } from '../../core/docx/reader/xml';

/** One element of the body, as read. */
export type OutlineEntry =
  | { readonly kind: 'p'; readonly style: string; readonly text: string }
  | { readonly kind: 'table'; readonly cells: readonly (readonly string[])[] };

function paragraphText(p: XmlElement): string {
  let text = '';
  const visit = (el: XmlElement): void => {
    for (const node of el.children) {
      if (!isElement(node)) {
        continue;
      }
      if (node.name === 'w:t') {
        text += node.children.map((c) => (isElement(c) ? '' : c.text)).join('');
      } else if (node.name === 'w:br') {
        text += '\n';
      } else if (node.name === 'w:tab') {
        text += '\t';
      } else if (node.name !== 'w:pPr') {
        visit(node);
      }
    }
  };
  visit(p);
  return text;
}

function paragraphStyle(p: XmlElement): string {
  const pPr = elements(p).find((e) => e.name === 'w:pPr');
  const style = pPr ? elements(pPr).find((e) => e.name === 'w:pStyle') : undefined;
  return style?.attrs['w:val'] ?? '';
}

/** The text of a table cell: its paragraphs' texts joined by "\n" (rule paragraphs left out). */
function cellText(tc: XmlElement): string {
  return childrenNamed(tc, 'w:p')
    .filter((p) => paragraphStyle(p) !== 'KhRule')
    .map(paragraphText)
    .join('\n');
}

/** The body of word/document.xml as outline entries, in order. */
export function docxOutline(documentXml: string): OutlineEntry[] {
  const root = parseXml(documentXml, 'word/document.xml');
  if (!root.ok) {
    throw new Error(root.error.message);
  }
  const body = elements(root.value).find((e) => e.name === 'w:body');
  if (!body) {
    throw new Error('word/document.xml has no w:body');
  }
  return elements(body).flatMap((el): OutlineEntry[] => {
    if (el.name === 'w:p') {
      const style = paragraphStyle(el);
      return [{ kind: 'p', style, text: style === 'KhRule' ? '' : paragraphText(el) }];
    }
    if (el.name === 'w:tbl') {
      return [{ kind: 'table', cells: childrenNamed(el, 'w:tr').map((tr) => childrenNamed(tr, 'w:tc').map(cellText)) }];
    }
    return [];
  });
}

/** The XML of the first element of word/document.xml (a w:p or a w:tbl, at any depth) whose text holds `needle`. */
export function elementXml(documentXml: string, tag: 'w:p' | 'w:tbl', needle: string): string {
  const open = new RegExp(`<${tag}[ >]`, 'g');
  for (let m = open.exec(documentXml); m !== null; m = open.exec(documentXml)) {
    const end = closingOf(documentXml, tag, m.index);
    const xml = documentXml.slice(m.index, end);
    if (xml.replace(/<[^>]+>/g, '').includes(needle)) {
      return xml;
    }
  }
  throw new Error(`no ${tag} holding "${needle}"`);
}

/** Where the element of `tag` opened at `start` ends (nested elements of the same tag counted). */
function closingOf(xml: string, tag: string, start: number): number {
  const token = new RegExp(`<${tag}[ >]|</${tag}>`, 'g');
  token.lastIndex = start;
  let depth = 0;
  for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) {
      return m.index + m[0].length;
    }
  }
  throw new Error(`unclosed ${tag}`);
}
