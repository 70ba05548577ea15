/**
 * Walking the body tree: visit in document order with the path of labels ("V.9").
 */
import type { Block, NumberedBlock, PlanDocument, Run, TableBlock, TableCell } from './plan-document';

/** A block with its parent chain. */
export type Visited = {
  readonly block: Block;
  readonly parents: readonly Block[];
  readonly depth: number;
};

/** Visits every block in document order (pre-order). */
export function walkBlocks(blocks: readonly Block[], visit: (v: Visited) => void): void {
  const rec = (list: readonly Block[], parents: readonly Block[]): void => {
    for (const block of list) {
      visit({ block, parents, depth: parents.length });
      const children = childBlocks(block);
      if (children.length > 0) {
        rec(children, [...parents, block]);
      }
    }
  };
  rec(blocks, []);
}

/** All blocks in document order. */
export function flattenBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  walkBlocks(blocks, (v) => out.push(v.block));
  return out;
}

/** Plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** The child blocks of a block (none for paragraphs and tables). */
export function childBlocks(block: Block): readonly Block[] {
  return block.kind === 'numbered' || block.kind === 'bullet' ? block.children : [];
}

/** Plain text of a table cell: its paragraphs joined with "\n". */
export function cellText(cell: TableCell): string {
  return cell.paragraphs.map((p) => runsText(p.runs)).join('\n');
}

/** Plain text of a table: cells joined with tabs, rows with "\n". */
export function tableText(table: TableBlock): string {
  return table.rows.map((row) => row.cells.map((c) => cellText(c).replace(/\n/g, ' ')).join('\t')).join('\n');
}

/** Plain text of a block (its own runs, no children; a table's cells). */
export function blockText(block: Block): string {
  return block.kind === 'table' ? tableText(block) : runsText(block.runs);
}

/** Every table of a document: body (at any depth) and appendices, in order. */
export function allTables(doc: Pick<PlanDocument, 'body' | 'appendices'>): TableBlock[] {
  const out: TableBlock[] = [];
  const take = (blocks: readonly Block[]): void =>
    walkBlocks(blocks, (v) => {
      if (v.block.kind === 'table') {
        out.push(v.block);
      }
    });
  take(doc.body);
  for (const a of doc.appendices ?? []) {
    take(a.blocks);
  }
  return out;
}

/** Finds a block by id. */
export function findBlock(blocks: readonly Block[], id: string): Visited | null {
  let found: Visited | null = null;
  walkBlocks(blocks, (v) => {
    if (!found && v.block.id === id) {
      found = v;
    }
  });
  return found;
}

/** The numbered blocks at the top level of the body that are sections ("I.", "II."). */
export function topSections(blocks: readonly Block[]): NumberedBlock[] {
  return blocks.filter((b): b is NumberedBlock => b.kind === 'numbered' && b.level === 'section');
}

/** Plain text of a block and everything under it. */
export function deepText(block: Block): string {
  const parts = [blockText(block)];
  for (const child of childBlocks(block)) {
    parts.push(deepText(child));
  }
  return parts.join('\n');
}
