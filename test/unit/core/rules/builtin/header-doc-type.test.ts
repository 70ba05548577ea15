import { describe, expect, it } from 'vitest';
import { headerDocType } from '../../../../../core/rules/builtin/header-doc-type';
import { doc, withHeader } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

describe('header.doc-type', () => {
  it('stays silent on a Kế hoạch with "KẾ HOẠCH" and on a công văn without a type name', () => {
    const letter = { ...withHeader(doc(), { docType: null }), kind: 'cong-van' as const };
    expect([...briefs(headerDocType, doc()), ...briefs(headerDocType, letter)]).toEqual([]);
  });

  it('reports a Kế hoạch without its type name and offers "KẾ HOẠCH"', () => {
    const [f] = run(headerDocType, withHeader(doc(), { docType: null }));
    expect({ severity: f?.severity, edit: f?.fix?.edit }).toEqual({ severity: 'error', edit: { kind: 'set-header', field: 'docType', value: 'KẾ HOẠCH' } });
  });
});
