import { describe, expect, it } from 'vitest';
import { headerAgency } from '../../../../../core/rules/builtin/header-agency';
import { asImported, doc, withHeader } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('header.agency', () => {
  it('stays silent on a correct plan, made in the app or imported', () => {
    expect([...briefs(headerAgency, doc()), ...briefs(headerAgency, asImported(doc()))]).toEqual([]);
  });

  it('reports a missing issuing body as an error', () => {
    expect(briefs(headerAgency, withHeader(doc(), { agency: null }))).toEqual([
      { severity: 'error', location: { part: 'header', field: 'agency' }, message: expect.stringContaining('Thiếu tên cơ quan ban hành'), fixed: false },
    ]);
  });

  it('asks for capitals and offers them as a fix', () => {
    expect(briefs(headerAgency, withHeader(doc(), { agency: 'Ủy ban nhân dân\ntỉnh Bắc Giang' }))).toEqual([
      { severity: 'error', location: { part: 'header', field: 'agency' }, message: expect.stringContaining('"ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"'), fixed: true },
    ]);
  });

  it('accepts a supervising body in capitals and flags one in thường', () => {
    expect(briefs(headerAgency, withHeader(doc(), { parentAgency: 'UBND TỈNH BẮC GIANG' }))).toEqual([]);
    expect(briefs(headerAgency, withHeader(doc(), { parentAgency: 'UBND tỉnh Bắc Giang' })).map((b) => b.location.field)).toEqual(['parentAgency']);
  });
});

describe('header.agency on a fresh template', () => {
  it('reports an issuing body left as "TỈNH …"', () => {
    expect(briefs(headerAgency, withHeader(doc(), { agency: 'ỦY BAN NHÂN DÂN\nTỈNH …' })).map((b) => [b.severity, b.message.includes('chưa điền đủ')])).toEqual([['error', true]]);
  });
});
