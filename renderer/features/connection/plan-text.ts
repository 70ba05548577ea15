/**
 * The text of the open plan as the user sees it on the sheet (what is worth keeping when the host is
 * gone): read from the page itself, so it works whatever state the app is in.
 */

/** The visible text of the sheet(s), or '' when no plan is open. */
export function visiblePlanText(root: ParentNode = document): string {
  const sheets = Array.from(root.querySelectorAll<HTMLElement>('.sheet'));
  return sheets
    .map((sheet) => (sheet.innerText || sheet.textContent || '').trim())
    .filter((text) => text !== '')
    .join('\n\n');
}
