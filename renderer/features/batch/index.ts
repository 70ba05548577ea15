/**
 * The batch review feature: one table of files × errors and warnings over a folder or several files.
 */
export { BatchView } from './BatchView';
export type { BatchViewProps } from './BatchView';
export { BATCH_STRINGS } from './strings';
