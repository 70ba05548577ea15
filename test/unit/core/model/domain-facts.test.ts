/**
 * Facts of the decree that every layer shares, each defined once in core/model: the kind names and type name
 * lines, the Quốc hiệu and Tiêu ngữ, the cleaning of Kính gửi and Nơi nhận entries. Each test holds a consumer
 * (writer, rule, importer, page helper) to the one definition.
 */
import { describe, expect, test } from 'vitest';
import { addresseesBlock, titleBlock } from '../../../../core/docx/writer/title-block';
import { specText } from '../../../../core/docx/writer/spec';
import { docTypeKind } from '../../../../core/import/structure/classify';
import { emptyPlan } from '../../../../core/model/builders';
import { documentTitle, numberLine } from '../../../../core/model/header-lines';
import { kindName, TYPED_KINDS, typeNameOf } from '../../../../core/model/kinds';
import { MOTTO, NATIONAL_TITLE } from '../../../../core/model/national-motto';
import type { DocKind } from '../../../../core/model/plan-document';
import { cleanRecipientText, formatAddresseeLines, isArchiveRecipient, KINH_GUI, recipientEntries } from '../../../../core/model/recipients';
import { headerDocType } from '../../../../core/rules/builtin/header-doc-type';
import { headerNationalMotto } from '../../../../core/rules/builtin/header-national-motto';
import { instantiateTemplate, parseTemplate } from '../../../../core/templates/index';
import { profileFromForm, type ProfileForm } from '../../../../renderer/features/settings/profile-form';
import { recipientsFromText } from '../../../../renderer/features/sheet/SignatureArea';
import { templateJson } from '../../../helpers/templates-builders';

const ALL_KINDS: readonly DocKind[] = ['ke-hoach', 'cong-van', 'bao-cao', 'quyet-dinh', 'to-trinh', 'thong-bao', 'chuong-trinh', 'khac'];

describe('the kind → type name table', () => {
  test('gives the type name line of the typed kinds in capitals, and none for a công văn or another kind', () => {
    expect(ALL_KINDS.map((kind) => [kind, kindName(kind), typeNameOf(kind)])).toEqual([
      ['ke-hoach', 'Kế hoạch', 'KẾ HOẠCH'],
      ['cong-van', 'Công văn', null],
      ['bao-cao', 'Báo cáo', 'BÁO CÁO'],
      ['quyet-dinh', 'Quyết định', 'QUYẾT ĐỊNH'],
      ['to-trinh', 'Tờ trình', 'TỜ TRÌNH'],
      ['thong-bao', 'Thông báo', 'THÔNG BÁO'],
      ['chuong-trinh', 'Chương trình', 'CHƯƠNG TRÌNH'],
      ['khac', 'Văn bản', null],
    ]);
  });

  test('is what the writer prints, what the rule asks for, and what the importer recognises, for every typed kind', () => {
    const seen = TYPED_KINDS.map((kind) => {
      const doc = emptyPlan(kind);
      const block = titleBlock(doc)[0];
      const fix = headerDocType.check(doc, { profile: null })[0]?.fix?.edit;
      return {
        kind,
        printed: block?.kind === 'text' ? specText(block) : null,
        asked: fix?.kind === 'set-header' ? fix.value : null,
        read: docTypeKind(typeNameOf(kind) ?? ''),
      };
    });
    expect(seen).toEqual(TYPED_KINDS.map((kind) => ({ kind, printed: typeNameOf(kind), asked: typeNameOf(kind), read: kind })));
  });
});

describe('the Quốc hiệu and Tiêu ngữ', () => {
  test('a template plan carries them and the rule accepts them as they are; a changed Tiêu ngữ is fixed back to them', () => {
    const parsed = parseTemplate(templateJson());
    if (!parsed.ok) {
      throw new Error(parsed.error.message);
    }
    const plan = instantiateTemplate(parsed.value);
    const wrong = { ...plan, header: { ...plan.header, motto: 'Độc lập – Tự do – Hạnh phúc' } };
    const fixes = headerNationalMotto.check(wrong, { profile: null }).map((f) => (f.fix?.edit.kind === 'set-header' ? f.fix.edit.value : null));
    expect({
      header: [plan.header.nationalTitle, plan.header.motto],
      right: headerNationalMotto.check(plan, { profile: null }),
      fixes,
    }).toEqual({ header: [NATIONAL_TITLE, MOTTO], right: [], fixes: [MOTTO] });
  });
});

describe('Nơi nhận and Kính gửi entries', () => {
  test('lose their list marker and end punctuation, whichever dash or bullet was typed, and come out NFC', () => {
    const typed = ['- Bộ Nội vụ;', '+ Sở Tài chính,', '– UBND huyện.', '— Các sở:', '• Lưu: VT, KGVX.', ' Văn phòng  ', 'Ho\u0300a Bi\u0300nh;'];
    expect(typed.map(cleanRecipientText)).toEqual(['Bộ Nội vụ', 'Sở Tài chính', 'UBND huyện', 'Các sở', 'Lưu: VT, KGVX', 'Văn phòng', 'Hòa Bình']);
  });

  test('know the archive line with or without its marker, and not an entry that only holds the word', () => {
    expect(['- Lưu: VT, KGVX.', 'Lưu VT', 'lưu: VT', 'Ban Lưu trữ;', '- Như trên;'].map(isArchiveRecipient)).toEqual([true, true, true, false, false]);
  });

  test('typed in the page, the settings form and the signature area give the same entries', () => {
    const typed = '- Như trên;\n\n+ Sở Tài chính;\n– Lưu: VT, KGVX.';
    const form: ProfileForm = { parentAgency: '', agency: '', agencyCode: '', place: '', issuingBody: 'ubnd-tinh', signers: '', recipients: typed, archiveCode: '' };
    expect({
      page: recipientEntries(typed),
      settings: profileFromForm(form).recipients,
      signature: recipientsFromText(typed).map((r) => r.text),
    }).toEqual({
      page: ['Như trên', 'Sở Tài chính', 'Lưu: VT, KGVX'],
      settings: ['Như trên', 'Sở Tài chính', 'Lưu: VT, KGVX'],
      signature: ['Như trên', 'Sở Tài chính', 'Lưu: VT, KGVX'],
    });
  });

  test('the writer prints after "Kính gửi:" the lines the page shows: one addressee on the label line, several as "- X;" lines', () => {
    const cases = [['Bộ Nội vụ;'], ['- Bộ Nội vụ', 'Bộ Tài chính;', ''], ['UBND huyện A.', '– UBND huyện B,', 'UBND huyện C']];
    const printed = cases.map((list) => addresseesBlock(list).map((s) => (s.kind === 'text' ? specText(s) : 'rule')));
    const page = cases.map((list) => formatAddresseeLines(list));
    expect(printed).toEqual(page.map((lines) => (lines.length === 1 ? [`${KINH_GUI} ${lines[0]}`] : [KINH_GUI, ...lines])));
    expect(page).toEqual([['Bộ Nội vụ'], ['- Bộ Nội vụ;', '- Bộ Tài chính.'], ['- UBND huyện A;', '- UBND huyện B;', '- UBND huyện C.']]);
  });
});

describe('the title and the "Số:" line', () => {
  test('the title names the kind when no type name is written (the .docx properties said "Kế hoạch" for every kind) and folds the trích yếu to one line', () => {
    const report = { ...emptyPlan('bao-cao'), header: { ...emptyPlan('bao-cao').header, summary: 'Kết quả thực hiện\nnăm 2025' } };
    const letter = { ...emptyPlan('cong-van'), header: { ...emptyPlan('cong-van').header, summary: 'triển khai  Kế hoạch' } };
    expect([documentTitle(report), documentTitle(letter), documentTitle(emptyPlan('cong-van'))]).toEqual(['BÁO CÁO Kết quả thực hiện năm 2025', 'V/v triển khai Kế hoạch', 'Công văn']);
  });

  test('is printed with a leading zero and room for a blank number, and quoted by the report as the document holds it', () => {
    const headers = [{ number: '5', symbol: 'KH-UBND' }, { number: '', symbol: 'KH-UBND' }, { number: '859', symbol: null }];
    expect(headers.map((h) => [numberLine(h, 'printed'), numberLine(h, 'quoted')])).toEqual([
      ['Số: 05/KH-UBND', 'Số: 5/KH-UBND'],
      ['Số:      /KH-UBND', 'Số: …/KH-UBND'],
      ['Số: 859/……', 'Số: 859/'],
    ]);
  });
});
