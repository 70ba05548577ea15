import { describe, expect, it } from 'vitest';
import { headerPlaceDate } from '../../../../../core/rules/builtin/header-place-date';
import { asImported, doc, withHeader } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('header.place-date', () => {
  it('stays silent on a correct plan, made in the app or imported', () => {
    expect([...briefs(headerPlaceDate, doc()), ...briefs(headerPlaceDate, asImported(doc()))]).toEqual([]);
  });

  it('reports a missing place-date line as an error', () => {
    expect(briefs(headerPlaceDate, withHeader(doc(), { place: null, date: null }))).toEqual([
      { severity: 'error', location: { part: 'header', field: 'date' }, message: expect.stringContaining('Thiếu dòng địa danh'), fixed: false },
    ]);
  });

  it('reports a blank day and month in a draft as a hint naming both', () => {
    expect(briefs(headerPlaceDate, withHeader(doc(), { date: { day: null, month: null, year: 2021 } }))).toEqual([
      { severity: 'info', location: { part: 'header', field: 'date' }, message: expect.stringContaining('(ngày, tháng)'), fixed: false },
    ]);
  });

  it('reports a date without its place', () => {
    expect(briefs(headerPlaceDate, withHeader(doc(), { place: '' })).map((b) => b.severity)).toEqual(['error']);
  });
});
