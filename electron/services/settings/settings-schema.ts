/**
 * Stored settings are a trust boundary: validated with zod; a corrupt field falls back to its default.
 */
import { z } from 'zod';
import { DEFAULT_SETTINGS, type AgencyProfile, type Settings } from '../../common/settings';

const line = z.string().max(500);

/** The agency profile as accepted from disk or from the renderer. */
export const agencyProfileSchema = z.object({
  parentAgency: line,
  agency: line,
  agencyCode: z.string().max(50),
  place: z.string().max(200),
  issuingBody: z.enum(['ubnd-tinh', 'ubnd-huyen', 'ubnd-xa', 'so']),
  signers: z.array(z.object({ name: z.string().max(200), title: z.string().max(200) }).readonly()).max(50).readonly(),
  recipients: z.array(line).max(200).readonly(),
  archiveCode: z.string().max(100),
});

const storedSettingsSchema = z.object({
  agencyProfile: agencyProfileSchema.catch(() => defaultProfile()),
});

function defaultProfile(): AgencyProfile {
  return DEFAULT_SETTINGS.agencyProfile;
}

/** Settings from whatever a store held: defaults for anything missing or corrupt. Never throws. */
export function parseStoredSettings(raw: unknown): Settings {
  const parsed = storedSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Applies a validated update to settings. */
export function applySettingsUpdate(current: Settings, update: { readonly agencyProfile?: AgencyProfile }): Settings {
  return update.agencyProfile === undefined ? current : { ...current, agencyProfile: update.agencyProfile };
}
