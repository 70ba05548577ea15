import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { applyFix, checkDocument } from '../../../../core/rules/index';
import { asImported, doc, goldenBody, h1, h2, labelled, p, withHeader, withSource } from '../../../helpers/doc-builders';
import { TEST_PROFILES } from '../../../helpers/rules-profiles';
import { blockText } from '../../../../core/model/walk';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const rulesOf = (plan: PlanDocument) => checkDocument(plan, { profiles: TEST_PROFILES }).findings.map((f) => f.rule);

describe('applyFix', () => {
  it('fixes "tháng 05" through the offered set-date edit, without touching the frozen input', () => {
    const plan = deepFreeze(withSource(withHeader(asImported(doc()), { date: { day: 12, month: 5, year: 2024 } }), 'date', 'Bắc Giang, ngày 12 tháng 05 năm 2024', 5));
    const fix = checkDocument(plan, { profiles: TEST_PROFILES }).findings.find((f) => f.rule === 'date.leading-zero')?.fix;
    const fixed = applyFix(plan, fix!.edit);
    expect({ date: fixed.header.date, source: fixed.header.source?.date, still: rulesOf(fixed), original: plan.header.source?.date?.text }).toEqual({
      date: { day: 12, month: 5, year: 2024 },
      source: { line: 5, text: 'Bắc Giang, ngày 12 tháng 5 năm 2024' },
      still: [],
      original: 'Bắc Giang, ngày 12 tháng 05 năm 2024',
    });
  });

  it('renumbers a body with a repeated label so that the numbering finding goes away', () => {
    const body = goldenBody();
    const plan = deepFreeze(asImported(doc(...body)));
    const broken = { ...plan, body: plan.body.map((b, i) => (i === 1 && b.kind === 'numbered' ? { ...b, label: 'I.' } : b)) };
    const fixed = applyFix(deepFreeze(broken), { kind: 'renumber' });
    expect({ before: rulesOf(broken), after: rulesOf(fixed), labels: fixed.body.map((b) => (b.kind === 'numbered' ? b.label : 'x')) }).toEqual({
      before: ['structure.numbering'],
      after: [],
      labels: [null, null, null, null],
    });
  });

  it('adds a missing section after its predecessor, numbered afresh', () => {
    const [a, , c, d] = goldenBody();
    const plan = deepFreeze(doc(labelled('I.', a as ReturnType<typeof h1>), labelled('II.', c as ReturnType<typeof h1>), labelled('III.', d as ReturnType<typeof h1>)));
    const fixed = applyFix(plan, { kind: 'add-section', sectionKey: 'noi-dung', heading: 'NỘI DUNG', afterId: a?.id ?? null });
    expect(fixed.body.map((b) => [blockText(b), b.kind === 'numbered' ? b.label : 'x', b.kind === 'numbered' ? (b.sectionKey ?? null) : null])).toEqual([
      ['MỤC ĐÍCH, YÊU CẦU', null, null],
      ['NỘI DUNG', null, 'noi-dung'],
      ['KINH PHÍ THỰC HIỆN', null, null],
      ['TỔ CHỨC THỰC HIỆN', null, null],
    ]);
  });

  it('sets the signer block and recipients as given', () => {
    const plan = deepFreeze(asImported(doc()));
    const sig = { onBehalfOf: null, authority: 'KT.' as const, headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Mai Sơn' };
    const signed = applyFix(plan, { kind: 'set-signature', ...sig });
    const listed = applyFix(plan, { kind: 'set-recipients', items: [{ text: 'Các sở', depth: 0 }, { text: 'Lưu: VT', depth: 0 }] });
    expect({ sig: signed.signature, items: listed.recipients?.items, heading: listed.recipients?.headingSource?.text }).toEqual({
      sig,
      items: [{ text: 'Các sở', depth: 0 }, { text: 'Lưu: VT', depth: 0 }],
      heading: 'Nơi nhận:',
    });
  });

  it('replaces text inside one block and sets header fields', () => {
    const item = h2('Tuyên truyền', p('Theo Kế hoạch số 01/KH-UBND.'));
    const plan = deepFreeze(doc(h1('NỘI DUNG', item)));
    const replaced = applyFix(plan, { kind: 'replace-in-block', blockId: item.id, from: 'Tuyên', to: 'Đẩy mạnh tuyên' });
    const renamed = applyFix(plan, { kind: 'set-header', field: 'symbol', value: 'KH-UBND' });
    const first = replaced.body[0];
    expect({ text: first?.kind === 'numbered' ? blockText(first.children[0]!) : null, symbol: renamed.header.symbol }).toEqual({ text: 'Đẩy mạnh tuyên truyền', symbol: 'KH-UBND' });
  });
});
