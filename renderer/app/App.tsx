/**
 * The app: start screen or workspace, the top bar, dialogs, notices; wires state, host and hooks.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactElement } from 'react';
import { randomId } from '@core/base';
import type { AgencyProfile, HostCommand, RecentFile, RecoveryEntry, TemplateSummary } from './services/contracts';
import { ConflictDialog, SAFETY_STRINGS } from '../features/conflict/index';
import { ConnectionNotice } from '../features/connection/index';
import { BatchView } from '../features/batch/index';
import { StartScreen } from '../features/gallery/index';
import { PrintPreview } from '../features/preview/index';
import { SettingsDialog } from '../features/settings/index';
import { unwrap, useHost } from './context/host-context';
import { appReducer, INITIAL_STATE, type AppAction } from './state/plan-state';
import { printReport, saveReportDocx } from './services/print-report';
import { ExportErrorsDialog } from './components/ExportErrorsDialog';
import { NoticeBar, type Notice, type NoticeAction } from './components/NoticeBar';
import { FileNameDialog } from './components/FileNameDialog';
import { LeaveDialog, type LeaveChoice } from './components/LeaveDialog';
import { APP_STRINGS } from './strings';
import { TopBar } from './components/TopBar';
import { useAutosave } from './hooks/use-autosave';
import { useChecks } from './hooks/use-checks';
import { useCommands } from './hooks/use-commands';
import { useExportQuestion } from './hooks/use-export-question';
import { useFileActions, type KnownVersion } from './hooks/use-file-actions';
import { useTitle } from './hooks/use-title';
import { Workspace } from './components/Workspace';

export type { NoticeAction } from './components/NoticeBar';

/** Whether the renderer runs in the browser against the web host (no preload-exposed window.host). */
export function detectWebHost(): boolean {
  return typeof (window as unknown as { host?: unknown }).host === 'undefined';
}

/** The whole renderer. */
export function App(): ReactElement {
  const host = useHost();
  const [state, dispatchState] = useReducer(appReducer, INITIAL_STATE);
  const [templates, setTemplates] = useState<readonly TemplateSummary[] | null>(null);
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);
  const [recoveries, setRecoveries] = useState<readonly RecoveryEntry[]>([]);
  const [profile, setProfile] = useState<AgencyProfile | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The batch review screen (Kiểm tra hàng loạt) in place of the start screen.
  const [batchOpen, setBatchOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // One id per window; a restored draft's id is adopted so its autosaves replace it (see use-file-actions).
  const [sessionId, adoptSession] = useState(() => randomId('s'));
  const fileVersion = useRef<KnownVersion | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  // The open Lưu / Không lưu / Hủy question and how to answer it.
  const [leave, setLeave] = useState<{ readonly name: string; readonly answer: (choice: LeaveChoice) => void } | null>(null);
  const askLeave = useCallback((name: string) => new Promise<LeaveChoice>((resolve) => setLeave({ name, answer: resolve })), []);
  const isWebHost = useMemo(detectWebHost, []);
  const notify = useCallback((message: string, kind: 'info' | 'error' = 'info', action?: NoticeAction) => setNotice({ message, kind, action }), []);
  // A notice speaks of the plan it came with: another plan (or the start screen) starts without it.
  const dispatch = useCallback((action: AppAction): void => {
    if (action.type === 'load' || action.type === 'select-document') {
      setNotice(null);
    }
    dispatchState(action);
  }, []);
  const refresh = useCallback(() => {
    void host.listRecentFiles().then((r) => setRecent(r.ok ? r.value : []));
    void host.listRecoveries().then((r) => setRecoveries(r.ok ? r.value : []));
  }, [host]);
  useEffect(() => {
    void host.listTemplates().then((r) => (r.ok ? setTemplates(r.value) : (setTemplates([]), notify(r.error.message, 'error'))));
    refresh();
  }, [host, refresh, notify]);
  const session = state.session;
  useEffect(() => {
    if (!session) {
      refresh();
    }
  }, [session, refresh]);
  const profiles = useMemo(() => (templates ?? []).map((t) => t.profile), [templates]);
  const checks = useChecks(session?.doc ?? null, profiles);
  const versionOf = useCallback(() => (fileVersion.current !== null && fileVersion.current.path === session?.path ? fileVersion.current.version : null), [session?.path]);
  useAutosave(host, session, sessionId, { notify, versionOf });
  useTitle(host, session, isWebHost);
  // Export with errors open asks once (use-export-question.ts).
  const exportQuestion = useExportQuestion(session?.doc ?? null, checks);
  const confirmExport = exportQuestion.confirmExport;
  const [nameQuestion, setNameQuestion] = useState<{ readonly defaultName: string; readonly purpose: 'save' | 'export'; readonly answer: (name: string | null) => void } | null>(null);
  const askFileName = useCallback(
    (defaultName: string, purpose: 'save' | 'export') => new Promise<string | null>((resolve) => setNameQuestion({ defaultName, purpose, answer: resolve })),
    [],
  );
  const actions = useFileActions({ host, state, dispatch, notify, isWebHost, fileInput, refresh, fileVersion, onConflict: setConflict, adoptSession, askLeave, confirmExport, askFileName });
  const ownTemplate = templates?.find((t) => t.id === (session?.doc.meta.templateId ?? session?.doc.meta.profileId)) ?? null;
  // A plan read from a file has no template: use the one whose profile the checker matched.
  const template = ownTemplate ?? templates?.find((t) => t.id === checks?.profile?.id) ?? null;
  const templateName = ownTemplate ? ownTemplate.name : template ? `${template.name} (${APP_STRINGS.matched})` : null;
  const onReport = (): void => {
    if (session) {
      void printReport(session, checks, actions.saveBytes).catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), 'error'));
    }
  };
  const onReportDocx = (): void => {
    if (session) {
      void saveReportDocx(session, checks, actions.saveBytes).catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), 'error'));
    }
  };
  const openPending = (): void => {
    void host.takePendingFile?.().then(async (r) => {
      if (r.ok && r.value && (await actions.confirmDiscard())) {
        actions.loadOpened(r.value);
      }
    });
  };
  // The app's commands (shortcuts, the native menu); the zoom commands belong to the sheet's view.
  const commands: Partial<Record<HostCommand, () => void>> = {
    'open-pending': openPending,
    new: () => void actions.confirmDiscard().then((ok) => ok && dispatch({ type: 'close' })),
    open: () => void actions.open(),
    save: () => void actions.save(false),
    'save-as': () => void actions.save(true),
    export: () => void actions.exportDocx(),
    print: () => session && dispatch({ type: 'preview', open: true }),
  };
  const run = (command: HostCommand): void => commands[command]?.();
  useCommands(host, run);
  // A file the app was started with (file association, command line); the web host has none.
  useEffect(() => {
    void host.takePendingFile?.().then((r) => {
      if (r.ok && r.value) {
        actions.loadOpened(r.value);
      }
    });
    // Only once at start: later files arrive with the 'open-pending' command.
  }, [host]);
  const saveProfile = async (next: AgencyProfile): Promise<void> => {
    const result = await host.updateSettings({ agencyProfile: next });
    setProfile(null);
    notify(result.ok ? APP_STRINGS.profileSaved : result.error.message, result.ok ? 'info' : 'error');
  };
  const openSettings = async (): Promise<void> => {
    try {
      setProfile(unwrap(await host.getSettings()).agencyProfile);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    }
  };
  return (
    <div
      className="app"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        // A file dropped anywhere on the window opens like "Mở" (after the unsaved-work question).
        const file = e.dataTransfer.files[0];
        e.preventDefault();
        if (file) {
          void actions.confirmDiscard().then((ok) => (ok ? actions.openUpload(file) : undefined));
        }
      }}
    >
      <input
        ref={fileInput}
        type="file"
        className="visually-hidden"
        aria-label={APP_STRINGS.openFileInput}
        accept=".kehoach,.txt,.docx,.json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) {
            void actions.openUpload(file);
          }
        }}
      />
      <ConnectionNotice />
      {session ? (
        <TopBar
          session={session}
          templateName={templateName}
          onNew={() => run('new')}
          onOpen={() => run('open')}
          onSave={(saveAs) => run(saveAs ? 'save-as' : 'save')}
          onExport={() => run('export')}
          onPreview={() => run('print')}
          onSettings={() => void openSettings()}
          onSelectDocument={(index) => dispatch({ type: 'select-document', index })}
          onPrintReport={onReport}
          onReportDocx={onReportDocx}
          onImportAsNew={() => dispatch({ type: 'import-as-new' })}
        />
      ) : null}
      {notice ? <NoticeBar notice={notice} onClose={() => setNotice(null)} /> : null}
      {session ? (
        <Workspace session={session} checks={checks} template={template} dispatch={dispatch} notify={notify} />
      ) : batchOpen ? (
        <BatchView
          host={host}
          isWebHost={isWebHost}
          notify={notify}
          onClose={() => setBatchOpen(false)}
          onOpened={(file) => {
            setBatchOpen(false);
            actions.loadOpened(file);
          }}
        />
      ) : (
        <StartScreen
          onBatch={() => setBatchOpen(true)}
          templates={templates}
          recent={recent}
          recoveries={recoveries}
          onNew={(t) => void actions.newFromTemplate(t)}
          onOpen={() => void actions.open()}
          onOpenRecent={(f) => void actions.openRecent(f)}
          onRestore={(e) => void actions.restore(e)}
          onDiscard={(e) => void actions.discard(e)}
          onSettings={() => void openSettings()}
        />
      )}
      {session && state.preview ? <PrintPreview doc={session.doc} onClose={() => dispatch({ type: 'preview', open: false })} /> : null}
      {conflict !== null && session ? (
        <ConflictDialog
          message={conflict}
          onCancel={() => setConflict(null)}
          onSaveCopy={() => {
            setConflict(null);
            // The copy goes beside the file under the plan's name (" (2)"), as the dialog's hint says.
            void actions.save(true, false, true);
          }}
          onReload={() => {
            setConflict(null);
            void actions.reload();
          }}
          onOverwrite={() => {
            if (window.confirm(SAFETY_STRINGS.overwriteQuestion(session.name))) {
              setConflict(null);
              void actions.save(false, true);
            }
          }}
        />
      ) : null}
      {exportQuestion.question ? (
        <ExportErrorsDialog
          errors={exportQuestion.question.errors}
          onChoose={(ok) => {
            exportQuestion.close();
            exportQuestion.question?.answer(ok);
          }}
        />
      ) : null}
      {nameQuestion ? (
        <FileNameDialog
          title={nameQuestion.purpose === 'save' ? APP_STRINGS.saveAsTitle : APP_STRINGS.exportTitle}
          action={nameQuestion.purpose === 'save' ? APP_STRINGS.save : APP_STRINGS.exportAction}
          defaultName={nameQuestion.defaultName}
          extension={nameQuestion.purpose === 'save' ? 'kehoach' : 'docx'}
          onChoose={(name) => {
            setNameQuestion(null);
            nameQuestion.answer(name);
          }}
        />
      ) : null}
      {leave ? (
        <LeaveDialog
          name={leave.name}
          onChoose={(choice) => {
            setLeave(null);
            leave.answer(choice);
          }}
        />
      ) : null}
      {profile ? <SettingsDialog profile={profile} onSave={(p) => void saveProfile(p)} onClose={() => setProfile(null)} /> : null}
    </div>
  );
}
