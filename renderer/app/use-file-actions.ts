/**
 * What the top bar, the start screen, shortcuts and menus do with files: new from a template, open
 * (native dialog, upload or recent path), save / save as (.kehoach), export .docx, recovery.
 */
import { useMemo, type Dispatch, type RefObject } from 'react';
import { writeDocx } from './contracts';
import type { HostApi, OpenedFile, RecentFile, RecoveryEntry, TemplateSummary } from './contracts';
import { downloadBytes, toBase64 } from './bytes';
import { unwrap } from './host-context';
import { baseName, type AppAction, type AppState } from './plan-state';
import { APP_STRINGS } from './strings';

export type Notify = (message: string, kind?: 'info' | 'error') => void;

export type FileActions = {
  readonly newFromTemplate: (template: TemplateSummary) => Promise<void>;
  readonly open: () => Promise<void>;
  readonly openUpload: (file: File) => Promise<void>;
  readonly openRecent: (file: RecentFile) => Promise<void>;
  readonly save: (saveAs: boolean) => Promise<void>;
  readonly exportDocx: () => Promise<void>;
  readonly saveBytes: (name: string, bytes: Uint8Array, filter: 'docx' | 'html') => Promise<void>;
  readonly restore: (entry: RecoveryEntry) => Promise<void>;
  readonly discard: (entry: RecoveryEntry) => Promise<void>;
  /** True when the user agrees to drop unsaved work (or there is none). */
  readonly confirmDiscard: () => boolean;
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
};

function loadOpened(dispatch: Dispatch<AppAction>, opened: OpenedFile): void {
  const review = opened.format === 'docx';
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
}

/** The file actions, bound to the current state. */
export function useFileActions(deps: FileActionDeps): FileActions {
  const { host, state, dispatch, notify, isWebHost, fileInput, refresh } = deps;
  return useMemo((): FileActions => {
    const guard = (work: () => Promise<void>) => async (): Promise<void> => {
      try {
        await work();
      } catch (error) {
        notify(error instanceof Error ? error.message : String(error), 'error');
      }
    };
    const confirmDiscard = (): boolean => !state.session?.dirty || window.confirm(APP_STRINGS.discardQuestion);
    const opened = (file: OpenedFile | null): void => {
      if (file) {
        loadOpened(dispatch, file);
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
      loadOpened: (file) => loadOpened(dispatch, file),
      newFromTemplate: async (template) => {
        if (!confirmDiscard()) {
          return;
        }
        await guard(async () => {
          const doc = unwrap(await host.newFromTemplate({ templateId: template.id }));
          dispatch({ type: 'load', request: { documents: [doc], path: null, name: APP_STRINGS.untitled, format: 'new' } });
        })();
      },
      open: async () => {
        if (!confirmDiscard()) {
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
        if (confirmDiscard()) {
          await guard(async () => opened(unwrap(await host.openDocument({ path: file.path }))))();
        }
      },
      save: async (saveAs) => {
        const session = state.session;
        if (!session || session.mode === 'review') {
          return;
        }
        await guard(async () => {
          const request = { path: session.path, saveAs, document: session.doc, suggestedName: `${baseName(session.name)}.kehoach` };
          const saved = unwrap(await host.saveDocument(request));
          if (saved) {
            dispatch({ type: 'saved', path: saved.path, name: saved.name });
            notify(APP_STRINGS.saved(saved.name));
          }
        })();
      },
      exportDocx: async () => {
        const session = state.session;
        if (!session) {
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
        await guard(() => saveBytes(`${baseName(session.name)}.docx`, bytes, 'docx'))();
      },
      restore: async (entry) => {
        await guard(async () => {
          const restored = unwrap(await host.restoreRecovery({ id: entry.id }));
          dispatch({
            type: 'load',
            request: { documents: [restored.document], path: restored.path, name: entry.title, format: 'recovered', dirty: true },
          });
          await host.discardRecovery({ id: entry.id });
        })();
      },
      discard: async (entry) => {
        await guard(async () => {
          unwrap(await host.discardRecovery({ id: entry.id }));
          refresh();
        })();
      },
    };
  }, [host, state, dispatch, notify, isWebHost, fileInput, refresh]);
}

