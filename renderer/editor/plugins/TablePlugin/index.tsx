/**
 * Tables in the body: @lexical/table's TablePlugin (selection, merged cells, integrity transforms) with
 * the plan's own keys and commands on top. Tab / Shift+Tab move between cells before the structure
 * plugin sees them (Tab in the last cell adds a row); Ctrl+Alt+T inserts a table; a table made by
 * Lexical itself (clipboard JSON) gets an id and the depth of a paragraph where it lands; each table
 * element carries its block id (reveal, outline, findings).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { TableNode } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import { $isTableNode } from '@lexical/table';
import {
  $getNodeByKey,
  $isRootNode,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_HIGH,
  HISTORY_MERGE_TAG,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { type ReactElement, useEffect } from 'react';
import { randomId } from '@core/base';
import { INSERT_PLAN_TABLE_COMMAND, RELOAD_TAG, TABLE_ACTION_COMMAND } from '../../commands';
import { $isPlanBlockNode, PlanBlockNode } from '../../nodes/PlanBlockNode';
import { $setTableProps, $tablePropsOf } from '../../nodes/table-state';
import { $placedBefore } from '../../ops/block-ops';
import { $insertTable, $runTableAction, $tabInTable } from '../../ops/table-ops';
import { depthFor } from '../../structure/levels';
import { TableMenu } from './TableMenu';

/**
 * A paragraph Lexical makes after a table (Enter or an arrow at the table's last cell) starts at the
 * top level; it belongs where the table is: give it the table's depth.
 */
function $placeAfterTable(keys: readonly NodeKey[]): void {
  for (const key of keys) {
    const node = $getNodeByKey(key);
    const prev = node?.getPreviousSibling();
    if ($isPlanBlockNode(node) && $isRootNode(node.getParent()) && $isTableNode(prev) && node.getTextContentSize() === 0) {
      const props = node.getProps();
      const depth = $tablePropsOf(prev).depth;
      if (props.style === 'paragraph' && props.depth === 0 && depth > 0) {
        node.setProps({ ...props, depth });
      }
    }
  }
}

/** Registers the plan's table keys, commands, transform and attributes; returns the cleanup. */
export function registerPlanTables(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        const moved = $tabInTable(event.shiftKey);
        if (moved) {
          event.preventDefault();
        }
        return moved;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey || event.code !== 'KeyT') {
          return false;
        }
        event.preventDefault();
        editor.dispatchCommand(INSERT_PLAN_TABLE_COMMAND, undefined);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(INSERT_PLAN_TABLE_COMMAND, (size) => $insertTable(size?.rows ?? 3, size?.columns ?? 3), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(TABLE_ACTION_COMMAND, (action) => $runTableAction(action), COMMAND_PRIORITY_HIGH),
    editor.registerNodeTransform(TableNode, (node) => {
      const props = $tablePropsOf(node);
      if (props.id === '' && $isRootNode(node.getParent())) {
        // Made by Lexical (pasted Lexical JSON): a new block with a paragraph's depth where it stands.
        $setTableProps(node, { ...props, id: randomId('t'), depth: depthFor($placedBefore(node), 'paragraph') });
      }
    }),
    editor.registerMutationListener(
      PlanBlockNode,
      (mutations, { updateTags }) => {
        if (updateTags.has(RELOAD_TAG)) {
          return;
        }
        const created = [...mutations].filter(([, m]) => m === 'created').map(([key]) => key);
        const afterTable = editor.getEditorState().read(() => created.some((key) => $isTableNode($getNodeByKey(key)?.getPreviousSibling())));
        if (afterTable) {
          editor.update(() => $placeAfterTable(created), { tag: HISTORY_MERGE_TAG });
        }
      },
      { skipInitialization: true },
    ),
    editor.registerMutationListener(
      TableNode,
      (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            const element = mutation === 'destroyed' ? null : editor.getElementByKey(key);
            const node = element ? editor.getEditorState()._nodeMap.get(key) : undefined;
            if (element && node) {
              const props = $tablePropsOf(node);
              element.dataset.blockId = props.id;
              element.dataset.depth = String(props.depth);
            }
          }
        });
      },
      { skipInitialization: false },
    ),
  );
}

/** Lexical's TablePlugin (without its Tab handler: ours adds rows) and the plan's table registrations. */
export function PlanTablePlugin(): ReactElement {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPlanTables(editor), [editor]);
  return (
    <>
      <TablePlugin hasTabHandler={false} hasCellMerge hasCellBackgroundColor={false} />
      <TableMenu />
    </>
  );
}
