/**
 * Buttons for the body editor above the sheet: bold, italic, demote, promote, the block style, insert
 * a table and the table menu. They act on the editor the caret was last in (the body or an appendix).
 */
import type { ReactElement, RefObject } from 'react';
import {
  BLOCK_STYLE_LABELS,
  BlockStyle,
  EDITOR_ACTION_LABELS,
  EditorAction,
  INSERT_TABLE_LABEL,
  insertTable,
  runEditorAction,
  runTableAction,
  setBlockStyle,
  TABLE_ACTION_LABELS,
  TableAction,
} from '../../editor/index';
import type { BodyHandle } from './BodyArea';
import { TableSizePicker } from './TableSizePicker';

const BUTTONS: readonly { readonly action: EditorAction; readonly text: string }[] = [
  { action: EditorAction.BOLD, text: 'B' },
  { action: EditorAction.ITALIC, text: 'I' },
  { action: EditorAction.PROMOTE, text: '⇤' },
  { action: EditorAction.DEMOTE, text: '⇥' },
];

/** The formatting buttons; they act on the editor's current selection. */
export function EditorToolbar(props: { readonly editor: RefObject<BodyHandle | null> }): ReactElement {
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Định dạng nội dung">
      {BUTTONS.map((b) => (
        <button
          key={b.action}
          type="button"
          className={`editor-toolbar__button editor-toolbar__button--${b.action}`}
          aria-label={EDITOR_ACTION_LABELS[b.action]}
          title={EDITOR_ACTION_LABELS[b.action]}
          // Keep the caret in the editor: act on mousedown and prevent the focus change.
          onMouseDown={(e) => {
            e.preventDefault();
            runEditorAction(props.editor.current, b.action);
          }}
        >
          {b.text}
        </button>
      ))}
      <button
        type="button"
        className="editor-toolbar__button editor-toolbar__button--table"
        aria-label={INSERT_TABLE_LABEL}
        title={INSERT_TABLE_LABEL}
        onMouseDown={(e) => {
          e.preventDefault();
          insertTable(props.editor.current);
        }}
      >
        ▦ Bảng
      </button>
      <TableSizePicker
        onInsert={(size) => {
          // The form had the focus: give it back to the editor, in the table's first cell.
          if (insertTable(props.editor.current, size)) {
            props.editor.current?.focus();
          }
        }}
      />
      <select
        aria-label="Thao tác với bảng"
        value=""
        // Keep the caret in the cell: the select must not take the editor's selection.
        onMouseDown={(e) => e.stopPropagation()}
        onChange={(e) => {
          if (e.target.value) {
            runTableAction(props.editor.current, e.target.value as TableAction);
          }
        }}
      >
        <option value="">Bảng…</option>
        {Object.values(TableAction).map((action) => (
          <option key={action} value={action}>
            {TABLE_ACTION_LABELS[action]}
          </option>
        ))}
      </select>
      <select
        aria-label="Kiểu khối"
        value=""
        onChange={(e) => {
          if (e.target.value) {
            setBlockStyle(props.editor.current, e.target.value as BlockStyle);
          }
        }}
      >
        <option value="">Kiểu khối…</option>
        {Object.values(BlockStyle).map((style) => (
          <option key={style} value={style}>
            {BLOCK_STYLE_LABELS[style]}
          </option>
        ))}
      </select>
    </div>
  );
}
