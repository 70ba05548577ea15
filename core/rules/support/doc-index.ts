/**
 * A one-pass index of the body (paths, parents, sections), memoized per document so that the ~30 rules
 * of one check share it instead of each walking the tree again. Never mutates the document.
 */
import type { Block, NumberedBlock, PlanDocument } from '../../model/plan-document';
import { computeLabels } from '../../model/numbering';
import { blockText } from '../../model/walk';

/** A body block with its place in the tree. */
export type IndexedBlock = {
  readonly block: Block;
  readonly parent: IndexedBlock | null;
  /** The label shown ("V.", "9.", "a)"): as read, else computed; null for bullets and paragraphs. */
  readonly label: string | null;
  /** Labels of the numbered ancestors and the block itself: "V.9", "II.1.a". */
  readonly path: string;
  readonly text: string;
};

export type DocIndex = {
  readonly blocks: readonly IndexedBlock[];
  readonly byId: ReadonlyMap<string, IndexedBlock>;
  /** Section-level numbered blocks ("I.", "II."), top level or inside a "Phần". */
  readonly sections: readonly IndexedBlock[];
};

const cache = new WeakMap<PlanDocument, DocIndex>();

/** The label without its punctuation, as used in paths: "V." → "V", "a)" → "a". */
export function pathToken(label: string): string {
  return label.trim().replace(/[.)]+$/u, '');
}

/** The index of a document's body (computed once per document object). */
export function indexDocument(doc: PlanDocument): DocIndex {
  const known = cache.get(doc);
  if (known) {
    return known;
  }
  const computed = computeLabels(doc.body);
  const blocks: IndexedBlock[] = [];
  const byId = new Map<string, IndexedBlock>();
  const sections: IndexedBlock[] = [];
  const visit = (list: readonly Block[], parent: IndexedBlock | null): void => {
    for (const block of list) {
      const label = block.kind === 'numbered' ? (block.label ?? computed.get(block.id) ?? null) : null;
      const own = label === null ? '' : pathToken(label);
      const base = parent?.path ?? '';
      const path = own === '' ? base : base === '' ? own : `${base}.${own}`;
      const entry: IndexedBlock = { block, parent, label, path, text: blockText(block) };
      blocks.push(entry);
      byId.set(block.id, entry);
      if (block.kind === 'numbered' && block.level === 'section') {
        sections.push(entry);
      }
      if (block.kind === 'numbered' || block.kind === 'bullet') {
        visit(block.children, entry);
      }
    }
  };
  visit(doc.body, null);
  const index: DocIndex = { blocks, byId, sections };
  cache.set(doc, index);
  return index;
}

/** The numbered block of an entry, or null. */
export function asNumbered(entry: IndexedBlock): NumberedBlock | null {
  return entry.block.kind === 'numbered' ? entry.block : null;
}

/** Every entry under `entry` (its descendants), in document order. */
export function descendants(entry: IndexedBlock, index: DocIndex): IndexedBlock[] {
  const out: IndexedBlock[] = [];
  const rec = (block: Block): void => {
    if (block.kind === 'paragraph' || block.kind === 'table') {
      return;
    }
    for (const child of block.children) {
      const found = index.byId.get(child.id);
      if (found) {
        out.push(found);
      }
      rec(child);
    }
  };
  rec(entry.block);
  return out;
}

/** Text of an entry and everything under it, one block per line. */
export function deepTextOf(entry: IndexedBlock, index: DocIndex): string {
  return [entry.text, ...descendants(entry, index).map((d) => d.text)].join('\n');
}
