/**
 * Plain-text import: pasted or converted text → PlanDocument[] (one per document in the text).
 */
import { BugError } from '../../base/bug-error';
import type { Result } from '../../base/result';
import type { PlanDocument } from '../../model/plan-document';

export type ImportTextOptions = {
  /** Prefix for block ids (deterministic in tests). */
  readonly idPrefix?: string;
};

/** Reads every document in the text. TODO(#2): being written. */
export function importText(_text: string, _options: ImportTextOptions = {}): Result<PlanDocument[]> {
  throw new BugError('importText is not written yet');
}
