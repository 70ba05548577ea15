/**
 * Revealing a place on the page: a body block through the editor, anything else by scrolling to its
 * element (data-block-id, data-field, data-part) and flashing it. Reviewing a Word file (FileSheet), the
 * paragraph of the finding's source line comes first, and it stays marked (one paragraph at a time).
 */
import type { FindingLocation } from '@core/rules';
import type { BodyHandle } from '../components/BodyArea';

/** The CSS selector of the element a location points at, most precise first. */
export function selectorsFor(location: Pick<FindingLocation, 'blockId' | 'field' | 'part' | 'line'>): string[] {
  const out: string[] = [];
  if (location.line !== undefined) {
    out.push(`.sheet--file [data-line="${location.line}"]`);
  }
  if (location.blockId) {
    out.push(`[data-block-id="${CSS.escape(location.blockId)}"]`);
  }
  if (location.field) {
    out.push(`.sheet [data-field="${CSS.escape(location.field)}"]`);
  }
  const partField: Record<string, string> = { header: '.letterhead', opening: '[data-part="opening"]', signature: '[data-part="signature"]', recipients: '[data-part="recipients"]', closing: '[data-part="closing"]', body: '.sheet__body' };
  const part = partField[location.part];
  if (location.part === 'header' || location.part === 'body') {
    // The file as it is has no letterhead or body box: the first paragraph the part was read from.
    out.push(`.sheet--file [data-part="${location.part}"]`);
  }
  if (part) {
    out.push(`.sheet ${part}`);
  }
  return out;
}

/** Scrolls to a place and flashes it; the editor selects body blocks itself when it can. */
export function revealLocation(location: Pick<FindingLocation, 'blockId' | 'field' | 'part' | 'line'>, editor: BodyHandle | null): void {
  if (location.blockId && editor) {
    editor.revealBlock(location.blockId);
  }
  for (const selector of selectorsFor(location)) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      for (const old of document.querySelectorAll('.revealed')) {
        old.classList.remove('revealed');
      }
      if (el.closest('.sheet--file')) {
        el.classList.add('revealed');
      }
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.classList.remove('flash');
      void el.offsetWidth;
      el.classList.add('flash');
      return;
    }
  }
}
