/**
 * The main window: outline on the left, the desk bar over the A4 sheet and the appendix sheets (zoomed
 * together) in the centre, the checks on the right; either panel collapses to a rail.
 */
import { memo, useCallback, useMemo, useRef, useState, type CSSProperties, type Dispatch, type ReactElement } from 'react';
import { switchIssuer } from '@core/model';
import type { Block, Header, Issuer, PlanDocument, Recipient, Signature } from '@core/model';
import type { CheckResult, Finding } from '@core/rules';
import type { TemplateSummary } from '../services/contracts';
import { ChecksPanel, PART_LABELS } from '../../features/checks/index';
import { FIND_STRINGS, FindBar, useFind } from '../../features/find/index';
import { buildOutline, OutlinePanel, type OutlineEntry } from '../../features/outline/index';
import { paragraphTexts, Sheet } from '../../features/sheet/index';
import { PanelRail, useSheetView, ZOOM_STRINGS, ZoomControl } from '../../features/zoom/index';
import type { NoticeAction } from '../App';
import { AppendixArea } from './AppendixArea';
import { BodyArea, type BodyHandle } from './BodyArea';
import { DocumentTools } from './DocumentTools';
import { EditorToolbar } from './EditorToolbar';
import { applyQuickFix } from '../services/core-calls';
import { useHost } from '../context/host-context';
import type { AppAction, Session } from '../state/plan-state';
import { revealLocation } from '../utils/reveal';
import { revealAppendix, useAppendixTools } from '../hooks/use-appendix-tools';
import { APP_STRINGS } from '../strings';

export type WorkspaceProps = {
  readonly session: Session;
  readonly checks: CheckResult | null;
  readonly template: TemplateSummary | null;
  readonly dispatch: Dispatch<AppAction>;
  readonly notify: (message: string, kind?: 'info' | 'error', action?: NoticeAction) => void;
};

const NO_FINDINGS: readonly Finding[] = [];

function issuerName(issuer: Issuer): string {
  return issuer === 'head' ? APP_STRINGS.issuerHead : APP_STRINGS.issuerCollective;
}

// Typing in the body changes neither the appendices nor the header: their sheets are left alone.
const Appendices = memo(AppendixArea);

/** Outline, page and checks. */
export function Workspace(props: WorkspaceProps): ReactElement {
  const { session, dispatch, notify } = props;
  const editor = useRef<BodyHandle>(null);
  const desk = useRef<HTMLElement>(null);
  const view = useSheetView(useHost(), desk);
  const { togglePanel } = view;
  const toggleOutline = useCallback(() => togglePanel('outline'), [togglePanel]);
  const toggleChecks = useCallback(() => togglePanel('checks'), [togglePanel]);
  const tools = useAppendixTools({ desk, body: editor, doc: session.doc, dispatch, notify });
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
      // Reviewing a Word file as it is, the appendix is among the file's own paragraphs: go to its first line.
      const line = docRef.current.appendices.find((a) => a.id === entry.appendixId)?.source?.line;
      if (line !== undefined && document.querySelector('.sheet--file') !== null) {
        revealLocation({ part: 'body', line }, null);
      } else {
        revealAppendix(entry.appendixId);
      }
      return;
    }
    revealLocation({ blockId: entry.blockId ?? undefined, part: entry.part }, editor.current);
  }, []);
  const onHeader = useCallback((patch: Partial<Header>) => dispatch({ type: 'edit-header', patch }), [dispatch]);
  const onOpening = useCallback((lines: readonly string[]) => dispatch({ type: 'edit-opening', lines }), [dispatch]);
  const onClosing = useCallback((lines: readonly string[]) => dispatch({ type: 'edit-closing', lines }), [dispatch]);
  const onReplaceDoc = useCallback((doc: PlanDocument) => dispatch({ type: 'replace-doc', doc }), [dispatch]);
  const find = useFind({ doc: session.doc, readOnly, body: editor, onReplaceDoc });
  // The switch acts: the TM. line and the opening's "… ban hành Kế hoạch" follow. "Hoàn tác" in the notice
  // gives back the document as it was; edited since, it switches back and keeps the edits.
  const onIssuer = (issuer: Issuer): void => {
    const before = session.doc;
    const after = switchIssuer(before, issuer);
    dispatch({ type: 'replace-doc', doc: after });
    const undo = (): void => {
      const previous = before.header.issuer;
      if (docRef.current === after) {
        dispatch({ type: 'replace-doc', doc: before });
        notify(APP_STRINGS.issuerUndone);
      } else if (previous !== null) {
        dispatch({ type: 'replace-doc', doc: switchIssuer(docRef.current, previous) });
        notify(APP_STRINGS.issuerSwitchedBack(issuerName(previous)));
      }
    };
    notify(APP_STRINGS.issuerSwitched(issuerName(issuer)), 'info', { label: APP_STRINGS.undo, run: undo });
  };
  const onSignature = useCallback((signature: Signature) => dispatch({ type: 'edit-signature', signature }), [dispatch]);
  const onRecipients = useCallback((items: readonly Recipient[]) => dispatch({ type: 'edit-recipients', items }), [dispatch]);
  // Reviewing a Word file, a finding names its paragraph by the file's own text on that line.
  const facts = session.doc.formatting;
  const paragraphAt = useMemo(() => (readOnly && facts ? paragraphTexts(facts) : undefined), [readOnly, facts]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const zoom = { zoom: view.percent / 100, '--sheet-zoom': view.percent / 100 } as CSSProperties;
  const layout = `workspace${view.outlineOpen ? '' : ' workspace--outline-closed'}${view.checksOpen ? '' : ' workspace--checks-closed'}`;
  return (
    <div className={layout}>
      {view.outlineOpen ? (
        <OutlinePanel entries={outline} activeBlockId={activeBlockId} onSelect={onSelectOutline} onCollapse={toggleOutline} collapseLabel={ZOOM_STRINGS.hideOutline} />
      ) : (
        <PanelRail side="left" name={ZOOM_STRINGS.outlineRail} label={ZOOM_STRINGS.showOutline} onOpen={toggleOutline} />
      )}
      <div className="centre">
        <div className="desk__bar" role="toolbar" aria-label={APP_STRINGS.deskBar}>
          {readOnly ? null : (
            <>
              <label className="desk__issuer">
                {APP_STRINGS.issuer}{' '}
                <select
                  aria-label={APP_STRINGS.issuer}
                  value={session.doc.header.issuer ?? ''}
                  onChange={(e) => onIssuer(e.target.value === 'head' ? 'head' : 'collective')}
                >
                  {session.doc.header.issuer === null ? <option value="">—</option> : null}
                  <option value="collective">{APP_STRINGS.issuerCollective}</option>
                  <option value="head">{APP_STRINGS.issuerHead}</option>
                </select>
              </label>
              <EditorToolbar editor={tools.toolbarTarget} />
              <DocumentTools onAddAppendix={tools.onAddAppendix} onTaskTable={tools.onTaskTable} />
              <button type="button" onClick={find.nextPlaceholder} title={FIND_STRINGS.nextPlaceholder}>
                {FIND_STRINGS.nextPlaceholder}
              </button>
            </>
          )}
          <ZoomControl zoom={view.zoom} percent={view.percent} onZoom={view.setZoom} onStep={view.zoomBy} />
        </div>
        <main className="desk" aria-label={APP_STRINGS.sheet} ref={desk}>
          <FindBar find={find} />
          <div className="desk__zoom" style={zoom} data-zoom={view.percent}>
            <Sheet
              doc={session.doc}
              readOnly={readOnly}
              pageView={!readOnly}
              body={
                <div className="body-area" onFocus={tools.onBodyFocus}>
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
              onClosing={onClosing}
              onSignature={onSignature}
              onRecipients={onRecipients}
            />
            <Appendices
              appendices={session.doc.appendices}
              header={session.doc.header}
              revision={session.revision}
              readOnly={readOnly}
              dispatch={dispatch}
              onHandle={tools.onAppendixHandle}
              onFocusEditor={tools.onAppendixFocus}
              onActiveBlockChange={setActiveBlockId}
            />
          </div>
        </main>
      </div>
      {view.checksOpen ? (
        <ChecksPanel
          result={props.checks}
          onFix={onFix}
          onReveal={onReveal}
          paragraphAt={paragraphAt}
          onCollapse={toggleChecks}
          collapseLabel={ZOOM_STRINGS.hideChecks}
        />
      ) : (
        <PanelRail side="right" name={ZOOM_STRINGS.checksRail} label={ZOOM_STRINGS.showChecks} badge={ZOOM_STRINGS.checksRailCount(errors)} onOpen={toggleChecks} />
      )}
    </div>
  );
}
