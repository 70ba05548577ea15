/**
 * Complex fields (w:fldChar begin/separate/end with w:instrText, ECMA-376 Part 1, §17.16.18) and
 * simple ones (w:fldSimple): which are PAGE fields, and the run that shows the page number.
 */
import type { RunFacts } from '../../model/formatting';

/** A field opened by w:fldChar begin: whether its result part is reached, its code, and whether it is PAGE. */
export type OpenField = { result: boolean; instr: string; page: boolean };

/** The part of a paragraph's reading state that fields touch. */
export type FieldState = { readonly fields: OpenField[]; pageFieldRun: RunFacts | null };

const PAGE_FIELD = /(^|\s)PAGE(\s|$)/;

/** Whether a field code is a PAGE field ("PAGE", " PAGE \\* MERGEFORMAT "; not NUMPAGES or PAGEREF). */
export function isPageField(instr: string): boolean {
  return PAGE_FIELD.test(instr.trim());
}

/** Handles a w:fldChar (begin / separate / end) and notes the run of a PAGE field when one closes. */
export function fieldChar(type: string | null, state: FieldState, format: RunFacts): void {
  if (type === 'begin') {
    state.fields.push({ result: false, instr: '', page: false });
    return;
  }
  const open = state.fields[state.fields.length - 1];
  if (!open || (type !== 'separate' && type !== 'end')) {
    return;
  }
  if (!open.result) {
    open.result = true;
    open.page = isPageField(open.instr);
  }
  if (type === 'end') {
    state.fields.pop();
    if (open.page && state.pageFieldRun === null) {
      // A PAGE field with no cached result still shows a number: judge the field's own run.
      state.pageFieldRun = format;
    }
  }
}

