/**
 * Find and replace (Ctrl+F, Ctrl+H) over the whole plan, and F2 to the next "{…}" placeholder.
 */
export { FindBar } from './FindBar';
export type { FindBarProps } from './FindBar';
export { useFind } from './use-find';
export type { FindBodyTarget, FindController, FindMode, UseFindArgs } from './use-find';
export { FIND_STRINGS } from './strings';
