/**
 * Export with errors still open asks once: the question lists them (Hủy, để sửa / Vẫn xuất); the
 * errors the user agreed to export with are not asked about again for the same plan.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PlanDocument } from '@core/model';
import type { CheckResult, Finding } from '@core/rules';
import { errorKeys } from '../components/ExportErrorsDialog';

/** The open question: the errors it lists and how to answer it. */
export type ExportQuestion = { readonly errors: readonly Finding[]; readonly answer: (ok: boolean) => void };

/** `confirmExport` resolves true when the export may go on (asking first when new errors are open). */
export function useExportQuestion(
  doc: PlanDocument | null,
  checks: CheckResult | null,
): { readonly question: ExportQuestion | null; readonly close: () => void; readonly confirmExport: () => Promise<boolean> } {
  const [question, setQuestion] = useState<ExportQuestion | null>(null);
  const agreedErrors = useRef<{ readonly doc: PlanDocument['meta'] | null; readonly keys: ReadonlySet<string> }>({ doc: null, keys: new Set() });
  const openErrors = useMemo(() => (checks?.findings ?? []).filter((f) => f.severity === 'error'), [checks]);
  const meta = doc?.meta ?? null;
  const confirmExport = useCallback((): Promise<boolean> => {
    const agreed = agreedErrors.current.doc === meta ? agreedErrors.current.keys : new Set<string>();
    const keys = errorKeys(openErrors);
    if (keys.every((k) => agreed.has(k))) {
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) =>
      setQuestion({
        errors: openErrors,
        answer: (ok) => {
          if (ok) {
            agreedErrors.current = { doc: meta, keys: new Set([...agreed, ...keys]) };
          }
          resolve(ok);
        },
      }),
    );
  }, [openErrors, meta]);
  const close = useCallback(() => setQuestion(null), []);
  return { question, close, confirmExport };
}
