import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../../../core/model/builders';
import { structureEmptySection } from '../../../../../core/rules/builtin/structure-empty-section';
import { asImported, doc, goldenBody, h1, n2 } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('structure.empty-section', () => {
  it('stays silent when every heading has content, including numbered paragraphs with inline text', () => {
    const plan = doc(...goldenBody(), h1('PHỤ LỤC', n2('Sở Tài chính: Chủ trì, phối hợp bố trí kinh phí hằng năm.')));
    expect([...briefs(structureEmptySection, plan), ...briefs(structureEmptySection, asImported(doc()))]).toEqual([]);
  });

  it('warns on a section left with only template guidance', () => {
    const empty = h1('KINH PHÍ', paragraph('Nêu nguồn kinh phí.', { placeholder: true }));
    const body = goldenBody();
    body[2] = empty;
    expect(briefs(structureEmptySection, doc(...body))).toEqual([
      { severity: 'warning', location: { part: 'body', blockId: empty.id, path: 'III' }, message: 'Mục III "KINH PHÍ" chưa có nội dung: viết nội dung cho mục này hoặc bỏ tiêu đề.', fixed: false },
    ]);
  });
});
