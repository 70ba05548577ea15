/**
 * Body builders for the editor tests: a large varied body and a seed-like Kế hoạch body.
 */
import type { Block, Run } from '../../core/model/plan-document';

let counter = 0;

function id(): string {
  counter += 1;
  return `t${counter}`;
}

/** A numbered block. */
export function num(level: 'part' | 'section' | 'item' | 'point', runs: string | readonly Run[], children: readonly Block[] = [], extra: { label?: string | null; titled?: boolean; sectionKey?: string } = {}): Block {
  return {
    kind: 'numbered',
    id: id(),
    level,
    label: extra.label ?? null,
    titled: extra.titled ?? level !== 'point',
    runs: typeof runs === 'string' ? [{ text: runs }] : runs,
    children,
    ...(extra.sectionKey ? { sectionKey: extra.sectionKey } : {}),
  };
}

/** A "-" or "+" item. */
export function bul(marker: '-' | '+', text: string, children: readonly Block[] = []): Block {
  return { kind: 'bullet', id: id(), marker, runs: [{ text }], children };
}

/** A paragraph. */
export function para(runs: string | readonly Run[], placeholder = false): Block {
  const block: Block = { kind: 'paragraph', id: id(), runs: typeof runs === 'string' ? (runs === '' ? [] : [{ text: runs }]) : runs };
  return placeholder ? { ...block, placeholder: true } : block;
}

/** A body that uses every kind, level, flag and nesting the model has. */
export function variedBody(): Block[] {
  return [
    para('Căn cứ tình hình thực tế, UBND tỉnh ban hành Kế hoạch như sau:'),
    num('part', 'PHẦN CHUNG', [
      num('section', 'MỤC ĐÍCH, YÊU CẦU', [
        num('item', 'Mục đích', [
          para([{ text: 'Nâng cao ' }, { text: 'nhận thức', bold: true }, { text: ' của ' }, { text: 'cán bộ', italic: true }, { text: ' và ' }, { text: 'Nhân dân', bold: true, italic: true }, { text: '.' }]),
          para('Dòng một\nDòng hai trong cùng đoạn'),
        ], { label: '1.' }),
        num('item', 'Yêu cầu', [para('Bám sát chủ trương, đường lối của Đảng.')], { label: '2.' }),
      ], { label: 'I.', sectionKey: 'muc-dich' }),
      num('section', 'NỘI DUNG', [
        num('item', 'Tổ chức tuyên truyền', [
          num('point', 'Tổ chức hội nghị quán triệt;', [bul('-', 'Cơ quan chủ trì: Sở Nội vụ.', [bul('+', 'Phối hợp: Sở Tài chính;'), bul('+', 'Các huyện, thành phố.')])]),
          num('point', 'Biên soạn tài liệu;', [], { label: 'b)' }),
          num('point', 'Phát hành ấn phẩm;', [], { label: 'c)' }),
          num('point', 'Tuyên truyền trên báo chí;', [], { label: 'd)' }),
          num('point', 'Tuyên truyền trên mạng xã hội.', [], { label: 'đ)' }),
          para('Đoạn kết của mục sau các điểm.'),
        ], { label: '1.', titled: false }),
        bul('-', 'Gạch đầu dòng trực tiếp dưới mục.'),
      ], { label: 'II.', sectionKey: 'noi-dung' }),
    ], { label: 'Phần I' }),
    num('section', 'KINH PHÍ THỰC HIỆN', [para('Hướng dẫn: nêu nguồn kinh phí.', true)], { sectionKey: 'kinh-phi' }),
    num('section', 'TỔ CHỨC THỰC HIỆN', [], { sectionKey: 'to-chuc' }),
    para(''),
  ];
}

/** A body shaped like the seed plans (Bắc Giang): sections, titled items, paragraphs and "-" lines. */
export function seedLikeBody(): Block[] {
  const item = (n: number, title: string): Block =>
    num('item', title, [
      para(`Triển khai thực hiện có hiệu quả nội dung số ${n} trên địa bàn tỉnh; đẩy mạnh các hoạt động văn hóa đối ngoại.`),
      para('Tăng cường phối hợp với các cơ quan đại diện Việt Nam ở nước ngoài tuyên truyền, quảng bá về Bắc Giang.'),
      bul('-', 'Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.'),
      bul('-', 'Cơ quan phối hợp: Sở Thông tin và Truyền thông; các cơ quan, đơn vị có liên quan.'),
    ], { label: `${n}.` });
  return [
    num('section', 'MỤC ĐÍCH - YÊU CẦU', [
      num('item', 'Mục đích', [para('Triển khai, thực hiện có hiệu quả Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ.')], { label: '1.' }),
      num('item', 'Yêu cầu', [para('Các hoạt động được tổ chức thực hiện có trọng tâm, trọng điểm, hiệu quả, tiết kiệm.')], { label: '2.' }),
    ], { label: 'I.', sectionKey: 'muc-dich' }),
    num('section', 'NỘI DUNG', [1, 2, 3, 4, 5].map((n) => item(n, `Nhiệm vụ trọng tâm thứ ${n}`)), { label: 'II.', sectionKey: 'noi-dung' }),
    num('section', 'TỔ CHỨC THỰC HIỆN', [
      num('item', 'Sở Văn hóa, Thể thao và Du lịch', [para('Chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện Kế hoạch.')], { label: '1.', titled: false }),
      num('item', 'Sở Tài chính', [para('Tham mưu bố trí kinh phí thực hiện Kế hoạch.')], { label: '2.', titled: false }),
    ], { label: 'III.', sectionKey: 'to-chuc' }),
  ];
}

/** A long body: `sections` sections of `items` items with paragraphs and points (≈ 1 page per item). */
export function longBody(sections: number, items: number): Block[] {
  const text = 'Tiếp tục đẩy mạnh công tác tuyên truyền, quán triệt, nâng cao nhận thức về vị trí, vai trò của văn hóa đối ngoại trong thời kỳ hội nhập quốc tế.';
  return Array.from({ length: sections }, (_, s) =>
    num('section', `NỘI DUNG THỨ ${s + 1}`, Array.from({ length: items }, (_, i) =>
      num('item', `Nhiệm vụ ${i + 1}`, [para(text), para(text), num('point', text), num('point', text), bul('-', text)]),
    )),
  );
}
