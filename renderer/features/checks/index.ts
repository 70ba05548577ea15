/**
 * The checks feature: the live findings panel.
 */
export { ChecksPanel } from './ChecksPanel';
export type { ChecksPanelProps } from './ChecksPanel';
export { countSeverities, groupFindings } from './group-findings';
export type { FindingGroup } from './group-findings';
export { CHECKS_STRINGS, PART_LABELS, SEVERITY_LABELS } from './strings';
