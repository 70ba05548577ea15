/**
 * Style resolution as Word does it (ECMA-376 Part 1, §17.7.2): docDefaults, then the paragraph
 * style's basedOn chain, then the character style chain, then direct formatting; toggles (b, i, caps)
 * from styles combine by exclusive or (§17.7.3). Reads word/styles.xml only.
 */
import type { RunFacts } from '../../model/formatting';
import { mergeParaProps } from './para-merge';
import { mergeRunProps, readParaProps, readRunProps, type ParaProps, type RunProps } from './props';
import { NO_THEME, themeFont, type ThemeFonts } from './theme';
import { attr, child, childrenNamed, type XmlElement } from './xml';

type StyleDef = {
  readonly type: string;
  readonly basedOn: string | null;
  readonly pPr: ParaProps;
  readonly rPr: RunProps;
  /** A table style's w:tblPr (its indent and cell margins), kept as written. */
  readonly tblPr?: XmlElement | null;
};

/** The parsed style sheet plus the theme its fonts may point at. */
export type StyleSheet = {
  readonly defaultRun: RunProps;
  readonly defaultPara: ParaProps;
  readonly styles: ReadonlyMap<string, StyleDef>;
  readonly defaultParagraphStyle: string | null;
  readonly theme: ThemeFonts;
  /** The table style a table without w:tblStyle takes (w:default="1", usually "Normal Table"). */
  readonly defaultTableStyle?: string | null;
};

/** Word's own font when no w:rFonts is written anywhere. */
export const APP_DEFAULT_FONT = 'Times New Roman';
/** Word's own size when no w:sz is written anywhere: 10 pt (in half-points). */
export const APP_DEFAULT_SIZE = 20;

/** Reads w:styles (null: no styles part). */
export function readStyleSheet(root: XmlElement | null, theme: ThemeFonts = NO_THEME): StyleSheet {
  const defaults = child(root, 'w:docDefaults');
  const styles = new Map<string, StyleDef>();
  let defaultParagraphStyle: string | null = null;
  let defaultTableStyle: string | null = null;
  for (const s of childrenNamed(root, 'w:style')) {
    const id = attr(s, 'w:styleId');
    if (id === null) {
      continue;
    }
    const type = attr(s, 'w:type') ?? 'paragraph';
    styles.set(id, {
      type,
      basedOn: attr(child(s, 'w:basedOn'), 'w:val'),
      pPr: readParaProps(child(s, 'w:pPr')),
      rPr: readRunProps(child(s, 'w:rPr')),
      ...(type === 'table' ? { tblPr: child(s, 'w:tblPr') } : {}),
    });
    const isDefault = attr(s, 'w:default');
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) {
      defaultParagraphStyle = id;
    } else if (type === 'table' && (isDefault === '1' || isDefault === 'true')) {
      defaultTableStyle = id;
    }
  }
  return {
    defaultRun: readRunProps(child(child(defaults, 'w:rPrDefault'), 'w:rPr')),
    defaultPara: readParaProps(child(child(defaults, 'w:pPrDefault'), 'w:pPr')),
    styles,
    defaultParagraphStyle,
    theme,
    defaultTableStyle,
  };
}

/**
 * A table property its style gives (the table's w:tblStyle, else the default table style, then up the basedOn
 * chain): the first value `pick` finds in a style's w:tblPr, nearest style first.
 */
export function tableStyleValue<T>(sheet: StyleSheet, styleId: string | null, pick: (tblPr: XmlElement) => T | undefined): T | undefined {
  const defs = chain(sheet, styleId ?? sheet.defaultTableStyle ?? null);
  for (let i = defs.length - 1; i >= 0; i -= 1) {
    const tblPr = defs[i]?.tblPr;
    const value = tblPr ? pick(tblPr) : undefined;
    if (value !== undefined) {
      return value;
    }
  }
  return undefined;
}

/** The basedOn chain of a style, root first (cycles and over-long chains cut). */
function chain(sheet: StyleSheet, id: string | null): StyleDef[] {
  const out: StyleDef[] = [];
  const seen = new Set<string>();
  let current = id;
  while (current !== null && !seen.has(current) && out.length < 32) {
    seen.add(current);
    const def = sheet.styles.get(current);
    if (!def) {
      break;
    }
    out.unshift(def);
    current = def.basedOn;
  }
  return out;
}

// Resolved chains per style sheet: a document uses a handful of styles over thousands of paragraphs.
const paragraphCache = new WeakMap<StyleSheet, Map<string | null, { pPr: ParaProps; rPr: RunProps }>>();
const characterCache = new WeakMap<StyleSheet, Map<string, RunProps>>();

/** The paragraph properties and run properties a paragraph style chain gives. */
export function paragraphStyleProps(sheet: StyleSheet, styleId: string | null): { pPr: ParaProps; rPr: RunProps } {
  const cache = paragraphCache.get(sheet) ?? new Map<string | null, { pPr: ParaProps; rPr: RunProps }>();
  paragraphCache.set(sheet, cache);
  const hit = cache.get(styleId);
  if (hit) {
    return hit;
  }
  const defs = chain(sheet, styleId ?? sheet.defaultParagraphStyle);
  const resolved = {
    pPr: defs.reduce<ParaProps>((acc, d) => mergeParaProps(acc, d.pPr), {}),
    rPr: defs.reduce<RunProps>((acc, d) => mergeRunProps(acc, d.rPr), {}),
  };
  cache.set(styleId, resolved);
  return resolved;
}

/** The run properties a character style chain gives. */
export function characterStyleProps(sheet: StyleSheet, styleId: string | null): RunProps {
  if (styleId === null) {
    return NO_PROPS;
  }
  const cache = characterCache.get(sheet) ?? new Map<string, RunProps>();
  characterCache.set(sheet, cache);
  const hit = cache.get(styleId);
  if (hit) {
    return hit;
  }
  const resolved = chain(sheet, styleId).reduce<RunProps>((acc, d) => mergeRunProps(acc, d.rPr), {});
  cache.set(styleId, resolved);
  return resolved;
}

const NO_PROPS: RunProps = {};

function toggle(direct: boolean | undefined, para: boolean | undefined, char: boolean | undefined, base: boolean | undefined): boolean {
  if (direct !== undefined) {
    return direct;
  }
  if (para === undefined && char === undefined) {
    return base ?? false;
  }
  return (para ?? false) !== (char ?? false);
}

/** Whether a run is hidden (w:vanish, a toggle like w:b). */
export function isHidden(sheet: StyleSheet, paraRun: RunProps, charRun: RunProps, direct: RunProps): boolean {
  return toggle(direct.hidden, paraRun.hidden, charRun.hidden, sheet.defaultRun.hidden);
}

/** The value the last layer that sets it gives (mergeRunProps' rule, for one key, without building the layers). */
function layered<T>(direct: T | undefined, char: T | undefined, para: T | undefined, base: T | undefined): T | undefined {
  return direct !== undefined ? direct : char !== undefined ? char : para !== undefined ? para : base;
}

/**
 * Effective run formatting: defaults → paragraph style → character style → direct (text left empty). Key by key
 * rather than through three mergeRunProps: this runs for every run, and each merge copies an object.
 */
export function effectiveRun(sheet: StyleSheet, paraRun: RunProps, charRun: RunProps, direct: RunProps): RunFacts {
  const base = sheet.defaultRun;
  return {
    text: '',
    font: resolveFont(sheet, layered(direct.font, charRun.font, paraRun.font, base.font)),
    sizeHalfPt: layered(direct.sizeHalfPt, charRun.sizeHalfPt, paraRun.sizeHalfPt, base.sizeHalfPt) ?? APP_DEFAULT_SIZE,
    bold: toggle(direct.bold, paraRun.bold, charRun.bold, base.bold),
    italic: toggle(direct.italic, paraRun.italic, charRun.italic, base.italic),
    caps: toggle(direct.caps, paraRun.caps, charRun.caps, base.caps),
    underline: layered(direct.underline, charRun.underline, paraRun.underline, base.underline) ?? false,
    color: layered(direct.color, charRun.color, paraRun.color, base.color) ?? null,
  };
}

function resolveFont(sheet: StyleSheet, ref: RunProps['font']): string | null {
  if (!ref) {
    return APP_DEFAULT_FONT;
  }
  return 'name' in ref ? ref.name : themeFont(sheet.theme, ref.theme);
}

/** Effective paragraph properties: defaults → style chain → direct. */
export function effectiveParagraph(sheet: StyleSheet, styleProps: ParaProps, direct: ParaProps): ParaProps {
  return mergeParaProps(mergeParaProps(sheet.defaultPara, styleProps), direct);
}
