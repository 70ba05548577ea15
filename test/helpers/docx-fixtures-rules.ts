/**
 * Running one format rule on a fixture document (or a copy with patched facts) and summarising its
 * findings as "severity line: message" strings for one structural assertion.
 */
import type { FormattingFacts } from '../../core/model/formatting';
import type { PlanDocument } from '../../core/model/plan-document';
import type { Rule } from '../../core/rules/types';

/** The findings of a rule, as "severity @line: message". */
export function findingsOf(rule: Rule, doc: PlanDocument): string[] {
  if (rule.applies && !rule.applies(doc)) {
    return ['not evaluated'];
  }
  return rule.check(doc, { profile: null }).map((f) => `${f.severity} @${f.location.line ?? '-'}: ${f.message}`);
}

/** A copy of the document with some formatting facts replaced. */
export function withFacts(doc: PlanDocument, patch: (facts: FormattingFacts) => Partial<FormattingFacts>): PlanDocument {
  const facts = doc.formatting;
  if (!facts) {
    throw new Error('document has no formatting facts');
  }
  return { ...doc, formatting: { ...facts, ...patch(facts) } };
}
