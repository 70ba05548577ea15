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
import { readParaProps, readRunProps, type RunProps } from './props';
import { characterStyleProps, effectiveParagraph, effectiveRun, isHidden, paragraphStyleProps, type StyleSheet } from './styles';
import { attr, child, elements, textOf, type XmlElement } from './xml';

/** Shared state while reading one story (the body, or one header part). */
export type StoryContext = {
  readonly sheet: StyleSheet;
  readonly counter: NumberingCounter;
  readonly legacyFonts: Set<string>;
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
};

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
  const props = effectiveParagraph(ctx.sheet, style.pPr, readParaProps(pPr));
  const state: RunState = { ctx, paraRun: style.rPr, runs: [], fields: [], pageFieldRun: null, drawnLines: 0, textBoxes: [] };
  walkInline(p, state);
  const label = props.numId && props.numId !== '0' ? ctx.counter(props.numId, props.numLevel ?? 0) : null;
  const runs = label === null ? state.runs : withLabel(state.runs, label, ctx, style.rPr);
  const facts: Omit<ParagraphFacts, 'index'> = {
    text: runs.map((r) => r.text).join(''),
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
  };
  return { facts, pageFieldRun: state.pageFieldRun, textBoxes: state.textBoxes };
}

function withLabel(runs: RunFacts[], label: string, ctx: StoryContext, paraRun: RunProps): RunFacts[] {
  const first = runs[0] ?? effectiveRun(ctx.sheet, paraRun, {}, {});
  return [{ ...first, text: `${label} ` }, ...runs];
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
    text = convertLegacyText(text, format.font);
  }
  text = normalizeText(format.caps ? upper(text) : text);
  const last = state.runs[state.runs.length - 1];
  if (last && sameFormat(last, format)) {
    state.runs[state.runs.length - 1] = { ...last, text: last.text + text };
  } else {
    state.runs.push({ ...format, text });
  }
}

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
      return hidden ? '' : ' ';
    case 'w:br':
    case 'w:cr':
      return hidden || attr(c, 'w:type') === 'page' || attr(c, 'w:type') === 'column' ? '' : '\n';
    case 'w:noBreakHyphen':
      return hidden ? '' : '-';
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
    case 'w:drawing':
      state.drawnLines += countDrawnLines(c, state.textBoxes);
      return '';
    default:
      return '';
  }
}

function sameFormat(a: RunFacts, b: RunFacts): boolean {
  return a.font === b.font && a.sizeHalfPt === b.sizeHalfPt && a.bold === b.bold && a.italic === b.italic && a.caps === b.caps && a.underline === b.underline && a.color === b.color;
}
