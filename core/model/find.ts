/**
 * Find and replace over a whole plan: letterhead fields, title, Kính gửi, opening, body (with table
 * cells), closing, signer block, Nơi nhận and appendices, in the order they print. Pure: a search gives
 * matches, a replacement gives a new document (never mutates).
 *
 * Vietnamese is matched diacritic-exact on NFC text ("Ke" never matches "Kế"); "match case" off folds
 * case only (Unicode simple case folding: "Ắ" matches "ắ"); "whole word" means no letter, mark or digit
 * touches the match on either side.
 */
import type { Appendix, Block, Header, PlanDocument, Run, Signature } from './plan-document';
import { editRuns } from './runs';
import { runsText } from './walk';

export type FindOptions = {
  readonly matchCase: boolean;
  readonly wholeWord: boolean;
};

/** Where a piece of searchable text lives. */
export type FindPart = 'header' | 'opening' | 'body' | 'closing' | 'signature' | 'recipients' | 'appendix';

/** One searchable text of the document. */
export type FindUnit = {
  /** Unique in the document; matches of one unit share it. */
  readonly key: string;
  readonly part: FindPart;
  /** The body, opening or closing block (a table for its cells); for an appendix, the appendix. */
  readonly blockId?: string;
  /** Header field ("summary", "agency", …), signer field ("name", …), "recipients" or "title". */
  readonly field?: string;
  /** True for a body block's own text (the editor can select the range in it). */
  readonly inEditor: boolean;
  readonly text: string;
};

export type FindMatch = {
  readonly unit: FindUnit;
  /** The unit's place in print order (compare (order, start) to say which match comes first). */
  readonly order: number;
  /** UTF-16 offsets in unit.text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/** Template guidance in braces: "{tên văn bản}" (the body.placeholder rule reads the same). */
export const PLACEHOLDER_PATTERN = /\{[^{}\n]{1,200}\}/gu;

type Unit = FindUnit & {
  readonly runs: readonly Run[];
  /** The document with this unit's runs replaced. */
  readonly apply: (doc: PlanDocument, runs: readonly Run[]) => PlanDocument;
};

const HEADER_FIELDS = ['parentAgency', 'agency', 'number', 'symbol', 'place', 'docType', 'summary'] as const;
const SIGNER_FIELDS = ['onBehalfOf', 'headTitle', 'signerTitle', 'name'] as const;

function plain(text: string): readonly Run[] {
  return text === '' ? [] : [{ text }];
}

function mapBlocks(blocks: readonly Block[], id: string, change: (b: Block) => Block): readonly Block[] {
  let changed = false;
  const out = blocks.map((b) => {
    if (b.id === id) {
      changed = true;
      return change(b);
    }
    if ((b.kind === 'numbered' || b.kind === 'bullet') && b.children.length > 0) {
      const children = mapBlocks(b.children, id, change);
      if (children !== b.children) {
        changed = true;
        return { ...b, children };
      }
    }
    return b;
  });
  return changed ? out : blocks;
}

/** Units of a list of blocks (body or appendix), in order; `wrap` puts the changed list back in the document. */
function blockUnits(
  blocks: readonly Block[],
  part: 'body' | 'appendix',
  prefix: string,
  wrap: (doc: PlanDocument, change: (list: readonly Block[]) => readonly Block[]) => PlanDocument,
  out: Unit[],
): void {
  for (const block of blocks) {
    if (block.kind === 'table') {
      block.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) =>
          cell.paragraphs.forEach((para, p) => {
            out.push({
              key: `${prefix}${block.id}:${r}:${c}:${p}`,
              part,
              blockId: block.id,
              inEditor: false,
              text: runsText(para.runs),
              runs: para.runs,
              apply: (doc, runs) =>
                wrap(doc, (list) =>
                  mapBlocks(list, block.id, (b) =>
                    b.kind !== 'table'
                      ? b
                      : {
                          ...b,
                          rows: b.rows.map((rw, ri) =>
                            ri !== r
                              ? rw
                              : {
                                  cells: rw.cells.map((cl, ci) =>
                                    ci !== c ? cl : { ...cl, paragraphs: cl.paragraphs.map((pp, pi) => (pi === p ? { ...pp, runs } : pp)) },
                                  ),
                                },
                          ),
                        },
                  ),
                ),
            });
          }),
        ),
      );
      continue;
    }
    if (!(block.kind === 'paragraph' && block.placeholder === true)) {
      out.push({
        key: `${prefix}${block.id}`,
        part,
        blockId: block.id,
        inEditor: part === 'body',
        text: runsText(block.runs),
        runs: block.runs,
        apply: (doc, runs) => wrap(doc, (list) => mapBlocks(list, block.id, (b) => (b.kind === 'table' ? b : { ...b, runs }))),
      });
    }
    if (block.kind === 'numbered' || block.kind === 'bullet') {
      blockUnits(block.children, part, prefix, wrap, out);
    }
  }
}

function headerUnit(header: Header, field: (typeof HEADER_FIELDS)[number]): Unit | null {
  const value = header[field];
  if (value === null || value === '') {
    return null;
  }
  return {
    key: `header:${field}`,
    part: 'header',
    field,
    inEditor: false,
    text: value,
    runs: plain(value),
    apply: (doc, runs) => ({ ...doc, header: { ...doc.header, [field]: runsText(runs) } }),
  };
}

function signerUnits(sig: Signature, out: Unit[]): void {
  for (const field of SIGNER_FIELDS) {
    const value = sig[field];
    if (value) {
      out.push({
        key: `signature:${field}`,
        part: 'signature',
        field,
        inEditor: false,
        text: value,
        runs: plain(value),
        apply: (doc, runs) => (doc.signature ? { ...doc, signature: { ...doc.signature, [field]: runsText(runs) } } : doc),
      });
    }
  }
  sig.chain?.forEach((line, i) =>
    out.push({
      key: `signature:chain:${i}`,
      part: 'signature',
      field: 'chain',
      inEditor: false,
      text: line,
      runs: plain(line),
      apply: (doc, runs) =>
        doc.signature?.chain ? { ...doc, signature: { ...doc.signature, chain: doc.signature.chain.map((l, j) => (j === i ? runsText(runs) : l)) } } : doc,
    }),
  );
}

function appendixUnits(appendix: Appendix, out: Unit[]): void {
  const withAppendix = (doc: PlanDocument, change: (a: Appendix) => Appendix): PlanDocument => ({
    ...doc,
    appendices: doc.appendices.map((a) => (a.id === appendix.id ? change(a) : a)),
  });
  if (appendix.title !== '') {
    out.push({
      key: `appendix:${appendix.id}:title`,
      part: 'appendix',
      blockId: appendix.id,
      field: 'title',
      inEditor: false,
      text: appendix.title,
      runs: plain(appendix.title),
      apply: (doc, runs) => withAppendix(doc, (a) => ({ ...a, title: runsText(runs) })),
    });
  }
  blockUnits(appendix.blocks, 'appendix', `appendix:${appendix.id}:`, (doc, change) => withAppendix(doc, (a) => ({ ...a, blocks: change(a.blocks) })), out);
}

function allUnits(doc: PlanDocument): Unit[] {
  const out: Unit[] = [];
  const push = (u: Unit | null): void => {
    if (u) {
      out.push(u);
    }
  };
  for (const field of HEADER_FIELDS) {
    push(headerUnit(doc.header, field));
  }
  doc.header.addressees.forEach((text, i) =>
    out.push({
      key: `header:addressees:${i}`,
      part: 'header',
      field: 'addressees',
      inEditor: false,
      text,
      runs: plain(text),
      apply: (d, runs) => ({ ...d, header: { ...d.header, addressees: d.header.addressees.map((a, j) => (j === i ? runsText(runs) : a)) } }),
    }),
  );
  for (const [part, list] of [['opening', doc.opening], ['closing', doc.closing]] as const) {
    for (const p of list) {
      out.push({
        key: `${part}:${p.id}`,
        part,
        blockId: p.id,
        inEditor: false,
        text: runsText(p.runs),
        runs: p.runs,
        apply: (d, runs) => ({ ...d, [part]: d[part].map((q) => (q.id === p.id ? { ...q, runs } : q)) }),
      });
    }
    if (part === 'opening') {
      blockUnits(doc.body, 'body', '', (d, change) => ({ ...d, body: change(d.body) }), out);
    }
  }
  if (doc.signature) {
    signerUnits(doc.signature, out);
  }
  doc.recipients?.items.forEach((item, i) =>
    out.push({
      key: `recipients:${i}`,
      part: 'recipients',
      field: 'recipients',
      inEditor: false,
      text: item.text,
      runs: plain(item.text),
      apply: (d, runs) =>
        d.recipients ? { ...d, recipients: { ...d.recipients, items: d.recipients.items.map((it, j) => (j === i ? { ...it, text: runsText(runs) } : it)) } } : d,
    }),
  );
  doc.appendices.forEach((a) => appendixUnits(a, out));
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The pattern of a query (null for an empty query). */
export function findPattern(query: string, options: FindOptions): RegExp | null {
  const q = query.normalize('NFC');
  if (q === '') {
    return null;
  }
  const body = escapeRegExp(q);
  const source = options.wholeWord ? `(?<![\\p{L}\\p{M}\\p{N}_])${body}(?![\\p{L}\\p{M}\\p{N}_])` : body;
  return new RegExp(source, options.matchCase ? 'gu' : 'giu');
}

/** Ranges of a pattern in one text. */
export function findInText(text: string, pattern: RegExp): Array<{ start: number; end: number }> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(re)) {
    if (m[0] !== '') {
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Every match of a pattern in the document, in print order. */
export function findPatternInDocument(doc: PlanDocument, pattern: RegExp): FindMatch[] {
  const out: FindMatch[] = [];
  allUnits(doc).forEach((unit, order) => {
    if (unit.text === '') {
      return;
    }
    for (const r of findInText(unit.text, pattern)) {
      out.push({ unit: publicUnit(unit), order, start: r.start, end: r.end, text: unit.text.slice(r.start, r.end) });
    }
  });
  return out;
}

/** Every match of a query in the document, in print order. */
export function findInDocument(doc: PlanDocument, query: string, options: FindOptions): FindMatch[] {
  const pattern = findPattern(query, options);
  return pattern ? findPatternInDocument(doc, pattern) : [];
}

/** The first match after a place (order, start), wrapping round to the first; null when none. */
export function nextMatchAfter(matches: readonly FindMatch[], after: { readonly order: number; readonly start: number } | null): FindMatch | null {
  if (after === null) {
    return matches[0] ?? null;
  }
  return matches.find((m) => m.order > after.order || (m.order === after.order && m.start > after.start)) ?? matches[0] ?? null;
}

/** Every unfilled "{…}" placeholder, in print order. */
export function findPlaceholders(doc: PlanDocument): FindMatch[] {
  return findPatternInDocument(doc, PLACEHOLDER_PATTERN);
}

function publicUnit(unit: Unit): FindUnit {
  const { runs: _runs, apply: _apply, ...rest } = unit;
  return rest;
}

/**
 * Runs with the given ranges (sorted, not overlapping) replaced: the new text takes the emphasis of
 * the run where the range starts; runs left empty are dropped.
 */
export function replaceInRuns(runs: readonly Run[], ranges: readonly { start: number; end: number }[], replacement: string): Run[] {
  return editRuns(
    runs,
    ranges.map((r) => ({ start: r.start, end: r.end, text: replacement })),
  );
}

/** The document with the given matches (from a search of this same document) replaced. */
export function replaceMatches(doc: PlanDocument, matches: readonly FindMatch[], replacement: string): PlanDocument {
  const text = replacement.normalize('NFC');
  const byUnit = new Map<string, Array<{ start: number; end: number }>>();
  for (const m of matches) {
    const list = byUnit.get(m.unit.key) ?? [];
    list.push({ start: m.start, end: m.end });
    byUnit.set(m.unit.key, list);
  }
  let out = doc;
  for (const unit of allUnits(doc)) {
    const ranges = byUnit.get(unit.key);
    if (ranges) {
      ranges.sort((a, b) => a.start - b.start);
      out = unit.apply(out, replaceInRuns(unit.runs, ranges, text));
    }
  }
  return out;
}
