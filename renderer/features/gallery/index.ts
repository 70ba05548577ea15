/**
 * The start screen feature: templates, open, recent files, recovery.
 */
export { StartScreen } from './StartScreen';
export type { StartScreenProps } from './StartScreen';
export { GALLERY_STRINGS, formatTime } from './strings';
