/**
 * The print preview feature.
 */
export { PrintPreview } from './PrintPreview';
export type { PrintPreviewProps } from './PrintPreview';
export { PREVIEW_STRINGS } from './strings';
