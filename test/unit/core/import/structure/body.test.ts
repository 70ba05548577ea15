import { describe, expect, it } from 'vitest';
import { importText } from '../../../../../core/import/structure/import-text';
import { blockText, flattenBlocks, runsText, tableText } from '../../../../../core/model/walk';
import type { Block, PlanDocument } from '../../../../../core/model/plan-document';

function first(text: string): PlanDocument {
  const read = importText(text, { idPrefix: 't' });
  if (!read.ok) {
    throw new Error(read.error.message);
  }
  return read.value[0] as PlanDocument;
}

const HEAD = 'KẾ HOẠCH\nTrích yếu\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n';

/** A compact outline: "<label or marker> <text>" with children indented by two spaces. */
function tree(blocks: readonly Block[], depth = 0): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'table') {
      return [`${'  '.repeat(depth)}▦ ${b.headerRows}h ${tableText(b).replace(/\n/g, ' / ')}`];
    }
    const head = b.kind === 'numbered' ? `${b.label} ${b.titled ? '[T] ' : ''}` : b.kind === 'bullet' ? `${b.marker} ` : '¶ ';
    const line = `${'  '.repeat(depth)}${head}${runsText(b.runs)}`;
    return b.kind === 'paragraph' ? [line] : [line, ...tree(b.children, depth + 1)];
  });
}

describe('body levels', () => {
  it('nests Phần > I. > 1. > a) > "-" > "+", with plain paragraphs under the nearest numbered block', () => {
    const doc = first(
      `${HEAD}Phần I\nNHỮNG VẤN ĐỀ CHUNG\nI. MỤC ĐÍCH\n1. Mục đích\na) Điểm một:\n- gạch một;\n+ cộng một;\n+ cộng hai.\nĐoạn văn thường.\nb) Điểm hai.\nII. NỘI DUNG\nĐoạn dưới II.`,
    );
    expect(tree(doc.body)).toEqual([
      'Phần I [T] NHỮNG VẤN ĐỀ CHUNG',
      '  I. [T] MỤC ĐÍCH',
      '    1. [T] Mục đích',
      '      a) Điểm một:',
      '        - gạch một;',
      '          + cộng một;',
      '          + cộng hai.',
      '        ¶ Đoạn văn thường.',
      '      b) Điểm hai.',
      '  II. [T] NỘI DUNG',
      '    ¶ Đoạn dưới II.',
    ]);
  });

  it('reads every one of the 23 điểm letters, đ included; "f)" is no điểm and continues the line above', () => {
    const letters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
    const points = letters.map((l) => `${l}) Việc ${l}.`).join('\n');
    const doc = first(`${HEAD}1. Nhiệm vụ\n${points}\nf) không phải điểm.`);
    const item = doc.body[0] as Extract<Block, { kind: 'numbered' }>;
    const labels = item.children.map((c) => (c.kind === 'numbered' ? `${c.level}:${c.label}` : c.kind));
    const last = item.children[item.children.length - 1] as Block;
    expect([labels, blockText(last)]).toEqual([letters.map((l) => `point:${l})`), 'Việc y. f) không phải điểm.']);
  });

  it('keeps labels as written: a repeated "9." and a gap stay for the checker to judge', () => {
    const doc = first(`${HEAD}I. NỘI DUNG\n8. Việc tám.\n9. Việc chín.\n9. Việc chín nữa.\n11. Việc mười một.\nIII. KINH PHÍ\nNgân sách tỉnh.`);
    expect(tree(doc.body)).toEqual([
      'I. [T] NỘI DUNG',
      '  8. Việc tám.',
      '  9. Việc chín.',
      '  9. Việc chín nữa.',
      '  11. Việc mười một.',
      'III. [T] KINH PHÍ',
      '  ¶ Ngân sách tỉnh.',
    ]);
  });

  it('reads "PHẦN II", "Mục 1" and "1)" markers as written', () => {
    const doc = first(`${HEAD}PHẦN II. TỔ CHỨC\nMục 1. Nhiệm vụ chung\n1) Việc một.\n2) Việc hai.`);
    const labels = tree(doc.body);
    expect(labels).toEqual(['PHẦN II. [T] TỔ CHỨC', '  Mục 1. [T] Nhiệm vụ chung', '    1) Việc một.', '    2) Việc hai.']);
  });

  it('keeps an empty section heading in capitals a title (the checker reports it empty)', () => {
    const doc = first(`${HEAD}I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\nViệc cần làm.`);
    expect(tree(doc.body)).toEqual(['I. [T] MỤC ĐÍCH, YÊU CẦU', 'II. [T] NỘI DUNG', '  ¶ Việc cần làm.']);
  });

  it('tells a title line from a numbered sentence', () => {
    const doc = first(
      `${HEAD}IV. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa, Thể thao và Du lịch\n- Chủ trì triển khai.\n2. Sở Ngoại vụ:\nPhối hợp thực hiện.\n3. Sở Thông tin và Truyền thông: Hướng dẫn các cơ quan báo chí tuyên truyền về Kế hoạch này.\n4. Sở Tài chính bố trí kinh phí. Sở Nội vụ hướng dẫn biên chế.\n- Thời gian: hằng năm.`,
    );
    const iv = doc.body[0] as Extract<Block, { kind: 'numbered' }>;
    expect(iv.children.map((c) => (c.kind === 'numbered' ? [c.label, c.titled] : c.kind))).toEqual([
      ['1.', true],
      ['2.', true],
      ['3.', false],
      ['4.', false],
    ]);
  });
});

describe('noise', () => {
  it('joins a line broken mid-sentence, across a blank line, into one paragraph', () => {
    const doc = first(`${HEAD}1. Nhiệm vụ\nTriển khai Kế hoạch số 1422/KH-UBND của Thủ\n\ntướng Chính phủ trên địa bàn tỉnh.`);
    const item = doc.body[0] as Extract<Block, { kind: 'numbered' }>;
    const para = item.children[0] as Block;
    expect([item.children.length, blockText(para), para.source]).toEqual([
      1,
      'Triển khai Kế hoạch số 1422/KH-UBND của Thủ tướng Chính phủ trên địa bàn tỉnh.',
      { line: 6, text: 'Triển khai Kế hoạch số 1422/KH-UBND của Thủ\ntướng Chính phủ trên địa bàn tỉnh.' },
    ]);
  });

  it('folds NBSP, tabs and stray spaces, and reads lines with no blank line between', () => {
    const doc = first(`KẾ HOẠCH\nTrích yếu\nCăn cứ\u00a0Luật   Ngân sách;\nI.\tMỤC  ĐÍCH \n  1. Mục\u00a0đích\n- Nâng  cao   nhận thức.`);
    expect([runsText(doc.opening[0]?.runs ?? []), ...tree(doc.body)]).toEqual([
      'Căn cứ Luật Ngân sách;',
      'I. [T] MỤC ĐÍCH',
      '  1. [T] Mục đích',
      '    - Nâng cao nhận thức.',
    ]);
  });

  it('does not take a whole-line parenthesis as a broken line', () => {
    const doc = first(`${HEAD}1. Nhiệm vụ\nTổ chức hội nghị.\n(Có phụ lục kèm theo)`);
    const item = doc.body[0] as Extract<Block, { kind: 'numbered' }>;
    expect(item.children.map((c) => blockText(c))).toEqual(['Tổ chức hội nghị.', '(Có phụ lục kèm theo)']);
  });
});

describe('opening, closing and the ./. ending', () => {
  it('puts Căn cứ / Thực hiện lines before the first section into the opening, with sources', () => {
    const doc = first(`KẾ HOẠCH\nTrích yếu\n\nCăn cứ Luật A;\nCăn cứ Nghị định B;\nThực hiện Chỉ thị C, UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\nNội dung.`);
    expect(doc.opening.map((p) => [runsText(p.runs), p.source?.line])).toEqual([
      ['Căn cứ Luật A;', 4],
      ['Căn cứ Nghị định B;', 5],
      ['Thực hiện Chỉ thị C, UBND tỉnh ban hành Kế hoạch như sau:', 6],
    ]);
  });

  it('reads "Trên đây là …" as the closing and strips the ./. mark into endsWithMark', () => {
    const doc = first(`${HEAD}I. NỘI DUNG\nViệc cần làm.\nTrên đây là Kế hoạch của UBND tỉnh.\nYêu cầu các cơ quan thực hiện./.`);
    expect([doc.closing.map((p) => runsText(p.runs)), doc.endsWithMark, tree(doc.body)]).toEqual([
      ['Trên đây là Kế hoạch của UBND tỉnh.', 'Yêu cầu các cơ quan thực hiện'],
      true,
      ['I. [T] NỘI DUNG', '  ¶ Việc cần làm.'],
    ]);
  });

  it('ends the opening at an unnumbered heading in capitals', () => {
    const doc = first(`KẾ HOẠCH\nTrích yếu\n\nCăn cứ Luật A;\nMỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNội dung.`);
    expect([doc.opening.map((p) => runsText(p.runs)), tree(doc.body)]).toEqual([
      ['Căn cứ Luật A;'],
      ['¶ MỤC ĐÍCH, YÊU CẦU', '1. [T] Mục đích', '  ¶ Nội dung.'],
    ]);
  });

  it('reports no ./. mark when the text has none', () => {
    expect(first(`${HEAD}I. NỘI DUNG\nViệc cần làm.`).endsWithMark).toBe(false);
  });

  it('gives every block a deterministic id from the prefix, in document order', () => {
    const text = `${HEAD}I. NỘI DUNG\n1. Việc\n- gạch.`;
    const ids = (doc: PlanDocument): string[] => [...doc.opening, ...flattenBlocks(doc.body)].map((b) => b.id);
    expect([ids(first(text)), ids(first(text))]).toEqual([
      ['t1', 't2', 't3', 't4'],
      ['t1', 't2', 't3', 't4'],
    ]);
  });
});

describe('tables and capitals in the body', () => {
  it('reads body table rows pasted with tabs as one table under their section, and does not end the body there', () => {
    const doc = first(`${HEAD}I. NỘI DUNG\nSTT\tNỘI DUNG\tTHỜI GIAN\n1\tTuyên truyền\tQuý I\nII. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện.`);
    expect([tree(doc.body), doc.signature]).toEqual([
      ['I. [T] NỘI DUNG', '  ▦ 1h STT\tNỘI DUNG\tTHỜI GIAN / 1\tTuyên truyền\tQuý I', 'II. [T] TỔ CHỨC THỰC HIỆN', '  ¶ Các sở thực hiện.'],
      null,
    ]);
  });

  it('does not take a lone caps line with no letterhead near it as the agency', () => {
    const doc = first('PHỤ LỤC\nDanh mục nhiệm vụ\nI. NHIỆM VỤ\nViệc.');
    expect([doc.header.agency, doc.opening.length, tree(doc.body)]).toEqual([null, 0, ['¶ PHỤ LỤC', '¶ Danh mục nhiệm vụ', 'I. [T] NHIỆM VỤ', '  ¶ Việc.']]);
  });
});

describe('titles marked by emphasis', () => {
  it('takes an all-bold numbered line with content under it as a title, even when long or ending with a period', () => {
    const long = 'Tăng cường công tác tuyên truyền. Đẩy mạnh quảng bá hình ảnh của tỉnh ra nước ngoài.';
    const doc = first(`${HEAD}1. **${long}**\n- Cơ quan chủ trì: Sở Ngoại vụ.\n2. ${long}\n- Cơ quan chủ trì: Sở Ngoại vụ.`);
    expect(doc.body.map((b) => (b.kind === 'numbered' ? [b.label, b.titled] : b.kind))).toEqual([
      ['1.', true],
      ['2.', false],
    ]);
  });
});

describe('top-level "1.", "2." of a báo cáo, tờ trình or thông báo', () => {
  const levels = (doc: PlanDocument): string[] => doc.body.map((b) => (b.kind === 'numbered' ? `${b.level}:${b.label}` : b.kind));
  const body = '\n1. KẾT QUẢ KIỂM TRA\nĐã kiểm tra.\n2. KIẾN NGHỊ\nKhắc phục.';

  it('are its sections, labels as written, for those kinds only', () => {
    const kinds = ['BÁO CÁO', 'TỜ TRÌNH', 'THÔNG BÁO', 'KẾ HOẠCH'].map((t) => first(`${t}\nTrích yếu${body}`));
    expect(kinds.map((d) => [d.kind, levels(d)])).toEqual([
      ['bao-cao', ['section:1.', 'section:2.']],
      ['to-trinh', ['section:1.', 'section:2.']],
      ['thong-bao', ['section:1.', 'section:2.']],
      ['ke-hoach', ['item:1.', 'item:2.']],
    ]);
  });

  it('stay items under Roman sections', () => {
    const doc = first(`BÁO CÁO\nTrích yếu\nI. KẾT QUẢ${body}`);
    expect([levels(doc), doc.body[0]?.kind === 'numbered' ? doc.body[0].children.map((c) => (c.kind === 'numbered' ? c.level : c.kind)) : null]).toEqual([
      ['section:I.'], ['item', 'item'],
    ]);
  });
});
