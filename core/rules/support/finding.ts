/**
 * Building findings: every rule goes through here so a finding always carries its rule id and basis.
 * No judgement lives here.
 */
import type { Finding, FindingLocation, QuickFix, Rule, Severity } from '../types';

/** What a rule adds to a finding beyond message and location. */
export type FindingExtra = {
  readonly severity?: Severity;
  readonly fix?: QuickFix;
  readonly basis?: string;
};

/** A finding of `rule` at `location`; severity and basis default to the rule's own. */
export function finding(
  rule: Pick<Rule, 'id' | 'severity' | 'basis'>,
  message: string,
  location: FindingLocation,
  extra: FindingExtra = {},
): Finding {
  const base: Finding = {
    rule: rule.id,
    severity: extra.severity ?? rule.severity,
    message,
    basis: extra.basis ?? rule.basis,
    location,
  };
  return extra.fix ? { ...base, fix: extra.fix } : base;
}

/** Quotes a piece of the document the way messages do. */
export function quote(text: string): string {
  return `"${text}"`;
}
