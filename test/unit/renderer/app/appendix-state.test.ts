import { describe, expect, it } from 'vitest';
import { appendix, paragraph } from '../../../../core/model/builders';
import { blockText } from '../../../../core/model/walk';
import { appReducer, INITIAL_STATE, type AppState } from '../../../../renderer/app/state/plan-state';
import { samplePlan } from '../../../helpers/ui-plans';

function loaded(): AppState {
  return appReducer(INITIAL_STATE, { type: 'load', request: { documents: [samplePlan()], path: '/tmp/a.kehoach', name: 'a.kehoach', format: 'kehoach' } });
}

describe('appendices in the app state', () => {
  it('adds an appendix after the others with computed label and Kèm theo line, a title to fill and one empty paragraph', () => {
    const state = appReducer(loaded(), { type: 'add-appendix', id: 'a1', paragraphId: 'ap1', orientation: 'landscape' });
    expect({ dirty: state.session?.dirty, revision: state.session?.revision, appendices: state.session?.doc.appendices }).toEqual({
      dirty: true,
      revision: 1,
      appendices: [{ id: 'a1', label: null, title: '', attachedLine: null, orientation: 'landscape', blocks: [{ kind: 'paragraph', id: 'ap1', runs: [] }] }],
    });
  });

  it('edits the title, the orientation and the blocks of one appendix; an unchanged report is not an edit; delete removes it', () => {
    let state = appReducer(loaded(), { type: 'add-appendix', id: 'a1', paragraphId: 'ap1', orientation: 'portrait' });
    state = appReducer(state, { type: 'add-appendix', id: 'a2', paragraphId: 'ap2', orientation: 'portrait' });
    state = appReducer(state, { type: 'edit-appendix', id: 'a2', patch: { title: 'DANH MỤC', orientation: 'landscape' } });
    const blocks = [paragraph('Nội dung phụ lục', { id: 'ap2' })];
    state = appReducer(state, { type: 'edit-appendix-blocks', id: 'a2', blocks });
    const before = state;
    // The editor reports the same blocks again after a load: nothing changes.
    state = appReducer(state, { type: 'edit-appendix-blocks', id: 'a2', blocks: [paragraph('Nội dung phụ lục', { id: 'ap2' })] });
    expect(state).toBe(before);
    expect(state.session?.doc.appendices.map((a) => [a.id, a.title, a.orientation, a.blocks.length])).toEqual([
      ['a1', '', 'portrait', 1],
      ['a2', 'DANH MỤC', 'landscape', 1],
    ]);
    state = appReducer(state, { type: 'delete-appendix', id: 'a1' });
    expect(state.session?.doc.appendices.map((a) => a.id)).toEqual(['a2']);
    expect(appReducer(state, { type: 'delete-appendix', id: 'missing' })).toBe(state);
  });

  it('moves the body\'s citations of computed labels when appendices are added or deleted, and reloads the editors then only', () => {
    const cited = { ...samplePlan(), body: [paragraph('Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.', { id: 'p1' })], appendices: [appendix({ id: 'a0', title: 'PHÂN CÔNG' })] };
    let state = appReducer(INITIAL_STATE, { type: 'load', request: { documents: [cited], path: null, name: 'b.kehoach', format: 'kehoach' } });
    const text = (s: AppState): string => blockText(s.session?.doc.body[0] ?? paragraph(''));
    state = appReducer(state, { type: 'add-appendix', id: 'a1', paragraphId: 'ap1', orientation: 'portrait' });
    expect([text(state), state.session?.revision]).toEqual(['Phân công nhiệm vụ cụ thể tại Phụ lục I kèm theo Kế hoạch này.', 2]);
    // A third appendix moves no label: the editors keep their revision.
    state = appReducer(state, { type: 'add-appendix', id: 'a2', paragraphId: 'ap2', orientation: 'portrait' });
    expect([text(state), state.session?.revision]).toEqual(['Phân công nhiệm vụ cụ thể tại Phụ lục I kèm theo Kế hoạch này.', 2]);
    state = appReducer(state, { type: 'delete-appendix', id: 'a1' });
    state = appReducer(state, { type: 'delete-appendix', id: 'a2' });
    expect([text(state), state.session?.revision, state.session?.doc.appendices.map((a) => a.id)]).toEqual([
      'Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.',
      3,
      ['a0'],
    ]);
  });

  it('leaves a reviewed file unchanged', () => {
    const review = appReducer(INITIAL_STATE, { type: 'load', request: { documents: [samplePlan()], path: null, name: 'x.docx', format: 'docx', mode: 'review' } });
    expect(appReducer(review, { type: 'add-appendix', id: 'a1', paragraphId: 'p', orientation: 'portrait' })).toBe(review);
  });
});
