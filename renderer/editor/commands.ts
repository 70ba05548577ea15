/**
 * Typed commands and update tags of the body editor.
 */
import { createCommand, type LexicalCommand } from 'lexical';
import type { TableAction } from './ops/table-ops';
import type { BlockStyle } from './structure/flat-block';

/** Tab: one step down the ladder (I. → 1. → a) → "-" → "+"). */
export const DEMOTE_BLOCK_COMMAND: LexicalCommand<void> = createCommand('DEMOTE_BLOCK_COMMAND');

/** Shift+Tab: one step up the ladder. */
export const PROMOTE_BLOCK_COMMAND: LexicalCommand<void> = createCommand('PROMOTE_BLOCK_COMMAND');

/** Alt+Shift+↑ / ↓: moves the block (with what is under it) past its previous or next sibling. */
export const MOVE_BLOCK_COMMAND: LexicalCommand<'up' | 'down'> = createCommand('MOVE_BLOCK_COMMAND');

/** Sets the style of the selected blocks (toolbar "set level"). */
export const SET_BLOCK_STYLE_COMMAND: LexicalCommand<BlockStyle> = createCommand('SET_BLOCK_STYLE_COMMAND');

/** Toggles "titled" (a bold title line) on the selected numbered blocks. */
export const TOGGLE_TITLED_COMMAND: LexicalCommand<void> = createCommand('TOGGLE_TITLED_COMMAND');

/** Ctrl+Alt+T / toolbar: inserts a table (rows × columns; 3 × 3 with a header row by default). */
export const INSERT_PLAN_TABLE_COMMAND: LexicalCommand<{ readonly rows: number; readonly columns: number } | undefined> =
  createCommand('INSERT_PLAN_TABLE_COMMAND');

/** The table menu: rows, columns, header row, delete (acts on the table holding the caret). */
export const TABLE_ACTION_COMMAND: LexicalCommand<TableAction> = createCommand('TABLE_ACTION_COMMAND');

/** Tag of the update that loads a body from the app (no onChange, no renumbering, no guard). */
export const RELOAD_TAG = 'plan-reload';

/** Tag of the update that clears as-read labels after a structural edit. */
export const RENUMBER_TAG = 'plan-renumber';

/** Tag of the AutoFormat update ("- ", "3. " typed at a paragraph start): its own undo step, and a typed number is kept as written. */
export const AUTOFORMAT_TAG = 'plan-autoformat';
