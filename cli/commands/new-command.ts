/**
 * `kehoach new --template <id> -o plan.kehoach [--agency …] [--place …]`: a new plan from a template.
 */
import type { PlanDate } from '@core/model';
import { serializePlan } from '@core/model';
import { isRealDate } from '@core/text';
import { instantiateTemplate, type InstantiateOptions } from '@core/templates';
import { normalizeText, squeeze, upper } from '@core/text';
import { loadCatalogue } from '../catalogue';
import { findTemplate } from '../services/templates';
import { flag, parseVerbArgs, stringOption } from '../args';
import { ExitCode, type CliIo } from '../io';
import { templatesDir } from '../paths';
import { VERB_USAGE } from '../usage';
import { fail, misuse } from './messages';
import { writeOutput } from './output';

const OPTIONS = {
  template: { type: 'string' },
  output: { type: 'string', short: 'o' },
  agency: { type: 'string' },
  'parent-agency': { type: 'string' },
  'agency-code': { type: 'string' },
  place: { type: 'string' },
  date: { type: 'string' },
  summary: { type: 'string' },
  signer: { type: 'string' },
  'signer-title': { type: 'string' },
  'archive-code': { type: 'string' },
  force: { type: 'boolean' },
} as const;

/** Creates a .kehoach file from a template. */
export async function newCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const usage = VERB_USAGE['new'] ?? '';
  const parsed = parseVerbArgs(args, OPTIONS, false);
  if (!parsed.ok) {
    return misuse(io, parsed.message, usage);
  }
  const id = stringOption(parsed.value, 'template');
  const output = stringOption(parsed.value, 'output');
  if (!id || !output) {
    return misuse(io, !id ? 'thiếu --template <mã mẫu>.' : 'thiếu -o <tệp.kehoach>.', usage);
  }
  const found = findTemplate(await loadCatalogue(templatesDir()), id);
  if (!found.ok) {
    return fail(io, found.error.message);
  }
  const dateText = stringOption(parsed.value, 'date');
  const date = dateText === undefined ? undefined : parseDayMonthYear(dateText);
  if (date === null) {
    return misuse(io, `ngày "${dateText ?? ''}" không hợp lệ; ghi dạng ngày/tháng/năm, ví dụ 15/3/2026.`, usage);
  }
  const signer = stringOption(parsed.value, 'signer')?.trim();
  const options: InstantiateOptions = {
    ...optional('agency', agencyLines(stringOption(parsed.value, 'agency'))),
    ...optional('parentAgency', capitals(stringOption(parsed.value, 'parent-agency'))),
    ...optional('agencyCode', stringOption(parsed.value, 'agency-code')?.trim()),
    ...optional('place', stringOption(parsed.value, 'place')?.trim()),
    ...optional('summary', stringOption(parsed.value, 'summary')?.trim()),
    ...optional('archiveCode', stringOption(parsed.value, 'archive-code')?.trim()),
    ...(date ? { date } : {}),
    ...(signer ? { signer: { name: signer, title: stringOption(parsed.value, 'signer-title') ?? '' } } : {}),
  };
  const doc = instantiateTemplate(found.value, options);
  const written = await writeOutput(io, output, serializePlan(doc), flag(parsed.value, 'force'));
  if (!written.ok) {
    return fail(io, written.error.message);
  }
  io.out(`Đã tạo ${output} từ mẫu "${found.value.name}".\n`);
  return ExitCode.OK;
}

/**
 * Issuing body lines in capitals. "\n" typed literally splits lines; a one-line "ỦY BAN NHÂN DÂN TỈNH X"
 * becomes the usual two lines.
 */
export function agencyLines(raw: string | undefined): string | undefined {
  const text = capitals(raw?.replace(/\\n/g, '\n'));
  if (text === undefined || text.includes('\n')) {
    return text;
  }
  const m = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(.+)$/u.exec(text);
  return m ? `${m[1]}\n${m[2]}` : text;
}

/** "15/3/2026" (or with "-" or ".") as a real calendar date, or null. */
export function parseDayMonthYear(text: string): PlanDate | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/u.exec(text);
  if (!m) {
    return null;
  }
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(day, month, year) ? { day, month, year } : null;
}

function capitals(raw: string | undefined): string | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const lines = normalizeText(raw)
    .split('\n')
    .map((l) => upper(squeeze(l)))
    .filter((l) => l !== '');
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
