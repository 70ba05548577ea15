/**
 * Where a match is on the page: the element of its part (a body block, a header field, the closing …)
 * and a DOM Range over its text, for the CSS highlights and for scrolling.
 */
import type { FindMatch } from '@core/model';

/** The element that shows a match's text, most precise first. */
export function containerOf(match: FindMatch, root: ParentNode = document): HTMLElement | null {
  const { unit } = match;
  const q = (selector: string): HTMLElement | null => root.querySelector<HTMLElement>(selector);
  const id = unit.blockId ? CSS.escape(unit.blockId) : '';
  switch (unit.part) {
    case 'body':
      return (id ? q(`.sheet__body [data-block-id="${id}"]`) : null) ?? q('.sheet__body');
    case 'header':
      return (unit.field ? q(`.sheet [data-field="${CSS.escape(unit.field)}"]`) : null) ?? q('.sheet .letterhead');
    case 'opening':
      return q('.sheet [data-part="opening"]');
    case 'closing':
      return q('.sheet [data-part="closing"]');
    case 'signature':
      return q('.sheet [data-part="signature"]');
    case 'recipients':
      return q('.sheet [data-part="recipients"]');
    case 'appendix':
      return id ? q(`[data-appendix-id="${id}"]`) : null;
    default:
      return null;
  }
}

/** A Range over the match in an element's text (its unit's text located first), or null. */
export function rangeIn(element: HTMLElement, match: FindMatch): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let full = '';
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    nodes.push(n as Text);
    full += (n as Text).data;
  }
  const at = full.indexOf(match.unit.text);
  const start = at >= 0 && match.unit.text !== '' ? at + match.start : full.indexOf(match.text);
  if (start < 0) {
    return null;
  }
  const end = start + match.text.length;
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (const node of nodes) {
    const size = node.data.length;
    if (!started && start <= offset + size) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + size) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += size;
  }
  return null;
}

/** The Range of a match on the page, or null when its part is not shown. */
export function rangeOf(match: FindMatch): Range | null {
  const element = containerOf(match);
  return element ? rangeIn(element, match) : null;
}

const ALL = 'kh-find';
const CURRENT = 'kh-find-current';
const MAX_HIGHLIGHTS = 2000;

/** Highlights the matches (and the current one) with the CSS Custom Highlight API, where there is one. */
export function paintHighlights(matches: readonly FindMatch[], current: FindMatch | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') {
    return;
  }
  const all = matches.slice(0, MAX_HIGHLIGHTS).map((m) => rangeOf(m)).filter((r): r is Range => r !== null);
  CSS.highlights.set(ALL, new Highlight(...all));
  const range = current ? rangeOf(current) : null;
  if (range) {
    CSS.highlights.set(CURRENT, new Highlight(range));
  } else {
    CSS.highlights.delete(CURRENT);
  }
}

/** Removes the find highlights. */
export function clearHighlights(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    CSS.highlights.delete(ALL);
    CSS.highlights.delete(CURRENT);
  }
}
