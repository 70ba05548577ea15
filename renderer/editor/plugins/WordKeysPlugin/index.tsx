/**
 * Word's keys on the body (see ops/word-ops): deleting, cutting or typing over a selection across
 * blocks keeps each surviving block its kind and level and keeps required headings (with a notice);
 * Backspace at an item's start removes its number; Enter at a heading's end starts body text; and
 * AutoFormat of "- ", "+ ", "a) ", "3. ", "II. " typed at a paragraph's start, as its own undo step
 * (Ctrl+Z gives the typed text back).
 */
import { copyToClipboard } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $getEditor,
  $getRoot,
  $isElementNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { AUTOFORMAT_TAG, RELOAD_TAG } from '../../commands';
import { $isPlanBlockNode } from '../../nodes/PlanBlockNode';
import { $blockOf, $caretOffsetInBlock } from '../../ops/block-ops';
import { $applyAutoFormat, $backspaceRemovesNumber, $deleteAcrossBlocks, $enterAfterHeading, $selectionSpansBlocks, autoMarker, type RequiredKeys } from '../../ops/word-ops';

/** The notice for required headings kept by a deletion. */
export function keptHeadingsNotice(kept: readonly string[]): string {
  const names = kept.map((t) => `“${t.trim()}”`).join(', ');
  return `Đã giữ lại ${kept.length > 1 ? 'các đề mục bắt buộc' : 'đề mục bắt buộc'} ${names} của mẫu; phần còn lại đã xóa.`;
}

/** The AutoFormat to apply after an update: the block key and marker, when a marker's space was just typed. */
function autoFormatCandidate(editor: LexicalEditor, prevState: ReturnType<LexicalEditor['getEditorState']>): { key: string; text: string } | null {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || !$isTextNode(selection.anchor.getNode())) {
      return null;
    }
    const block = $blockOf(selection.anchor.getNode());
    if (!block || block.getProps().style !== 'paragraph') {
      return null;
    }
    const text = block.getTextContent();
    const marker = autoMarker(text);
    if (!marker || $caretOffsetInBlock(block) !== marker.length) {
      return null;
    }
    const key = block.getKey();
    // Only right after the space was typed: the block had the same text without it (undo restores
    // "- " typed text with another previous state, so it does not format again).
    const before = prevState.read(() => {
      const old = $getNodeByKey(key);
      return $isPlanBlockNode(old) && old.getProps().style === 'paragraph' ? old.getTextContent() : null;
    });
    return before === text.slice(0, marker.length - 1) + text.slice(marker.length) ? { key, text } : null;
  });
}

/**
 * Lexical's history takes an update whose only dirty text node is unchanged for a continuation of the
 * previous step, even when blocks were removed: with one dirty leaf, a second is marked so that the
 * deletion is a step of its own.
 */
function $markTwoLeavesDirty(): void {
  const dirty = ($getEditor() as unknown as { _dirtyLeaves?: Set<string> })._dirtyLeaves;
  if (dirty && dirty.size >= 2) {
    return;
  }
  let marked = dirty?.size ?? 0;
  for (let block = $getRoot().getFirstChild(); block !== null && marked < 2; block = block.getNextSibling()) {
    const leaf = $isElementNode(block) ? block.getFirstDescendant() : null;
    if (leaf && !(dirty?.has(leaf.getKey()) ?? false)) {
      leaf.markDirty();
      marked += 1;
    }
  }
}

/** Registers Word's keys; returns the cleanup. */
export function registerWordKeys(editor: LexicalEditor, isRequired: RequiredKeys, onNotice: (text: string) => void): () => void {
  const deleteAcross = (): boolean => {
    const result = $deleteAcrossBlocks(isRequired);
    if (result.handled) {
      // A selection deleted is one undo step of its own (not merged with the deletions before it).
      $addUpdateTag(HISTORY_PUSH_TAG);
      $markTwoLeavesDirty();
    }
    if (result.kept.length > 0) {
      onNotice(keptHeadingsNotice(result.kept));
    }
    return result.handled;
  };
  return mergeRegister(
    editor.registerCommand(DELETE_CHARACTER_COMMAND, () => deleteAcross(), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      KEY_BACKSPACE_COMMAND,
      (event) => {
        if ($backspaceRemovesNumber()) {
          event?.preventDefault();
          return true;
        }
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => $enterAfterHeading(), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (payload) => {
        if (typeof payload !== 'string' || !$selectionSpansBlocks()) {
          return false;
        }
        deleteAcross();
        const selection = $getSelection();
        if ($isRangeSelection(selection)) {
          selection.insertText(payload);
        }
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        if (!$selectionSpansBlocks()) {
          return false;
        }
        const clipboardEvent = event instanceof ClipboardEvent ? event : null;
        clipboardEvent?.preventDefault();
        // The text goes only once it is on the clipboard (a cut never loses it).
        void copyToClipboard(editor, clipboardEvent).then((copied) => {
          if (copied) {
            editor.update(() => {
              deleteAcross();
            });
          }
        });
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerUpdateListener(({ prevEditorState, tags }) => {
      if (tags.has(RELOAD_TAG) || tags.has(HISTORIC_TAG) || tags.has(AUTOFORMAT_TAG) || editor.isComposing()) {
        return;
      }
      const candidate = autoFormatCandidate(editor, prevEditorState);
      if (!candidate) {
        return;
      }
      editor.update(
        () => {
          const block = $getNodeByKey(candidate.key);
          const marker = $isPlanBlockNode(block) ? autoMarker(block.getTextContent()) : null;
          if ($isPlanBlockNode(block) && marker) {
            $applyAutoFormat(block, marker);
          }
        },
        { tag: AUTOFORMAT_TAG },
      );
    }),
  );
}

export type WordKeysPluginProps = {
  readonly requiredSectionKeys: readonly string[];
  readonly onNotice: (text: string) => void;
};

/** Plugin form of registerWordKeys. */
export function WordKeysPlugin({ requiredSectionKeys, onNotice }: WordKeysPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const keys = useRef<ReadonlySet<string>>(new Set());
  keys.current = new Set(requiredSectionKeys);
  const notice = useRef(onNotice);
  notice.current = onNotice;
  useEffect(() => registerWordKeys(editor, (key) => keys.current.has(key), (text) => notice.current(text)), [editor]);
  return null;
}
