import { describe, expect, it } from 'vitest';
import { countSeverities, groupFindings } from '../../../../../renderer/features/checks/group-findings';
import { finding } from '../../../../helpers/ui-plans';

describe('groupFindings', () => {
  it('groups findings by part in page order and leaves empty parts out', () => {
    const findings = [
      finding({ severity: 'error', rule: 'recipients.archive', location: { part: 'recipients' } }),
      finding({ severity: 'info', rule: 'header.number', location: { part: 'header', field: 'number' } }),
      finding({ severity: 'warning', rule: 'structure.empty-section', location: { part: 'body', blockId: 's2' } }),
      finding({ severity: 'error', rule: 'date.leading-zero', location: { part: 'header', field: 'date' } }),
    ];
    expect(groupFindings(findings).map((g) => [g.part, g.findings.map((f) => f.rule)])).toEqual([
      ['header', ['header.number', 'date.leading-zero']],
      ['body', ['structure.empty-section']],
      ['recipients', ['recipients.archive']],
    ]);
  });

  it('counts each severity', () => {
    const findings = [finding({ severity: 'error' }), finding({ severity: 'error' }), finding({ severity: 'info' })];
    expect(countSeverities(findings)).toEqual({ error: 2, warning: 0, info: 1 });
  });
});
