/**
 * Page view on the editable sheet: where the exported .docx starts each page (core/layout paginates the writer's
 * own layout description), drawn as a page boundary at the paragraph, line or table row that starts the page,
 * with the number the page prints (from page 2; appendices restart at 1). The count of pages and the choice of a
 * continuous view sit in a small status strip under the sheet.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { paginate, type LayoutPage, type Pagination } from '@core/layout';
import type { PlanDocument } from '@core/model';
import { SHEET_STRINGS } from './strings';
import './page-view.css';

/** Where a page starts on the sheet: the element and the share of its height above the page's first line. */
type Start = { readonly page: number; readonly number: number; readonly showsNumber: boolean; readonly selector: string; readonly share: number; readonly row: number | null };

function startOf(page: LayoutPage, index: number): Start | null {
  const f = page.fragments[0];
  if (!f) {
    return null;
  }
  const base = { page: index + 1, number: page.number, showsNumber: page.showsNumber };
  if (f.kind === 'grid') {
    return { ...base, selector: f.spec.role === 'signer' ? '.foot' : '.letterhead', share: 0, row: null };
  }
  if (f.kind === 'rows') {
    const header = f.geometry.repeats ? f.geometry.headerRows : 0;
    const first = f.rows.find((r, i) => i >= header || r >= header) ?? 0;
    return { ...base, selector: `[data-block-id="${CSS.escape(f.spec.table.id)}"]`, share: 0, row: first };
  }
  if (f.spec.kind !== 'text' || !f.spec.blockId) {
    return null;
  }
  const total = f.para.lines.length;
  const before = f.first ? 0 : f.para.lines.indexOf(f.lines[0] as never);
  return { ...base, selector: `[data-block-id="${CSS.escape(f.spec.blockId)}"]`, share: total > 0 && before > 0 ? before / total : 0, row: null };
}

type Marker = { readonly key: string; readonly top: number; readonly label: string };

/** How long typing must pause before the pages are laid out again (a 100-page plan takes ~100 ms to paginate). */
export const PAGINATE_DELAY_MS = 400;

/**
 * Pagination of a plan: laid out at once when the sheet opens, then again only when typing pauses — never on the
 * keystroke path (a deferred render would still run the whole layout synchronously after each key).
 */
export function usePagination(doc: PlanDocument, delayMs = PAGINATE_DELAY_MS): Pagination {
  const [state, setState] = useState(() => ({ doc, pagination: paginate(doc) }));
  useEffect(() => {
    if (state.doc === doc) {
      return undefined;
    }
    const timer = setTimeout(() => setState({ doc, pagination: paginate(doc) }), delayMs);
    return () => clearTimeout(timer);
  }, [doc, state.doc, delayMs]);
  return state.pagination;
}

/** Page boundaries over the sheet that holds them (the main section only: appendices are on their own sheets). */
export function PageBreaks(props: { readonly doc: PlanDocument }): ReactElement {
  // Laid out here, not in the sheet: a new layout re-renders the markers only, never the editors (a re-render
  // of the sheet while the user selects text would disturb the selection).
  const pagination = usePagination(props.doc);
  const own = useRef<HTMLDivElement | null>(null);
  const [markers, setMarkers] = useState<readonly Marker[]>([]);
  const starts = useMemo(
    () =>
      pagination.pages
        .map((page, i) => (page.section === 0 && i > 0 ? startOf(page, i) : null))
        .filter((s): s is Start => s !== null),
    [pagination],
  );
  useLayoutEffect(() => {
    const sheet = own.current?.parentElement;
    if (!sheet) {
      return undefined;
    }
    const place = (): void => {
      const frame = sheet.getBoundingClientRect();
      const origin = frame.top;
      // Boxes are measured on screen, markers placed in the sheet's own px: a zoomed sheet (CSS zoom on the
      // desk) measures `scale` screen px per sheet px.
      const scale = sheet.offsetWidth > 0 && frame.width > 0 ? frame.width / sheet.offsetWidth : 1;
      const out: Marker[] = [];
      for (const start of starts) {
        const el = sheet.querySelector<HTMLElement>(start.selector);
        if (!el) {
          continue;
        }
        const target = start.row !== null ? (el.querySelectorAll('tr')[start.row] ?? el) : el;
        const box = target.getBoundingClientRect();
        out.push({
          key: `${start.page}`,
          top: (box.top - origin + box.height * start.share) / scale,
          label: SHEET_STRINGS.pageStart(start.page, start.showsNumber ? start.number : null),
        });
      }
      setMarkers(out);
    };
    place();
    // The sheet grows with every typed line: place the markers again once typing pauses, not at each key
    // (reading the boxes of every page start forces a layout of the whole sheet).
    let timer: ReturnType<typeof setTimeout> | null = null;
    const observer = new ResizeObserver(() => {
      if (timer !== null) {
        clearTimeout(timer);
      }
      timer = setTimeout(() => {
        timer = null;
        place();
      }, PAGINATE_DELAY_MS);
    });
    observer.observe(sheet);
    return () => {
      observer.disconnect();
      if (timer !== null) {
        clearTimeout(timer);
      }
    };
  }, [starts]);
  return (
    <div className="page-breaks" aria-hidden="true" ref={own}>
      {markers.map((m) => (
        <div key={m.key} className="page-break" style={{ top: `${m.top}px` }} data-page={m.key}>
          <span className="page-break__label">{m.label}</span>
        </div>
      ))}
    </div>
  );
}

/** The status strip: the page count as exported and the continuous-view switch. */
export function PageStatus(props: { readonly doc: PlanDocument; readonly paged: boolean; readonly onPaged: (paged: boolean) => void }): ReactElement {
  const pagination = usePagination(props.doc);
  const pages = pagination.pages.length;
  const main = pagination.pages.filter((p) => p.section === 0).length;
  return (
    <div className="page-status" role="group" aria-label={SHEET_STRINGS.pageStatusLabel} data-testid="page-status">
      <span className="page-status__count">{SHEET_STRINGS.pageCount(pages, main)}</span>
      <label className="page-status__toggle">
        <input type="checkbox" checked={!props.paged} onChange={(e) => props.onPaged(!e.target.checked)} />
        {SHEET_STRINGS.continuous}
      </label>
    </div>
  );
}
