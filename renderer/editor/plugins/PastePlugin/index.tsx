/**
 * Paste from Word (HTML) or plain text keeps the structure: lines are recognized by their markers
 * and inserted as blocks with labels computed, never as typed "1." text.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, type LexicalEditor, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import type { Run } from '../../../../core/model/plan-document';
import { htmlLines } from '../../paste/html-lines';
import { $insertPasted } from '../../paste/insert-pasted';
import { plainLines, recognizeLines } from '../../paste/recognize-lines';

/** The lines of a clipboard: HTML when present (it carries bold and italic), else plain text. */
export function clipboardLines(data: DataTransfer | null): Run[][] | null {
  if (!data) {
    return null;
  }
  const html = data.getData('text/html');
  if (html.trim() !== '') {
    const lines = htmlLines(html, new DOMParser());
    if (lines.length > 0) {
      return lines;
    }
  }
  const text = data.getData('text/plain');
  return text === '' ? null : plainLines(text);
}

/** Inserts pasted lines as recognized blocks (the testable core of the paste handler). */
export function pasteLines(editor: LexicalEditor, lines: readonly (readonly Run[])[]): void {
  const recognized = recognizeLines(lines);
  const only = lines.length === 1 ? lines[0] : undefined;
  // One unmarked line is text typed at the caret: keep its spaces as they are.
  const blocks = only && recognized[0]?.style === 'paragraph' ? [{ ...recognized[0], runs: only }] : recognized;
  editor.update(() => {
    $insertPasted(blocks);
  }, { tag: 'paste' });
}

/** Registers the paste handler; returns the cleanup. */
export function registerPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      const lines = clipboardLines(data);
      if (lines === null) {
        return false;
      }
      event.preventDefault();
      pasteLines(editor, lines);
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

/** Plugin form of registerPaste. */
export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPaste(editor), [editor]);
  return null;
}
