/**
 * Keeping work safe: the save conflict dialog and its words.
 */
export { ConflictDialog } from './ConflictDialog';
export type { ConflictDialogProps } from './ConflictDialog';
export { SAFETY_STRINGS } from './strings';
