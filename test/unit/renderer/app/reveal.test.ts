// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectorsFor } from '../../../../renderer/app/utils/reveal';
import { windowTitle } from '../../../../renderer/app/hooks/use-title';
import { appReducer, INITIAL_STATE } from '../../../../renderer/app/state/plan-state';
import { samplePlan } from '../../../helpers/ui-plans';

describe('selectorsFor', () => {
  it('points at the block first, then the header field, then the part of the page', () => {
    expect([
      selectorsFor({ part: 'body', blockId: 'b12' }),
      selectorsFor({ part: 'header', field: 'date' }),
      selectorsFor({ part: 'recipients' }),
    ]).toEqual([
      ['[data-block-id="b12"]', '.sheet--file [data-part="body"]', '.sheet .sheet__body'],
      ['.sheet [data-field="date"]', '.sheet--file [data-part="header"]', '.sheet .letterhead'],
      ['.sheet [data-part="recipients"]'],
    ]);
  });

  it('reviewing a Word file, points at the paragraph of the source line before anything else', () => {
    expect(selectorsFor({ part: 'body', line: 41, blockId: 'b3' })).toEqual([
      '.sheet--file [data-line="41"]',
      '[data-block-id="b3"]',
      '.sheet--file [data-part="body"]',
      '.sheet .sheet__body',
    ]);
  });
});

describe('windowTitle', () => {
  it('names the file and marks unsaved work', () => {
    const open = appReducer(INITIAL_STATE, { type: 'load', request: { documents: [samplePlan()], path: '/a/kh.kehoach', name: 'kh.kehoach', format: 'kehoach' } });
    const edited = appReducer(open, { type: 'edit-header', patch: { place: 'Hà Nam' } });
    expect([windowTitle(null), windowTitle(open.session), windowTitle(edited.session)]).toEqual([
      'Kế hoạch Studio',
      'kh.kehoach — Kế hoạch Studio',
      'kh.kehoach • — Kế hoạch Studio',
    ]);
  });
});
