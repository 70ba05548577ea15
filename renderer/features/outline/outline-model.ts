/**
 * The outline: sections ("I.", "Phần I") and their numbered items, each with the severities of the
 * findings inside it, plus entries for the letterhead, the foot of the page and each appendix.
 */
import { appendixLabel } from '@core/model';
import { computeLabels, displayLabel } from '@core/model';
import type { Block, PlanDocument } from '@core/model';
import { blockText, childBlocks } from '@core/model';
import type { DocumentPart, Finding, Severity } from '@core/rules';

export type OutlineEntry = {
  /** A block id, or "part:<part>" for the letterhead and foot entries. */
  readonly key: string;
  readonly blockId: string | null;
  readonly part: DocumentPart;
  readonly label: string;
  readonly text: string;
  readonly depth: number;
  /** Severities of the findings inside, worst first, each once. */
  readonly severities: readonly Severity[];
  readonly count: number;
  /** Ids of the blocks this entry covers (itself and everything under it). */
  readonly contains: ReadonlySet<string>;
  /** The appendix this entry stands for (appendix entries only). */
  readonly appendixId?: string;
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function descendantIds(block: Block): Set<string> {
  const ids = new Set<string>([block.id]);
  const rec = (b: Block): void => {
    {
      for (const child of childBlocks(b)) {
        ids.add(child.id);
        rec(child);
      }
    }
  };
  rec(block);
  return ids;
}

function summarize(findings: readonly Finding[]): { severities: Severity[]; count: number } {
  const set = new Set(findings.map((f) => f.severity));
  return { severities: [...set].sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]), count: findings.length };
}

/** The outline entries of a document with the findings that fall inside each. */
export function buildOutline(doc: PlanDocument, findings: readonly Finding[], partLabels: Readonly<Record<DocumentPart, string>>): OutlineEntry[] {
  const labels = computeLabels(doc.body);
  const entries: OutlineEntry[] = [];
  const partEntry = (part: DocumentPart, parts: readonly DocumentPart[]): OutlineEntry => ({
    key: `part:${part}`,
    blockId: null,
    part,
    label: '',
    text: partLabels[part],
    depth: 0,
    contains: new Set<string>(),
    ...summarize(findings.filter((f) => parts.includes(f.location.part))),
  });
  entries.push(partEntry('header', ['header', 'opening']));
  const visit = (blocks: readonly Block[], depth: number): void => {
    for (const block of blocks) {
      if (block.kind !== 'numbered' || (depth > 0 && block.level !== 'item' && block.level !== 'section')) {
        continue;
      }
      const inside = descendantIds(block);
      const own = findings.filter((f) => f.location.blockId !== undefined && inside.has(f.location.blockId));
      entries.push({
        key: block.id,
        blockId: block.id,
        part: 'body',
        label: displayLabel(block, labels),
        text: blockText(block),
        depth,
        contains: inside,
        ...summarize(own),
      });
      if (depth === 0) {
        visit(block.children, depth + 1);
      }
    }
  };
  visit(doc.body, 0);
  entries.push(partEntry('signature', ['closing', 'signature', 'recipients']));
  (doc.appendices ?? []).forEach((appendix, index) => {
    const inside = new Set<string>([appendix.id]);
    appendix.blocks.forEach((b) => descendantIds(b).forEach((id) => inside.add(id)));
    const own = findings.filter((f) => f.location.blockId !== undefined && inside.has(f.location.blockId));
    entries.push({
      key: `appendix:${appendix.id}`,
      blockId: null,
      part: 'page',
      label: appendixLabel(doc.appendices, index),
      text: appendix.title.replace(/\s+/g, ' ').trim(),
      depth: 0,
      contains: inside,
      appendixId: appendix.id,
      ...summarize(own),
    });
  });
  return entries;
}

/** The key of the deepest entry covering a block (the caret's place in the outline), or null. */
export function activeEntryKey(entries: readonly OutlineEntry[], blockId: string | null): string | null {
  if (blockId === null) {
    return null;
  }
  let key: string | null = null;
  for (const entry of entries) {
    if (entry.contains.has(blockId)) {
      key = entry.key;
    }
  }
  return key;
}

/** True when two outlines would draw the same (keys, labels, texts, depths and dots). */
export function sameOutline(a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((e, i) => {
      const o = b[i];
      return (
        o !== undefined &&
        e.key === o.key &&
        e.label === o.label &&
        e.text === o.text &&
        e.depth === o.depth &&
        e.count === o.count &&
        e.severities.join() === o.severities.join()
      );
    })
  );
}
