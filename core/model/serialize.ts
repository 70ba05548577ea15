/**
 * The .kehoach file: PlanDocument JSON with a schemaVersion. Reading never throws on bad input.
 */
import { appError, err, ok, type Result } from '../base/result';
import { isKnownVersion, migrate } from './migrations';
import type { PlanDocument } from './plan-document';
import { planBoundsProblem } from './plan-bounds';
import { planDocumentSchema } from './schema';
import { SCHEMA_VERSION } from './schema-version';

/** The file's JSON (formatting facts are facts of a file, not part of the plan). */
export function serializePlan(doc: PlanDocument): string {
  const { formatting: _facts, ...rest } = doc;
  return `${JSON.stringify({ ...rest, meta: { ...rest.meta, schemaVersion: SCHEMA_VERSION } }, null, 2)}\n`;
}

/** Largest .kehoach text read (characters): a 100-page plan saves to ~1 MB of JSON. */
export const MAX_PLAN_CHARS = 32 * 1024 * 1024;

/**
 * Reads a .kehoach text: malformed JSON, a missing, unknown or newer schema version, a plan beyond the caps
 * (PLAN_LIMITS) or a wrong shape each give a clear Vietnamese message; nothing here throws on bad input.
 */
export function parsePlan(text: string): Result<PlanDocument> {
  if (text.length > MAX_PLAN_CHARS) {
    return err(appError('plan/invalid', `Tệp kế hoạch quá lớn (${Math.round(text.length / 1024 / 1024)} MB); chỉ đọc tệp đến ${MAX_PLAN_CHARS / 1024 / 1024} MB.`));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err(appError('plan/malformed', 'Tệp kế hoạch bị hỏng: nội dung không phải JSON hợp lệ.'));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return err(appError('plan/malformed', 'Tệp kế hoạch bị hỏng: không có nội dung kế hoạch.'));
  }
  const record = json as Record<string, unknown>;
  const meta = record['meta'];
  const version = typeof meta === 'object' && meta !== null && !Array.isArray(meta) ? (meta as Record<string, unknown>)['schemaVersion'] : undefined;
  if (version === undefined || version === null) {
    return err(appError('plan/malformed', 'Tệp kế hoạch bị hỏng: thiếu phiên bản định dạng (schemaVersion).'));
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return err(
      appError(
        'plan/newer-schema',
        `Tệp được tạo bởi phiên bản mới hơn của Kế hoạch Studio (định dạng ${version}); hãy cập nhật ứng dụng để mở.`,
      ),
    );
  }
  if (!isKnownVersion(version)) {
    const shown = typeof version === 'string' ? `"${version.slice(0, 20)}"` : typeof version === 'number' ? String(version) : typeof version;
    return err(
      appError('plan/malformed', `Tệp kế hoạch bị hỏng: phiên bản định dạng (schemaVersion) ${shown} không hợp lệ; phiên bản là một số nguyên từ 1 đến ${SCHEMA_VERSION}.`),
    );
  }
  const problem = planBoundsProblem(record);
  if (problem !== null) {
    return err(appError('plan/invalid', `Tệp kế hoạch ${problem}; có thể tệp bị hỏng hoặc được tạo để phá ứng dụng nên không mở.`));
  }
  const parsed = planDocumentSchema().safeParse(migrate(record, version));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return err(appError('plan/invalid', `Tệp kế hoạch không đúng cấu trúc${where ? ` (tại ${where})` : ''}.`));
  }
  return ok(parsed.data as PlanDocument);
}
