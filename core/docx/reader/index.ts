/**
 * The .docx reader's public surface: bytes → FormattingFacts, and the container check.
 */
export { checkContainer, readDocxFacts } from './read-docx';
export { DEFAULT_LIMITS, elementBudget, useRawInflater } from './unzip';
export type { RawInflater, ReaderLimits } from './unzip';
