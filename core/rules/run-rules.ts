/**
 * Runs the registry of rules on a document. A throwing rule becomes a rule-crashed finding.
 */
import { BugError } from '../base/bug-error';
import type { PlanDocument } from '../model/plan-document';
import type { Profile } from '../templates/profile';
import type { Finding, RuleGroup } from './types';

export type CheckOptions = {
  readonly profiles: readonly Profile[];
  /** Forces a profile; otherwise the closest one is matched. */
  readonly profileId?: string;
};

export type CheckResult = {
  readonly findings: readonly Finding[];
  readonly profile: Profile | null;
  /** How the profile was chosen. */
  readonly profileChoice: 'given' | 'template' | 'matched' | 'none';
  /** Rule groups that could not judge this document, with the reason (Vietnamese). */
  readonly notEvaluated: readonly { readonly group: RuleGroup; readonly reason: string }[];
};

/** Checks a document. TODO(#3): being written. */
export function checkDocument(_doc: PlanDocument, _options: CheckOptions): CheckResult {
  throw new BugError('checkDocument is not written yet');
}
