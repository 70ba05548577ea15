/**
 * Builds the body tree from logical lines: Phần > I. > 1. > a) > "-" > "+", plain paragraphs under
 * the nearest numbered block. Labels stay as written; `titled` tells a title line from a numbered sentence.
 */
import type { IdGenerator } from '../../base/ids';
import type { Block, NumberLevel, Run, SourceRef, TableBlock } from '../../model/plan-document';
import { endsSentence, isCaps, LineKind } from './classify';
import type { Para } from './import-line';
import { parseMarker, type Marker } from './markers';
import { dropPrefix } from '../../model/runs';

/** A block being built; `children` fills as lines arrive. */
export type Draft = {
  readonly kind: 'numbered' | 'bullet' | 'paragraph' | 'table';
  readonly id: string;
  readonly rank: number;
  level: NumberLevel | undefined;
  label: string | undefined;
  marker: '-' | '+' | undefined;
  runs: readonly Run[];
  readonly children: Draft[];
  source: SourceRef;
  hasContent: boolean;
  /** The table a 'table' draft stands for. */
  table: TableBlock | undefined;
};

const RANK: Readonly<Record<NumberLevel, number>> = { part: 0, section: 1, item: 2, point: 3 };
const BULLET_RANK = 4;
const PARAGRAPH_RANK = 9;
/** Longest line still read as a title when it heads content of its own. */
const TITLE_MAX = 300;

function rankOf(marker: Marker): number {
  if (marker.kind === 'numbered') {
    return RANK[marker.level];
  }
  return marker.marker === '-' ? BULLET_RANK : BULLET_RANK + 1;
}

/** A title is one phrase: short, no sentence break inside, not "Cơ quan: nội dung …". */
function titleLike(text: string): boolean {
  const inlineBody = text.includes(':') && /^[^:]{1,100}:\s*\S.{20,}/u.test(text);
  const sentenceBreak = /[.!?]\s+\p{Lu}/u.test(text);
  return text.length <= TITLE_MAX && !inlineBody && !sentenceBreak && !/\.\s*\/\s*\.$/u.test(text);
}

/** A numbered line with content under it is a title when all bold (a .docx says so), or when it reads as one. */
function isTitle(d: Draft): boolean {
  if (d.runs.length > 0 && d.runs.every((r) => r.bold === true)) {
    return true;
  }
  const text = d.runs.map((r) => r.text).join('');
  // A điểm that ends like a sentence is a numbered sentence, even when items follow it.
  return titleLike(text) && !(d.level === 'point' && endsSentence(text));
}

/** A draft with every field present, so that all drafts share one shape (fast property access). */
function draft(kind: Draft['kind'], rank: number, runs: readonly Run[], source: SourceRef, id: string): Draft {
  return { kind, id, rank, level: undefined, label: undefined, marker: undefined, runs, children: [], source, hasContent: false, table: undefined };
}

/** Converts drafts into readonly blocks. */
export function finishBlocks(drafts: readonly Draft[]): Block[] {
  return drafts.map((d): Block => {
    if (d.kind === 'paragraph') {
      return { kind: 'paragraph', id: d.id, runs: d.runs, source: d.source };
    }
    if (d.kind === 'table' && d.table) {
      return { ...d.table, id: d.id, source: d.source };
    }
    const children = finishBlocks(d.children);
    if (d.kind === 'bullet') {
      return { kind: 'bullet', id: d.id, marker: d.marker ?? '-', runs: d.runs, children, source: d.source };
    }
    // A section heading in capitals ("II. NỘI DUNG") is a title even with nothing under it yet.
    const capsHeading = (d.level === 'section' || d.level === 'part') && isCaps(d.runs.map((r) => r.text).join(''));
    const titled = capsHeading || (d.hasContent && isTitle(d));
    return {
      kind: 'numbered', id: d.id, level: d.level ?? 'item', label: d.label ?? null, titled, runs: d.runs, children, source: d.source,
    };
  });
}

/** A tree being built: its top-level drafts, the chain of open blocks, and the draft made last. */
export type TreeBuilder = {
  readonly root: Draft[];
  readonly stack: Draft[];
  /** The block created last (document order), for the "./." ending. */
  last: Draft | null;
};

/** A new, empty tree. */
export function createTreeBuilder(): TreeBuilder {
  return { root: [], stack: [], last: null };
}

function attach(tree: TreeBuilder, made: Draft): void {
  // A plain paragraph or a table closes open "-"/"+" items and sits under the nearest numbered block.
  const leaf = made.kind === 'paragraph' || made.kind === 'table';
  const floor = leaf ? BULLET_RANK : made.rank;
  const stack = tree.stack;
  while (stack.length > 0 && (stack[stack.length - 1] as Draft).rank >= floor) {
    stack.pop();
  }
  const parent = stack[stack.length - 1];
  if (parent) {
    parent.children.push(made);
    parent.hasContent = true;
  } else {
    tree.root.push(made);
  }
  if (!leaf) {
    stack.push(made);
  }
  tree.last = made;
}

function draftOf(p: Para, id: string): Draft {
  if (p.table) {
    const made = draft('table', PARAGRAPH_RANK, [], { line: p.source.line, text: p.source.text }, id);
    made.table = p.table;
    return made;
  }
  const marked = p.kind === LineKind.NUMBERED || p.kind === LineKind.BULLET;
  const marker = marked ? parseMarker(p.text) : null;
  if (!marker) {
    return draft('paragraph', PARAGRAPH_RANK, p.runs, p.source, id);
  }
  const made = draft(marker.kind, rankOf(marker), dropPrefix(p.runs, marker.length), p.source, id);
  if (marker.kind === 'numbered') {
    made.level = marker.level;
    made.label = marker.label;
  } else {
    made.marker = marker.marker;
  }
  return made;
}

/** Adds one logical line to the tree. */
export function addLine(tree: TreeBuilder, p: Para, ids: IdGenerator): void {
  const last = tree.last;
  // "Phần I" / "I." alone on its line, its title in capitals on the next (PL I, Mục V variant b).
  if (last?.kind === 'numbered' && last.runs.length === 0 && last.children.length === 0 && p.kind === LineKind.CAPS && !p.table) {
    last.runs = p.runs;
    last.source = { line: last.source.line, text: `${last.source.text}\n${p.source.text}` };
    return;
  }
  attach(tree, draftOf(p, ids()));
}
