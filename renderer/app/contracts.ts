/**
 * The one door from the renderer to electron/common (the HostApi contract and settings types) and to
 * the .docx writer in core/docx (ARCHITECTURE.md: the renderer imports core and electron/common).
 */
import type { PlanDocument } from '../../core/model/plan-document';
export type { FileHolder, FileVersion, HostApi, HostCommand, HostResult, OpenedFile, RecentFile, RecoveryEntry, TemplateSummary } from '../../electron/common/host-api';
export type { AgencyProfile, Settings, SignerProfile } from '../../electron/common/settings';

/**
 * The .docx writer, loaded on first export: it carries the docx library, which the first paint does
 * not need (the renderer runs the writer: ARCHITECTURE.md "Where work runs").
 */
export async function writeDocx(doc: PlanDocument): Promise<Uint8Array> {
  const writer = await import('../../core/docx/index');
  return writer.writeDocx(doc);
}
