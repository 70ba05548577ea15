import { describe, expect, it } from 'vitest';
import { signatureName } from '../../../../../core/rules/builtin/signature-name';
import { asImported, doc, goldenSignature } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

const named = (name: string | null) => ({ ...doc(), signature: { ...goldenSignature(), name } });

describe('signature.name', () => {
  it('stays silent on a name in thường', () => {
    expect([...briefs(signatureName, doc()), ...briefs(signatureName, asImported(doc()))]).toEqual([]);
  });

  it('warns on a missing name', () => {
    expect(briefs(signatureName, named(null)).map((b) => b.severity)).toEqual(['warning']);
  });

  it('offers "Nguyễn Văn An" for "NGUYỄN VĂN AN"', () => {
    const [f] = run(signatureName, named('NGUYỄN VĂN AN'));
    expect(f?.fix?.title).toEqual('Sửa thành "Nguyễn Văn An"');
  });

  it('offers to drop an academic title before the name', () => {
    const [f] = run(signatureName, named('TS. Nguyễn Văn An'));
    expect({ severity: f?.severity, title: f?.fix?.title }).toEqual({ severity: 'warning', title: 'Sửa thành "Nguyễn Văn An"' });
  });
});
