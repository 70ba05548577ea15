/**
 * Public surface of the body editor (the only folder that imports lexical).
 *
 * - PlanBodyEditor (+ props and handle types): the component the app mounts.
 * - Toolbar: runEditorAction(handle, EditorAction.BOLD | ITALIC | DEMOTE | PROMOTE | TOGGLE_TITLED) and
 *   setBlockStyle(handle, 'section' | 'item' | 'point' | 'dash' | 'plus' | 'paragraph' | 'part'), with
 *   Vietnamese labels in EDITOR_ACTION_LABELS and BLOCK_STYLE_LABELS. `handle` is the component's ref value.
 * - Numbering: labels are drawn from the tree (CSS ::before on data-label), never typed. Blocks read
 *   from a file keep their labels as written until the user changes the structure of their sibling
 *   group (insert, delete, move, promote, demote, paste); then that group is numbered anew.
 * - Styling: editor.css (imported by the component) sets Times New Roman sizes for an A4-width sheet.
 */
export { PlanBodyEditor } from './PlanBodyEditor';
export type { PlanBodyEditorHandle, PlanBodyEditorProps } from './PlanBodyEditor';
export { BLOCK_STYLE_LABELS, EDITOR_ACTION_LABELS, EditorAction, runEditorAction, setBlockStyle } from './actions';
export { BlockStyle } from './structure/flat-block';
