import { describe, expect, it } from 'vitest';
import { depthFor, paragraphDepthAfter, type Placed, stepStyle, styleAfterEmptyEnter, subtreeEnd } from '../../../../../renderer/editor/structure/levels';

const doc: readonly Placed[] = [
  { style: 'section', depth: 0 },
  { style: 'item', depth: 1 },
  { style: 'paragraph', depth: 2 },
  { style: 'point', depth: 2 },
  { style: 'dash', depth: 3 },
];

describe('level rules', () => {
  it('steps down and up the ladder and stops at both ends', () => {
    expect({
      down: (['part', 'section', 'item', 'point', 'dash', 'plus', 'paragraph'] as const).map((s) => stepStyle(s, 'demote')),
      up: (['part', 'section', 'item', 'point', 'dash', 'plus', 'paragraph'] as const).map((s) => stepStyle(s, 'promote')),
    }).toEqual({
      down: ['section', 'item', 'point', 'dash', 'plus', null, 'dash'],
      up: [null, 'part', 'section', 'item', 'point', 'dash', null],
    });
  });

  it('places each style under the nearest open block of a higher rank', () => {
    expect((['section', 'item', 'point', 'dash', 'plus', 'paragraph'] as const).map((s) => depthFor(doc, s))).toEqual([0, 1, 2, 3, 4, 3]);
  });

  it('does not reach into a closed subtree', () => {
    const closed: Placed[] = [{ style: 'item', depth: 0 }, { style: 'point', depth: 1 }, { style: 'paragraph', depth: 0 }];
    expect({ dash: depthFor(closed, 'dash'), point: depthFor(closed, 'point') }).toEqual({ dash: 0, point: 0 });
  });

  it('ends lists as siblings and headings as body text of the block above', () => {
    expect({
      point: paragraphDepthAfter({ style: 'point', depth: 2 }, { style: 'point', depth: 2 }),
      item: paragraphDepthAfter({ style: 'item', depth: 1 }, { style: 'item', depth: 1 }),
      afterParagraph: paragraphDepthAfter({ style: 'item', depth: 1 }, { style: 'paragraph', depth: 2 }),
      first: paragraphDepthAfter({ style: 'section', depth: 0 }, null),
      enter: (['plus', 'dash', 'point', 'paragraph'] as const).map(styleAfterEmptyEnter),
      subtree: subtreeEnd(doc, 1),
    }).toEqual({ point: 2, item: 2, afterParagraph: 2, first: 0, enter: ['dash', 'paragraph', 'paragraph', null], subtree: 5 });
  });
});
