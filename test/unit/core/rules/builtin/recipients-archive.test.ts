import { describe, expect, it } from 'vitest';
import { recipientsArchive } from '../../../../../core/rules/builtin/recipients-archive';
import { doc } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

const listed = (...items: [string, 0 | 1][]) => ({ ...doc(), recipients: { items: items.map(([text, depth]) => ({ text, depth })) } });

describe('recipients.archive', () => {
  it('stays silent when the last entry is "Lưu: VT, …", nested under the Văn phòng included', () => {
    const nested = listed(['Các sở, ban, ngành', 0], ['Văn phòng UBND tỉnh:', 0], ['LDVP, TKCT', 1], ['Lưu: VT, KGVX, NgV(D)', 1]);
    expect([...briefs(recipientsArchive, doc()), ...briefs(recipientsArchive, nested)]).toEqual([]);
  });

  it('reports a missing archive line and offers to add "Lưu: VT"', () => {
    const [f] = run(recipientsArchive, listed(['Các sở, ban, ngành', 0]));
    expect({ severity: f?.severity, edit: f?.fix?.edit }).toEqual({
      severity: 'error',
      edit: { kind: 'set-recipients', items: [{ text: 'Các sở, ban, ngành', depth: 0 }, { text: 'Lưu: VT', depth: 0 }] },
    });
  });

  it('reports an archive line that is not last and offers to move it', () => {
    const [f] = run(recipientsArchive, listed(['Lưu: VT, KGVX', 0], ['Các sở, ban, ngành', 0]));
    expect(f?.fix?.edit).toEqual({ kind: 'set-recipients', items: [{ text: 'Các sở, ban, ngành', depth: 0 }, { text: 'Lưu: VT, KGVX', depth: 0 }] });
  });

  it('reports "Lưu" without the Văn thư', () => {
    expect(briefs(recipientsArchive, listed(['Các sở', 0], ['Lưu: Văn phòng', 0])).map((b) => b.severity)).toEqual(['error']);
  });
});
