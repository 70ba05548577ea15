/**
 * Groups findings by the part of the page they point at, in page order, and counts severities.
 */
import type { DocumentPart, Finding, Severity } from '@core/rules';
import { PART_ORDER } from './strings';

export type FindingGroup = {
  readonly part: DocumentPart;
  readonly findings: readonly Finding[];
};

/** Groups in page order; empty parts are left out; order inside a group is kept. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return PART_ORDER.map((part) => ({ part, findings: findings.filter((f) => f.location.part === part) })).filter(
    (g) => g.findings.length > 0,
  );
}

/** How many findings of each severity. */
export function countSeverities(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    counts[f.severity] += 1;
  }
  return counts;
}
