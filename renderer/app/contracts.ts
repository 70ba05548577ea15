/**
 * The one door from the renderer to electron/common (the HostApi contract and settings types) and to
 * the .docx writer in core/docx. The lint zone's "electron" and "docx" patterns also match these
 * allowed relative paths (ARCHITECTURE.md: the renderer imports core and electron/common), hence the
 * targeted disables here and nowhere else.
 */
// eslint-disable-next-line no-restricted-imports -- electron/common is the renderer's allowed contract
export type { HostApi, HostCommand, HostResult, OpenedFile, RecentFile, RecoveryEntry, TemplateSummary } from '../../electron/common/host-api';
// eslint-disable-next-line no-restricted-imports -- electron/common is the renderer's allowed contract
export type { AgencyProfile, Settings, SignerProfile } from '../../electron/common/settings';
// eslint-disable-next-line no-restricted-imports -- the writer runs in the renderer (ARCHITECTURE.md "Where work runs")
export { writeDocx } from '../../core/docx/index';
