import { describe, expect, it } from 'vitest';
import { headerNumber } from '../../../../../core/rules/builtin/header-number';
import { asImported, doc, withHeader, withSource } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

describe('header.number', () => {
  it('stays silent on a correct plan, made in the app or imported', () => {
    expect([...briefs(headerNumber, doc()), ...briefs(headerNumber, asImported(doc()))]).toEqual([]);
  });

  it('treats a blank number in a draft as a hint, not an error', () => {
    const plan = withSource(withHeader(doc(), { number: '' }), 'number', 'Số:   /KH-UBND');
    expect(briefs(headerNumber, plan)).toEqual([
      { severity: 'info', location: { part: 'header', field: 'number', line: 3 }, message: expect.stringContaining('để trống'), fixed: false },
    ]);
  });

  it('reports a missing "Số:" line as an error', () => {
    expect(briefs(headerNumber, withHeader(doc(), { number: null, symbol: null })).map((b) => b.severity)).toEqual(['error']);
  });

  it('asks for a leading zero below 10 and offers "05"', () => {
    const [f] = run(headerNumber, withHeader(doc(), { number: '5' }));
    expect(f?.fix?.edit).toEqual({ kind: 'set-header', field: 'number', value: '05' });
  });

  it('flags spaces in the ký hiệu and offers the compact form', () => {
    const plan = withSource(withHeader(doc(), { symbol: 'KH - UBND' }), 'number', 'Số: 859/KH - UBND');
    const [f] = run(headerNumber, plan);
    expect({ severity: f?.severity, edit: f?.fix?.edit }).toEqual({ severity: 'error', edit: { kind: 'set-header', field: 'symbol', value: 'KH-UBND' } });
  });

  it('flags a ký hiệu whose groups are not joined by "-"', () => {
    expect(briefs(headerNumber, withHeader(doc(), { symbol: 'KH.UBND' })).map((b) => b.severity)).toEqual(['error']);
  });
});

describe('header.number spacing around "/"', () => {
  it('quotes the line as written when the space is between number and "/"', () => {
    const plan = withSource(doc(), 'number', 'Số: 859 /KH-UBND');
    expect(briefs(headerNumber, plan).map((b) => b.message)).toEqual(['Dòng "Số: 859 /KH-UBND" có dấu cách quanh dấu "/": số và ký hiệu viết liền — sửa thành "Số: 859/KH-UBND".']);
  });
});
