/**
 * Stored settings are a trust boundary: validated with zod; a corrupt field falls back to its default.
 */
import { z } from 'zod';
import { DEFAULT_SETTINGS, DEFAULT_VIEW, ZOOM_LIMITS, type AgencyProfile, type Settings, type ViewSettings } from '../../common/settings';

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

/** The window's view (zoom, panels) as accepted from disk or from the renderer. */
export const viewSettingsSchema = z
  .object({
    zoom: z.union([z.literal('fit'), z.number().int().min(ZOOM_LIMITS.min).max(ZOOM_LIMITS.max)]),
    outlineOpen: z.boolean(),
    checksOpen: z.boolean(),
  })
  .strict();

const storedSettingsSchema = z.object({
  agencyProfile: agencyProfileSchema.catch(() => defaultProfile()),
  // Stores written before the view was remembered have none: the default view, the profile kept.
  view: viewSettingsSchema.catch(() => DEFAULT_VIEW),
});

function defaultProfile(): AgencyProfile {
  return DEFAULT_SETTINGS.agencyProfile;
}

/** Settings from whatever a store held: defaults for anything missing or corrupt. Never throws. */
export function parseStoredSettings(raw: unknown): Settings {
  const parsed = storedSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** What an update may change: the agency profile, the view, or both. */
export type SettingsUpdate = { readonly agencyProfile?: AgencyProfile; readonly view?: ViewSettings };

/** Applies a validated update to settings. */
export function applySettingsUpdate(current: Settings, update: SettingsUpdate): Settings {
  return {
    ...current,
    ...(update.agencyProfile === undefined ? {} : { agencyProfile: update.agencyProfile }),
    ...(update.view === undefined ? {} : { view: update.view }),
  };
}
