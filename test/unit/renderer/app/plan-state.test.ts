import { describe, expect, it } from 'vitest';
import { appReducer, INITIAL_STATE, patchHeader, type AppState } from '../../../../renderer/app/state/plan-state';
import { samplePlan } from '../../../helpers/ui-plans';
import { emptyPlan } from '../../../../core/model/builders';

function loaded(format: 'kehoach' | 'docx' = 'kehoach'): AppState {
  return appReducer(INITIAL_STATE, {
    type: 'load',
    request: { documents: [samplePlan()], path: '/x/a.kehoach', name: 'a.kehoach', format, mode: format === 'docx' ? 'review' : 'edit' },
  });
}

describe('appReducer', () => {
  it('opens the plan of a file that holds a công văn and a plan, keeping both selectable', () => {
    const letter = emptyPlan('cong-van');
    const state = appReducer(INITIAL_STATE, {
      type: 'load',
      request: { documents: [letter, samplePlan()], path: null, name: 'hai-van-ban', format: 'txt' },
    });
    expect({ index: state.session?.activeIndex, kind: state.session?.doc.kind, count: state.session?.documents.length, dirty: state.session?.dirty }).toEqual({
      index: 1,
      kind: 'ke-hoach',
      count: 2,
      dirty: false,
    });
  });

  it('marks the plan dirty on a header edit without bumping the editor revision', () => {
    const before = loaded();
    const after = appReducer(before, { type: 'edit-header', patch: { place: 'Hà Nội' } });
    expect({ place: after.session?.doc.header.place, dirty: after.session?.dirty, revision: after.session?.revision }).toEqual({
      place: 'Hà Nội',
      dirty: true,
      revision: before.session?.revision,
    });
  });

  it('bumps the revision when a quick fix replaces the document, so the editor reloads', () => {
    const before = loaded();
    const fixed = { ...samplePlan(), body: [] };
    const after = appReducer(before, { type: 'replace-doc', doc: fixed });
    expect({ revision: after.session?.revision, body: after.session?.doc.body }).toEqual({ revision: (before.session?.revision ?? 0) + 1, body: [] });
  });

  it('ignores edits in reviewer mode', () => {
    const before = loaded('docx');
    const after = appReducer(before, { type: 'edit-header', patch: { place: 'Hà Nội' } });
    expect(after).toBe(before);
  });

  it('turns a reviewed file into a new unsaved plan without its formatting facts', () => {
    const before = loaded('docx');
    const after = appReducer(before, { type: 'import-as-new' });
    expect({ mode: after.session?.mode, path: after.session?.path, dirty: after.session?.dirty, origin: after.session?.doc.meta.origin, name: after.session?.name }).toEqual({
      mode: 'edit',
      path: null,
      dirty: true,
      origin: 'app',
      name: 'a',
    });
  });

  it('clears the dirty flag and records the file after a save', () => {
    const dirty = appReducer(loaded(), { type: 'edit-opening', lines: ['Căn cứ Luật A;', 'Căn cứ Luật B.'] });
    const saved = appReducer(dirty, { type: 'saved', path: '/y/b.kehoach', name: 'b.kehoach' });
    expect({ dirty: saved.session?.dirty, path: saved.session?.path, opening: saved.session?.doc.opening.map((p) => p.runs[0]?.text) }).toEqual({
      dirty: false,
      path: '/y/b.kehoach',
      opening: ['Căn cứ Luật A;', 'Căn cứ Luật B.'],
    });
  });

  it('never mutates the state it is given', () => {
    const before = Object.freeze(loaded());
    const copy = JSON.parse(JSON.stringify(before)) as unknown;
    appReducer(before, { type: 'edit-recipients', items: [{ text: 'Lưu: VT', depth: 0 }] });
    expect(JSON.parse(JSON.stringify(before))).toEqual(copy);
  });
});

describe('patchHeader', () => {
  it('drops the source line of an edited field so the checker judges the new value', () => {
    const header = {
      ...samplePlan().header,
      source: { date: { line: 5, text: 'Bắc Giang, ngày 05 tháng 03 năm 2026' }, agency: { line: 1, text: 'UBND TỈNH' } },
    };
    expect(patchHeader(header, { date: { day: 5, month: 3, year: 2026 } }).source).toEqual({ agency: { line: 1, text: 'UBND TỈNH' } });
  });
});

describe('loading over an open plan', () => {
  it('gives the new plan a higher revision so that the mounted editor reloads its body', () => {
    const first = loaded();
    const second = appReducer(first, { type: 'load', request: { documents: [emptyPlan('ke-hoach')], path: null, name: 'b', format: 'txt' } });
    expect((second.session?.revision ?? 0) > (first.session?.revision ?? 0)).toBe(true);
  });
});

describe('edit-body', () => {
  it('keeps the plan clean when the editor reports the body it was given', () => {
    const before = loaded();
    const same = JSON.parse(JSON.stringify(before.session?.doc.body)) as NonNullable<AppState['session']>['doc']['body'];
    expect(appReducer(before, { type: 'edit-body', body: same }).session?.dirty).toBe(false);
  });
});

describe('a quick fix in reviewer mode', () => {
  it('starts a new plan from the fixed document and leaves the reviewed file as it was', () => {
    const before = loaded('docx');
    const fixed = { ...samplePlan(), header: { ...samplePlan().header, motto: 'Độc lập - Tự do - Hạnh phúc' }, formatting: undefined };
    const after = appReducer(before, { type: 'import-as-new', doc: { ...fixed, header: { ...fixed.header, place: 'Sơn La' } } });
    expect({ mode: after.session?.mode, place: after.session?.doc.header.place, path: after.session?.path, documents: after.session?.documents.length, origBefore: before.session?.doc.header.place }).toEqual({
      mode: 'edit',
      place: 'Sơn La',
      path: null,
      documents: 1,
      origBefore: 'Bắc Giang',
    });
  });
});
