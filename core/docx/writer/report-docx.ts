/**
 * The phiếu kiểm tra thể thức as .docx, for offices that file everything in Word: the same content as
 * core/report/html-report.ts (identity without a second "Số:", trích yếu without the type name, the
 * verdict with counts, each finding with its basis in words and the rule id small, the groups not
 * evaluated, the reviewer's block "Người kiểm tra" with name, unit and date to fill in unless given),
 * on A4 in Times New Roman with NĐ 30 margins and "Trang x/y" at the foot. One section per document.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { Finding } from '../../rules/types';
import { formatDateWords } from '../../text/dates';
import { basisText, DECREE_BASIS, GROUP_NAMES, kindName, numberValue, PART_NAMES, profileLine, SEVERITY_NAMES, summaryValue, verdict, whereText } from '../../report/labels';
import type { HtmlReportOptions, ReportDocument, ReportFile, ReportReviewer } from '../../report/report-types';
import { corePropertiesXml } from './core-properties';
import { packDocument } from './pack';
import { xmlSafe } from './xml-safe';

const FONT = 'Times New Roman';
/** Half-points. */
const SIZE = { body: 26, title: 28, small: 22, tiny: 16 } as const;
/** A4 in twips, NĐ 30 margins (20, 15, 20, 30 mm). */
const PAGE = { width: 11906, height: 16838, top: 1134, right: 850, bottom: 1134, left: 1701 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Columns of the findings table (twips): STT, mức độ, vị trí, nội dung, căn cứ. */
const FINDING_COLUMNS = [720, 1250, 1700, TEXT_WIDTH - 720 - 1250 - 1700 - 2300, 2300] as const;
const IDENTITY_COLUMNS = [2400, TEXT_WIDTH - 2400] as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** The verdict's box, 4 pt from the text. */
const BOX = { ...LINE, space: 4 } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const DOTS = '……………………………………';

const HOW: Readonly<Record<ReportDocument['result']['profileChoice'], string>> = {
  given: 'người kiểm tra chọn',
  template: 'ghi trong văn bản',
  matched: 'tự nhận theo đề mục',
  none: 'không xác định được',
};

type RunStyle = { readonly bold?: boolean; readonly italics?: boolean; readonly size?: number; readonly color?: string };

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), font: FONT, size: style.size ?? SIZE.body, bold: style.bold, italics: style.italics, color: style.color });
}

type ParaOptions = { readonly align?: (typeof AlignmentType)[keyof typeof AlignmentType]; readonly before?: number; readonly after?: number; readonly keepNext?: boolean };

function para(children: readonly ParagraphChild[], options: ParaOptions = {}): Paragraph {
  return new Paragraph({
    children: [...children],
    alignment: options.align ?? AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: options.after ?? 60 },
    keepNext: options.keepNext,
  });
}

function cell(children: readonly Paragraph[], width: number, options: { readonly shade?: boolean; readonly borders?: boolean } = {}): TableCell {
  const b = options.borders === false ? NONE : LINE;
  return new TableCell({
    children: [...children],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    borders: { top: b, bottom: b, left: b, right: b },
    ...(options.shade ? { shading: { fill: 'EEEEEE' } } : {}),
  });
}

function identityTable(file: string, entry: ReportDocument, checkedOn: string): Table {
  const { doc, result } = entry;
  const rows: readonly (readonly [string, string])[] = [
    ['Tệp', file],
    ['Loại văn bản', kindName(doc.kind)],
    ['Số, ký hiệu', numberValue(doc) ?? 'không có'],
    ['Trích yếu', summaryValue(doc) ?? 'không có'],
    ['Ngày kiểm tra', checkedOn],
    ['Mẫu đối chiếu', `${profileLine(entry)} (cách chọn: ${HOW[result.profileChoice]})`],
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...IDENTITY_COLUMNS],
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell([para([run(label, { bold: true })], { after: 0 })], IDENTITY_COLUMNS[0]), cell([para([run(value)], { after: 0 })], IDENTITY_COLUMNS[1])],
        }),
    ),
  });
}

function verdictParagraph(findings: readonly Finding[]): Paragraph {
  const v = verdict(findings);
  return new Paragraph({
    children: [run('Kết luận: ', { size: SIZE.title }), run(v.word, { bold: true, size: SIZE.title, color: v.passed ? undefined : 'AA0000' }), run(` (${v.counts})`)],
    border: { top: BOX, bottom: BOX, left: BOX, right: BOX },
    indent: { left: 120, right: 120 },
    spacing: { before: 240, after: 180 },
  });
}

const SEVERITY_COLOR: Readonly<Record<Finding['severity'], string | undefined>> = { error: 'AA0000', warning: '885500', info: undefined };

function findingRow(f: Finding, i: number): TableRow {
  const where = whereText(f.location);
  const part = PART_NAMES[f.location.part];
  const what = [para([run(f.message)], { after: 0 })];
  if (f.fix) {
    what.push(para([run(`Cách sửa nhanh: ${f.fix.title}`, { italics: true })], { after: 0, before: 40 }));
  }
  const [wN, wSev, wWhere, wWhat, wBasis] = FINDING_COLUMNS;
  return new TableRow({
    cantSplit: true,
    children: [
      cell([para([run(String(i + 1))], { align: AlignmentType.CENTER, after: 0 })], wN),
      cell([para([run(SEVERITY_NAMES[f.severity], { bold: true, color: SEVERITY_COLOR[f.severity] })], { after: 0 })], wSev),
      cell([para([run(part)], { after: 0 }), ...(where === part ? [] : [para([run(where)], { after: 0 })])], wWhere),
      cell(what, wWhat),
      cell([para([run(basisText(f.basis), { size: SIZE.small })], { after: 0 }), para([run(f.rule, { size: SIZE.tiny, color: '666666' })], { after: 0 })], wBasis),
    ],
  });
}

function findingsBlock(findings: readonly Finding[]): (Paragraph | Table)[] {
  if (findings.length === 0) {
    return [para([run('Không có phát hiện nào ở các nhóm đã kiểm tra.', { italics: true })])];
  }
  const heads = ['STT', 'Mức độ', 'Vị trí', 'Nội dung và cách sửa', 'Căn cứ'];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: heads.map((h, i) => cell([para([run(h, { bold: true, size: SIZE.small })], { after: 0 })], FINDING_COLUMNS[i] ?? 0, { shade: true })),
  });
  return [new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [...FINDING_COLUMNS], rows: [header, ...findings.map(findingRow)] })];
}

function scopeBlock(entry: ReportDocument): Paragraph[] {
  const skipped = entry.result.notEvaluated;
  if (skipped.length === 0) {
    return [para([run('Đã kiểm tra tất cả các nhóm quy tắc.')])];
  }
  return [
    para([run('Các nhóm sau '), run('chưa được kiểm tra', { bold: true }), run(' (không có nghĩa là đạt):')]),
    ...skipped.map((n) => new Paragraph({ children: [run(`${GROUP_NAMES[n.group]}: `, { bold: true }), run(n.reason)], bullet: { level: 0 }, spacing: { after: 40 } })),
  ];
}

function signatureTable(reviewer: ReportReviewer | undefined): Table {
  const name = reviewer?.name?.trim() ?? '';
  const unit = reviewer?.unit?.trim() ?? '';
  const left = [
    para([run('Họ và tên người kiểm tra:')], { before: 360, after: 0 }),
    para([name === '' ? run(DOTS) : run(name, { bold: true })], { after: 120 }),
    para([run('Đơn vị:')], { after: 0 }),
    para([unit === '' ? run(DOTS) : run(unit, { bold: true })]),
  ];
  const right = [
    para([run('………, ngày …… tháng …… năm 20……', { italics: true })], { align: AlignmentType.CENTER }),
    para([run('NGƯỜI KIỂM TRA', { bold: true })], { align: AlignmentType.CENTER, after: 0, keepNext: true }),
    para([run('(Ký, ghi rõ họ tên)', { italics: true, size: 24 })], { align: AlignmentType.CENTER, after: 1200, keepNext: true }),
    para([run(name, { bold: true })], { align: AlignmentType.CENTER }),
  ];
  const half = Math.round(TEXT_WIDTH * 0.45);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ cantSplit: true, children: [cell(left, half, { borders: false }), cell(right, TEXT_WIDTH - half, { borders: false })] })],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Trang ', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], font: FONT, size: SIZE.small })],
      }),
    ],
  });
}

function documentSection(file: string, entry: ReportDocument, checkedOn: string, reviewer: ReportReviewer | undefined): ISectionOptions {
  const { result } = entry;
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: 567, footer: 567 },
      },
    },
    footers: { default: footer() },
    children: [
      para([run('PHIẾU KIỂM TRA THỂ THỨC VĂN BẢN', { bold: true, size: SIZE.title })], { align: AlignmentType.CENTER, after: 40 }),
      para([run(`Căn cứ ${DECREE_BASIS}`, { italics: true })], { align: AlignmentType.CENTER, after: 240 }),
      identityTable(file, entry, checkedOn),
      verdictParagraph(result.findings),
      para([run('Các phát hiện', { bold: true })], { before: 120, keepNext: true }),
      ...findingsBlock(result.findings),
      para([run('Phạm vi kiểm tra', { bold: true })], { before: 240, keepNext: true }),
      ...scopeBlock(entry),
      para([run('Phiếu do Kế hoạch Studio lập tự động; người kiểm tra xem lại từng phát hiện trước khi ký.', { italics: true, size: SIZE.small })], { before: 120 }),
      signatureTable(reviewer),
    ],
  };
}

/** The phiếu kiểm tra thể thức of checked files as .docx bytes: one section (new page) per document. */
export async function writeReportDocx(files: readonly ReportFile[], options: HtmlReportOptions = {}): Promise<Uint8Array> {
  const at = options.checkedAt ?? new Date();
  const checkedOn = formatDateWords({ day: at.getDate(), month: at.getMonth() + 1, year: at.getFullYear() });
  const sections = files.flatMap((f) =>
    f.documents.map((entry, i) => documentSection(f.file + (f.documents.length > 1 ? ` (văn bản ${i + 1}/${f.documents.length})` : ''), entry, checkedOn, options.reviewer)),
  );
  const title = files.length === 1 && files[0] ? `Phiếu kiểm tra thể thức — ${files[0].file}` : 'Phiếu kiểm tra thể thức';
  const file = new Document({
    creator: 'Kế hoạch Studio',
    title: xmlSafe(title),
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: sections.length > 0 ? sections : [{ children: [para([run('Không có văn bản nào được kiểm tra.')])] }],
  });
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(title, at) };
  return packDocument(file, [core]);
}
