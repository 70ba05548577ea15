/**
 * What a table node carries besides its rows: the block id, its depth in the body list, its role and
 * its source line. Kept as Lexical node state on @lexical/table's own TableNode (no subclass), so the
 * table plugin's transforms, observers and commands apply unchanged.
 */
import { $getState, $setState, createState, type LexicalNode } from 'lexical';
import type { SourceRef, TableRole } from '@core/model';

/** The plan properties of a table node. */
export type PlanTableProps = {
  readonly id: string;
  readonly depth: number;
  readonly role?: TableRole;
  readonly source?: SourceRef;
};

const EMPTY: PlanTableProps = { id: '', depth: 0 };

function parseProps(value: unknown): PlanTableProps {
  if (typeof value !== 'object' || value === null) {
    return EMPTY;
  }
  const v = value as Record<string, unknown>;
  const id = typeof v['id'] === 'string' ? v['id'] : '';
  const depth = typeof v['depth'] === 'number' && Number.isInteger(v['depth']) && v['depth'] >= 0 ? v['depth'] : 0;
  const role = v['role'] === 'task-assignment' ? { role: 'task-assignment' as const } : {};
  const src = v['source'] as Record<string, unknown> | undefined;
  const source = src && typeof src['line'] === 'number' && typeof src['text'] === 'string' ? { source: { line: src['line'], text: src['text'] } } : {};
  return { id, depth, ...role, ...source };
}

const TABLE_STATE = createState('kehoach-table', { parse: parseProps, isEqual: (a, b) => a === b });

/** The plan properties of a table node (empty id when the table was made by Lexical itself). */
export function $tablePropsOf(node: LexicalNode): PlanTableProps {
  return $getState(node, TABLE_STATE);
}

/** Replaces the plan properties of a table node. */
export function $setTableProps<T extends LexicalNode>(node: T, props: PlanTableProps): T {
  return $setState(node, TABLE_STATE, props);
}
