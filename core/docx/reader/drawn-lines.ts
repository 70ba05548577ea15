/**
 * Drawing content of a run: drawn lines are counted (DrawingML a:prstGeom "line" and the straight
 * connectors, in wps:wsp or a group; VML v:line, a v:polyline of two points, a v:shape of the line or
 * straight-connector shape type or with a one-segment path) and text boxes (w:txbxContent, in wps:txbx
 * or v:textbox) collected. In mc:AlternateContent only the first choice is looked at, so a shape and
 * its VML fallback count once.
 */
import { attr, isElement, type XmlElement } from './xml';

const LINE_GEOMETRIES = new Set(['line', 'straightConnector1', 'lineInv']);
/** VML shape types Word writes for a line (#_x0000_t20) and a straight connector (#_x0000_t32). */
const VML_LINE_TYPE = /_x0000_t(?:20|32)$/;
/** A VML path of one straight segment: "m0,0l21600,0e", "m,l21600,e". */
const VML_LINE_PATH = /^\s*m\s*-?\d*\s*,\s*-?\d*\s*l\s*-?\d*\s*,\s*-?\d*\s*(?:e|x\s*e)?\s*$/i;

function isVmlLine(el: XmlElement): boolean {
  if (el.name === 'v:line') {
    return true;
  }
  if (el.name === 'v:polyline') {
    return (attr(el, 'points') ?? '').split(/[\s,]+/).filter((n) => n !== '').length === 4;
  }
  if (el.name === 'v:shape') {
    return VML_LINE_TYPE.test(attr(el, 'type') ?? '') || attr(el, 'o:connectortype') === 'straight' || VML_LINE_PATH.test(attr(el, 'path') ?? '');
  }
  return false;
}

/** Number of line shapes under this element; text boxes found on the way are pushed to `boxes`. */
export function countDrawnLines(el: XmlElement, boxes: XmlElement[] = []): number {
  if (isVmlLine(el)) {
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
