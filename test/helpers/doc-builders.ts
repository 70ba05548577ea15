/**
 * Test data builders for plans (STYLE §14): `doc(h1('NỘI DUNG', h2('Tuyên truyền', p('…'))))`,
 * a golden correct plan, and `asImported` to turn an app plan into one "read from a .txt" (labels and
 * source lines as written), so rules that judge text as written can be tested both ways.
 */
import { bullet, emptyPlan, numbered, paragraph } from '../../core/model/builders';
import { computeLabels } from '../../core/model/numbering';
import type { Block, Header, HeaderField, NumberedBlock, ParagraphBlock, PlanDocument, Recipient, Signature, SourceRef } from '../../core/model/plan-document';
import { signatureLines } from '../../core/model/signature';
import { blockText } from '../../core/model/walk';
import { formatDateWords } from '../../core/text/dates';

/** A section "I. …" (label computed unless given with `labelled`). */
export function h1(text: string, ...children: Block[]): NumberedBlock {
  return numbered({ level: 'section', text, children });
}

/** An item "1. …" with a title on its own line. */
export function h2(text: string, ...children: Block[]): NumberedBlock {
  return numbered({ level: 'item', text, children });
}

/** A numbered paragraph "1. text" (no separate title). */
export function n2(text: string, ...children: Block[]): NumberedBlock {
  return numbered({ level: 'item', text, children, titled: false });
}

/** A point "a) …". */
export function h3(text: string, ...children: Block[]): NumberedBlock {
  return numbered({ level: 'point', text, children, titled: false });
}

/** A "-" item. */
export function li(text: string, ...children: Block[]): Block {
  return bullet(text, children);
}

/** A paragraph. */
export function p(text: string): ParagraphBlock {
  return paragraph(text);
}

/** The same numbered block with a label as written ("9.", "đ)"). */
export function labelled<B extends NumberedBlock>(label: string, block: B): B {
  return { ...block, label };
}

/** A correct provincial UBND header. */
export function goldenHeader(): Header {
  return {
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    parentAgency: null,
    agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
    number: '859',
    symbol: 'KH-UBND',
    place: 'Bắc Giang',
    date: { day: 5, month: 1, year: 2024 },
    docType: 'KẾ HOẠCH',
    summary: 'Triển khai thực hiện Chiến lược văn hóa đối ngoại trên địa bàn tỉnh năm 2024',
    addressees: [],
    issuer: 'collective',
  };
}

/** A correct four-section body (Mục đích, yêu cầu; Nội dung; Kinh phí; Tổ chức thực hiện). */
export function goldenBody(): Block[] {
  return [
    h1('MỤC ĐÍCH, YÊU CẦU', h2('Mục đích', li('Nâng cao nhận thức về văn hóa đối ngoại.')), h2('Yêu cầu', li('Triển khai có trọng tâm, trọng điểm.'))),
    h1(
      'NỘI DUNG',
      h2('Tuyên truyền về văn hóa đối ngoại', p('Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.'), li('Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.')),
      h2('Quảng bá hình ảnh của tỉnh', p('Tổ chức các sự kiện quảng bá.'), li('Cơ quan chủ trì: Sở Ngoại vụ.')),
    ),
    h1('KINH PHÍ THỰC HIỆN', p('Kinh phí thực hiện do ngân sách nhà nước bảo đảm theo phân cấp hiện hành và các nguồn hợp pháp khác.')),
    h1(
      'TỔ CHỨC THỰC HIỆN',
      h2('Sở Văn hóa, Thể thao và Du lịch', li('Chủ trì theo dõi, đôn đốc; định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11.')),
      h2('Ủy ban nhân dân các huyện, thành phố', li('Triển khai thực hiện Kế hoạch trên địa bàn.')),
    ),
  ];
}

/** A correct signer block: a deputy signs for the Chủ tịch on behalf of the UBND. */
export function goldenSignature(): Signature {
  return { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Mai Sơn' };
}

/** A correct Nơi nhận list. */
export function goldenRecipients(): Recipient[] {
  return ['Bộ Văn hóa, Thể thao và Du lịch (b/c)', 'TT Tỉnh ủy, TT HĐND tỉnh (b/c)', 'Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố', 'Lưu: VT, KGVX'].map(
    (text) => ({ text, depth: 0 as const }),
  );
}

/** A correct Kế hoạch made in the app (template "ke-hoach-trien-khai"); `body` replaces the golden body. */
export function doc(...body: Block[]): PlanDocument {
  const base = emptyPlan('ke-hoach', 'app');
  return {
    ...base,
    header: goldenHeader(),
    opening: [p('Thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ về đẩy mạnh triển khai Chiến lược văn hóa đối ngoại, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:')],
    body: body.length > 0 ? body : goldenBody(),
    closing: [p('Trên đây là Kế hoạch triển khai Chiến lược văn hóa đối ngoại trên địa bàn tỉnh năm 2024./.')],
    endsWithMark: true,
    signature: goldenSignature(),
    recipients: { items: goldenRecipients() },
    meta: { ...base.meta, templateId: 'ke-hoach-trien-khai' },
  };
}

/** A copy with some header fields changed. */
export function withHeader(plan: PlanDocument, change: Partial<Header>): PlanDocument {
  return { ...plan, header: { ...plan.header, ...change } };
}

/** A copy with one header field's source line text replaced (as if read from a file). */
export function withSource(plan: PlanDocument, field: HeaderField, text: string, line = 3): PlanDocument {
  return withHeader(plan, { source: { ...plan.header.source, [field]: { line, text } } });
}

function labelBlocks(blocks: readonly Block[], labels: ReadonlyMap<string, string>, line: { n: number }): Block[] {
  return blocks.map((b): Block => {
    const source: SourceRef = { line: line.n, text: blockText(b) };
    line.n += 1;
    if (b.kind === 'paragraph' || b.kind === 'table') {
      return { ...b, source };
    }
    const children = labelBlocks(b.children, labels, line);
    return b.kind === 'numbered' ? { ...b, label: labels.get(b.id) ?? null, source, children } : { ...b, source, children };
  });
}

/** The plan as if read from a .txt: labels and source lines as written (correctly), origin "txt". */
export function asImported(plan: PlanDocument): PlanDocument {
  const h = plan.header;
  const date = h.date ? `${h.place ?? ''}, ${formatDateWords(h.date)}` : '';
  const header: Header = {
    ...h,
    source: { number: { line: 3, text: `Số: ${h.number ?? ''}/${h.symbol ?? ''}` }, date: { line: 5, text: date } },
  };
  const line = { n: 20 };
  const body = labelBlocks(plan.body, computeLabels(plan.body), line);
  const sig = plan.signature;
  const signature = sig ? { ...sig, sourceLines: signatureLines(sig).map((text, i) => ({ line: 300 + i, text })), nameSource: { line: 310, text: sig.name ?? '' } } : null;
  const items = plan.recipients?.items ?? [];
  const recipients = plan.recipients
    ? {
        headingSource: { line: 299, text: 'Nơi nhận:' },
        items: items.map((r, i) => ({ ...r, source: { line: 300 + i, text: `${r.depth === 1 ? '+' : '-'} ${r.text}${i === items.length - 1 ? '.' : ';'}` } })),
      }
    : null;
  return { ...plan, header, body, signature, recipients, meta: { ...plan.meta, origin: 'txt', templateId: null } };
}

/** A long plan: `sections` sections × `items` items × `paragraphs` paragraphs (for speed checks). */
export function largePlan(sections = 8, items = 12, paragraphs = 12): PlanDocument {
  const keys = ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'KINH PHÍ', 'TỔ CHỨC THỰC HIỆN'];
  const body = Array.from({ length: sections }, (_, s) =>
    h1(
      keys[s] ?? `NHIỆM VỤ KHÁC ${s}`,
      ...Array.from({ length: items }, (_, i) =>
        h2(
          `Nhiệm vụ ${s}.${i}`,
          ...Array.from({ length: paragraphs }, (_, k) => p(`Đoạn ${k}: thực hiện theo Kế hoạch số ${100 + k}/KH-UBND ngày 05/5/2017 của Ủy ban nhân dân tỉnh; cơ quan chủ trì: Sở Nội vụ; báo cáo định kỳ hằng năm.`)),
        ),
      ),
    ),
  );
  return asImported(doc(...body));
}
