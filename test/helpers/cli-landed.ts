/**
 * Whether a collaborator's function has replaced the skeleton's stub (which throws BugError
 * "… is not written yet"). Tests that need it are skipped, saying so, until it lands.
 */
import { BugError } from '../../core/base/bug-error';
import { writeDocx } from '../../core/docx/index';
import { importText } from '../../core/import/index';
import type { PlanDocument } from '../../core/model/plan-document';
import { checkDocument } from '../../core/rules/index';

/** False while calling the function throws the skeleton's "not written yet" BugError. */
export async function hasLanded(call: () => unknown): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (error) {
    return !(error instanceof BugError && /not written yet/.test(error.message));
  }
}

/** Which of the checker, the writer and the text importer are written, probed with a sample plan. */
export async function collaborators(sample: PlanDocument): Promise<{ checker: boolean; writer: boolean; importer: boolean }> {
  return {
    checker: await hasLanded(() => checkDocument(sample, { profiles: [] })),
    writer: await hasLanded(() => writeDocx(sample)),
    importer: await hasLanded(() => importText('KẾ HOẠCH\n')),
  };
}
