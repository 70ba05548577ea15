import { describe, expect, test } from 'vitest';
import { createNumberingCounter, formatNumber, readNumbering } from '../../../../../core/docx/reader/numbering';
import { parseXml } from '../../../../../core/docx/reader/xml';

function defs(xml: string, styleNumId?: (styleId: string) => string | null): ReturnType<typeof readNumbering> {
  const root = parseXml(`<w:numbering xmlns:w="x">${xml}</w:numbering>`, 'numbering.xml');
  if (!root.ok) {
    throw new Error(root.error.message);
  }
  return readNumbering(root.value, styleNumId);
}

const LEVELS =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>' +
  '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlRestart w:val="0"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>';

describe('list numbering', () => {
  test('formats counters as Word does', () => {
    expect([formatNumber(4, 'upperRoman'), formatNumber(9, 'lowerRoman'), formatNumber(27, 'lowerLetter'), formatNumber(3, 'decimalZero'), formatNumber(2, 'upperLetter')]).toEqual(['IV', 'ix', 'aa', '03', 'B']);
  });

  test('builds multi-level labels, resets deeper levels, and keeps a level with lvlRestart 0 running', () => {
    const next = createNumberingCounter(defs(LEVELS));
    const steps: [string, number][] = [['5', 0], ['5', 1], ['5', 1], ['5', 2], ['5', 0], ['5', 1], ['5', 2], ['5', 0], ['0', 0], ['9', 0]];
    const labels = steps.map(([numId, level]) => next(numId, level));
    expect(labels).toEqual(['1.', '1.1.', '1.2.', 'a)', '2.', '2.1.', 'b)', '3.', null, null]);
  });

  test('follows a w:numStyleLink to the list its numbering style names', () => {
    const linked = `${LEVELS}<w:abstractNum w:abstractNumId="7"><w:numStyleLink w:val="KieuDanhSo"/></w:abstractNum><w:num w:numId="8"><w:abstractNumId w:val="7"/></w:num>`;
    const next = createNumberingCounter(defs(linked, (style) => (style === 'KieuDanhSo' ? '5' : null)));
    expect([next('8', 0), next('8', 1), next('8', 0)]).toEqual(['1.', '1.1.', '2.']);
  });
});
