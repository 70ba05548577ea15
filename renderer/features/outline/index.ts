/**
 * The outline feature: section tree with finding dots.
 */
export { OutlinePanel } from './OutlinePanel';
export type { OutlinePanelProps } from './OutlinePanel';
export { activeEntryKey, buildOutline, sameOutline } from './outline-model';
export type { OutlineEntry } from './outline-model';
export { OUTLINE_STRINGS } from './strings';
