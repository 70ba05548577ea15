import { describe, expect, test } from 'vitest';
import { CELL_MARGIN, LETTERHEAD_COLUMNS } from '../../../../../core/docx/writer/layout';
import { MOTTO, NATIONAL_TITLE } from '../../../../../core/model/national-motto';
import { textWidth } from '../../../../../core/docx/writer/text-width';

describe('textWidth', () => {
  test('the Quốc hiệu fits the right letterhead cell at 12 pt bold but not at 14 pt', () => {
    const room = LETTERHEAD_COLUMNS[1] - 2 * CELL_MARGIN;
    expect({ at12: textWidth(NATIONAL_TITLE, 24, true) < room, at14: textWidth(NATIONAL_TITLE, 28, true) < room }).toEqual({ at12: true, at14: false });
  });

  test('measures Times widths: "Hạnh phúc" at 13 pt bold is its letters summed', () => {
    // H 778 a 500 n 556 h 556 space 250 p 556 h 556 ú 556 c 444 → 4752/1000 em × 13 pt × 20.
    expect(textWidth('Hạnh phúc', 26, true)).toEqual(Math.round(4752 * 13 * 20 / 1000));
  });

  test('horned letters are wider than their base letters and the width scales with size', () => {
    expect({
      horn: textWidth('ư', 28) > textWidth('u', 28) && textWidth('ự', 28, true) === textWidth('ư', 28, true),
      double: Math.abs(textWidth(MOTTO, 28, true) - 2 * textWidth(MOTTO, 14, true)) <= 1,
    }).toEqual({ horn: true, double: true });
  });
});
