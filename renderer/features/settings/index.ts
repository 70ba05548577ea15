/**
 * The settings feature: the Hồ sơ cơ quan dialog.
 */
export { SettingsDialog } from './SettingsDialog';
export type { SettingsDialogProps } from './SettingsDialog';
export { formFromProfile, profileFromForm } from './profile-form';
export type { ProfileForm } from './profile-form';
export { SETTINGS_STRINGS } from './strings';
