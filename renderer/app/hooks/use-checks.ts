/**
 * Live checks: re-run the checker ~300 ms after the last change (debounced), in a Web Worker (on this
 * thread where there is none). Only the latest document's result is shown: a result that comes back
 * after the document changed again is dropped.
 */
import { useEffect, useRef, useState } from 'react';
import type { PlanDocument } from '@core/model';
import type { CheckResult } from '@core/rules';
import type { Profile } from '@core/templates';
import { createCheckRunner, runChecks, type CheckRunner } from '../services/core-calls';

/** Default debounce of the live checks. */
export const CHECK_DELAY_MS = 300;

/** The findings of the document, updated a moment after it stops changing; null while unknown. */
export function useChecks(doc: PlanDocument | null, profiles: readonly Profile[], delayMs = CHECK_DELAY_MS): CheckResult | null {
  const [result, setResult] = useState<CheckResult | null>(null);
  const runner = useRef<CheckRunner | null>(null);
  useEffect(() => {
    const started = createCheckRunner();
    runner.current = started;
    return () => {
      started.dispose();
      runner.current = null;
    };
  }, []);
  useEffect(() => {
    if (!doc) {
      setResult(null);
      return undefined;
    }
    let current = true;
    const show = (checked: CheckResult | null): void => {
      if (current) {
        // Most keystrokes change no finding: keeping the same object spares the page a re-render.
        setResult((previous) => (sameResult(previous, checked) ? previous : checked));
      }
    };
    const timer = setTimeout(() => {
      if (runner.current === null) {
        show(runChecks(doc, profiles));
      } else {
        runner.current.check(doc, profiles, show);
      }
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [doc, profiles, delayMs]);
  return result;
}

/** Whether two check results say the same (a worker's answer is always a new object). */
function sameResult(a: CheckResult | null, b: CheckResult | null): boolean {
  if (a === null || b === null) {
    return a === b;
  }
  return (
    a.findings.length === b.findings.length &&
    a.profile?.id === b.profile?.id &&
    a.profileChoice === b.profileChoice &&
    a.profileNote === b.profileNote &&
    JSON.stringify(a.findings) === JSON.stringify(b.findings) &&
    JSON.stringify(a.notEvaluated) === JSON.stringify(b.notEvaluated)
  );
}
