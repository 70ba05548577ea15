/**
 * The main window: outline on the left, the A4 sheet in the centre, the checks on the right.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type Dispatch, type ReactElement, type RefObject } from 'react';
import { randomId } from '../../core/base/ids';
import { appendixLabel, computedAppendixLabel } from '../../core/model/appendix';
import { applyTaskTable } from '../../core/model/task-table';
import type { Block, Header, Recipient, Signature } from '../../core/model/plan-document';
import type { CheckResult, Finding } from '../../core/rules/index';
import type { TemplateSummary } from './contracts';
import { ChecksPanel, PART_LABELS } from '../features/checks/index';
import { buildOutline, OutlinePanel, type OutlineEntry } from '../features/outline/index';
import { Sheet } from '../features/sheet/index';
import { AppendixArea } from './AppendixArea';
import { BodyArea, type BodyHandle } from './BodyArea';
import { DocumentTools } from './DocumentTools';
import { EditorToolbar } from './EditorToolbar';
import { applyQuickFix } from './core-calls';
import type { AppAction, Session } from './plan-state';
import { revealLocation } from './reveal';
import { APP_STRINGS } from './strings';

export type WorkspaceProps = {
  readonly session: Session;
  readonly checks: CheckResult | null;
  readonly template: TemplateSummary | null;
  readonly dispatch: Dispatch<AppAction>;
  readonly notify: (message: string, kind?: 'info' | 'error') => void;
};

const NO_FINDINGS: readonly Finding[] = [];

// Typing in the body changes neither the appendices nor the header: their sheets are left alone.
const Appendices = memo(AppendixArea);

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
function revealAppendix(id: string): void {
  const el = document.querySelector<HTMLElement>(`[data-appendix-id="${CSS.escape(id)}"] .appendix__head`);
  if (el) {
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
  }
}

/** Outline, page and checks. */
export function Workspace(props: WorkspaceProps): ReactElement {
  const { session, dispatch, notify } = props;
  const editor = useRef<BodyHandle>(null);
  const desk = useRef<HTMLElement>(null);
  useLayoutEffect(() => fitLandscape(desk.current), []);
  // The toolbar acts on the editor the caret was last in: the body's, or an appendix's.
  const appendixHandles = useRef(new Map<string, BodyHandle>());
  const activeAppendix = useRef<string | null>(null);
  const toolbarTarget = useMemo<RefObject<BodyHandle | null>>(
    () => ({
      get current(): BodyHandle | null {
        const id = activeAppendix.current;
        return (id !== null ? appendixHandles.current.get(id) : undefined) ?? editor.current;
      },
    }),
    [],
  );
  const onAppendixHandle = useCallback((id: string, handle: BodyHandle | null) => {
    if (handle) {
      appendixHandles.current.set(id, handle);
    } else {
      appendixHandles.current.delete(id);
    }
  }, []);
  const onBodyFocus = useCallback(() => {
    activeAppendix.current = null;
  }, []);
  const onAppendixFocus = useCallback((id: string) => {
    activeAppendix.current = id;
  }, []);
  const [activeBlockId, setActiveBlockId] = useState<string | null>(null);
  const readOnly = session.mode === 'review';
  const findings = props.checks?.findings ?? NO_FINDINGS;
  const outline = useMemo(() => buildOutline(session.doc, findings, PART_LABELS), [session.doc, findings]);
  const requiredSectionKeys = useMemo(
    () => (props.template?.profile.sections ?? []).filter((s) => s.required).map((s) => s.key),
    [props.template],
  );
  // Stable callbacks: typing re-renders the workspace, the memoized panels and page parts must not.
  const docRef = useRef(session.doc);
  docRef.current = session.doc;
  const modeRef = useRef(session.mode);
  modeRef.current = session.mode;
  const onBody = useCallback((body: Block[]) => dispatch({ type: 'edit-body', body }), [dispatch]);
  const onFix = useCallback(
    (finding: Finding): void => {
      const fixed = finding.fix ? applyQuickFix(docRef.current, finding.fix) : null;
      if (fixed && modeRef.current === 'review') {
        // A reviewed file is never changed in place: the fix starts a new plan from it.
        dispatch({ type: 'import-as-new', doc: fixed });
        notify(APP_STRINGS.fixedAsNew);
      } else if (fixed) {
        dispatch({ type: 'replace-doc', doc: fixed });
      } else {
        notify(APP_STRINGS.fixFailed, 'error');
      }
    },
    [dispatch, notify],
  );
  const onReveal = useCallback((finding: Finding) => revealLocation(finding.location, editor.current), []);
  const onSelectOutline = useCallback((entry: OutlineEntry): void => {
    if (entry.appendixId) {
      revealAppendix(entry.appendixId);
      return;
    }
    revealLocation({ blockId: entry.blockId ?? undefined, part: entry.part }, editor.current);
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
  const onHeader = useCallback((patch: Partial<Header>) => dispatch({ type: 'edit-header', patch }), [dispatch]);
  const onOpening = useCallback((lines: readonly string[]) => dispatch({ type: 'edit-opening', lines }), [dispatch]);
  const onSignature = useCallback((signature: Signature) => dispatch({ type: 'edit-signature', signature }), [dispatch]);
  const onRecipients = useCallback((items: readonly Recipient[]) => dispatch({ type: 'edit-recipients', items }), [dispatch]);
  return (
    <div className="workspace">
      <OutlinePanel entries={outline} activeBlockId={activeBlockId} onSelect={onSelectOutline} />
      <main className="desk" aria-label={APP_STRINGS.sheet} ref={desk}>
        {readOnly ? null : (
          <div className="desk__bar">
            <label>
              {APP_STRINGS.issuer}{' '}
              <select
                aria-label={APP_STRINGS.issuer}
                value={session.doc.header.issuer ?? ''}
                onChange={(e) => dispatch({ type: 'edit-header', patch: { issuer: e.target.value === 'head' ? 'head' : 'collective' } })}
              >
                {session.doc.header.issuer === null ? <option value="">—</option> : null}
                <option value="collective">{APP_STRINGS.issuerCollective}</option>
                <option value="head">{APP_STRINGS.issuerHead}</option>
              </select>
            </label>
            <EditorToolbar editor={toolbarTarget} />
            <DocumentTools onAddAppendix={onAddAppendix} onTaskTable={onTaskTable} />
          </div>
        )}
        <Sheet
          doc={session.doc}
          readOnly={readOnly}
          body={
            <div className="body-area" onFocus={onBodyFocus}>
            <BodyArea
              handle={editor}
              body={session.doc.body}
              revision={session.revision}
              endsWithMark={session.doc.endsWithMark}
              readOnly={readOnly}
              requiredSectionKeys={requiredSectionKeys}
              guidance={props.template?.guidance ?? {}}
              onChange={onBody}
              onActiveBlockChange={setActiveBlockId}
            />
            </div>
          }
          onHeader={onHeader}
          onOpening={onOpening}
          onSignature={onSignature}
          onRecipients={onRecipients}
        />
        <Appendices
          appendices={session.doc.appendices}
          header={session.doc.header}
          revision={session.revision}
          readOnly={readOnly}
          dispatch={dispatch}
          onHandle={onAppendixHandle}
          onFocusEditor={onAppendixFocus}
          onActiveBlockChange={setActiveBlockId}
        />
      </main>
      <ChecksPanel result={props.checks} onFix={onFix} onReveal={onReveal} />
    </div>
  );
}
