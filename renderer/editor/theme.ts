/**
 * Lexical theme: class names used by editor.css (bold and italic only; the model has no other emphasis).
 */
import type { EditorThemeClasses } from 'lexical';

/** The body editor's theme. */
export const PLAN_EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'plan-block',
  text: {
    bold: 'plan-text--bold',
    italic: 'plan-text--italic',
  },
};
