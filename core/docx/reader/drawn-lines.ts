/**
 * Counting drawn lines in a run's drawing content: VML v:line (w:pict) and DrawingML shapes whose
 * geometry is a line (a:prstGeom prst="line" / "straightConnector1"). In mc:AlternateContent only
 * the first choice is looked at, so a shape and its VML fallback count once.
 */
import { attr, isElement, type XmlElement } from './xml';

const LINE_GEOMETRIES = new Set(['line', 'straightConnector1']);

/** Number of line shapes under this element. */
export function countDrawnLines(el: XmlElement): number {
  if (el.name === 'v:line') {
    return 1;
  }
  if (el.name === 'a:prstGeom') {
    return LINE_GEOMETRIES.has(attr(el, 'prst') ?? '') ? 1 : 0;
  }
  let children = el.children.filter(isElement);
  if (el.name === 'mc:AlternateContent') {
    const first = children.find((c) => c.name === 'mc:Choice') ?? children.find((c) => c.name === 'mc:Fallback');
    children = first ? [first] : [];
  }
  let total = 0;
  for (const c of children) {
    total += countDrawnLines(c);
  }
  return total;
}
