/**
 * Running one rule in tests, and the shape tests compare findings by.
 */
import type { PlanDocument } from '../../core/model/plan-document';
import type { Profile } from '../../core/templates/profile';
import type { Finding, FindingLocation, Rule, Severity } from '../../core/rules/types';
import { KE_HOACH_PROFILE } from './rules-profiles';

/** What a test compares: severity, where, and whether a quick fix is offered. */
export type Brief = {
  readonly severity: Severity;
  readonly location: FindingLocation;
  readonly message: string;
  readonly fixed: boolean;
};

/** The findings of one rule on a document (profile: the Kế hoạch triển khai test profile). */
export function run(rule: Rule, plan: PlanDocument, profile: Profile | null = KE_HOACH_PROFILE): readonly Finding[] {
  return rule.check(plan, { profile });
}

/** A finding reduced to what tests compare. */
export function brief(f: Finding): Brief {
  return { severity: f.severity, location: f.location, message: f.message, fixed: f.fix !== undefined };
}

/** The briefs of one rule's findings. */
export function briefs(rule: Rule, plan: PlanDocument, profile: Profile | null = KE_HOACH_PROFILE): Brief[] {
  return run(rule, plan, profile).map(brief);
}
