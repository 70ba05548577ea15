/**
 * Toolbar actions for the app (buttons outside the editor): bold, italic, demote, promote, move up
 * and down, set a level, titled. The app holds a PlanBodyEditorHandle; these reach the editor behind it.
 */
import { FORMAT_TEXT_COMMAND, type LexicalEditor } from 'lexical';
import {
  DEMOTE_BLOCK_COMMAND,
  INSERT_PLAN_TABLE_COMMAND,
  MOVE_BLOCK_COMMAND,
  PROMOTE_BLOCK_COMMAND,
  SET_BLOCK_STYLE_COMMAND,
  TABLE_ACTION_COMMAND,
  TOGGLE_TITLED_COMMAND,
} from './commands';
import { TableAction } from './ops/table-ops';
import { TABLE_MENU_LABELS } from './plugins/TablePlugin/TableMenu';
import type { BlockStyle } from './structure/flat-block';

/** The actions a toolbar may offer. */
export const EditorAction = {
  BOLD: 'bold',
  ITALIC: 'italic',
  DEMOTE: 'demote',
  PROMOTE: 'promote',
  TOGGLE_TITLED: 'toggle-titled',
  MOVE_UP: 'move-up',
  MOVE_DOWN: 'move-down',
} as const;
export type EditorAction = (typeof EditorAction)[keyof typeof EditorAction];

/** Vietnamese button labels (with their shortcuts) for the actions. */
export const EDITOR_ACTION_LABELS: Readonly<Record<EditorAction, string>> = {
  bold: 'In đậm (Ctrl+B)',
  italic: 'In nghiêng (Ctrl+I)',
  demote: 'Hạ cấp (Tab)',
  promote: 'Nâng cấp (Shift+Tab)',
  'toggle-titled': 'Dòng tiêu đề (in đậm cả dòng)',
  'move-up': 'Chuyển lên (Alt+Shift+↑)',
  'move-down': 'Chuyển xuống (Alt+Shift+↓)',
};

/** Vietnamese names of the levels for a "set level" menu. */
export const BLOCK_STYLE_LABELS: Readonly<Record<BlockStyle, string>> = {
  part: 'Phần (Phần I)',
  section: 'Mục (I., II.)',
  item: 'Khoản (1., 2.)',
  point: 'Điểm (a), b))',
  dash: 'Gạch đầu dòng (-)',
  plus: 'Dấu cộng (+)',
  paragraph: 'Đoạn văn',
};

const editors = new WeakMap<object, LexicalEditor>();

/** Links a handle to its editor (called by PlanBodyEditor). */
export function bindHandle(handle: object, editor: LexicalEditor): void {
  editors.set(handle, editor);
}

/** Runs a toolbar action on the editor behind the handle; false when there is none. */
export function runEditorAction(handle: object | null, action: EditorAction): boolean {
  const editor = handle ? editors.get(handle) : undefined;
  if (!editor) {
    return false;
  }
  switch (action) {
    case 'bold':
    case 'italic':
      return editor.dispatchCommand(FORMAT_TEXT_COMMAND, action);
    case 'demote':
      return editor.dispatchCommand(DEMOTE_BLOCK_COMMAND, undefined);
    case 'promote':
      return editor.dispatchCommand(PROMOTE_BLOCK_COMMAND, undefined);
    case 'toggle-titled':
      return editor.dispatchCommand(TOGGLE_TITLED_COMMAND, undefined);
    case 'move-up':
      return editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'up');
    case 'move-down':
      return editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'down');
  }
}

/** Sets the level of the selected blocks ("set level" menu); false when there is no editor. */
export function setBlockStyle(handle: object | null, style: BlockStyle): boolean {
  const editor = handle ? editors.get(handle) : undefined;
  return editor ? editor.dispatchCommand(SET_BLOCK_STYLE_COMMAND, style) : false;
}

/** Vietnamese labels of the table actions (toolbar menu and context menu). */
export const TABLE_ACTION_LABELS: Readonly<Record<TableAction, string>> = TABLE_MENU_LABELS;

/** Label of the insert-table button. */
export const INSERT_TABLE_LABEL = 'Chèn bảng (Ctrl+Alt+T)';

/** Inserts a table after the block holding the caret (3 × 3 with a header row unless told); false when it cannot. */
export function insertTable(handle: object | null, size?: { readonly rows: number; readonly columns: number }): boolean {
  const editor = handle ? editors.get(handle) : undefined;
  return editor ? editor.dispatchCommand(INSERT_PLAN_TABLE_COMMAND, size) : false;
}

/** Runs a table action on the table holding the caret; false when the caret is in no table. */
export function runTableAction(handle: object | null, action: TableAction): boolean {
  const editor = handle ? editors.get(handle) : undefined;
  return editor ? editor.dispatchCommand(TABLE_ACTION_COMMAND, action) : false;
}

export { TableAction };
