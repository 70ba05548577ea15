/**
 * Plans with appendices for the appendix.* and table.task-columns tests: an app plan, the same plan as if read
 * from a .docx (labels and Kèm theo lines as written, source lines), and synthetic formatting facts.
 */
import { appendix, table } from '../../../../../core/model/builders';
import type { FormattingFacts, PageFacts, ParagraphFacts, RunFacts } from '../../../../../core/model/formatting';
import type { Appendix, Block, PlanDocument } from '../../../../../core/model/plan-document';
import { doc, h1, h2, p } from '../../../../helpers/doc-builders';

/** A task-assignment table (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành). */
export function taskTable(rows: readonly (readonly string[])[]): Block {
  return table([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'], ...rows]);
}

/** The golden plan whose Nội dung refers to `refs` and which carries `appendices`. */
export function planWith(appendices: readonly Appendix[], refs = 'Nhiệm vụ cụ thể tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này.'): PlanDocument {
  const base = doc(
    h1('MỤC ĐÍCH, YÊU CẦU', h2('Mục đích', p('Nâng cao nhận thức.')), h2('Yêu cầu', p('Triển khai có trọng tâm.'))),
    h1('NỘI DUNG', p(refs), h2('Tuyên truyền', p('Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.'))),
    h1('TỔ CHỨC THỰC HIỆN', p('Sở Nội vụ theo dõi, định kỳ báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12.')),
  );
  return { ...base, appendices };
}

/** Two appendices made in the app (labels and Kèm theo lines computed). */
export function twoAppendices(): Appendix[] {
  return [
    appendix({ title: 'DANH MỤC NHIỆM VỤ', blocks: [taskTable([['1', 'Tuyên truyền', 'Sở Văn hóa, Thể thao và Du lịch', 'Các sở', 'Quý I/2024']])] }),
    appendix({ title: 'DỰ TOÁN KINH PHÍ', blocks: [p('Kinh phí theo dự toán được giao.')] }),
  ];
}

/** The plan as read from a file: origin docx, appendices with labels / Kèm theo lines as written and source lines. */
export function imported(plan: PlanDocument, read: readonly { label: string | null; attached: string | null; line: number }[]): PlanDocument {
  const appendices = plan.appendices.map((a, i) => {
    const r = read[i];
    return r ? { ...a, label: r.label, attachedLine: r.attached, source: { line: r.line, text: r.label ?? a.title } } : a;
  });
  return { ...plan, appendices, meta: { ...plan.meta, origin: 'docx', templateId: null } };
}

const RUN: RunFacts = { text: '', font: 'Times New Roman', sizeHalfPt: 28, bold: false, italic: false, caps: false, underline: false, color: null };

/** A paragraph of formatting facts. */
export function para(index: number, text: string, extra: Partial<ParagraphFacts> = {}, run: Partial<RunFacts> = {}): ParagraphFacts {
  return {
    index,
    text,
    container: 'body',
    alignment: 'both',
    firstLineTw: 567,
    spacingBeforeTw: 120,
    spacingAfterTw: 0,
    lineSpacing: null,
    hasBottomBorder: false,
    runs: [{ ...RUN, text, ...run }],
    ...extra,
  };
}

/** An A4 section, portrait or landscape. */
export function page(orientation: 'portrait' | 'landscape', extra: Partial<PageFacts> = {}): PageFacts {
  const [w, h] = orientation === 'portrait' ? [11906, 16838] : [16838, 11906];
  return { widthTw: w, heightTw: h, orientation, marginTopTw: 1134, marginBottomTw: 1134, marginLeftTw: 1701, marginRightTw: 1134, titlePage: true, ...extra };
}

/** Facts from paragraphs and sections (header parts none unless given). */
export function facts(paragraphs: readonly ParagraphFacts[], sections: readonly PageFacts[], extra: Partial<FormattingFacts> = {}): FormattingFacts {
  return { page: sections[0] ?? null, sections, headerFooters: [], paragraphs, legacyFonts: [], drawnLines: 0, ...extra };
}
