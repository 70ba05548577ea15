/**
 * Check results → the JSON of the command-line contract (spec/rules.md) and a plain-text fallback.
 * The printable report and the grouped text report come from core/report when it is present.
 */
import type { PlanDocument } from '../../core/model/plan-document';
import type { CheckResult, DocumentPart, Finding } from '../../core/rules/index';
import { documentTitle } from './common';

/** One checked document of a file. */
export type CheckedDocument = {
  readonly doc: PlanDocument;
  readonly result: CheckResult;
};

/** One checked file (documents in file order). */
export type CheckedFile = {
  readonly file: string;
  readonly documents: readonly CheckedDocument[];
};

/** The contract's JSON object for one file. */
export function fileJson(checked: CheckedFile): unknown {
  return {
    file: checked.file,
    documents: checked.documents.map(({ doc, result }) => ({
      kind: doc.kind,
      title: documentTitle(doc),
      profile: result.profile?.id ?? null,
      profileChoice: result.profileChoice,
      profileNote: result.profileNote,
      findings: result.findings.map(findingJson),
      notEvaluated: result.notEvaluated,
    })),
  };
}

/** JSON text: one object when one file was named, an array (readable files only) when several were. */
export function formatJson(files: readonly CheckedFile[], several: boolean): string {
  const value = several || files.length !== 1 ? files.map(fileJson) : fileJson(files[0] as CheckedFile);
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A readable report: per document, its profile, then findings grouped by part with counts. */
export function formatPlainText(files: readonly CheckedFile[]): string {
  const lines: string[] = [];
  for (const checked of files) {
    for (const [i, { doc, result }] of checked.documents.entries()) {
      const where = checked.documents.length > 1 ? ` (văn bản ${i + 1}/${checked.documents.length})` : '';
      lines.push(`${checked.file}${where}: ${documentTitle(doc)}`);
      lines.push(`  Mẫu đối chiếu: ${result.profile ? `${result.profile.name} (${result.profile.id})` : 'không có'}. ${result.profileNote}`);
      lines.push(`  Kết quả: ${countLine(result.findings)}`);
      for (const part of PART_ORDER) {
        const inPart = result.findings.filter((f) => f.location.part === part);
        if (inPart.length > 0) {
          lines.push('', `  ${PART_NAMES[part]} (${countLine(inPart)})`, ...inPart.map(findingLine));
        }
      }
      for (const skipped of result.notEvaluated) {
        lines.push('', `  Chưa kiểm tra: ${GROUP_NAMES[skipped.group] ?? skipped.group}. ${skipped.reason}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n')}\n`;
}

function findingLine(f: Finding): string {
  const at = [f.location.path, f.location.line ? `dòng ${f.location.line}` : undefined].filter(Boolean).join(', ');
  return `    - [${SEVERITY[f.severity]}]${at ? ` ${at}:` : ''} ${f.message} (${f.basis}; ${f.rule})`;
}

const PART_ORDER: readonly DocumentPart[] = ['header', 'opening', 'body', 'closing', 'signature', 'recipients', 'page'];

const PART_NAMES: Readonly<Record<DocumentPart, string>> = {
  header: 'Phần đầu văn bản',
  opening: 'Căn cứ, mở đầu',
  body: 'Nội dung',
  closing: 'Phần kết',
  signature: 'Chữ ký, thẩm quyền ký',
  recipients: 'Nơi nhận',
  page: 'Trang và định dạng',
};

const GROUP_NAMES: Readonly<Record<string, string>> = {
  header: 'thể thức phần đầu',
  body: 'nội dung',
  structure: 'cấu trúc',
  content: 'nội dung các mục',
  signature: 'chữ ký',
  recipients: 'nơi nhận',
  format: 'định dạng (phông, cỡ chữ, lề, số trang)',
};

/** "2 lỗi, 1 cảnh báo, 0 gợi ý". */
export function countLine(findings: readonly Finding[]): string {
  const n = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  return `${n('error')} lỗi, ${n('warning')} cảnh báo, ${n('info')} gợi ý`;
}

const SEVERITY: Readonly<Record<Finding['severity'], string>> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' };

function findingJson(f: Finding): unknown {
  return { rule: f.rule, severity: f.severity, message: f.message, basis: f.basis, location: f.location };
}
