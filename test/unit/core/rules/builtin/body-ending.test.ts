import { describe, expect, it } from 'vitest';
import { bodyEnding } from '../../../../../core/rules/builtin/body-ending';
import { asImported, doc } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('body.ending', () => {
  it('stays silent when the body ends with "./." and on app documents (export adds it)', () => {
    expect([...briefs(bodyEnding, asImported(doc())), ...briefs(bodyEnding, { ...doc(), endsWithMark: false })]).toEqual([]);
  });

  it('hints when an imported body does not end with "./."', () => {
    const plan = { ...asImported(doc()), endsWithMark: false };
    expect(briefs(bodyEnding, plan)).toEqual([{ severity: 'info', location: { part: 'closing' }, message: expect.stringContaining('"./."'), fixed: false }]);
  });
});
