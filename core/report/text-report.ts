/**
 * The readable text report: per document, identity, profile and counts, then findings grouped by part
 * with counts, then the rule groups that were not evaluated. Pure: returns a string.
 */
import type { Finding } from '../rules/types';
import { countLine, documentTitle, GROUP_NAMES, kindName, PART_NAMES, PART_ORDER, profileLine, quotedNumberLine, SEVERITY_NAMES, whereText } from './labels';
import type { ReportDocument, ReportFile } from './report-types';

function findingLines(f: Finding): string[] {
  const lines = [`    [${SEVERITY_NAMES[f.severity]}] ${whereText(f.location)}: ${f.message}`, `        Căn cứ: ${f.basis} (${f.rule})`];
  if (f.fix) {
    lines.push(`        Sửa nhanh: ${f.fix.title}`);
  }
  return lines;
}

function documentLines(entry: ReportDocument, heading: string): string[] {
  const { doc, result } = entry;
  const lines = [heading, `  ${documentTitle(doc)}`, `  Loại văn bản nhận biết: ${kindName(doc.kind)}`];
  const number = quotedNumberLine(doc);
  if (number) {
    lines.push(`  ${number}`);
  }
  lines.push(`  Mẫu đối chiếu: ${profileLine(entry)}`, `  Tổng cộng: ${countLine(result.findings)}`);
  for (const part of PART_ORDER) {
    const inPart = result.findings.filter((f) => f.location.part === part);
    if (inPart.length > 0) {
      lines.push('', `  ${PART_NAMES[part]} (${countLine(inPart)})`, ...inPart.flatMap(findingLines));
    }
  }
  if (result.notEvaluated.length > 0) {
    lines.push('', '  Chưa kiểm tra (không có nghĩa là đạt):');
    lines.push(...result.notEvaluated.map((n) => `    - ${GROUP_NAMES[n.group]}: ${n.reason}`));
  }
  return lines;
}

/** A readable Vietnamese report of checked files, grouped by part with counts. */
export function formatTextReport(files: readonly ReportFile[]): string {
  const out: string[] = [];
  for (const file of files) {
    out.push(`Tệp: ${file.file}`);
    file.documents.forEach((entry, i) => {
      const heading = file.documents.length > 1 ? `Văn bản ${i + 1}/${file.documents.length}:` : 'Văn bản:';
      out.push('', ...documentLines(entry, heading));
    });
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
