/**
 * The format.* rules (judging formatting facts of imported Word files). Filled in with issue #5.
 */
import type { Rule } from '../../types';

/** Every format rule, in catalogue order. */
export const FORMAT_RULES: readonly Rule[] = [];
