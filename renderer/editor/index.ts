/**
 * Public surface of the body editor (the only folder that imports lexical).
 *
 * - PlanBodyEditor (+ props and handle types): the component the app mounts. It loads `body` when
 *   `revision` changes and reports every real change through `onChange` (unchanged blocks are the
 *   same objects as in the previous report; loads and no-op updates are not reported).
 * - Toolbar: runEditorAction(handle, EditorAction.BOLD | ITALIC | DEMOTE | PROMOTE | MOVE_UP | MOVE_DOWN |
 *   TOGGLE_TITLED) and
 *   setBlockStyle(handle, 'part' | 'section' | 'item' | 'point' | 'dash' | 'plus' | 'paragraph'), with
 *   Vietnamese labels in EDITOR_ACTION_LABELS and BLOCK_STYLE_LABELS. `handle` is the component's ref value.
 * - Numbering: labels are drawn from the tree (CSS ::before on data-label), never typed. Blocks read
 *   from a file keep their labels as written until the user changes the structure of their sibling
 *   group (insert, delete, move, promote, demote, paste); then that group is numbered anew.
 * - Keys (as in Word): Enter makes a sibling of the same level, except at the end of a heading (Phần, I.,
 *   a titled "1.") where it starts body text under it; at the very start of a block, an empty one goes
 *   before it; Enter in an empty "+" gives "-", in an empty "-" or "a)" a paragraph after the list, in an
 *   empty heading body text of the block above. Backspace at the start of a numbered or "-" / "+" item
 *   first removes its number (a paragraph in place), a second Backspace merges. Tab / Shift+Tab walk
 *   Phần → I. → 1. → a) → "-" → "+" (a paragraph demotes to "-"); a heading's body text moves with it.
 *   Ctrl+B / Ctrl+I; other text formats are ignored. Alt+Shift+↑/↓ moves a block with what is under it
 *   past its previous / next sibling (the group renumbers).
 * - Deleting, cutting or typing over a selection across blocks (ops/word-ops): whole blocks go and the
 *   block where the selection ends keeps its kind, level and id; from inside a block the two ends merge
 *   (the first keeps its kind); tables inside the selection go with it; required headings inside it are
 *   kept with a notice (Ctrl+A, Delete clears the body down to them). Each such deletion is its own undo step.
 * - AutoFormat: "- ", "+ ", "a) ", "3. ", "II. " typed at the start of a body paragraph (never in a table
 *   cell) make it that kind of block; Ctrl+Z gives the typed text back. A typed number is kept as written
 *   (with its siblings' shown labels) so the checker judges a number out of sequence.
 * - Required headings (requiredSectionKeys): Backspace or Delete merging one away, or Tab changing its
 *   level, is refused with a Vietnamese notice (role="status") and a title attribute on the heading; a
 *   selection across blocks keeps them (above).
 * - Paste (Word HTML or plain text): lines are recognized by their markers with core/import's
 *   parseMarker and inserted as blocks with computed labels; one unmarked line is inserted as text.
 * - Tables (@lexical/table's nodes; the plan's id, depth and role ride on the table as node state): a
 *   table sits among the blocks like a paragraph (content of the section or item above it). insertTable
 *   (Ctrl+Alt+T) adds a 3 × 3 table with a header row; Tab / Shift+Tab move between cells, Tab in the last
 *   cell adds a row; runTableAction(handle, TableAction.*) adds or removes rows and columns, toggles the
 *   header rows (the leading rows, as the model counts them) or deletes the table. A table loaded and
 *   saved unchanged is the same object. Paste keeps HTML tables as tables (th / thead header rows,
 *   colspan / rowspan, bold / italic, widths); a table pasted into a cell becomes text with a notice.
 * - Styling: editor.css (imported by the component) sets Times New Roman sizes for an A4-width sheet.
 */
export { PlanBodyEditor } from './PlanBodyEditor';
export type { PlanBodyEditorHandle, PlanBodyEditorProps } from './PlanBodyEditor';
export {
  BLOCK_STYLE_LABELS,
  EDITOR_ACTION_LABELS,
  EditorAction,
  INSERT_TABLE_LABEL,
  insertTable,
  runEditorAction,
  runTableAction,
  setBlockStyle,
  TABLE_ACTION_LABELS,
  TableAction,
} from './actions';
export { BlockStyle } from './structure/flat-block';
