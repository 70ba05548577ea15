/**
 * One w:p → ParagraphFacts: effective paragraph and run formatting, text as Word shows it (caps
 * applied, list label prefixed, tabs as spaces, legacy TCVN3/VNI text converted, NFC), fields
 * (w:fldSimple, w:fldChar/w:instrText) noted. ECMA-376 Part 1, §17.3 and §17.16.
 */
import type { ParagraphFacts, RunFacts } from '../../model/formatting';
import { convertLegacyText, legacyEncodingOf } from '../../text/legacy-encodings';
import { normalizeText, upper } from '../../text/normalize';
import { countDrawnLines } from './drawn-lines';
import { fieldChar, isPageField, type OpenField } from './fields';
import type { NumberingCounter } from './numbering';
import { mergeParaProps } from './para-merge';
import { mergeRunProps, readParaProps, readRunProps, type ParaProps, type RunProps } from './props';
import { characterStyleProps, effectiveParagraph, effectiveRun, isHidden, paragraphStyleProps, type StyleSheet } from './styles';
import { attr, child, elements, textOf, type XmlElement } from './xml';

/** Shared state while reading one story (the body, or one header part). */
export type StoryContext = {
  readonly sheet: StyleSheet;
  readonly counter: NumberingCounter;
  readonly legacyFonts: Set<string>;
  /** The run properties of a numbering level (w:lvl/w:rPr), for list labels. */
  readonly levelRun?: (numId: string, ilvl: number) => RunProps;
  /** The paragraph properties of a numbering level (w:lvl/w:pPr: the list's indentation). */
  readonly levelPara?: (numId: string, ilvl: number) => ParaProps;
  /**
   * Word's compatibility mode for the file (word/settings.xml w:compatSetting compatibilityMode: 15 for Word 2013
   * and later, 14 for 2010, 12 when the setting is absent). Below 15 a table's w:tblInd is measured to its first
   * cell's text, not to its border. Absent here: 15 (the indent taken as written).
   */
  readonly compatibilityMode?: number;
};

/** Where a paragraph sits. */
export type Placement = { readonly container: 'body' | 'table'; readonly cell: 'left' | 'right' | null; readonly table: number | null };

/** What reading a paragraph yields besides its facts. */
export type ReadParagraph = {
  readonly facts: Omit<ParagraphFacts, 'index'>;
  /** The first run of a PAGE field, when the paragraph holds one. */
  readonly pageFieldRun: RunFacts | null;
  /** Text boxes anchored in the paragraph (w:txbxContent), read after it. */
  readonly textBoxes: readonly XmlElement[];
  /** A page break (w:br w:type="page") ends the paragraph's text: the next paragraph starts a page. */
  readonly pageBreakAfter: boolean;
};

/** Stand-ins while runs are read: a tab (kept apart from spaces) and a page break. */
const TAB_MARK = '\u0001';
const PAGE_MARK = '\u0002';
/** Where a drawn shape is anchored among the runs (one mark per shape). */
const DRAW_MARK = '\u0003';

type RunState = {
  readonly ctx: StoryContext;
  readonly paraRun: RunProps;
  readonly runs: RunFacts[];
  readonly fields: OpenField[];
  pageFieldRun: RunFacts | null;
  drawnLines: number;
  readonly textBoxes: XmlElement[];
};

const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:rPr', 'w:pPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd']);

/** Reads one paragraph. */
export function readParagraph(p: XmlElement, ctx: StoryContext, place: Placement): ReadParagraph {
  const pPr = child(p, 'w:pPr');
  const styleId = attr(child(pPr, 'w:pStyle'), 'w:val');
  const style = paragraphStyleProps(ctx.sheet, styleId);
  const direct = readParaProps(pPr);
  const written = effectiveParagraph(ctx.sheet, style.pPr, direct);
  // A list paragraph takes its level's indentation unless it sets its own (style → numbering level → paragraph).
  const level = written.numId && written.numId !== '0' ? ctx.levelPara?.(written.numId, written.numLevel ?? 0) : undefined;
  const props = level === undefined ? written : effectiveParagraph(ctx.sheet, mergeParaProps(style.pPr, withoutNumbering(level)), direct);
  const state: RunState = { ctx, paraRun: style.rPr, runs: [], fields: [], pageFieldRun: null, drawnLines: 0, textBoxes: [] };
  walkInline(p, state);
  const label = props.numId && props.numId !== '0' ? ctx.counter(props.numId, props.numLevel ?? 0) : null;
  const labelRun = label === null ? null : labelFormat(p, props.numId ?? '', props.numLevel ?? 0, ctx, style.rPr);
  const marked = label === null || labelRun === null ? state.runs : withLabel(state.runs, label, labelRun);
  const { runs, text, tabs, drawn, breakBefore, breakAfter } = unmark(marked);
  const facts: Omit<ParagraphFacts, 'index'> = {
    text,
    container: place.container,
    cell: place.cell,
    table: place.table,
    alignment: props.alignment ?? null,
    firstLineTw: props.firstLineTw ?? null,
    hangingTw: props.hangingTw ?? null,
    indentLeftTw: props.leftTw ?? null,
    indentRightTw: props.rightTw ?? null,
    spacingBeforeTw: props.spacingBeforeTw ?? null,
    spacingAfterTw: props.spacingAfterTw ?? null,
    lineSpacing: props.line === undefined ? null : { value: props.line, rule: props.lineRule ?? 'auto' },
    hasBottomBorder: props.bottomBorder ?? false,
    runs,
    drawnLines: state.drawnLines,
    numberingLabel: label,
    styleId,
    ...(labelRun === null ? {} : { numberingRun: labelRun }),
    ...(props.pageBreakBefore === true || breakBefore ? { pageBreakBefore: true } : {}),
    ...(tabs.length > 0 ? { tabs } : {}),
    ...(drawn.length > 0 ? { drawnLinesAt: drawn } : {}),
  };
  return { facts, pageFieldRun: state.pageFieldRun, textBoxes: state.textBoxes, pageBreakAfter: breakAfter };
}

function withoutNumbering(p: ParaProps): ParaProps {
  const { numId: _id, numLevel: _level, ...rest } = p;
  return rest;
}

/**
 * The list label's formatting as Word draws it: the paragraph style, then the paragraph mark's run
 * properties (w:pPr/w:rPr), then the numbering level's w:rPr (ECMA-376 Part 1, §17.9.6).
 */
function labelFormat(p: XmlElement, numId: string, ilvl: number, ctx: StoryContext, paraRun: RunProps): RunFacts {
  const mark = readRunProps(child(child(p, 'w:pPr'), 'w:rPr'));
  const level = ctx.levelRun?.(numId, ilvl) ?? {};
  return effectiveRun(ctx.sheet, paraRun, {}, mergeRunProps(mark, level));
}

/**
 * The label run: font and size as Word draws the label; emphasis as the text it leads (the structure
 * reader reads a bold title with its label as one bold line).
 */
function withLabel(runs: RunFacts[], label: string, labelRun: RunFacts): RunFacts[] {
  const first = runs.find((r) => r.text.split(TAB_MARK).join('').split(PAGE_MARK).join('').split(DRAW_MARK).join('').trim() !== '') ?? runs[0] ?? labelRun;
  return [{ ...labelRun, bold: first.bold, italic: first.italic, underline: first.underline, caps: first.caps, text: `${label} ` }, ...runs];
}

/** Any of the stand-ins (TAB_MARK, PAGE_MARK, DRAW_MARK): one search instead of three. */
const ANY_MARK = new RegExp(`[${TAB_MARK}${PAGE_MARK}${DRAW_MARK}]`);

/**
 * Takes the tab and page-break marks out of the runs: tabs become spaces (offsets kept), page breaks nothing.
 * Also gives the runs' text joined (the paragraph's text).
 */
function unmark(runs: readonly RunFacts[]): { runs: RunFacts[]; text: string; tabs: number[]; drawn: number[]; breakBefore: boolean; breakAfter: boolean } {
  const out: RunFacts[] = [];
  const tabs: number[] = [];
  const breaks: number[] = [];
  const drawn: number[] = [];
  let offset = 0;
  for (const run of runs) {
    if (!ANY_MARK.test(run.text)) {
      out.push(run);
      offset += run.text.length;
      continue;
    }
    let text = '';
    for (const ch of run.text) {
      if (ch === PAGE_MARK) {
        breaks.push(offset + text.length);
      } else if (ch === DRAW_MARK) {
        drawn.push(offset + text.length);
      } else if (ch === TAB_MARK) {
        tabs.push(offset + text.length);
        text += ' ';
      } else {
        text += ch;
      }
    }
    offset += text.length;
    if (text !== '') {
      out.push({ ...run, text });
    }
  }
  const full = out.map((r) => r.text).join('');
  const breakBefore = breaks.some((at) => full.slice(0, at).trim() === '');
  const breakAfter = breaks.some((at) => full.slice(0, at).trim() !== '');
  return { runs: out, text: full, tabs, drawn, breakBefore, breakAfter };
}

function walkInline(el: XmlElement, state: RunState): void {
  for (const c of elements(el)) {
    if (SKIPPED.has(c.name)) {
      continue;
    }
    if (c.name === 'w:r') {
      readRun(c, state);
    } else if (c.name === 'w:fldSimple') {
      const page = isPageField(attr(c, 'w:instr') ?? '');
      const before = state.runs.length;
      walkInline(c, state);
      if (page && state.pageFieldRun === null) {
        state.pageFieldRun = state.runs[before] ?? runFormat(c, state) ?? HIDDEN;
      }
    } else if (c.name === 'mc:AlternateContent' || c.name === 'w:pict' || c.name === 'w:drawing') {
      state.drawnLines += countDrawnLines(c, state.textBoxes);
    } else {
      walkInline(c, state);
    }
  }
}

/** Effective formatting of a run (or of the first run inside an element); null when the run is hidden. */
function runFormat(r: XmlElement, state: RunState): RunFacts | null {
  const run = r.name === 'w:r' ? r : (child(r, 'w:r') ?? r);
  const rPr = child(run, 'w:rPr');
  const charStyle = characterStyleProps(state.ctx.sheet, attr(child(rPr, 'w:rStyle'), 'w:val'));
  const direct = readRunProps(rPr);
  if (isHidden(state.ctx.sheet, state.paraRun, charStyle, direct)) {
    return null;
  }
  return effectiveRun(state.ctx.sheet, state.paraRun, charStyle, direct);
}

function readRun(r: XmlElement, state: RunState): void {
  const format = runFormat(r, state);
  let text = '';
  for (const c of elements(r)) {
    // A hidden run still opens and closes fields; it only shows nothing.
    const piece = runPiece(c, state, format ?? HIDDEN);
    text += format === null ? '' : piece;
  }
  if (text === '' || format === null) {
    return;
  }
  const encoding = legacyEncodingOf(format.font);
  if (encoding !== null && format.font !== null) {
    state.ctx.legacyFonts.add(format.font);
    // Text already in Unicode Vietnamese under a legacy font name (a style default left from an old
    // template) is shown as typed by any machine without that font: it is not converted.
    if (!UNICODE_VIETNAMESE.test(text)) {
      text = convertLegacyText(text, format.font);
    }
  }
  text = normalizeText(format.caps ? upper(text) : text);
  const last = state.runs[state.runs.length - 1];
  if (last && sameFormat(last, format)) {
    state.runs[state.runs.length - 1] = { ...last, text: last.text + text };
  } else {
    state.runs.push({ ...format, text });
  }
}

/** Letters only Unicode Vietnamese has (TCVN3 and VNI text uses Latin-1 code points): ă đ ĩ ũ ơ ư and the ạ…ỹ block. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

const HIDDEN: RunFacts = { text: '', font: null, sizeHalfPt: null, bold: false, italic: false, caps: false, underline: false, color: null };

function runPiece(c: XmlElement, state: RunState, format: RunFacts): string {
  const hidden = state.fields.some((f) => !f.result);
  switch (c.name) {
    case 'w:t':
      if (!hidden && state.fields.some((f) => f.page) && state.pageFieldRun === null) {
        state.pageFieldRun = format;
      }
      return hidden ? '' : textOf(c);
    case 'w:tab':
    case 'w:ptab':
      return hidden ? '' : TAB_MARK;
    case 'w:br':
    case 'w:cr':
      if (hidden || attr(c, 'w:type') === 'column') {
        return '';
      }
      return attr(c, 'w:type') === 'page' ? PAGE_MARK : '\n';
    case 'w:noBreakHyphen':
      return hidden ? '' : '-';
    case 'w:sym':
      return hidden ? '' : symbolChar(attr(c, 'w:font'), attr(c, 'w:char'));
    case 'w:fldChar':
      fieldChar(attr(c, 'w:fldCharType'), state, format);
      return '';
    case 'w:instrText': {
      const open = state.fields[state.fields.length - 1];
      if (open && !open.result) {
        open.instr += textOf(c);
      }
      return '';
    }
    case 'mc:AlternateContent':
    case 'w:pict':
    case 'w:drawing': {
      const lines = countDrawnLines(c, state.textBoxes);
      state.drawnLines += lines;
      return DRAW_MARK.repeat(lines);
    }
    default:
      return '';
  }
}

/**
 * Symbol-font characters (w:sym, ECMA-376 Part 1, §17.3.3.30): w:char is the font's code, often moved
 * into the private-use area (F000 + code). The bullets and dashes offices draw this way are read as their
 * Unicode equivalent; a code with none is kept as written (a private-use character), never dropped.
 */
const SYMBOL_CHARS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  symbol: { 0x2d: '-', 0x2b: '+', 0x3d: '=', 0xb7: '•', 0xa7: '♣', 0xa8: '♦', 0xa9: '♥', 0xaa: '♠', 0xae: '→', 0xd8: '¬', 0xde: '⇒', 0xb4: '×', 0xb8: '÷', 0xb1: '±', 0xb0: '°', 0xe0: '◊', 0xbe: '—', 0xbc: '…' },
  wingdings: { 0x9f: '•', 0x6c: '●', 0x6e: '■', 0xa7: '▪', 0xa8: '◻', 0x71: '❑', 0x76: '❖', 0xd8: '➢', 0xe0: '➢', 0xe8: '➔', 0xf0: '⇨', 0xfc: '✓', 0xfe: '☑', 0xfb: '✗', 0x6f: '□', 0x77: '◆', 0xa4: '◉', 0xa1: '○' },
};

function symbolChar(font: string | null, hex: string | null): string {
  const code = Number.parseInt(hex ?? '', 16);
  if (!Number.isInteger(code) || code <= 0 || code > 0xffff) {
    return '';
  }
  const own = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const family = (font ?? '').toLowerCase().replace(/\s+\d+$/, '').trim();
  const table = SYMBOL_CHARS[family.startsWith('wingdings') ? 'wingdings' : family === 'symbol' ? 'symbol' : ''];
  const known = table?.[own];
  if (known !== undefined) {
    return known;
  }
  // A symbol font's digits and punctuation are the ASCII ones; other fonts' codes are Unicode already.
  if (table === undefined) {
    return String.fromCharCode(code);
  }
  return family === 'symbol' && own >= 0x20 && own <= 0x40 ? String.fromCharCode(own) : String.fromCharCode(code >= 0xf000 ? code : 0xf000 + own);
}

function sameFormat(a: RunFacts, b: RunFacts): boolean {
  return a.font === b.font && a.sizeHalfPt === b.sizeHalfPt && a.bold === b.bold && a.italic === b.italic && a.caps === b.caps && a.underline === b.underline && a.color === b.color;
}
