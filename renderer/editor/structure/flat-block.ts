/**
 * The editor's flat view of the body: one entry per block with an explicit nesting depth.
 * Pure data and functions (no Lexical): the bridge maps these to and from editor nodes.
 */
import type { Block, NumberLevel, Run, SourceRef, TableBlock } from '@core/model';

/** Kind, level and marker folded into one value: what Tab / Shift+Tab step through. */
export const BlockStyle = {
  PART: 'part',
  SECTION: 'section',
  ITEM: 'item',
  POINT: 'point',
  DASH: 'dash',
  PLUS: 'plus',
  PARAGRAPH: 'paragraph',
} as const;
export type BlockStyle = (typeof BlockStyle)[keyof typeof BlockStyle];

/** Everything a block carries besides its text. */
export type PlanBlockProps = {
  readonly id: string;
  readonly style: BlockStyle;
  /** Nesting depth in the body tree (0 = top level). */
  readonly depth: number;
  /** The label as read from a file; null when computed from the tree. */
  readonly label: string | null;
  readonly titled: boolean;
  readonly sectionKey: string | null;
  /** Runs of a placeholder paragraph (guidance), shown greyed while the block is empty. */
  readonly placeholderRuns: readonly Run[] | null;
  readonly source: SourceRef | null;
};

/**
 * One block of the flat view: its properties and its own runs (children follow it, deeper). A table
 * is an entry with `table` set: it sits in the list like a paragraph (style 'paragraph', no runs, never
 * a parent) and carries its rows as the model has them.
 */
export type FlatBlock = {
  readonly props: PlanBlockProps;
  readonly runs: readonly Run[];
  readonly table?: TableBlock;
};

const NUMBERED_STYLES: readonly BlockStyle[] = ['part', 'section', 'item', 'point'];

/** True for the styles that are numbered levels (I., 1., a), Phần I). */
export function isNumberedStyle(style: BlockStyle): style is NumberLevel {
  return NUMBERED_STYLES.includes(style);
}

/** The style of a model block. */
export function styleOfBlock(block: Block): BlockStyle {
  if (block.kind === 'numbered') {
    return block.level;
  }
  if (block.kind === 'bullet') {
    return block.marker === '+' ? 'plus' : 'dash';
  }
  return 'paragraph';
}

/** Properties of a new block of a style (label computed, no section key). */
export function newProps(id: string, style: BlockStyle, depth: number, titled = false): PlanBlockProps {
  return { id, style, depth, label: null, titled, sectionKey: null, placeholderRuns: null, source: null };
}

/** The body as a flat list in document order, each block with its depth. Never mutates. */
export function flattenBody(blocks: readonly Block[]): FlatBlock[] {
  const out: FlatBlock[] = [];
  const rec = (list: readonly Block[], depth: number): void => {
    for (const block of list) {
      out.push(flatOf(block, depth));
      if (block.kind === 'numbered' || block.kind === 'bullet') {
        rec(block.children, depth + 1);
      }
    }
  };
  rec(blocks, 0);
  return out;
}

/** The properties of a table's entry: a paragraph-like place in the list. */
export function tableProps(table: TableBlock, depth: number): PlanBlockProps {
  return { ...newProps(table.id, 'paragraph', depth), source: table.source ?? null };
}

function flatOf(block: Block, depth: number): FlatBlock {
  if (block.kind === 'table') {
    return { props: tableProps(block, depth), runs: [], table: block };
  }
  const placeholder = block.kind === 'paragraph' && block.placeholder === true;
  const props: PlanBlockProps = {
    id: block.id,
    style: styleOfBlock(block),
    depth,
    label: block.kind === 'numbered' ? block.label : null,
    titled: block.kind === 'numbered' ? block.titled : false,
    sectionKey: block.kind === 'numbered' ? (block.sectionKey ?? null) : null,
    placeholderRuns: placeholder ? block.runs : null,
    source: block.source ?? null,
  };
  return { props, runs: placeholder ? [] : block.runs };
}

/** Blocks built from flat entries last time, by id: reused when nothing under them changed. */
export type BuildMemo = Map<string, { readonly flat: FlatBlock; readonly block: Block }>;

/**
 * The body tree from the flat list. A block becomes a child of the nearest open block above it that
 * is shallower; paragraphs never hold children, so a deeper block after one joins the paragraph's
 * parent. With a memo, a block whose entry and children are unchanged is the same object as last
 * time (structural sharing: consumers can compare by reference).
 */
export function buildBody(flat: readonly FlatBlock[], memo?: BuildMemo): Block[] {
  const next: BuildMemo | undefined = memo ? new Map() : undefined;
  let index = 0;
  const collect = (parentDepth: number): Block[] => {
    const out: Block[] = [];
    while (index < flat.length && (flat[index]?.props.depth ?? 0) > parentDepth) {
      const entry = flat[index] as FlatBlock;
      index += 1;
      const children = entry.props.style === 'paragraph' || entry.table ? [] : collect(entry.props.depth);
      out.push(reuseOrBuild(entry, children, memo, next));
    }
    return out;
  };
  const body = collect(-1);
  if (memo && next) {
    memo.clear();
    next.forEach((value, key) => memo.set(key, value));
  }
  return body;
}

/** Same blocks, by reference (what structural sharing gives when nothing changed). */
export function sameList(a: readonly Block[], b: readonly Block[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Same entry: the same properties object and runs of the same text and emphasis. */
function sameFlat(a: FlatBlock, b: FlatBlock): boolean {
  return (
    a === b ||
    (a.props === b.props &&
      a.table === b.table &&
      a.runs.length === b.runs.length &&
      a.runs.every((r, i) => {
        const o = b.runs[i];
        return o !== undefined && o.text === r.text && o.bold === r.bold && o.italic === r.italic;
      }))
  );
}

function reuseOrBuild(entry: FlatBlock, children: Block[], memo: BuildMemo | undefined, next: BuildMemo | undefined): Block {
  const previous = memo?.get(entry.props.id);
  const old = previous?.block;
  let block: Block;
  if (previous && old && sameFlat(previous.flat, entry) && (old.kind === 'paragraph' || old.kind === 'table' || sameList(old.children, children))) {
    block = old;
  } else {
    const built = blockOf(entry);
    block = built.kind === 'paragraph' || built.kind === 'table' ? built : { ...built, children };
  }
  next?.set(entry.props.id, { flat: entry, block });
  return block;
}

function blockOf(entry: FlatBlock): Block {
  const { props, runs } = entry;
  if (entry.table) {
    return entry.table;
  }
  const source = props.source ? { source: props.source } : {};
  if (props.style === 'paragraph') {
    if (props.placeholderRuns !== null && runs.length === 0) {
      return { kind: 'paragraph', id: props.id, runs: props.placeholderRuns, placeholder: true, ...source };
    }
    return { kind: 'paragraph', id: props.id, runs, ...source };
  }
  if (props.style === 'dash' || props.style === 'plus') {
    const marker = props.style === 'plus' ? '+' : '-';
    return { kind: 'bullet', id: props.id, marker, runs, children: [], ...source };
  }
  const sectionKey = props.sectionKey !== null ? { sectionKey: props.sectionKey } : {};
  return {
    kind: 'numbered',
    id: props.id,
    level: props.style,
    label: props.label,
    titled: props.titled,
    runs,
    children: [],
    ...sectionKey,
    ...source,
  };
}
