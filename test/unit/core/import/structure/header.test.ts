import { describe, expect, it } from 'vitest';
import { importText } from '../../../../../core/import/structure/import-text';
import type { Header, PlanDocument } from '../../../../../core/model/plan-document';

function first(text: string): PlanDocument {
  const read = importText(text);
  if (!read.ok) {
    throw new Error(read.error.message);
  }
  return read.value[0] as PlanDocument;
}

function header(text: string): Header {
  return first(text).header;
}

const BODY = '\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNội dung.';

describe('number line', () => {
  const cases: Array<[string, string, string | null, string | null]> = [
    ['a filled number', 'Số: 859/KH-UBND', '859', 'KH-UBND'],
    ['a blank number', 'Số: /KH-UBND', '', 'KH-UBND'],
    ['a blank number with spaces', 'Số:    /KH-UBND', '', 'KH-UBND'],
    ['dots for the blank', 'Số: …/KH-UBND', '', 'KH-UBND'],
    ['a space before the slash', 'Số: 859 /KH-UBND', '859', 'KH-UBND'],
    ['a number below 10 as written', 'Số: 5/KH-UBND', '5', 'KH-UBND'],
    ['a công văn code', 'Số: 1477/UBND-VP', '1477', 'UBND-VP'],
    ['no ký hiệu at all', 'Số: 12', '12', null],
  ];
  for (const [what, line, number, symbol] of cases) {
    it(`reads ${what} and keeps the raw line`, () => {
      const h = header(`${line}\nKẾ HOẠCH\nTrích yếu${BODY}`);
      expect([h.number, h.symbol, h.source?.number]).toEqual([number, symbol, { line: 1, text: line }]);
    });
  }
});

describe('place and date line', () => {
  const cases: Array<[string, string, string | null, Header['date']]> = [
    ['a full date', 'Bắc Giang, ngày 15 tháng 9 năm 2021', 'Bắc Giang', { day: 15, month: 9, year: 2021 }],
    ['a blank day', 'Bắc Giang, ngày tháng 9 năm 2021', 'Bắc Giang', { day: null, month: 9, year: 2021 }],
    ['blank day and month', 'Lai Châu, ngày   tháng   năm 2021', 'Lai Châu', { day: null, month: null, year: 2021 }],
    ['dots for blanks', 'Hà Nội, ngày … tháng … năm 2024', 'Hà Nội', { day: null, month: null, year: 2024 }],
    ['a padded month', 'Quảng Ngãi, ngày 05 tháng 05 năm 2018', 'Quảng Ngãi', { day: 5, month: 5, year: 2018 }],
    ['no place', 'ngày 05 tháng 10 năm 2021', null, { day: 5, month: 10, year: 2021 }],
    ['a date in figures', 'Hà Nội, ngày 15/9/2021', 'Hà Nội', { day: 15, month: 9, year: 2021 }],
  ];
  for (const [what, line, place, date] of cases) {
    it(`reads ${what}`, () => {
      const h = header(`${line}\nKẾ HOẠCH\nTrích yếu${BODY}`);
      expect([h.place, h.date, h.source?.date?.text]).toEqual([place, date, line]);
    });
  }
  it('keeps "tháng 05" as written in the source for the checker', () => {
    expect(header(`Hà Nam, ngày 01 tháng 05 năm 2021\nKẾ HOẠCH\nX${BODY}`).source?.date?.text).toBe('Hà Nam, ngày 01 tháng 05 năm 2021');
  });
});

describe('letterhead', () => {
  it('reads agency, Quốc hiệu and Tiêu ngữ written one per line', () => {
    const h = header(
      `ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 859/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Giang, ngày 15 tháng 9 năm 2021\nKẾ HOẠCH\nX${BODY}`,
    );
    expect([h.parentAgency, h.agency, h.nationalTitle, h.motto, h.source?.agency]).toEqual([
      null, 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      { line: 1, text: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG' },
    ]);
  });

  it('splits the two table cells of a row pasted with tabs or wide spaces', () => {
    const h = header(
      `ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NAM      Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\t\tHà Nam, ngày 03 tháng 3 năm 2022\nKẾ HOẠCH\nX${BODY}`,
    );
    expect([h.agency, h.nationalTitle, h.motto, h.number, h.place, h.date]).toEqual([
      'ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '12', 'Hà Nam',
      { day: 3, month: 3, year: 2022 },
    ]);
  });

  it('tells a supervising body from the issuing body', () => {
    const h = header(`UBND TỈNH BẮC GIANG\nSỞ NGOẠI VỤ\nSố: 12/KH-SNgV\nKẾ HOẠCH\nX${BODY}`);
    expect([h.parentAgency, h.agency]).toEqual(['UBND TỈNH BẮC GIANG', 'SỞ NGOẠI VỤ']);
  });

  it('uses bold to tell the issuing body when emphasis is known', () => {
    const h = header(`BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n**CỤC HỢP TÁC QUỐC TẾ**\nSố: 12/KH-HTQT\nKẾ HOẠCH\nX${BODY}`);
    expect([h.parentAgency, h.agency]).toEqual(['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'CỤC HỢP TÁC QUỐC TẾ']);
  });

  it('reads the old spelling "HOÀ" as the Quốc hiệu (the checker judges the spelling)', () => {
    expect(header(`CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\nX${BODY}`).nationalTitle).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('leaves a lost letterhead empty instead of inventing it', () => {
    const h = header(`\n\nKẾ HOẠCH\nX${BODY}`);
    expect([h.agency, h.parentAgency, h.nationalTitle, h.motto, h.number, h.place, h.date]).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('type name and trích yếu', () => {
  const types: Array<[string, PlanDocument['kind']]> = [
    ['KẾ HOẠCH', 'ke-hoach'], ['BÁO CÁO', 'bao-cao'], ['TỜ TRÌNH', 'to-trinh'], ['THÔNG BÁO', 'thong-bao'],
    ['QUYẾT ĐỊNH', 'quyet-dinh'], ['CHƯƠNG TRÌNH', 'chuong-trinh'], ['HƯỚNG DẪN', 'khac'],
  ];
  for (const [name, kind] of types) {
    it(`reads "${name}" as kind ${kind}, not inferred`, () => {
      const doc = first(`${name}\nVề việc gì đó${BODY}`);
      expect([doc.kind, doc.header.docType, doc.meta.inferred.includes('kind')]).toEqual([kind, name, false]);
    });
  }

  it('joins a trích yếu broken over two lines without a blank between', () => {
    const h = header(`KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 25/CT-TTg của\nThủ tướng Chính phủ về văn hóa đối ngoại\n\nCăn cứ Luật Tổ chức chính quyền địa phương;${BODY}`);
    expect([h.summary, h.source?.summary?.line]).toEqual(['Triển khai thực hiện Chỉ thị số 25/CT-TTg của Thủ tướng Chính phủ về văn hóa đối ngoại', 2]);
  });

  it('joins a trích yếu in capitals over lines and blank lines', () => {
    const h = header(`KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC NGOẠI GIAO VĂN HÓA\n\nNĂM 2018\nTrên cơ sở Quyết định số 979/QĐ-UBND;${BODY}`);
    expect(h.summary).toBe('TRIỂN KHAI CÔNG TÁC NGOẠI GIAO VĂN HÓA NĂM 2018');
  });

  it('joins a trích yếu continued on a line that starts in lower case', () => {
    expect(header(`KẾ HOẠCH\nThực hiện Chiến lược văn hóa đối ngoại\n\ntrên địa bàn tỉnh năm 2022\n\nThực hiện Quyết định số 210/QĐ-TTg;${BODY}`).summary).toBe(
      'Thực hiện Chiến lược văn hóa đối ngoại trên địa bàn tỉnh năm 2022',
    );
  });

  it('does not take an opening sentence ending with ":" right under the type name as the trích yếu', () => {
    const doc = first(`KẾ HOẠCH\nThực hiện Chỉ thị số 25/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:${BODY}`);
    expect([doc.header.summary, doc.opening.length, doc.header.issuer]).toEqual([null, 1, 'collective']);
  });

  it('does not take a "Căn cứ" line right under the type name as the trích yếu', () => {
    const doc = first(`KẾ HOẠCH\nCăn cứ Luật Tổ chức chính quyền địa phương;${BODY}`);
    expect([doc.header.summary, doc.opening.length]).toEqual([null, 1]);
  });
});

describe('công văn: V/v and Kính gửi', () => {
  const congVan =
    'ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 1477/UBND-VP\nV/v triển khai Kế hoạch thực hiện\nChiến lược văn hóa đối ngoại\nKính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.\nỦy ban nhân dân tỉnh đề nghị các cơ quan triển khai thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.';

  it('reads a V/v over two lines, several addressees, and infers the kind', () => {
    const doc = first(congVan);
    expect([doc.kind, doc.meta.inferred, doc.header.summary, doc.header.addressees, doc.header.docType]).toEqual([
      'cong-van', ['kind'], 'triển khai Kế hoạch thực hiện Chiến lược văn hóa đối ngoại', ['Các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố'], null,
    ]);
  });

  it('keeps the raw Kính gửi lines for the checker', () => {
    expect(first(congVan).header.source?.addressees).toEqual({
      line: 6, text: 'Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.',
    });
  });

  it('reads a single addressee on the Kính gửi line and the body after it', () => {
    const doc = first('Số: 12/UBND-VP\nV/v góp ý dự thảo\nKính gửi: Sở Tư pháp\nỦy ban nhân dân tỉnh đề nghị Sở Tư pháp góp ý dự thảo./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.');
    expect([doc.header.addressees, doc.body.length, doc.endsWithMark]).toEqual([['Sở Tư pháp'], 1, true]);
  });
});

describe('issuer', () => {
  const cases: Array<[string, string, Header['issuer']]> = [
    ['the UBND by its full name', 'Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch như sau:', 'collective'],
    ['the UBND abbreviated', 'UBND tỉnh ban hành Kế hoạch như sau:', 'collective'],
    ['the Chủ tịch abbreviated', 'Chủ tịch UBND tỉnh ban hành Kế hoạch triển khai như sau:', 'head'],
    ['the Chủ tịch by full name', 'Chủ tịch Ủy ban nhân dân huyện ban hành Kế hoạch như sau:', 'head'],
    ['a cited decision of the Chủ tịch only', 'Căn cứ Quyết định số 1/QĐ-UBND của Chủ tịch UBND tỉnh về việc ban hành Quy chế;', null],
    [
      'the last issuing sentence',
      'Căn cứ Quyết định số 1/QĐ-UBND của Chủ tịch UBND tỉnh về việc ban hành Quy chế; Ủy ban nhân dân tỉnh ban hành Kế hoạch:',
      'collective',
    ],
  ];
  for (const [what, opening, issuer] of cases) {
    it(`reads ${what} (${issuer ?? 'none'})`, () => {
      const doc = first(`KẾ HOẠCH\nTrích yếu\n${opening}${BODY}`);
      expect([doc.header.issuer, doc.meta.inferred.includes('issuer')]).toEqual([issuer, issuer !== null]);
    });
  }
});

describe('kind without a type name', () => {
  const cases: Array<[string, string, PlanDocument['kind']]> = [
    ['the ký hiệu code', 'Số: 12/KH-UBND\nCăn cứ Luật Tổ chức chính quyền địa phương;', 'ke-hoach'],
    ['the opening sentence', 'Căn cứ Luật Tổ chức chính quyền địa phương, UBND tỉnh ban hành Kế hoạch như sau:', 'ke-hoach'],
    ['a report code', 'Số: 7/BC-UBND\nThực hiện yêu cầu của Bộ, UBND tỉnh báo cáo như sau:', 'bao-cao'],
    ['nothing to go on', 'Số: 7/UBND\nThực hiện yêu cầu của Bộ, UBND tỉnh báo cáo như sau:', 'khac'],
  ];
  for (const [what, head, kind] of cases) {
    it(`guesses ${kind} from ${what} and marks the kind inferred`, () => {
      const doc = first(`${head}${BODY}`);
      expect([doc.kind, doc.meta.inferred.includes('kind'), doc.header.docType]).toEqual([kind, true, null]);
    });
  }
});

describe('where a trích yếu ends', () => {
  it('stops at a quyết định\'s "Điều 1." and at a "(Ban hành kèm theo …)" line', () => {
    const qd = header('QUYẾT ĐỊNH\nBan hành Kế hoạch phòng chống thiên tai\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Hiệu lực.');
    const kh = header('KẾ HOẠCH\nPhòng chống thiên tai năm 2026\n(Ban hành kèm theo Quyết định số 5/QĐ-UBND của Ủy ban nhân dân tỉnh)\nI. MỤC ĐÍCH\nViệc.');
    expect([qd.summary, kh.summary]).toEqual(['Ban hành Kế hoạch phòng chống thiên tai', 'Phòng chống thiên tai năm 2026']);
  });
});
