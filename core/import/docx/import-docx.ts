/**
 * .docx import: bytes → PlanDocument[] with formatting facts.
 */
import { BugError } from '../../base/bug-error';
import type { Result } from '../../base/result';
import type { PlanDocument } from '../../model/plan-document';

/** Reads a Word file. TODO(#5): being written. */
export async function importDocx(_bytes: Uint8Array): Promise<Result<PlanDocument[]>> {
  throw new BugError('importDocx is not written yet');
}
