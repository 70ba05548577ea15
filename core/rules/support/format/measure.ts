/**
 * Shared measuring for the format rules: twips to millimetres, sizes of a paragraph's text runs,
 * bold/italic/capitals as shown, and findings that point at a paragraph. No judgement lives here.
 */
import type { ParagraphFacts, RunFacts } from '../../../model/formatting';
import type { PlanDocument } from '../../../model/plan-document';
import { isAllCaps } from '../../../text/normalize';
import type { Finding, FindingLocation, Rule, Severity } from '../../types';
import { partOf, type Element } from './elements';

/** Millimetres from twips, one decimal, Vietnamese decimal comma. */
export function mm(twips: number): string {
  const value = Math.round((twips / 56.6929) * 10) / 10;
  return String(value).replace('.', ',');
}

/** Points from half-points, Vietnamese decimal comma ("12", "13,5"). */
export function pt(halfPoints: number): string {
  return String(halfPoints / 2).replace('.', ',');
}

/** Runs that show something (not only spaces). */
export function textRuns(p: ParagraphFacts): RunFacts[] {
  return p.runs.filter((r) => r.text.trim() !== '');
}

/** Whether every / some text run has a property: 'all', 'some' or 'none'. */
export function coverage(p: ParagraphFacts, test: (r: RunFacts) => boolean): 'all' | 'some' | 'none' {
  const runs = textRuns(p);
  const hits = runs.filter(test).length;
  return hits === 0 ? 'none' : hits === runs.length ? 'all' : 'some';
}

/** Whether the paragraph shows in capitals (text, after w:caps). */
export function showsCapitals(p: ParagraphFacts): boolean {
  return isAllCaps(p.text);
}

/** Where a paragraph-level finding points. */
export function paragraphLocation(p: ParagraphFacts, element: Element): FindingLocation {
  return { part: partOf(element), line: p.index + 1, index: p.index, text: p.text.trim() };
}

/** A finding for a rule; severity defaults to the rule's. */
export function formatFinding(rule: Rule, message: string, location: FindingLocation, severity?: Severity): Finding {
  return { rule: rule.id, severity: severity ?? rule.severity, message, basis: rule.basis, location };
}

/** Whether a document carries formatting facts (the format rules judge nothing else). */
export function hasFormatting(doc: PlanDocument): boolean {
  return doc.formatting !== undefined;
}

/** Short quote of a paragraph for messages. */
export function quoteText(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"`;
}
