/**
 * The start screen: recovery question, template gallery, open a file, recent files.
 */
import type { ReactElement } from 'react';
import type { RecentFile, RecoveryEntry, TemplateSummary } from '../../app/services/contracts';
import { BATCH_STRINGS } from '../batch/strings';
import { GALLERY_STRINGS } from './strings';

export type StartScreenProps = {
  readonly templates: readonly TemplateSummary[] | null;
  readonly recent: readonly RecentFile[];
  readonly recoveries: readonly RecoveryEntry[];
  readonly onNew: (template: TemplateSummary) => void;
  readonly onOpen: () => void;
  readonly onOpenRecent: (file: RecentFile) => void;
  readonly onRestore: (entry: RecoveryEntry) => void;
  readonly onDiscard: (entry: RecoveryEntry) => void;
  readonly onSettings: () => void;
  /** "Kiểm tra hàng loạt": a folder or several files in one table (renderer/features/batch). */
  readonly onBatch?: () => void;
};

function Recoveries(props: Pick<StartScreenProps, 'recoveries' | 'onRestore' | 'onDiscard'>): ReactElement | null {
  if (props.recoveries.length === 0) {
    return null;
  }
  return (
    <section className="recovery" role="alertdialog" aria-label={GALLERY_STRINGS.recoveryQuestion}>
      <h2>{GALLERY_STRINGS.recoveryQuestion}</h2>
      <p>{GALLERY_STRINGS.recoveryHint}</p>
      <ul>
        {props.recoveries.map((entry) => (
          <li key={entry.id} className="recovery__entry">
            <span className="recovery__title">{entry.title}</span>
            <span className="recovery__time">{GALLERY_STRINGS.savedAt(entry.savedAt)}</span>
            <button type="button" className="primary" onClick={() => props.onRestore(entry)}>
              {GALLERY_STRINGS.restore}
            </button>
            <button type="button" onClick={() => props.onDiscard(entry)}>
              {GALLERY_STRINGS.discard}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The first screen. */
export function StartScreen(props: StartScreenProps): ReactElement {
  return (
    <main className="start">
      <header className="start__head">
        <h1>{GALLERY_STRINGS.title}</h1>
        <p>{GALLERY_STRINGS.tagline}</p>
        <button type="button" className="start__settings" onClick={props.onSettings}>
          {GALLERY_STRINGS.settings}
        </button>
      </header>
      <Recoveries recoveries={props.recoveries} onRestore={props.onRestore} onDiscard={props.onDiscard} />
      <section className="gallery" aria-label={GALLERY_STRINGS.newFromTemplate}>
        <h2>{GALLERY_STRINGS.newFromTemplate}</h2>
        {props.templates === null ? <p>{GALLERY_STRINGS.templatesLoading}</p> : null}
        {props.templates?.length === 0 ? <p>{GALLERY_STRINGS.noTemplates}</p> : null}
        <div className="gallery__cards">
          {(props.templates ?? []).map((t) => (
            <button key={t.id} type="button" className="card" data-template={t.id} onClick={() => props.onNew(t)}>
              <span className="card__name">{t.name}</span>
              <span className="card__description">{t.description}</span>
            </button>
          ))}
        </div>
      </section>
      <div className="start__columns">
        <section className="start__open" aria-label={GALLERY_STRINGS.openFile}>
          <button type="button" className="primary" onClick={props.onOpen}>
            {GALLERY_STRINGS.openFile}
          </button>
          <p className="hint">{GALLERY_STRINGS.openHint}</p>
          {props.onBatch ? (
            <p>
              <button type="button" onClick={props.onBatch}>{BATCH_STRINGS.entry}</button> <span className="hint">{BATCH_STRINGS.entryHint}</span>
            </p>
          ) : null}
        </section>
        <section className="recent" aria-label={GALLERY_STRINGS.recent}>
          <h2>{GALLERY_STRINGS.recent}</h2>
          {props.recent.length === 0 ? <p className="hint">{GALLERY_STRINGS.noRecent}</p> : null}
          <ul>
            {props.recent.map((file) => (
              <li key={file.path}>
                <button type="button" className="link" title={file.path} onClick={() => props.onOpenRecent(file)}>
                  {file.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
