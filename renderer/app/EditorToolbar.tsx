/**
 * Buttons for the body editor above the sheet: bold, italic, demote, promote and the block style.
 */
import type { ReactElement, RefObject } from 'react';
import { BLOCK_STYLE_LABELS, BlockStyle, EDITOR_ACTION_LABELS, EditorAction, runEditorAction, setBlockStyle } from '../editor/index';
import type { BodyHandle } from './BodyArea';

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
