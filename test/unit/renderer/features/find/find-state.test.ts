// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emptyPlan, paragraph } from '../../../../../core/model/builders';
import { findInDocument, replaceMatches } from '../../../../../core/model/find';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { appReducer, INITIAL_STATE } from '../../../../../renderer/app/state/plan-state';
import { rangeIn } from '../../../../../renderer/features/find/dom-ranges';

function loaded(doc: PlanDocument) {
  return appReducer(INITIAL_STATE, { type: 'load', request: { documents: [doc], path: null, name: 'x', format: 'new' } });
}

describe('the closing edited in place', () => {
  it('keeps unchanged lines as they were (emphasis, id) and replaces the edited one', () => {
    const base = emptyPlan('ke-hoach');
    const doc: PlanDocument = {
      ...base,
      closing: [paragraph([{ text: 'Trên đây là Kế hoạch triển khai ' }, { text: '{văn bản}', bold: true }], { id: 'c1' }), paragraph('Đề nghị các cơ quan thực hiện.', { id: 'c2' })],
    };
    const state = appReducer(loaded(doc), { type: 'edit-closing', lines: ['Trên đây là Kế hoạch triển khai Chỉ thị 25', 'Đề nghị các cơ quan thực hiện.'] });
    const closing = state.session?.doc.closing ?? [];
    expect({ first: closing[0], secondKept: closing[1] === doc.closing[1], dirty: state.session?.dirty }).toEqual({
      first: { kind: 'paragraph', id: 'c1', runs: [{ text: 'Trên đây là Kế hoạch triển khai Chỉ thị 25' }] },
      secondKept: true,
      dirty: true,
    });
  });
});

describe('find ranges on the page', () => {
  it('finds the match inside the text its unit shows, across text nodes', () => {
    const doc: PlanDocument = { ...emptyPlan('ke-hoach'), closing: [paragraph('Trên đây là {tên} và {tên}', { id: 'c1' })] };
    const [, second] = findInDocument(doc, '{tên}', { matchCase: true, wholeWord: false });
    const el = document.createElement('div');
    el.innerHTML = '<span>Trên đây là {t</span><b>ên} và {tê</b>n}';
    const range = second ? rangeIn(el, second) : null;
    expect({ text: range?.toString(), node: range?.startContainer.textContent, start: range?.startOffset }).toEqual({ text: '{tên}', node: 'ên} và {tê', start: 7 });
    const replaced = replaceMatches(doc, findInDocument(doc, '{tên}', { matchCase: true, wholeWord: false }), 'X');
    expect(replaced.closing[0]?.runs).toEqual([{ text: 'Trên đây là X và X' }]);
  });
});
