/**
 * The checks panel: live findings grouped by part, each with its basis, a quick-fix button and a way
 * to reveal the place on the page.
 */
import { memo, type ReactElement } from 'react';
import type { CheckResult, Finding } from '@core/rules';
import { countSeverities, groupFindings } from './group-findings';
import { CHECKS_STRINGS, PART_LABELS, SEVERITY_LABELS } from './strings';

export type ChecksPanelProps = {
  readonly result: CheckResult | null;
  /** Null in reviewer mode (no fixes on a read-only file). */
  readonly onFix: ((finding: Finding) => void) | null;
  readonly onReveal: (finding: Finding) => void;
  /** The text of a source line of the file under review (reviewer mode), to name the paragraph a finding is about. */
  readonly paragraphAt?: (line: number) => string | null;
  /** Collapses the panel to a rail (the button's label says how, with its shortcut). */
  readonly onCollapse?: () => void;
  readonly collapseLabel?: string;
};

/** The first words of the paragraph a finding is about ("Căn cứ Luật Quản lý, sử dụng…"), or null. */
export function paragraphName(text: string | undefined): string | null {
  const words = (text ?? '').normalize('NFC').trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) {
    return null;
  }
  const head = words.slice(0, 8).join(' ');
  return words.length > 8 || head.length > 60 ? `${head.slice(0, 60).trimEnd()}…` : head;
}

function FindingItem(props: {
  readonly finding: Finding;
  readonly onFix: ChecksPanelProps['onFix'];
  readonly onReveal: ChecksPanelProps['onReveal'];
  readonly paragraphAt: ChecksPanelProps['paragraphAt'];
}): ReactElement {
  const f = props.finding;
  const named = paragraphName(f.location.text ?? (f.location.line !== undefined ? (props.paragraphAt?.(f.location.line) ?? undefined) : undefined));
  return (
    <li className={`finding finding--${f.severity}`} data-rule={f.rule} aria-label={`${SEVERITY_LABELS[f.severity]}: ${f.message}`}>
      <button type="button" className="finding__main" onClick={() => props.onReveal(f)} title={CHECKS_STRINGS.reveal}>
        <span className={`badge badge--${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
        <span className="finding__message">{f.message}</span>
      </button>
      <div className="finding__basis">
        {CHECKS_STRINGS.basis}: {f.basis}
        {f.location.line !== undefined ? ` · dòng ${f.location.line}` : ''}
        {f.location.path ? ` · ${CHECKS_STRINGS.section} ${f.location.path}` : ''}
        {named !== null ? <span className="finding__where">{` · ${CHECKS_STRINGS.paragraph} “${named}”`}</span> : null}
      </div>
      {f.fix && props.onFix ? (
        <button type="button" className="finding__fix" onClick={() => props.onFix?.(f)}>
          {f.fix.title}
        </button>
      ) : null}
    </li>
  );
}

/** The right-hand panel (memoized: typing does not change its props). */
export const ChecksPanel = memo(ChecksPanelView);

function PanelHead(props: Pick<ChecksPanelProps, 'onCollapse' | 'collapseLabel'>): ReactElement {
  return (
    <div className="panel__head">
      <h2 className="panel__title">{CHECKS_STRINGS.title}</h2>
      {props.onCollapse ? (
        <button type="button" className="panel__collapse" aria-label={props.collapseLabel} title={props.collapseLabel} aria-expanded={true} onClick={props.onCollapse}>
          <span aria-hidden="true">»</span>
        </button>
      ) : null}
    </div>
  );
}

function ChecksPanelView(props: ChecksPanelProps): ReactElement {
  const result = props.result;
  if (!result) {
    return (
      <section className="panel checks" aria-label={CHECKS_STRINGS.title}>
        <PanelHead onCollapse={props.onCollapse} collapseLabel={props.collapseLabel} />
        <p className="panel__note">{CHECKS_STRINGS.notReady}</p>
      </section>
    );
  }
  const counts = countSeverities(result.findings);
  return (
    <section className="panel checks" aria-label={CHECKS_STRINGS.title}>
      <PanelHead onCollapse={props.onCollapse} collapseLabel={props.collapseLabel} />
      <p className="checks__counts" aria-live="polite">
        {CHECKS_STRINGS.counts(counts.error, counts.warning, counts.info)}
      </p>
      {result.profileNote ? <p className="panel__note checks__profile">{result.profileNote}</p> : null}
      {result.findings.length === 0 ? <p className="checks__ok">{CHECKS_STRINGS.allGood}</p> : null}
      {groupFindings(result.findings).map((group) => (
        <div key={group.part} className="checks__group" role="group" aria-label={PART_LABELS[group.part]}>
          <h3>
            {PART_LABELS[group.part]} ({group.findings.length})
          </h3>
          <ul>
            {group.findings.map((f, i) => (
              <FindingItem key={`${f.rule}-${i}`} finding={f} onFix={props.onFix} onReveal={props.onReveal} paragraphAt={props.paragraphAt} />
            ))}
          </ul>
        </div>
      ))}
      {result.notEvaluated.length > 0 ? (
        <div className="panel__note checks__not-evaluated">
          {CHECKS_STRINGS.notEvaluated}:{' '}
          {result.notEvaluated.map((n) => n.reason).join('; ')}
        </div>
      ) : null}
    </section>
  );
}
