/**
 * Lexical theme: class names used by editor.css (bold and italic only; the model has no other emphasis) and tables.
 */
import type { EditorThemeClasses } from 'lexical';

/** The body editor's theme. */
export const PLAN_EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'plan-block',
  table: 'plan-table',
  tableRow: 'plan-table__row',
  tableCell: 'plan-table__cell',
  tableCellHeader: 'plan-table__cell--header',
  tableCellSelected: 'plan-table__cell--selected',
  tableSelection: 'plan-table--selection',
  text: {
    bold: 'plan-text--bold',
    italic: 'plan-text--italic',
  },
};
