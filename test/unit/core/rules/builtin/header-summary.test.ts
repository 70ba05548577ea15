import { describe, expect, it } from 'vitest';
import { headerSummary } from '../../../../../core/rules/builtin/header-summary';
import { doc, withHeader } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('header.summary', () => {
  it('stays silent on a trích yếu in thường', () => {
    expect(briefs(headerSummary, doc())).toEqual([]);
  });

  it('reports a missing trích yếu as an error', () => {
    expect(briefs(headerSummary, withHeader(doc(), { summary: null }))).toEqual([
      { severity: 'error', location: { part: 'header', field: 'summary' }, message: expect.stringContaining('Thiếu trích yếu'), fixed: false },
    ]);
  });

  it('warns on a trích yếu written all in capitals', () => {
    const plan = withHeader(doc(), { summary: 'TRIỂN KHAI CÔNG TÁC NGOẠI GIAO VĂN HÓA NĂM 2018' });
    expect(briefs(headerSummary, plan).map((b) => b.severity)).toEqual(['warning']);
  });

  it('asks a công văn for its "V/v" line', () => {
    const letter = { ...withHeader(doc(), { summary: null, docType: null }), kind: 'cong-van' as const };
    expect(briefs(headerSummary, letter).map((b) => b.message)).toEqual([expect.stringContaining('"V/v …"')]);
  });
});

describe('header.summary on a fresh template', () => {
  it('reports a trích yếu still holding its {…} guidance', () => {
    const plan = withHeader(doc(), { summary: 'Triển khai thực hiện {tên văn bản cấp trên} trên địa bàn tỉnh' });
    expect(briefs(headerSummary, plan).map((b) => [b.severity, b.message.includes('chưa điền')])).toEqual([['error', true]]);
  });
});
