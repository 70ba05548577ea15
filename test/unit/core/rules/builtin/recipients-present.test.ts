import { describe, expect, it } from 'vitest';
import { recipientsPresent } from '../../../../../core/rules/builtin/recipients-present';
import { asImported, doc } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('recipients.present', () => {
  it('stays silent when Nơi nhận has entries', () => {
    expect([...briefs(recipientsPresent, doc()), ...briefs(recipientsPresent, asImported(doc()))]).toEqual([]);
  });

  it('reports a missing Nơi nhận, and an empty one, as errors', () => {
    const missing = briefs(recipientsPresent, { ...doc(), recipients: null });
    const empty = briefs(recipientsPresent, { ...doc(), recipients: { items: [] } });
    expect([...missing, ...empty].map((b) => [b.severity, b.message.startsWith('Thiếu') ? 'missing' : 'empty'])).toEqual([
      ['error', 'missing'],
      ['error', 'empty'],
    ]);
  });
});
