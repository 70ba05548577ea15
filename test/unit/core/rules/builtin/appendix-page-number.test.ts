import { describe, expect, it } from 'vitest';
import { appendix } from '../../../../../core/model/builders';
import type { HeaderFooterFacts, PageFacts } from '../../../../../core/model/formatting';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { appendixPageNumber } from '../../../../../core/rules/builtin/appendix-page-number';
import { briefs } from '../../../../helpers/rules-check';
import { facts, imported, page, para, planWith } from './appendix-docs';

const header = (section: number, extra: Partial<HeaderFooterFacts> = {}): HeaderFooterFacts => ({
  kind: 'header', type: 'default', text: '2', hasPageField: true, alignment: 'center', section, ...extra,
});

/** A .docx plan: body in paragraphs 0–9, its appendix from paragraph 10 (line 11), in `appendixSection`. */
function docx(appendixSection: number, second: Partial<PageFacts>, parts: readonly HeaderFooterFacts[]): PlanDocument {
  const plan = imported(planWith([appendix({ title: 'DANH MỤC NHIỆM VỤ' })], 'Chi tiết tại Phụ lục kèm theo.'), [{ label: 'Phụ lục', attached: null, line: 11 }]);
  const paragraphs = Array.from({ length: 14 }, (_, i) => para(i, i === 10 ? 'Phụ lục' : `Đoạn ${i}`, { section: i < 10 ? 0 : appendixSection }));
  return { ...plan, formatting: facts(paragraphs, [page('portrait'), page('landscape', second)], { headerFooters: parts }) };
}

const texts = (plan: PlanDocument): string[] => briefs(appendixPageNumber, plan).map((b) => `${b.severity} ${b.location.path}: ${b.message}`);

describe('appendix.page-number', () => {
  it('stays silent on an appendix in its own section that restarts at 1 with a centred header number', () => {
    expect(texts(docx(1, { pageNumberStart: 1 }, [header(0), header(1)]))).toEqual([]);
  });

  it('reports an appendix whose pages continue the main numbering, or restart at another number', () => {
    expect([...texts(docx(1, { pageNumberStart: null }, [header(0), header(1)])), ...texts(docx(1, { pageNumberStart: 5 }, [header(0), header(1)]))]).toEqual([
      'warning Phụ lục: Phụ lục không đánh số trang riêng: số trang nối tiếp văn bản chính — đặt "Start at: 1" (Page Number Format) cho phần chứa phụ lục.',
      'warning Phụ lục: Phụ lục đánh số trang bắt đầu từ 5; phụ lục đánh số trang riêng, bắt đầu từ 1.',
    ]);
  });

  it('reports an appendix that starts no section of its own', () => {
    expect(texts(docx(0, { pageNumberStart: 1 }, [header(0)]))).toEqual([
      'warning Phụ lục: Phụ lục không bắt đầu một phần (section) mới nên không đánh số trang riêng được: chèn ngắt phần (Section Break, Next Page) trước phụ lục và đánh số trang lại từ 1.',
    ]);
  });

  it('judges the appendix section\'s own header, or the one it inherits: centred, in the header, not the footer', () => {
    const right = docx(1, { pageNumberStart: 1 }, [header(0), header(1, { alignment: 'right' })]);
    const inherited = docx(1, { pageNumberStart: 1 }, [header(0)]);
    const footer = docx(1, { pageNumberStart: 1 }, [header(0), header(1, { kind: 'footer' }), header(1, { hasPageField: false, text: '' })]);
    expect([...texts(right), ...texts(inherited), ...texts(footer)]).toEqual([
      'warning Phụ lục: Phụ lục: số trang của phụ lục chưa căn giữa phần đầu trang.',
      'warning Phụ lục: Phụ lục: số trang của phụ lục đặt ở chân trang; cần đặt ở giữa phần đầu trang.',
    ]);
  });

  it('stays silent when the facts do not say which section a paragraph is in (older readers), or there are none', () => {
    const plan = docx(1, { pageNumberStart: null }, [header(0)]);
    const older = { ...plan, formatting: { ...plan.formatting!, paragraphs: plan.formatting!.paragraphs.map(({ section: _s, ...p }) => p) } };
    const { formatting: _f, ...text } = plan;
    expect([...texts(older), ...texts(text)]).toEqual([]);
  });

  it('leaves a document that shows no page number anywhere to format.page-number', () => {
    expect(texts(docx(0, { pageNumberStart: null }, [header(0, { hasPageField: false, text: '' })]))).toEqual([]);
  });
});
