/**
 * The payload schema of every HostApi verb: the trust boundary for IPC and HTTP requests alike.
 * Strings and arrays are bounded; ids that become file names are restricted to safe characters.
 */
import { z } from 'zod';
import { planDocumentSchema } from '@core/model';
import type { PlanDocument } from '@core/model';
import type { HostVerb } from '../../common/host-api';
import { BATCH_LIMITS } from '../../common/batch';
import { SESSION_ID_PATTERN } from '../recovery/recovery-store';
import { agencyProfileSchema, viewSettingsSchema } from '../settings/settings-schema';

/** Largest base64 payload accepted (a 50 MB .docx upload is about 67 MB of base64). */
export const MAX_BASE64_CHARS = 70 * 1024 * 1024;

const noArguments = z.union([z.undefined(), z.null(), z.object({}).strict()]).transform(() => undefined);
const fileName = z.string().min(1).max(255);
const filePath = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'đường dẫn chứa ký tự rỗng');
const base64 = z.string().max(MAX_BASE64_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'không phải base64');
const sessionId = z.string().regex(SESSION_ID_PATTERN);
const batchId = z.string().regex(/^b[a-z0-9]{1,40}$/);
const fileVersion = z
  .object({ size: z.number().int().nonnegative(), mtimeMs: z.number().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();
const documentPayload = planDocumentSchema().transform((d) => d as unknown as PlanDocument);

/** Payload schema per verb. */
export const VERB_PAYLOADS = {
  listTemplates: noArguments,
  newFromTemplate: z.object({ templateId: z.string().regex(/^[a-z][a-z0-9-]{0,99}$/) }).strict(),
  openDocument: z
    .object({ path: filePath.optional(), upload: z.object({ name: fileName, base64 }).strict().optional() })
    .strict()
    .refine((r) => !(r.path !== undefined && r.upload !== undefined), 'chỉ được có path hoặc upload'),
  saveDocument: z
    .object({
      path: filePath.nullable(),
      saveAs: z.boolean(),
      document: documentPayload,
      suggestedName: fileName,
      expectedVersion: fileVersion.nullable().optional(),
      overwrite: z.boolean().optional(),
    })
    .strict(),
  saveFile: z.object({ suggestedName: fileName, base64, filter: z.enum(['docx', 'html', 'csv']) }).strict(),
  renderCheck: z.object({ base64 }).strict(),
  printToPdf: z.object({ suggestedName: fileName }).strict(),
  startBatch: z.union([
    z.object({ pick: z.enum(['folder', 'files']) }).strict(),
    z.object({ uploads: z.array(z.object({ name: z.string().min(1).max(1024), base64 }).strict()).min(1).max(BATCH_LIMITS.maxFiles) }).strict(),
  ]),
  batchStatus: z.object({ id: batchId }).strict(),
  cancelBatch: z.object({ id: batchId }).strict(),
  batchReport: z.object({ id: batchId, index: z.number().int().nonnegative().max(BATCH_LIMITS.maxFiles) }).strict(),
  getSettings: noArguments,
  updateSettings: z.object({ agencyProfile: agencyProfileSchema.optional(), view: viewSettingsSchema.optional() }).strict(),
  listRecentFiles: noArguments,
  autosave: z
    .object({ sessionId, title: z.string().max(1000), path: filePath.nullable(), document: documentPayload, version: fileVersion.nullable().optional() })
    .strict(),
  listRecoveries: noArguments,
  restoreRecovery: z.object({ id: sessionId }).strict(),
  discardRecovery: z.object({ id: sessionId }).strict(),
  keepAlive: z.object({ closing: z.boolean(), openPath: filePath.nullable().optional() }).strict(),
  setTitle: z.object({ title: z.string().max(1000), dirty: z.boolean() }).strict(),
  takePendingFile: noArguments,
} as const satisfies Record<HostVerb, z.ZodType>;

/** The validated payload type of a verb. */
export type VerbPayload<V extends HostVerb> = z.output<(typeof VERB_PAYLOADS)[V]>;

/** Validation outcome: the parsed payload, or a Vietnamese message naming the bad field. */
export type PayloadCheck<V extends HostVerb> =
  | { readonly ok: true; readonly value: VerbPayload<V> }
  | { readonly ok: false; readonly error: { readonly code: 'ipc/invalid-payload'; readonly message: string } };

/** Validates a raw payload for a verb. */
export function validatePayload<V extends HostVerb>(verb: V, raw: unknown): PayloadCheck<V> {
  const parsed = VERB_PAYLOADS[verb].safeParse(raw);
  if (parsed.success) {
    return { ok: true, value: parsed.data as VerbPayload<V> };
  }
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (tại ${issue.path.join('.')})` : '';
  return { ok: false, error: { code: 'ipc/invalid-payload', message: `Yêu cầu "${verb}" có dữ liệu không hợp lệ${where}.` } };
}

/** Whether a string names a verb. */
export function isHostVerb(name: string): name is HostVerb {
  return Object.prototype.hasOwnProperty.call(VERB_PAYLOADS, name);
}
