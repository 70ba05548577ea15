/**
 * Runs the registry of rules on a document. A throwing rule becomes a rule-crashed finding; findings are
 * sorted by position in the document; groups that could not judge are listed with the reason.
 */
import type { HeaderField, PlanDocument } from '../model/plan-document';
import type { Profile } from '../templates/profile';
import { chooseProfile } from './choose-profile';
import { RULES } from './registry';
import { indexDocument } from './support/doc-index';
import { kindName } from './support/kinds';
import type { DocumentPart, Finding, Rule, RuleGroup } from './types';

export type CheckOptions = {
  readonly profiles: readonly Profile[];
  /** Forces a profile; otherwise the closest one is matched. */
  readonly profileId?: string;
  /** The rules to run (tests); the whole registry by default. */
  readonly rules?: readonly Rule[];
};

export type CheckResult = {
  readonly findings: readonly Finding[];
  readonly profile: Profile | null;
  /** How the profile was chosen. */
  readonly profileChoice: 'given' | 'template' | 'matched' | 'none';
  /** Which profile and why, in Vietnamese (for reports). */
  readonly profileNote: string;
  /** Rule groups that could not judge this document, with the reason (Vietnamese). */
  readonly notEvaluated: readonly { readonly group: RuleGroup; readonly reason: string }[];
};

const PART_ORDER: Readonly<Record<DocumentPart, number>> = { header: 0, opening: 1, body: 2, closing: 3, signature: 4, recipients: 5, page: 6 };
const FIELD_ORDER: readonly HeaderField[] = ['parentAgency', 'agency', 'nationalTitle', 'motto', 'number', 'place', 'date', 'docType', 'summary', 'addressees'];

function formatReason(doc: PlanDocument): string {
  if (doc.meta.origin === 'txt') {
    return 'Tệp văn bản thuần không có định dạng (phông, cỡ chữ, lề, số trang): chưa kiểm tra được.';
  }
  return doc.meta.origin === 'app'
    ? 'Văn bản soạn trong ứng dụng: định dạng do ứng dụng tạo đúng mẫu khi xuất .docx, chỉ kiểm tra được trên tệp .docx.'
    : 'Không đọc được thông tin định dạng của tệp: chưa kiểm tra được.';
}

function crashed(rule: Rule, error: unknown): Finding {
  const why = error instanceof Error ? error.message : String(error);
  return {
    rule: 'rule-crashed',
    severity: 'warning',
    message: `Quy tắc "${rule.id}" (${rule.title}) gặp lỗi nội bộ nên chưa kiểm tra được: ${why}. Vui lòng báo lỗi cho nhóm phát triển.`,
    basis: rule.basis,
    location: { part: 'body' },
  };
}

/** Sorts findings by where they are in the document (stable for ties). */
export function sortFindings(doc: PlanDocument, findings: readonly Finding[]): Finding[] {
  const order = new Map(indexDocument(doc).blocks.map((e, i) => [e.block.id, i]));
  const key = (f: Finding): number => {
    const loc = f.location;
    if (loc.part === 'header' && loc.field) {
      return FIELD_ORDER.indexOf(loc.field);
    }
    if (loc.part === 'body') {
      return loc.blockId !== undefined ? (order.get(loc.blockId) ?? Number.MAX_SAFE_INTEGER) : (loc.line ?? Number.MAX_SAFE_INTEGER);
    }
    return loc.line ?? loc.index ?? 0;
  };
  return findings
    .map((f, i) => ({ f, i, part: PART_ORDER[f.location.part], k: key(f), sub: f.location.index ?? 0 }))
    .sort((a, b) => a.part - b.part || a.k - b.k || a.sub - b.sub || a.i - b.i)
    .map((x) => x.f);
}

/** Checks a document against every rule and the chosen profile. */
export function checkDocument(doc: PlanDocument, options: CheckOptions): CheckResult {
  const choice = chooseProfile(doc, options.profiles, options.profileId);
  const ctx = { profile: choice.profile };
  const found: Finding[] = [];
  const skipped = new Map<RuleGroup, string>();
  if (!doc.formatting) {
    skipped.set('format', formatReason(doc));
  }
  for (const rule of options.rules ?? RULES) {
    if (rule.applies && !rule.applies(doc)) {
      skipped.set(rule.group, skipped.get(rule.group) ?? 'Văn bản không có đủ thông tin cho nhóm quy tắc này.');
      continue;
    }
    try {
      found.push(...rule.check(doc, ctx));
    } catch (error) {
      found.push(crashed(rule, error));
    }
  }
  if (!choice.profile) {
    const why = doc.kind === 'ke-hoach' ? 'Không xác định được mẫu kế hoạch' : `${kindName(doc.kind)} không có mẫu đề mục`;
    skipped.set('content', `${why} nên chưa kiểm tra các mục, thứ tự mục và nội dung theo mẫu.`);
  }
  return {
    findings: sortFindings(doc, found),
    profile: choice.profile,
    profileChoice: choice.how,
    profileNote: choice.note,
    notEvaluated: [...skipped].map(([group, reason]) => ({ group, reason })),
  };
}
