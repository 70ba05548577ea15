export type { DocumentPart, Finding, FindingLocation, FixEdit, QuickFix, Rule, RuleContext } from './types';
export { RuleGroup, Severity } from './types';
export { checkDocument } from './run-rules';
export type { CheckOptions, CheckResult } from './run-rules';
