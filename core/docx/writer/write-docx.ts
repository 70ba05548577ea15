/**
 * The NĐ 30 .docx writer: the only module that imports `docx`.
 */
import { BugError } from '../../base/bug-error';
import type { PlanDocument } from '../../model/plan-document';

export type WriteDocxOptions = {
  /** Fixed creation time for byte-stable goldens. */
  readonly now?: Date;
};

/** Builds the .docx bytes. TODO(#2): being written. */
export async function writeDocx(_doc: PlanDocument, _options: WriteDocxOptions = {}): Promise<Uint8Array> {
  throw new BugError('writeDocx is not written yet');
}
