/**
 * Revealing a place on the page: a body block through the editor, anything else by scrolling to its
 * element (data-block-id, data-field, data-part) and flashing it.
 */
import type { FindingLocation } from '../../core/rules/types';
import type { BodyHandle } from './BodyArea';

/** The CSS selector of the element a location points at, most precise first. */
export function selectorsFor(location: Pick<FindingLocation, 'blockId' | 'field' | 'part'>): string[] {
  const out: string[] = [];
  if (location.blockId) {
    out.push(`[data-block-id="${CSS.escape(location.blockId)}"]`);
  }
  if (location.field) {
    out.push(`.sheet [data-field="${CSS.escape(location.field)}"]`);
  }
  const partField: Record<string, string> = { header: '.letterhead', opening: '[data-part="opening"]', signature: '[data-part="signature"]', recipients: '[data-part="recipients"]', closing: '[data-part="closing"]', body: '.sheet__body' };
  const part = partField[location.part];
  if (part) {
    out.push(`.sheet ${part}`);
  }
  return out;
}

/** Scrolls to a place and flashes it; the editor selects body blocks itself when it can. */
export function revealLocation(location: Pick<FindingLocation, 'blockId' | 'field' | 'part'>, editor: BodyHandle | null): void {
  if (location.blockId && editor) {
    editor.revealBlock(location.blockId);
  }
  for (const selector of selectorsFor(location)) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.classList.remove('flash');
      void el.offsetWidth;
      el.classList.add('flash');
      return;
    }
  }
}
