/**
 * Editor → PlanDocument body: the flat blocks in document order, then the tree.
 * A cache keyed by node instance keeps a keystroke from re-reading every block of a long plan.
 */
import { $isTableNode, type TableNode } from '@lexical/table';
import { $getRoot, type NodeKey } from 'lexical';
import type { Block } from '@core/model';
import { $isPlanBlockNode, type PlanBlockNode } from '../nodes/PlanBlockNode';
import { $tablePropsOf } from '../nodes/table-state';
import { buildBody, type FlatBlock, newProps, tableProps } from '../structure/flat-block';
import { $runsOf } from './runs';
import { $tableOf } from './table';

/** A flat block with the key of the node it came from. */
export type FlatEntry = { readonly key: NodeKey; readonly flat: FlatBlock };

/** Cache of flat blocks by node key; an entry is valid for the same node instance when not dirty. */
export type ExportCache = Map<NodeKey, { readonly node: PlanBlockNode | TableNode; readonly flat: FlatBlock }>;

/**
 * The flat blocks of the editor (inside read/update). With a cache, blocks whose node instance is
 * unchanged and whose key is not in `dirty` are reused.
 */
export function $exportFlat(cache?: ExportCache, dirty?: ReadonlyMap<NodeKey, boolean>): FlatEntry[] {
  const out: FlatEntry[] = [];
  let child = $getRoot().getFirstChild();
  while (child !== null) {
    const key = child.getKey();
    if ($isPlanBlockNode(child)) {
      const hit = cache?.get(key);
      if (hit && hit.node === child && !dirty?.has(key)) {
        out.push({ key, flat: hit.flat });
      } else {
        const flat: FlatBlock = { props: child.getProps(), runs: $runsOf(child) };
        cache?.set(key, { node: child, flat });
        out.push({ key, flat });
      }
    } else if ($isTableNode(child)) {
      // A keystroke in a cell marks the table dirty (its key is in `dirty`), not a new instance.
      const hit = cache?.get(key);
      if (hit && hit.node === child && !dirty?.has(key)) {
        out.push({ key, flat: hit.flat });
      } else {
        const table = $tableOf(child);
        const flat: FlatBlock = { props: tableProps(table, $tablePropsOf(child).depth), runs: [], table };
        cache?.set(key, { node: child, flat });
        out.push({ key, flat });
      }
    } else {
      // Not expected (every paragraph is replaced by a block node); keep its text as a paragraph.
      out.push({ key, flat: { props: newProps(`k${key}`, 'paragraph', 0), runs: [{ text: child.getTextContent() }] } });
    }
    child = child.getNextSibling();
  }
  return out;
}

/** The body tree of the editor content (inside read/update). */
export function $exportBody(): Block[] {
  return buildBody($exportFlat().map((e) => e.flat));
}
