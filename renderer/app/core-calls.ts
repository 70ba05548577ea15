/**
 * Calls into the checker and quick fixes, guarded: a rule bug or a failing fix shows nothing (and a
 * console warning) instead of breaking the page.
 */
import type { PlanDocument } from '../../core/model/plan-document';
import { applyFix, checkDocument, type CheckResult, type QuickFix } from '../../core/rules/index';
import type { Profile } from '../../core/templates/profile';

/** The checker's result, or null when the checker failed. */
export function runChecks(doc: PlanDocument, profiles: readonly Profile[]): CheckResult | null {
  try {
    return checkDocument(doc, { profiles });
  } catch (error) {
    console.warn('Không chạy được bộ kiểm tra:', error);
    return null;
  }
}

/** The document with a quick fix applied, or null when the fix could not be applied. */
export function applyQuickFix(doc: PlanDocument, fix: QuickFix): PlanDocument | null {
  try {
    return applyFix(doc, fix.edit);
  } catch (error) {
    console.warn('Không áp dụng được cách sửa:', error);
    return null;
  }
}
