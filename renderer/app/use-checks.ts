/**
 * Live checks: re-run the checker ~300 ms after the last change (debounced), off the typing path.
 */
import { useEffect, useState } from 'react';
import type { PlanDocument } from '../../core/model/plan-document';
import type { CheckResult } from '../../core/rules/index';
import type { Profile } from '../../core/templates/profile';
import { runChecks } from './core-calls';

/** Default debounce of the live checks. */
export const CHECK_DELAY_MS = 300;

/** The findings of the document, updated a moment after it stops changing; null while unknown. */
export function useChecks(doc: PlanDocument | null, profiles: readonly Profile[], delayMs = CHECK_DELAY_MS): CheckResult | null {
  const [result, setResult] = useState<CheckResult | null>(null);
  useEffect(() => {
    if (!doc) {
      setResult(null);
      return undefined;
    }
    const timer = setTimeout(() => setResult(runChecks(doc, profiles)), delayMs);
    return () => clearTimeout(timer);
  }, [doc, profiles, delayMs]);
  return result;
}
