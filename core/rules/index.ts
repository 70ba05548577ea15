/**
 * The checker's public surface: rules, the registry, running a check, applying quick fixes.
 */
export type { DocumentPart, Finding, FindingLocation, FixEdit, QuickFix, Rule, RuleContext } from './types';
export { RuleGroup, Severity } from './types';
export { checkDocument, sortFindings } from './run-rules';
export type { CheckOptions, CheckResult } from './run-rules';
export { chooseProfile } from './choose-profile';
export type { ProfileChoice } from './choose-profile';
export { applyFix } from './apply-fix';
export { CONTENT_RULES, RULES } from './registry';
