/**
 * Run and paragraph properties as written in one place (w:rPr, w:pPr): partial values that the
 * style resolver layers (docDefaults → styles → direct). ECMA-376 Part 1, §17.3.1 and §17.3.2.
 */
import { attr, child, numAttr, type XmlElement } from './xml';

/** Font slots of w:rFonts: a literal name or a theme reference ("minorHAnsi"). */
export type FontRef = { readonly name: string } | { readonly theme: string };

/** Run properties as written; undefined = not set here (merges skip undefined values). */
export type RunProps = {
  readonly font?: FontRef;
  readonly sizeHalfPt?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly caps?: boolean;
  readonly underline?: boolean;
  readonly color?: string;
  /** w:vanish: hidden text, not shown or printed. */
  readonly hidden?: boolean;
};

/** Paragraph properties as written; undefined = not set here. */
export type ParaProps = {
  readonly alignment?: string;
  readonly firstLineTw?: number;
  readonly hangingTw?: number;
  readonly leftTw?: number;
  readonly rightTw?: number;
  readonly spacingBeforeTw?: number;
  readonly spacingAfterTw?: number;
  readonly line?: number;
  readonly lineRule?: string;
  readonly bottomBorder?: boolean;
  readonly numId?: string;
  readonly numLevel?: number;
  /** w:pageBreakBefore: the paragraph starts a new page. */
  readonly pageBreakBefore?: boolean;
};

/** A toggle or on/off property (w:b, w:i, w:caps): present means on unless w:val is false/0/off. */
export function onOff(el: XmlElement | null): boolean | undefined {
  if (!el) {
    return undefined;
  }
  const v = attr(el, 'w:val');
  return !(v === 'false' || v === '0' || v === 'off');
}

function fontRef(rFonts: XmlElement | null): FontRef | undefined {
  if (!rFonts) {
    return undefined;
  }
  const theme = attr(rFonts, 'w:asciiTheme') ?? attr(rFonts, 'w:hAnsiTheme');
  if (theme) {
    return { theme };
  }
  // Vietnamese text falls in the ascii and hAnsi slots; eastAsia and cs fonts never render it.
  const name = attr(rFonts, 'w:ascii') ?? attr(rFonts, 'w:hAnsi');
  return name ? { name } : undefined;
}

/** Reads a w:rPr (or null → nothing set). */
export function readRunProps(rPr: XmlElement | null): RunProps {
  if (!rPr) {
    return {};
  }
  const u = child(rPr, 'w:u');
  const uVal = attr(u, 'w:val');
  const color = attr(child(rPr, 'w:color'), 'w:val');
  return {
    font: fontRef(child(rPr, 'w:rFonts')),
    sizeHalfPt: numAttr(child(rPr, 'w:sz'), 'w:val') ?? undefined,
    bold: onOff(child(rPr, 'w:b')),
    italic: onOff(child(rPr, 'w:i')),
    caps: onOff(child(rPr, 'w:caps')),
    underline: u ? uVal !== 'none' : undefined,
    color: color ?? undefined,
    hidden: onOff(child(rPr, 'w:vanish')),
  };
}

/** Reads a w:pPr (or null → nothing set). */
export function readParaProps(pPr: XmlElement | null): ParaProps {
  if (!pPr) {
    return {};
  }
  const ind = child(pPr, 'w:ind');
  const spacing = child(pPr, 'w:spacing');
  const numPr = child(pPr, 'w:numPr');
  const bottom = child(child(pPr, 'w:pBdr'), 'w:bottom');
  const bottomVal = attr(bottom, 'w:val');
  return {
    alignment: attr(child(pPr, 'w:jc'), 'w:val') ?? undefined,
    firstLineTw: numAttr(ind, 'w:firstLine') ?? undefined,
    hangingTw: numAttr(ind, 'w:hanging') ?? undefined,
    leftTw: numAttr(ind, 'w:left') ?? numAttr(ind, 'w:start') ?? undefined,
    rightTw: numAttr(ind, 'w:right') ?? numAttr(ind, 'w:end') ?? undefined,
    spacingBeforeTw: numAttr(spacing, 'w:before') ?? undefined,
    spacingAfterTw: numAttr(spacing, 'w:after') ?? undefined,
    line: numAttr(spacing, 'w:line') ?? undefined,
    lineRule: attr(spacing, 'w:lineRule') ?? undefined,
    bottomBorder: bottom ? bottomVal !== 'none' && bottomVal !== 'nil' : undefined,
    numId: attr(child(numPr, 'w:numId'), 'w:val') ?? undefined,
    numLevel: numAttr(child(numPr, 'w:ilvl'), 'w:val') ?? undefined,
    pageBreakBefore: onOff(child(pPr, 'w:pageBreakBefore')),
  };
}

/**
 * Layers run properties: values set (not undefined) in b win. Written out key by key (in the order of
 * RunProps): a loop over the keys with computed property access costs several times more in the
 * command line's interpreted run, and this runs for every run of every paragraph.
 */
export function mergeRunProps(a: RunProps, b: RunProps): RunProps {
  const out: { -readonly [K in keyof RunProps]: RunProps[K] } = { ...a };
  if (b.font !== undefined) {
    out.font = b.font;
  }
  if (b.sizeHalfPt !== undefined) {
    out.sizeHalfPt = b.sizeHalfPt;
  }
  if (b.bold !== undefined) {
    out.bold = b.bold;
  }
  if (b.italic !== undefined) {
    out.italic = b.italic;
  }
  if (b.caps !== undefined) {
    out.caps = b.caps;
  }
  if (b.underline !== undefined) {
    out.underline = b.underline;
  }
  if (b.color !== undefined) {
    out.color = b.color;
  }
  if (b.hidden !== undefined) {
    out.hidden = b.hidden;
  }
  return out;
}
