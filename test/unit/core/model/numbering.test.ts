import { describe, expect, it } from 'vitest';
import { bullet, numbered, paragraph, resetIds } from '../../../../core/model/builders';
import { computeLabels, displayLabel, labelFor, renumber } from '../../../../core/model/numbering';
import type { Block, NumberedBlock } from '../../../../core/model/plan-document';

function points(count: number): NumberedBlock[] {
  return Array.from({ length: count }, (_, i) => numbered({ level: 'point', text: `điểm ${i + 1}`, titled: false }));
}

describe('numbering', () => {
  it('numbers sections with Roman numerals, items with digits and points with Vietnamese letters, đ included', () => {
    resetIds();
    const body: Block[] = [
      numbered({ level: 'section', text: 'MỤC ĐÍCH, YÊU CẦU', children: [
        numbered({ level: 'item', text: 'Mục đích', children: [paragraph('x')] }),
        numbered({ level: 'item', text: 'Yêu cầu', children: points(6) }),
      ] }),
      numbered({ level: 'section', text: 'NỘI DUNG' }),
    ];
    const labels = computeLabels(body);
    expect([...labels.values()]).toEqual(['I.', '1.', '2.', 'a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'II.']);
  });

  it('restarts counting under each parent and ignores bullets and paragraphs between numbered siblings', () => {
    resetIds();
    const body: Block[] = [
      numbered({ level: 'section', text: 'A', children: [numbered({ level: 'item', text: 'x' }), bullet('-'), numbered({ level: 'item', text: 'y' })] }),
      numbered({ level: 'section', text: 'B', children: [numbered({ level: 'item', text: 'z' })] }),
    ];
    expect([...computeLabels(body).values()]).toEqual(['I.', '1.', '2.', 'II.', '1.']);
  });

  it('runs the 23 letters a to y with no w, f, j, z or accented vowels, then continues with a1', () => {
    const letters = Array.from({ length: 24 }, (_, i) => labelFor('point', i + 1));
    expect(letters.join(' ')).toBe('a) b) c) d) đ) e) g) h) i) k) l) m) n) o) p) q) r) s) t) u) v) x) y) a1)');
    expect(labelFor('part', 4)).toBe('Phần IV');
  });

  it('keeps a label read from a file, even a repeated one, until renumber is asked for', () => {
    resetIds();
    const body = Object.freeze([
      numbered({ level: 'item', text: 'a', label: '9.' }),
      numbered({ level: 'item', text: 'b', label: '9.' }),
    ]) as readonly NumberedBlock[];
    const computed = computeLabels(body);
    expect(body.map((b) => displayLabel(b, computed))).toEqual(['9.', '9.']);
    const renumbered = renumber(body) as NumberedBlock[];
    const again = computeLabels(renumbered);
    expect(renumbered.map((b) => displayLabel(b, again))).toEqual(['1.', '2.']);
    expect(body[0]?.label).toBe('9.');
  });
});
