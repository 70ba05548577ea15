/**
 * Drawing content of a run: drawn lines are counted (DrawingML a:prstGeom "line" and the straight
 * connectors, or an a:custGeom of one segment, in wps:wsp or a group; VML v:line, a v:polyline of two points, a v:shape of the line or
 * straight-connector shape type or with a one-segment path, a rectangle as thin as a line) and text
 * boxes (w:txbxContent, in wps:txbx or v:textbox) collected. In mc:AlternateContent only the first choice is looked at, so a shape and
 * its VML fallback count once.
 */
import { attr, child, findDescendant, isElement, numAttr, type XmlElement } from './xml';

const LINE_GEOMETRIES = new Set(['line', 'straightConnector1', 'lineInv']);
/** VML shape types Word writes for a line (#_x0000_t20) and a straight connector (#_x0000_t32). */
const VML_LINE_TYPE = /_x0000_t(?:20|32)$/;
/** A VML path of one straight segment: "m0,0l21600,0e", "m,l21600,e". */
const VML_LINE_PATH = /^\s*m\s*-?\d*\s*,\s*-?\d*\s*l\s*-?\d*\s*,\s*-?\d*\s*(?:e|x\s*e)?\s*$/i;

/** Thinner than this (1.5 pt) a rectangle draws as a line: 19050 EMU. */
const THIN_EMU = 19050;
const THIN_PT = 1.5;
const CSS_UNIT_PT: Readonly<Record<string, number>> = { pt: 1, px: 0.75, in: 72, mm: 72 / 25.4, cm: 72 / 2.54 };

/** A DrawingML rectangle (wp:anchor / wp:inline) as thin as a line and much longer than thick. */
function isThinRectangle(el: XmlElement): boolean {
  const extent = child(el, 'wp:extent');
  const cx = numAttr(extent, 'cx') ?? 0;
  const cy = numAttr(extent, 'cy');
  if (cy === null || cy > THIN_EMU || cx < 20 * Math.max(cy, 1)) {
    return false;
  }
  return findDescendant(el, (e) => e.name === 'a:prstGeom' && attr(e, 'prst') === 'rect') !== null;
}

/** A VML v:rect whose CSS height is a line's. */
function isThinVmlRect(el: XmlElement): boolean {
  const m = /(?:^|;)\s*height\s*:\s*([\d.]+)\s*(pt|px|in|mm|cm)?/i.exec(attr(el, 'style') ?? '');
  if (!m?.[1]) {
    return false;
  }
  const pt = Number.parseFloat(m[1]) * (CSS_UNIT_PT[(m[2] ?? 'px').toLowerCase()] ?? 0.75);
  return Number.isFinite(pt) && pt <= THIN_PT;
}

/** A custom geometry of one straight segment (a:moveTo then a:lnTo): a line drawn with the freeform tool or by a converter. */
function isOneSegment(geom: XmlElement): boolean {
  const paths = (child(geom, 'a:pathLst')?.children ?? []).filter(isElement).filter((e) => e.name === 'a:path');
  const only = paths.length === 1 ? paths[0] : undefined;
  const steps = (only?.children ?? []).filter(isElement).map((e) => e.name);
  return steps.length === 2 && steps[0] === 'a:moveTo' && steps[1] === 'a:lnTo';
}

function isVmlLine(el: XmlElement): boolean {
  if (el.name === 'v:line') {
    return true;
  }
  if (el.name === 'v:rect') {
    return isThinVmlRect(el);
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
  if (isVmlLine(el) || ((el.name === 'wp:anchor' || el.name === 'wp:inline') && isThinRectangle(el))) {
    return 1;
  }
  if (el.name === 'a:prstGeom') {
    return LINE_GEOMETRIES.has(attr(el, 'prst') ?? '') ? 1 : 0;
  }
  if (el.name === 'a:custGeom') {
    return isOneSegment(el) ? 1 : 0;
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
