import { describe, expect, it } from 'vitest';
import { sameBody } from '../../../../renderer/app/state/same-body';
import { samplePlan } from '../../../helpers/ui-plans';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('sameBody', () => {
  it('treats a copy with the same blocks as the same body, and a changed letter, mark or level as different', () => {
    const body = samplePlan().body;
    const typed = clone(body) as unknown as { children: { children: { runs: { text: string }[] }[] }[] }[];
    (typed[0]?.children[0]?.children[0]?.runs[0] as { text: string }).text = 'Nâng cao hiệu quả!';
    const bolded = clone(body);
    ((bolded[1] as { runs: { bold?: boolean }[] } | undefined)?.runs[0] as { bold?: boolean }).bold = true;
    const demoted = clone(body);
    (demoted[1] as { level: string }).level = 'item';
    expect([sameBody(body, clone(body)), sameBody(body, typed as unknown as typeof body), sameBody(body, bolded), sameBody(body, demoted), sameBody(body, body.slice(1))]).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
