/**
 * What the top bar, the start screen, shortcuts and menus do with files: new from a template, open
 * (native dialog, upload or recent path), save / save as (.kehoach), export .docx, recovery. Saving
 * over the plan's own file sends the version it was opened or saved as; a "file/conflict" answer opens
 * the conflict dialog (save a copy, reload, overwrite after confirming). A restored draft is adopted:
 * this window keeps autosaving under its id, so it stays on disk until a newer autosave or a save.
 */
import { useMemo, type Dispatch, type MutableRefObject, type RefObject } from 'react';
import { SAFETY_STRINGS } from '../../features/conflict/index';
import { writeDocx } from '../services/contracts';
import type { FileVersion, HostApi, OpenedFile, RecentFile, RecoveryEntry, TemplateSummary } from '../services/contracts';
import { downloadBytes, toBase64 } from '../services/bytes';
import { unwrap } from '../context/host-context';
import { defaultFileName } from '@core/text';
import type { LeaveChoice } from '../components/LeaveDialog';
import { baseName, type AppAction, type AppState, type Session } from '../state/plan-state';
import { APP_STRINGS } from '../strings';

export type Notify = (message: string, kind?: 'info' | 'error') => void;

export type FileActions = {
  readonly newFromTemplate: (template: TemplateSummary) => Promise<void>;
  readonly open: () => Promise<void>;
  readonly openUpload: (file: File) => Promise<void>;
  readonly openRecent: (file: RecentFile) => Promise<void>;
  /**
   * Saves; overwrite: the user confirmed replacing what the file holds now (after a conflict).
   * True when the plan was written. quiet: a copy under the default name, no name asked (conflict copy).
   */
  readonly save: (saveAs: boolean, overwrite?: boolean, quiet?: boolean) => Promise<boolean>;
  /** Drops this window's changes (after asking) and opens the plan's file as it is on disk. */
  readonly reload: () => Promise<void>;
  readonly exportDocx: () => Promise<void>;
  readonly saveBytes: (name: string, bytes: Uint8Array, filter: 'docx' | 'html') => Promise<void>;
  readonly restore: (entry: RecoveryEntry) => Promise<void>;
  readonly discard: (entry: RecoveryEntry) => Promise<void>;
  /**
   * True when the open plan may be left: nothing unsaved, or the user chose "Lưu" (and it was saved)
   * or "Không lưu"; false on "Hủy" or a save that did not go through.
   */
  readonly confirmDiscard: () => Promise<boolean>;
  /** Shows a file the host already opened (file association). */
  readonly loadOpened: (file: OpenedFile) => void;
};

export type FileActionDeps = {
  readonly host: HostApi;
  readonly state: AppState;
  readonly dispatch: Dispatch<AppAction>;
  readonly notify: Notify;
  readonly isWebHost: boolean;
  readonly fileInput: RefObject<HTMLInputElement | null>;
  /** Refreshes recent files and recoveries on the start screen. */
  readonly refresh: () => void;
  /** The file version the open plan is based on (what the save-time check expects on disk). */
  readonly fileVersion: MutableRefObject<KnownVersion | null>;
  /** A save met a conflict: show the choices. */
  readonly onConflict: (message: string) => void;
  /** Autosave under this id from now on (a restored draft). */
  readonly adoptSession: (id: string) => void;
  /** Asks Lưu / Không lưu / Hủy about the unsaved work of the open plan. */
  readonly askLeave: (name: string) => Promise<LeaveChoice>;
  /** Whether to export: true unless errors are still open and the user chose to fix them first. */
  readonly confirmExport?: () => Promise<boolean>;
  /** Asks a file name in the page (web host): the chosen name, or null when the user gave up. */
  readonly askFileName?: (defaultName: string, purpose: 'save' | 'export') => Promise<string | null>;
};

/**
 * The name a file of the plan gets by default: its own name once it has one, otherwise one made
 * from its kind and trích yếu ("Ke-hoach-trien-khai-Chi-thi-25.docx"), never "Kế hoạch mới".
 */
export function suggestedFileName(session: Pick<Session, 'name' | 'path' | 'format' | 'doc'>, extension: string): string {
  const named = session.path !== null || (session.format !== 'new' && session.name !== APP_STRINGS.untitled);
  return named ? `${baseName(session.name)}.${extension}` : defaultFileName(session.doc.kind, session.doc.header.summary, extension);
}

/** The version of the open plan's file, and which file it is. */
export type KnownVersion = { readonly path: string | null; readonly version: FileVersion | null };

/** What a save over the own file expects on disk: the known version, null when unknown. */
export function expectedVersionOf(known: KnownVersion | null, path: string | null): FileVersion | null | undefined {
  if (path === null) {
    return undefined;
  }
  return known !== null && known.path === path ? known.version : null;
}

function loadOpened(dispatch: Dispatch<AppAction>, opened: OpenedFile, deps?: Pick<FileActionDeps, 'fileVersion' | 'notify'>): void {
  const review = opened.format === 'docx';
  if (deps) {
    deps.fileVersion.current = opened.format === 'kehoach' ? { path: opened.path, version: opened.version ?? null } : null;
  }
  dispatch({
    type: 'load',
    request: {
      documents: opened.documents,
      // Only a .kehoach is saved back in place; a .txt or .docx is never overwritten by Save.
      path: opened.format === 'kehoach' ? opened.path : null,
      name: opened.format === 'kehoach' ? opened.name : baseName(opened.name),
      format: opened.format,
      mode: review ? 'review' : 'edit',
    },
  });
  // After the load, which clears the notices of the plan open before.
  if (deps && opened.heldBy) {
    const who = SAFETY_STRINGS.holder(opened.heldBy.user, opened.heldBy.hostname, opened.heldBy.since);
    deps.notify(SAFETY_STRINGS.heldBy(opened.name, who), 'info');
  }
}

/** The file actions, bound to the current state. */
export function useFileActions(deps: FileActionDeps): FileActions {
  const { host, state, dispatch, notify, isWebHost, fileInput, refresh, fileVersion, onConflict, adoptSession, askLeave, confirmExport, askFileName } = deps;
  return useMemo((): FileActions => {
    const guard = (work: () => Promise<void>) => async (): Promise<void> => {
      try {
        await work();
      } catch (error) {
        notify(error instanceof Error ? error.message : String(error), 'error');
      }
    };
    const save = async (saveAs: boolean, overwrite = false, quiet = false): Promise<boolean> => {
      const session = state.session;
      if (!session || session.mode === 'review') {
        return false;
      }
      let suggestedName = suggestedFileName(session, 'kehoach');
      // "Lưu thành…" in the web host asks the name in the page (the desktop shows its own dialog).
      if (saveAs && !quiet && isWebHost && askFileName) {
        const chosen = await askFileName(suggestedName, 'save');
        if (chosen === null) {
          return false;
        }
        suggestedName = chosen;
      }
      let written = false;
      await guard(async () => {
        const request = {
          path: session.path,
          saveAs,
          document: session.doc,
          suggestedName,
          ...(saveAs ? {} : { expectedVersion: expectedVersionOf(fileVersion.current, session.path), overwrite }),
        };
        const result = await host.saveDocument(request);
        if (!result.ok && result.error.code === 'file/conflict') {
          onConflict(result.error.message);
          return;
        }
        const saved = unwrap(result);
        if (saved) {
          written = true;
          fileVersion.current = { path: saved.path, version: saved.version ?? null };
          dispatch({ type: 'saved', path: saved.path, name: saved.name });
          notify(APP_STRINGS.saved(saved.name));
        }
      })();
      return written;
    };
    const confirmDiscard = async (): Promise<boolean> => {
      const session = state.session;
      if (!session?.dirty) {
        return true;
      }
      const choice = await askLeave(session.name);
      if (choice === 'cancel') {
        return false;
      }
      // A review (read-only) session has nothing of its own to save: "Lưu" leaves it like "Không lưu".
      return choice === 'discard' || session.mode === 'review' || (await save(false));
    };
    const opened = (file: OpenedFile | null): void => {
      if (file) {
        loadOpened(dispatch, file, { fileVersion, notify });
      }
    };
    const saveBytes = async (name: string, bytes: Uint8Array, filter: 'docx' | 'html'): Promise<void> => {
      const saved = unwrap(await host.saveFile({ suggestedName: name, base64: toBase64(bytes), filter }));
      if (saved && saved.path === null) {
        downloadBytes(bytes, saved.name, filter === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/html');
      }
      if (saved) {
        notify(APP_STRINGS.exported(saved.name));
      }
    };
    return {
      confirmDiscard,
      saveBytes,
      loadOpened: (file) => loadOpened(dispatch, file, { fileVersion, notify }),
      newFromTemplate: async (template) => {
        if (!(await confirmDiscard())) {
          return;
        }
        await guard(async () => {
          const doc = unwrap(await host.newFromTemplate({ templateId: template.id }));
          fileVersion.current = null;
          dispatch({ type: 'load', request: { documents: [doc], path: null, name: APP_STRINGS.untitled, format: 'new' } });
        })();
      },
      open: async () => {
        if (!(await confirmDiscard())) {
          return;
        }
        if (isWebHost) {
          fileInput.current?.click();
          return;
        }
        await guard(async () => opened(unwrap(await host.openDocument({}))))();
      },
      openUpload: async (file) => {
        await guard(async () => {
          const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
          if (fileInput.current) {
            fileInput.current.value = '';
          }
          opened(unwrap(await host.openDocument({ upload: { name: file.name, base64 } })));
        })();
      },
      openRecent: async (file) => {
        if (await confirmDiscard()) {
          await guard(async () => opened(unwrap(await host.openDocument({ path: file.path }))))();
        }
      },
      save,
      reload: async () => {
        const path = state.session?.path ?? null;
        if (path === null || !window.confirm(SAFETY_STRINGS.reloadQuestion)) {
          return;
        }
        await guard(async () => opened(unwrap(await host.openDocument({ path }))))();
      },
      exportDocx: async () => {
        const session = state.session;
        if (!session || (confirmExport && !(await confirmExport()))) {
          return;
        }
        let bytes: Uint8Array;
        try {
          bytes = await writeDocx(session.doc);
        } catch (error) {
          console.warn(error);
          notify(APP_STRINGS.exportFailed, 'error');
          return;
        }
        let name = suggestedFileName(session, 'docx');
        if (isWebHost && askFileName) {
          const chosen = await askFileName(name, 'export');
          if (chosen === null) {
            return;
          }
          name = chosen;
        }
        await guard(() => saveBytes(name, bytes, 'docx'))();
      },
      restore: async (entry) => {
        await guard(async () => {
          const restored = unwrap(await host.restoreRecovery({ id: entry.id }));
          // The draft stays on disk, now this window's: its next autosave replaces it, a save discards it.
          adoptSession(entry.id);
          fileVersion.current = { path: restored.path, version: restored.version ?? null };
          dispatch({
            type: 'load',
            request: { documents: [restored.document], path: restored.path, name: entry.title, format: 'recovered', dirty: true },
          });
        })();
      },
      discard: async (entry) => {
        await guard(async () => {
          unwrap(await host.discardRecovery({ id: entry.id }));
          refresh();
        })();
      },
    };
  }, [host, state, dispatch, notify, isWebHost, fileInput, refresh, fileVersion, onConflict, adoptSession, askLeave, confirmExport, askFileName]);
}

