/**
 * After each committed update: export the body (cached per block), renumber sibling groups whose
 * structure changed, refresh labels and guidance, report the body and the active block.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findTableNode } from '@lexical/table';
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, type EditorState, HISTORIC_TAG, HISTORY_MERGE_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Block } from '@core/model';
import { $exportFlat, type ExportCache, type FlatEntry } from '../../bridge/export-body';
import { AUTOFORMAT_TAG, RELOAD_TAG, RENUMBER_TAG } from '../../commands';
import { $isPlanBlockNode } from '../../nodes/PlanBlockNode';
import { $tablePropsOf } from '../../nodes/table-state';
import { $blockOf } from '../../ops/block-ops';
import { type BuildMemo, buildBody, sameList } from '../../structure/flat-block';
import { labelsToClear, siblingGroups } from '../../structure/label-plan';
import { applyGuidance, applyLabels } from './dom-pass';

export type ChangePluginProps = {
  readonly onChange: (body: Block[]) => void;
  readonly onActiveBlockChange?: ((blockId: string | null) => void) | undefined;
  readonly guidance: Readonly<Record<string, string>>;
};

/** The block holding the caret: a body block, or the table whose cell holds it. */
function $activeBlockId(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    return null;
  }
  const node = selection.anchor.getNode();
  const block = $blockOf(node);
  if (block) {
    return block.getProps().id;
  }
  const table = $findTableNode(node);
  return table ? $tablePropsOf(table).id || null : null;
}

function $clearLabels(ids: readonly string[]): void {
  const wanted = new Set(ids);
  for (const node of $getRoot().getChildren()) {
    if ($isPlanBlockNode(node) && wanted.has(node.getProps().id)) {
      node.setProps({ ...node.getProps(), label: null });
    }
  }
}

/**
 * Whether an update changed structure (blocks added, removed, moved, restyled, emptied or filled)
 * rather than text only. Typing rewrites its block and the root (text caches) but keeps the block
 * list, its links and each block's properties object, so a keystroke skips the label pass.
 */
function isStructural(state: EditorState, prev: EditorState, dirty: ReadonlyMap<NodeKey, boolean>): boolean {
  const root = state._nodeMap.get('root');
  const prevRoot = prev._nodeMap.get('root');
  if (!$isElementNode(root) || !$isElementNode(prevRoot) || root.__size !== prevRoot.__size || root.__first !== prevRoot.__first || root.__last !== prevRoot.__last) {
    return true;
  }
  for (const [key, intended] of dirty) {
    const node = state._nodeMap.get(key);
    if (!intended || key === 'root' || !$isPlanBlockNode(node)) {
      continue;
    }
    const before = prev._nodeMap.get(key);
    if (
      !$isPlanBlockNode(before) ||
      before.__props !== node.__props ||
      before.__prev !== node.__prev ||
      before.__next !== node.__next ||
      (before.__size === 0) !== (node.__size === 0)
    ) {
      return true;
    }
  }
  return false;
}

/** Reports changes and keeps labels and guidance live. */
export function ChangePlugin(props: ChangePluginProps): null {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(props);
  latest.current = props;
  const guidanceEls = useRef<Set<HTMLElement>>(new Set());
  const lastEntries = useRef<readonly FlatEntry[]>([]);

  useLayoutEffect(() => registerChangeListener(editor, latest, guidanceEls, lastEntries), [editor]);

  useEffect(() => {
    guidanceEls.current = applyGuidance(editor, lastEntries.current, props.guidance, guidanceEls.current);
  }, [editor, props.guidance]);
  return null;
}

function registerChangeListener(
  editor: LexicalEditor,
  latest: { readonly current: ChangePluginProps },
  guidanceEls: { current: Set<HTMLElement> },
  lastEntries: { current: readonly FlatEntry[] },
): () => void {
  const cache: ExportCache = new Map();
  const memo: BuildMemo = new Map();
  let groups: Map<string, string> | null = null;
  let activeId: string | null = null;
  let reported: readonly Block[] = [];
  return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
    const reload = tags.has(RELOAD_TAG);
    const wholesale = reload || tags.has(HISTORIC_TAG);
    const changed = wholesale || dirtyElements.size > 0 || dirtyLeaves.size > 0;
    const { entries, active } = editorState.read(() => {
      if (wholesale) {
        cache.clear();
      }
      return { entries: changed ? $exportFlat(cache, dirtyElements) : null, active: $activeBlockId() };
    }, { editor });
    if (entries !== null) {
      const structural = wholesale || isStructural(editorState, prevEditorState, dirtyElements);
      const body = buildBody(entries.map((e) => e.flat), memo);
      if (structural) {
        // Only labels read from a file can need clearing: a plan made in the app skips the groups.
        const nextGroups = entries.some((e) => e.flat.props.label !== null) ? siblingGroups(body) : null;
        // A number typed by hand (AutoFormat "5. ") is kept as written, so the checker can judge it.
        const typedNumber = tags.has(AUTOFORMAT_TAG);
        const clear = groups === null || nextGroups === null || wholesale || typedNumber || editor.isComposing() ? [] : labelsToClear(body, groups, nextGroups);
        groups = nextGroups;
        if (clear.length > 0) {
          // Imported labels hold until the structure around them changes; then the group renumbers.
          editor.update(() => $clearLabels(clear), { tag: [RENUMBER_TAG, HISTORY_MERGE_TAG] });
          return;
        }
        applyLabels(editor, entries, body, wholesale ? null : dirtyElements);
        guidanceEls.current = applyGuidance(editor, entries, latest.current.guidance, guidanceEls.current);
      }
      lastEntries.current = entries;
      // Updates that change nothing (selection bookkeeping, transforms registering) are not edits.
      if (!reload && !sameList(body, reported)) {
        latest.current.onChange(body);
      }
      reported = body;
    }
    if (active !== activeId) {
      activeId = active;
      latest.current.onActiveBlockChange?.(active);
    }
  });
}
