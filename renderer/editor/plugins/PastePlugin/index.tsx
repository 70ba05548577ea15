/**
 * Paste from Word (HTML) or plain text keeps the structure: lines are recognized by their markers
 * and inserted as blocks with labels computed, never as typed "1." text; tables stay tables (HTML
 * <table>, or plain text whose lines share a tab count). What cannot be kept is said in a notice.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $addUpdateTag, COMMAND_PRIORITY_HIGH, type LexicalEditor, PASTE_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import { randomId } from '@core/base';
import { table as tableBlock } from '@core/model';
import type { Run } from '@core/model';
import { htmlPieces, type PasteNote, type PastePiece } from '../../paste/html-tables';
import { $deleteAcrossBlocks, $selectionSpansBlocks } from '../../ops/word-ops';
import { $insertPasted, type InsertNote } from '../../paste/insert-pasted';
import { type PastedBlock, plainLines, recognizeLines, tabTable } from '../../paste/recognize-lines';

/** What a clipboard holds, read: pieces in order, and what could not be kept. */
export type ClipboardContent = { readonly pieces: PastePiece[]; readonly notes: PasteNote[] };

/** Vietnamese notices for what a paste could not keep. */
export const PASTE_NOTICES: Readonly<Record<PasteNote | InsertNote, string>> = {
  'nested-table': 'Bảng lồng trong một ô bảng không giữ được dạng bảng: nội dung của nó đã được dán thành các dòng trong ô.',
  'table-in-cell': 'Không dán được bảng vào trong một ô bảng: nội dung bảng đã được dán thành văn bản trong ô (mỗi hàng một dòng, các ô cách nhau bằng “|”).',
};

/** The content of a clipboard: HTML when present (it carries bold, italic and tables), else plain text. */
export function clipboardContent(data: DataTransfer | null): ClipboardContent | null {
  if (!data) {
    return null;
  }
  const html = data.getData('text/html');
  if (html.trim() !== '') {
    const parsed = htmlPieces(html, new DOMParser(), () => randomId('t'));
    if (parsed.pieces.length > 0) {
      return parsed;
    }
  }
  const text = data.getData('text/plain');
  if (text === '') {
    return null;
  }
  const cells = tabTable(text);
  if (cells) {
    return { pieces: [{ kind: 'table', table: tableBlock(cells, { id: randomId('t'), headerRows: 0 }) }], notes: [] };
  }
  return { pieces: plainLines(text).map((runs) => ({ kind: 'line' as const, runs })), notes: [] };
}

/** The lines of a clipboard (tables as " | " lines): what older callers and tests read. */
export function clipboardLines(data: DataTransfer | null): Run[][] | null {
  const content = clipboardContent(data);
  return content
    ? content.pieces.flatMap((p) => (p.kind === 'line' ? [p.runs] : p.table.rows.map((r) => [{ text: r.cells.map((c) => c.paragraphs.map((x) => x.runs.map((y) => y.text).join('')).join(' ')).join(' | ') }])))
    : null;
}

/** Recognized blocks of the pieces, and for each the raw lines to use where markers stay text. */
function blocksOf(pieces: readonly PastePiece[]): { blocks: PastedBlock[]; raw: PastedBlock[][] } {
  const blocks: PastedBlock[] = [];
  const raw: PastedBlock[][] = [];
  const lines = pieces.filter((p): p is Extract<PastePiece, { kind: 'line' }> => p.kind === 'line');
  const onlyLine = pieces.length === 1 && lines.length === 1 ? lines[0] : undefined;
  for (const piece of pieces) {
    if (piece.kind === 'table') {
      blocks.push({ style: 'paragraph', titled: false, runs: [], table: piece.table });
      raw.push(
        piece.table.rows.map((row) => ({
          style: 'paragraph' as const,
          titled: false,
          runs: [{ text: row.cells.map((c) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ')).join(' | ') }],
        })),
      );
      continue;
    }
    const [recognized] = recognizeLines([piece.runs]);
    if (!recognized) {
      continue;
    }
    // One unmarked line is text typed at the caret: keep its spaces as they are.
    blocks.push(onlyLine && recognized.style === 'paragraph' ? { ...recognized, runs: piece.runs } : recognized);
    raw.push([{ style: 'paragraph', titled: false, runs: piece.runs }]);
  }
  return { blocks, raw };
}

/** Inserts pasted pieces as recognized blocks and tables (inside an update); returns what could not be kept. */
export function $pastePieces(content: ClipboardContent): (PasteNote | InsertNote)[] {
  const { blocks, raw } = blocksOf(content.pieces);
  return [...content.notes, ...($insertPasted(blocks, raw) ?? [])];
}

/** $pastePieces in an update of its own (outside a command). */
export function pastePieces(editor: LexicalEditor, content: ClipboardContent): (PasteNote | InsertNote)[] {
  let notes: (PasteNote | InsertNote)[] = [];
  editor.update(
    () => {
      notes = $pastePieces(content);
    },
    { tag: 'paste', discrete: true },
  );
  return notes;
}

/** Inserts pasted lines as recognized blocks (the testable core of the paste handler, for plain lines). */
export function pasteLines(editor: LexicalEditor, lines: readonly (readonly Run[])[]): void {
  pastePieces(editor, { pieces: lines.map((runs) => ({ kind: 'line' as const, runs: [...runs] })), notes: [] });
}

/** Registers the paste handler; returns the cleanup. `onNotice` hears what a paste could not keep. */
export function registerPaste(editor: LexicalEditor, onNotice: (text: string) => void = () => undefined): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      const content = clipboardContent(data);
      if (content === null) {
        return false;
      }
      event.preventDefault();
      // Command listeners run inside an update: insert here, so the notes are known now.
      $addUpdateTag('paste');
      if ($selectionSpansBlocks()) {
        // Pasting over blocks: they go as a deletion would (kinds kept; template headings stay), then the paste.
        $deleteAcrossBlocks(() => true);
      }
      const notes = $pastePieces(content);
      if (notes.length > 0) {
        onNotice([...new Set(notes)].map((n) => PASTE_NOTICES[n]).join(' '));
      }
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

/** Plugin form of registerPaste. */
export function PastePlugin(props: { readonly onNotice?: (text: string) => void }): null {
  const [editor] = useLexicalComposerContext();
  const notice = useRef(props.onNotice);
  notice.current = props.onNotice;
  useEffect(() => registerPaste(editor, (text) => notice.current?.(text)), [editor]);
  return null;
}
