/**
 * Calls into core parts that other helpers are still finishing (checker, quick fixes, writer):
 * guarded so that a stub that throws shows nothing instead of breaking the app.
 */
import type { PlanDocument } from '../../core/model/plan-document';
import * as rules from '../../core/rules/index';
import type { CheckResult, QuickFix } from '../../core/rules/index';
import type { Profile } from '../../core/templates/profile';

type ApplyFix = (doc: PlanDocument, fix: QuickFix) => PlanDocument;

/** The checker's result, or null while the checker cannot run (not written yet, or it failed). */
export function runChecks(doc: PlanDocument, profiles: readonly Profile[]): CheckResult | null {
  try {
    return rules.checkDocument(doc, { profiles });
  } catch (error) {
    console.warn('Không chạy được bộ kiểm tra:', error);
    return null;
  }
}

/** The document with a quick fix applied, or null when quick fixes are not available. */
export function applyQuickFix(doc: PlanDocument, fix: QuickFix): PlanDocument | null {
  // applyFix lands in core/rules with the checker; look it up so this compiles before and after.
  const applyFix = (rules as unknown as Record<string, unknown>)['applyFix'] as ApplyFix | undefined;
  if (typeof applyFix !== 'function') {
    return null;
  }
  try {
    return applyFix(doc, fix);
  } catch (error) {
    console.warn('Không áp dụng được cách sửa:', error);
    return null;
  }
}

/** Whether quick fixes can be applied in this build. */
export function quickFixesAvailable(): boolean {
  return typeof (rules as unknown as Record<string, unknown>)['applyFix'] === 'function';
}
