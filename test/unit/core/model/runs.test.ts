import { describe, expect, test } from 'vitest';
import { mergeRunSpecs } from '../../../../core/docx/writer/paragraphs';
import { dropChars, dropPrefix, dropSuffix, makeRun, mergeRuns, pushRun, sliceRuns } from '../../../../core/model/runs';
import type { Run } from '../../../../core/model/plan-document';
import { deepFreeze } from '../../../helpers/templates-builders';

const RUNS: readonly Run[] = deepFreeze([{ text: '1. ', bold: true }, { text: 'Tổ chức ', bold: true }, { text: 'tuyên truyền' }, { text: '', italic: true }, { text: ';', italic: true }]);

describe('core/model/runs', () => {
  test('makes runs with only the emphasis that is on', () => {
    expect([makeRun('a'), makeRun('b', { bold: true, italic: false }), makeRun('c', { italic: true })]).toEqual([{ text: 'a' }, { text: 'b', bold: true }, { text: 'c', italic: true }]);
  });

  test('merges neighbours of one emphasis and drops empty runs, without touching the input', () => {
    const built: Run[] = [];
    RUNS.forEach((run) => pushRun(built, run));
    expect({ merged: mergeRuns(RUNS), built }).toEqual({
      merged: [{ text: '1. Tổ chức ', bold: true }, { text: 'tuyên truyền' }, { text: ';', italic: true }],
      built: [{ text: '1. Tổ chức ', bold: true }, { text: 'tuyên truyền' }, { text: ';', italic: true }],
    });
  });

  test('cuts characters off the front (with and without trimming), off the back, and takes a slice across runs', () => {
    expect({
      chars: dropChars(RUNS, 3),
      prefix: dropPrefix(RUNS, 2),
      suffix: dropSuffix(RUNS, 1),
      slice: sliceRuns(RUNS, 6, 15),
    }).toEqual({
      chars: [{ text: 'Tổ chức ', bold: true }, { text: 'tuyên truyền' }, { text: ';', italic: true }],
      prefix: [{ text: 'Tổ chức ', bold: true }, { text: 'tuyên truyền' }, { text: ';', italic: true }],
      suffix: [{ text: '1. ', bold: true }, { text: 'Tổ chức ', bold: true }, { text: 'tuyên truyền' }],
      slice: [{ text: 'chức ', bold: true }, { text: 'tuyê' }],
    });
  });

  test('the writer joins runs of one emphasis and size but never across a line break, and keeps empty runs', () => {
    expect(mergeRunSpecs([{ text: 'a', size: 26 }, { text: 'b', size: 26 }, { text: '\nc', size: 26 }, { text: '' }, { text: 'd', bold: true }])).toEqual([
      { text: 'ab', size: 26 },
      { text: '\nc', size: 26 },
      { text: '' },
      { text: 'd', bold: true },
    ]);
  });
});
