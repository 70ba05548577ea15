/**
 * Pasted HTML (Word, LibreOffice, browsers, this editor) → lines of runs with bold and italic.
 * Block elements and <br> end a line; Word's list markers are kept as text so they are recognized.
 */
import type { Run } from '../../../core/model/plan-document';
import { makeRun, pushRun } from '../bridge/runs';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL']);
const SKIP_TAGS = new Set(['STYLE', 'SCRIPT', 'HEAD', 'TITLE', 'META', 'XML', 'TEMPLATE']);

type Emphasis = { readonly bold: boolean; readonly italic: boolean };

function emphasisOf(element: Element, outer: Emphasis): Emphasis {
  const tag = element.tagName.toUpperCase();
  const style = (element.getAttribute('style') ?? '').toLowerCase();
  const weight = /font-weight\s*:\s*(bold|[6-9]00)/u.exec(style);
  const notBold = /font-weight\s*:\s*(normal|[1-5]00)/u.test(style);
  const bold = (outer.bold || tag === 'B' || tag === 'STRONG' || weight !== null) && !notBold;
  const italic = (outer.italic || tag === 'I' || tag === 'EM' || /font-style\s*:\s*italic/u.test(style)) && !/font-style\s*:\s*normal/u.test(style);
  return { bold, italic };
}

/** The lines of an HTML fragment, whitespace collapsed as a browser shows it. */
export function htmlLines(html: string, parser: DOMParser): Run[][] {
  const doc = parser.parseFromString(html, 'text/html');
  const lines: Run[][] = [[]];
  const newLine = (): void => {
    if ((lines[lines.length - 1] ?? []).length > 0) {
      lines.push([]);
    }
  };
  const visit = (node: Node, emphasis: Emphasis): void => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/[\s\u00a0]+/gu, ' ');
      pushRun(lines[lines.length - 1] ?? [], makeRun(text, emphasis.bold, emphasis.italic));
      return;
    }
    if (node.nodeType !== 1) {
      return;
    }
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) {
      return;
    }
    if (tag === 'BR') {
      lines.push([]);
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      newLine();
    }
    const inner = emphasisOf(element, emphasis);
    element.childNodes.forEach((child) => visit(child, inner));
    if (block) {
      newLine();
    }
  };
  visit(doc.body, { bold: false, italic: false });
  return lines.map(trimLine).filter((runs) => runs.length > 0);
}

function trimLine(runs: readonly Run[]): Run[] {
  const out = runs.map((r) => ({ ...r, text: r.text.normalize('NFC') }));
  const first = out[0];
  if (first) {
    out[0] = { ...first, text: first.text.trimStart() };
  }
  const last = out[out.length - 1];
  if (last) {
    out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  }
  return out.filter((r) => r.text !== '');
}
