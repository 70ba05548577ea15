/**
 * Drawing content of a run: drawn lines (VML v:line, DrawingML a:prstGeom "line"/"straightConnector1")
 * are counted and text boxes (w:txbxContent) collected. In mc:AlternateContent only the first choice is
 * looked at, so a shape and its VML fallback count once.
 */
import { attr, isElement, type XmlElement } from './xml';

const LINE_GEOMETRIES = new Set(['line', 'straightConnector1']);

/** Number of line shapes under this element; text boxes found on the way are pushed to `boxes`. */
export function countDrawnLines(el: XmlElement, boxes: XmlElement[] = []): number {
  if (el.name === 'v:line') {
    return 1;
  }
  if (el.name === 'a:prstGeom') {
    return LINE_GEOMETRIES.has(attr(el, 'prst') ?? '') ? 1 : 0;
  }
  if (el.name === 'w:txbxContent') {
    boxes.push(el);
    return 0;
  }
  let children = el.children.filter(isElement);
  if (el.name === 'mc:AlternateContent') {
    const first = children.find((c) => c.name === 'mc:Choice') ?? children.find((c) => c.name === 'mc:Fallback');
    children = first ? [first] : [];
  }
  let total = 0;
  for (const c of children) {
    total += countDrawnLines(c, boxes);
  }
  return total;
}
