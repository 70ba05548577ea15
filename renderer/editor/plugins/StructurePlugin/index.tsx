/**
 * Keys and commands that change structure: Tab / Shift+Tab, Enter in an empty block or at a block's
 * start, Alt+Shift+↑/↓ (move a block), set level, titled; and only bold and italic among text formats (the model has no other emphasis).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { DEMOTE_BLOCK_COMMAND, MOVE_BLOCK_COMMAND, PROMOTE_BLOCK_COMMAND, SET_BLOCK_STYLE_COMMAND, TOGGLE_TITLED_COMMAND } from '../../commands';
import { $enterAtBlockStart, $enterInEmptyBlock, $setSelectedStyle, $stepSelectedBlocks, $toggleTitled } from '../../ops/block-ops';
import { $moveSelectedBlock } from '../../ops/move-block';

/** Registers the structure commands; returns the cleanup. */
export function registerStructure(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        event.preventDefault();
        editor.dispatchCommand(event.shiftKey ? PROMOTE_BLOCK_COMMAND : DEMOTE_BLOCK_COMMAND, undefined);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const arrow = event.key === 'ArrowUp' ? 'up' : event.key === 'ArrowDown' ? 'down' : null;
        if (arrow === null || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) {
          return false;
        }
        event.preventDefault();
        editor.dispatchCommand(MOVE_BLOCK_COMMAND, arrow);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(MOVE_BLOCK_COMMAND, (direction) => $moveSelectedBlock(direction), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DEMOTE_BLOCK_COMMAND, () => $stepSelectedBlocks('demote'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(PROMOTE_BLOCK_COMMAND, () => $stepSelectedBlocks('promote'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(SET_BLOCK_STYLE_COMMAND, (style) => $setSelectedStyle(style), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(TOGGLE_TITLED_COMMAND, () => $toggleTitled(), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => $enterInEmptyBlock() || $enterAtBlockStart(), COMMAND_PRIORITY_HIGH),
    // Underline, strikethrough, code … have no place in the model: swallow them rather than show them.
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => format !== 'bold' && format !== 'italic', COMMAND_PRIORITY_HIGH),
  );
}

/** Plugin form of registerStructure. */
export function StructurePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerStructure(editor), [editor]);
  return null;
}
