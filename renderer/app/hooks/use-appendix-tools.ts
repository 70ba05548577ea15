/**
 * The workspace's appendix tools: which editor the toolbar acts on (the body's or an appendix's),
 * adding an appendix, building the task-assignment appendix, revealing an appendix, and the zoom that
 * keeps landscape sheets whole on a narrow desk.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, type Dispatch, type RefObject } from 'react';
import { randomId } from '@core/base';
import { appendixLabel, computedAppendixLabel } from '@core/model';
import type { PlanDocument } from '@core/model';
import { applyTaskTable } from '@core/model';
import type { BodyHandle } from '../components/BodyArea';
import type { AppAction } from '../state/plan-state';
import { APP_STRINGS } from '../strings';

/** Width of a landscape A4 sheet in CSS px (297 mm). */
const LANDSCAPE_PX = (297 / 25.4) * 96;

/**
 * Keeps landscape sheets whole on a narrow desk: --landscape-zoom scales them to the desk's width
 * (never above 1), so a landscape appendix shows its full width without scrolling sideways.
 */
function fitLandscape(element: HTMLElement | null): (() => void) | undefined {
  if (!element || typeof ResizeObserver === 'undefined') {
    return undefined;
  }
  const update = (): void => {
    const style = getComputedStyle(element);
    const room = element.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0');
    element.style.setProperty('--landscape-zoom', String(Math.min(1, Math.max(0.4, room / LANDSCAPE_PX))));
  };
  const observer = new ResizeObserver(update);
  observer.observe(element);
  update();
  return () => observer.disconnect();
}

/** Scrolls an appendix sheet into view and flashes its heading. */
export function revealAppendix(id: string): void {
  const el = document.querySelector<HTMLElement>(`[data-appendix-id="${CSS.escape(id)}"] .appendix__head`);
  if (el) {
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
  }
}

export type AppendixTools = {
  /** The editor the toolbar acts on: the appendix editor the caret was last in, else the body's. */
  readonly toolbarTarget: RefObject<BodyHandle | null>;
  readonly onAppendixHandle: (id: string, handle: BodyHandle | null) => void;
  readonly onBodyFocus: () => void;
  readonly onAppendixFocus: (id: string) => void;
  readonly onAddAppendix: (orientation: 'portrait' | 'landscape') => void;
  readonly onTaskTable: () => void;
};

/** The tools, for a desk element, the body editor's handle and the current document. */
export function useAppendixTools(options: {
  readonly desk: RefObject<HTMLElement | null>;
  readonly body: RefObject<BodyHandle | null>;
  readonly doc: PlanDocument;
  readonly dispatch: Dispatch<AppAction>;
  readonly notify: (message: string, kind?: 'info' | 'error') => void;
}): AppendixTools {
  const { desk, body, dispatch, notify } = options;
  const docRef = useRef(options.doc);
  docRef.current = options.doc;
  useLayoutEffect(() => fitLandscape(desk.current), [desk]);
  const handles = useRef(new Map<string, BodyHandle>());
  const active = useRef<string | null>(null);
  const toolbarTarget = useMemo<RefObject<BodyHandle | null>>(
    () => ({
      get current(): BodyHandle | null {
        const id = active.current;
        return (id !== null ? handles.current.get(id) : undefined) ?? body.current;
      },
    }),
    [body],
  );
  const onAppendixHandle = useCallback((id: string, handle: BodyHandle | null) => {
    if (handle) {
      handles.current.set(id, handle);
    } else {
      handles.current.delete(id);
    }
  }, []);
  const onBodyFocus = useCallback(() => {
    active.current = null;
  }, []);
  const onAppendixFocus = useCallback((id: string) => {
    active.current = id;
  }, []);
  const onAddAppendix = useCallback(
    (orientation: 'portrait' | 'landscape') => {
      const id = randomId('a');
      dispatch({ type: 'add-appendix', id, paragraphId: randomId('b'), orientation });
      const count = docRef.current.appendices.length + 1;
      notify(APP_STRINGS.appendixAdded(computedAppendixLabel(count - 1, count)));
      requestAnimationFrame(() => revealAppendix(id));
    },
    [dispatch, notify],
  );
  const onTaskTable = useCallback(() => {
    const result = applyTaskTable(docRef.current);
    if (!result.ok) {
      notify(result.problem === 'no-content-section' ? APP_STRINGS.taskTableNoSection : APP_STRINGS.taskTableNoTasks, 'error');
      return;
    }
    dispatch({ type: 'replace-doc', doc: result.doc });
    const index = result.doc.appendices.findIndex((a) => a.id === result.appendixId);
    const label = appendixLabel(result.doc.appendices, index);
    notify(result.created ? APP_STRINGS.taskTableCreated(result.rows, label) : APP_STRINGS.taskTableUpdated(result.rows, label));
    requestAnimationFrame(() => revealAppendix(result.appendixId));
  }, [dispatch, notify]);
  return { toolbarTarget, onAppendixHandle, onBodyFocus, onAppendixFocus, onAddAppendix, onTaskTable };
}
