/**
 * The .kehoach file: PlanDocument JSON with a schemaVersion. Reading never throws on bad input.
 */
import { appError, err, ok, type Result } from '../base/result';
import { migrate } from './migrations';
import type { PlanDocument } from './plan-document';
import { planDocumentSchema } from './schema';
import { SCHEMA_VERSION } from './schema-version';

/** The file's JSON (formatting facts are facts of a file, not part of the plan). */
export function serializePlan(doc: PlanDocument): string {
  const { formatting: _facts, ...rest } = doc;
  return `${JSON.stringify({ ...rest, meta: { ...rest.meta, schemaVersion: SCHEMA_VERSION } }, null, 2)}\n`;
}

/** Reads a .kehoach text: malformed JSON, a newer schema or a wrong shape each give a clear message. */
export function parsePlan(text: string): Result<PlanDocument> {
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
  const meta = record['meta'] as Record<string, unknown> | undefined;
  const version = typeof meta?.['schemaVersion'] === 'number' ? meta['schemaVersion'] : null;
  if (version === null) {
    return err(appError('plan/malformed', 'Tệp kế hoạch bị hỏng: thiếu phiên bản định dạng (schemaVersion).'));
  }
  if (version > SCHEMA_VERSION) {
    return err(
      appError(
        'plan/newer-schema',
        `Tệp được tạo bởi phiên bản mới hơn của Kế hoạch Studio (định dạng ${version}); hãy cập nhật ứng dụng để mở.`,
      ),
    );
  }
  const parsed = planDocumentSchema.safeParse(migrate(record, version));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return err(appError('plan/invalid', `Tệp kế hoạch không đúng cấu trúc${where ? ` (tại ${where})` : ''}.`));
  }
  return ok(parsed.data as PlanDocument);
}
