import { describe, expect, it } from 'vitest';
import { signaturePresent } from '../../../../../core/rules/builtin/signature-present';
import { asImported, doc } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('signature.present', () => {
  it('stays silent when the signer block is there', () => {
    expect([...briefs(signaturePresent, doc()), ...briefs(signaturePresent, asImported(doc()))]).toEqual([]);
  });

  it('reports a missing signer block as an error', () => {
    expect(briefs(signaturePresent, { ...doc(), signature: null })).toEqual([
      { severity: 'error', location: { part: 'signature' }, message: expect.stringContaining('Thiếu khối chữ ký'), fixed: false },
    ]);
  });
});
