/**
 * A template file's JSON → a Template: the schema first, then the cross-field checks of
 * template-issues.ts. The message names the first bad field, in Vietnamese. Pure.
 */
import { appError, err, ok, type Result } from '../base/result';
import { templateIssues } from './template-issues';
import { templateSchema, type Template } from './template-schema';

/** Validates a template file's JSON; the message names the first bad field, in Vietnamese. */
export function parseTemplate(json: unknown): Result<Template> {
  const parsed = templateSchema().safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(gốc)';
    return err(appError('template/invalid', `Mẫu không hợp lệ: trường "${where}" sai hoặc thiếu.`, issue?.message));
  }
  const problem = templateIssues(parsed.data);
  if (problem) {
    return err(appError('template/invalid', `Mẫu không hợp lệ: ${problem}`));
  }
  return ok(parsed.data);
}
