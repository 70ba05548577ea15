// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Run } from '../../../../../core/model/plan-document';
import { mergeRuns as normalizeRuns } from '../../../../../core/model/runs';
import { bodyOf, load, planEditor } from '../../../../helpers/editor-harness';

const text = fc.oneof(
  fc.constantFrom('Tổ chức', ' thực hiện', 'nghiêm túc;', 'Điểm đ)', 'Dòng một\nDòng hai', '“trích dẫn”', '  ', 'I.'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\t') && !s.includes('\r')),
);
const run: fc.Arbitrary<Run> = fc.record({ text, bold: fc.boolean(), italic: fc.boolean() }).map((r) => ({
  text: r.text,
  ...(r.bold ? { bold: true } : {}),
  ...(r.italic ? { italic: true } : {}),
}));
const runs = fc.array(run, { maxLength: 4 });
const id = fc.uuid();
const source = fc.option(fc.record({ line: fc.nat(500), text: fc.string({ maxLength: 10 }) }), { nil: undefined });

const tree = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ id, runs, placeholder: fc.boolean(), source }).map(({ id: i, runs: r, placeholder, source: s }): Block => ({
      kind: 'paragraph',
      id: i,
      runs: r,
      ...(placeholder ? { placeholder: true } : {}),
      ...(s ? { source: s } : {}),
    })),
    fc
      .record({
        id,
        runs,
        level: fc.constantFrom('part', 'section', 'item', 'point' as const),
        label: fc.option(fc.constantFrom('I.', '2.', 'đ)', 'Phần II', '9.'), { nil: null }),
        titled: fc.boolean(),
        sectionKey: fc.option(fc.constantFrom('muc-dich', 'noi-dung'), { nil: undefined }),
        children: fc.array(tie('block'), { maxLength: 3 }),
      })
      .map((b): Block => ({
        kind: 'numbered',
        id: b.id,
        level: b.level,
        label: b.label,
        titled: b.titled,
        runs: b.runs,
        children: b.children,
        ...(b.sectionKey ? { sectionKey: b.sectionKey } : {}),
      })),
    fc.record({ id, runs, marker: fc.constantFrom('-', '+' as const), children: fc.array(tie('block'), { maxLength: 2 }) }).map(
      (b): Block => ({ kind: 'bullet', id: b.id, marker: b.marker, runs: b.runs, children: b.children }),
    ),
  ),
}));

/** What the editor keeps: runs merged and without empty ones (same text and emphasis); guidance as is. */
function normalized(blocks: readonly Block[]): Block[] {
  return blocks.map((b): Block => {
    if (b.kind === 'table') {
      return b;
    }
    return b.kind === 'paragraph' ? { ...b, runs: b.placeholder ? b.runs : normalizeRuns(b.runs) } : { ...b, runs: normalizeRuns(b.runs), children: normalized(b.children) };
  });
}

describe('editor bridge (property)', () => {
  it('round-trips any body: ids, kinds, levels, labels, flags, sources, nesting and styled text', () => {
    const editor = planEditor();
    fc.assert(
      fc.property(fc.uniqueArray(tree.block, { maxLength: 6, selector: (b) => b.id }), (body) => {
        load(editor, body);
        expect(bodyOf(editor)).toEqual(normalized(body));
      }),
      { numRuns: 200 },
    );
  });
});
