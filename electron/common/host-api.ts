/**
 * The HostApi contract: async verbs the renderer calls on its host (Electron main over IPC, or the
 * web host over HTTP), and the events it listens to. Pure: no electron, no node, no DOM.
 */
import type { AppError, AppErrorCode, Result } from '@core/base';
import type { PlanDocument } from '@core/model';
import type { Profile } from '@core/templates';
import type { BatchFileReport, BatchSource, BatchStatus } from './batch';
import type { AgencyProfile, Settings, ViewSettings } from './settings';

/**
 * Failure codes that only exist at the host boundary, beside core's AppErrorCode: files the host writes,
 * drafts, and the transports (IPC, HTTP) themselves.
 */
export type HostOnlyErrorCode =
  | 'file/conflict'
  | 'file/write-failed'
  | 'recovery/in-use'
  | 'recovery/write-failed'
  | 'ipc/too-large'
  | 'ipc/unknown-verb'
  | 'host/unreachable'
  | 'host/bad-response'
  | 'host/session-lost'
  /** A document task over its time or memory budget, or whose worker died or was stopped (electron/services/worker). */
  | 'work/timeout'
  | 'work/out-of-memory'
  | 'work/failed'
  | 'work/stopped'
  /** The batch review (electron/services/batch): an unknown batch, too many files or bytes, nothing to check, no picker. */
  | 'batch/not-found'
  | 'batch/too-many'
  | 'batch/too-large'
  | 'batch/empty'
  | 'batch/no-picker'
  /** printToPdf where the host cannot print a page (the web host: the browser's own print does). */
  | 'print/unavailable';
export type HostErrorCode = AppErrorCode | HostOnlyErrorCode;

/** An AppError as it crosses the boundary (serialisable: a code, a Vietnamese message, an optional detail). */
export type HostError = Omit<AppError, 'code'> & { readonly code: HostErrorCode };

/** What every verb returns: core's Result with HostError (thrown errors lose all but a message, so errors are values). */
export type HostResult<T> = Result<T, HostError>;

/** HTTP header that names the page load (its autosaves are its own, not leftovers to recover). */
export const CLIENT_HEADER = 'x-kehoach-client';
/** Query parameter of the web host's one-time launch address (`/?launch=<secret>`). */
export const LAUNCH_PARAM = 'launch';
/** Name of the web host's session cookie (HttpOnly, SameSite=Strict) for a port: cookies ignore ports. */
export function sessionCookieName(port: number): string {
  return `kehoach-session-${port}`;
}

export type TemplateSummary = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: 'ke-hoach' | 'cong-van';
  /** The section list the checker judges plans of this template against. */
  readonly profile: Profile;
  /** Drafter guidance per section key (placeholder text in empty sections). */
  readonly guidance: Readonly<Record<string, string>>;
};

/** What a file held when it was opened or last saved: the save-time check compares it with the disk. */
export type FileVersion = {
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  readonly sha256: string;
};

/** Who else has a file open (its lock file): shown to the second opener. */
export type FileHolder = {
  readonly user: string;
  readonly hostname: string;
  /** ISO 8601 time the other side opened (or last saved) the file. */
  readonly since: string;
};

/** A file the user opened: one .kehoach plan, or the documents read from a .txt or .docx. */
export type OpenedFile = {
  /** Absolute path in the app; null in the web host (uploaded file). */
  readonly path: string | null;
  readonly name: string;
  readonly format: 'kehoach' | 'txt' | 'docx';
  readonly documents: readonly PlanDocument[];
  /** The file's version as read (a .kehoach opened by path); null for uploads. */
  readonly version?: FileVersion | null;
  /** Someone else (another window, page, launch or machine) has this file open; null when nobody. */
  readonly heldBy?: FileHolder | null;
};

export type RecoveryEntry = {
  readonly id: string;
  readonly title: string;
  /** ISO 8601 time of the last autosave. */
  readonly savedAt: string;
  /** The file the work belonged to, if it had been saved. */
  readonly path: string | null;
};

export type RecentFile = {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
};

export type HostApi = {
  /** Templates from the catalogue. */
  listTemplates(): Promise<HostResult<readonly TemplateSummary[]>>;
  /** A new plan from a template, filled from the agency profile in settings. */
  newFromTemplate(request: { readonly templateId: string }): Promise<HostResult<PlanDocument>>;
  /**
   * Opens a file: by path (recent files, file association), or, with no path, through the native
   * open dialog (app) or the uploaded bytes (web host). Null when the user cancelled.
   */
  openDocument(request: {
    readonly path?: string;
    readonly upload?: { readonly name: string; readonly base64: string };
  }): Promise<HostResult<OpenedFile | null>>;
  /**
   * Saves a plan as .kehoach atomically, keeping previous versions as backups. With no path (or
   * saveAs) the host asks where; never overwrites another file without asking. Saving over its own
   * path, the host first checks the file still is expectedVersion and nobody else holds it: if not, the
   * answer is the error "file/conflict" (nothing written) and the user chooses: save as a copy, reload,
   * or save again with overwrite (after confirming). Null when cancelled.
   */
  saveDocument(request: {
    readonly path: string | null;
    readonly saveAs: boolean;
    readonly document: PlanDocument;
    readonly suggestedName: string;
    /** The version the plan was opened or last saved as; missing means unknown (a conflict if the file exists). */
    readonly expectedVersion?: FileVersion | null;
    /** The user confirmed replacing the file whatever it holds now. */
    readonly overwrite?: boolean;
  }): Promise<HostResult<{ readonly path: string; readonly name: string; readonly version: FileVersion } | null>>;
  /**
   * Saves bytes the renderer built (a .docx, a check report) through a save dialog (app) or as a
   * download (web host). Null when cancelled.
   */
  saveFile(request: {
    readonly suggestedName: string;
    readonly base64: string;
    readonly filter: 'docx' | 'html' | 'csv';
  }): Promise<HostResult<{ readonly path: string | null; readonly name: string } | null>>;
  getSettings(): Promise<HostResult<Settings>>;
  updateSettings(request: { readonly agencyProfile?: AgencyProfile; readonly view?: ViewSettings }): Promise<HostResult<Settings>>;
  listRecentFiles(): Promise<HostResult<readonly RecentFile[]>>;
  /** Stores unsaved work in the app's data folder; sessionId identifies one editing window. */
  autosave(request: {
    readonly sessionId: string;
    readonly title: string;
    readonly path: string | null;
    readonly document: PlanDocument;
    /** The file version the work is based on, kept for the save-time check after a recovery. */
    readonly version?: FileVersion | null;
  }): Promise<HostResult<{ readonly savedAt: string }>>;
  /** Unsaved work left by sessions whose window, page or launch is gone; never a live one. */
  listRecoveries(): Promise<HostResult<readonly RecoveryEntry[]>>;
  /**
   * A draft's content; the draft passes to the caller, who keeps autosaving under the same id (so it
   * stays on disk until a newer autosave or a save replaces it). Refused for a live owner's draft.
   */
  restoreRecovery(request: {
    readonly id: string;
  }): Promise<HostResult<{ readonly document: PlanDocument; readonly path: string | null; readonly version: FileVersion | null }>>;
  /** Forgets an autosave (after a clean save or close, or when the user declines recovery); never a live owner's. */
  discardRecovery(request: { readonly id: string }): Promise<HostResult<null>>;
  /**
   * The window or page is alive (called every few seconds, and when it opens or closes a plan), or
   * closing (closing: true): its drafts become leftovers to offer and its file locks go. openPath: the
   * file it has open now (null: none), so the locks of files it no longer has open go.
   */
  keepAlive(request: { readonly closing: boolean; readonly openPath?: string | null }): Promise<HostResult<null>>;
  /**
   * The window title, shown as given (the renderer composes file name, unsaved marker and app name), and
   * the dirty flag main uses for the question before closing (app); document.title (web host).
   */
  setTitle(request: { readonly title: string; readonly dirty: boolean }): Promise<HostResult<null>>;
  /**
   * A file the app was asked to open (file association, command line, macOS open-file); null when none.
   * Call it at start and on the 'open-pending' command. Optional: the web host always answers null.
   */
  takePendingFile?(): Promise<HostResult<OpenedFile | null>>;
  /**
   * "Kiểm tra bằng bản in": renders a .docx (base64) with LibreOffice when it is installed and checks its pages
   * (page 1 numbered, a heading as a page's last line, the signer block alone); without it, says why not.
   * Optional: hosts without the render service leave it out.
   */
  renderCheck?(request: { readonly base64: string }): Promise<HostResult<RenderCheckResult>>;
  /**
   * The print preview saved as PDF (Electron's webContents.printToPDF: A4, the page's @page margins), through
   * a save dialog; null when the dialog was cancelled. The web host answers 'print/unavailable': the
   * browser's own print (Ctrl+P, "Lưu dưới dạng PDF") does it there. Optional.
   */
  printToPdf?(request: { readonly suggestedName: string }): Promise<HostResult<{ readonly path: string | null; readonly name: string } | null>>;
  /**
   * Batch review ("Kiểm tra hàng loạt"): checks a folder or several files (picked natively in the app,
   * uploaded by the page in the web host) in the background; the page polls batchStatus for progress and
   * rows (the rows of `kehoach check`), may cancel, and asks one file's report. Null when the picker was cancelled.
   */
  startBatch?(request: BatchSource): Promise<HostResult<BatchStatus | null>>;
  batchStatus?(request: { readonly id: string }): Promise<HostResult<BatchStatus>>;
  cancelBatch?(request: { readonly id: string }): Promise<HostResult<BatchStatus>>;
  batchReport?(request: { readonly id: string; readonly index: number }): Promise<HostResult<BatchFileReport>>;
  /** Events from the host: a menu command (Vietnamese menus send the same commands as shortcuts). */
  onDidRequestCommand(listener: (command: HostCommand) => void): () => void;
};

/** A problem seen on a rendered file's pages (page is 1-based); the message is Vietnamese. */
export type RenderPageFinding = {
  readonly kind: 'page-one-number' | 'heading-last-line' | 'signer-alone';
  readonly page: number;
  readonly message: string;
};

/** The check by rendering: its pages, findings and page images (PNG data: URLs), or why it did not run. */
export type RenderCheckResult =
  | { readonly ran: true; readonly pages: number; readonly findings: readonly RenderPageFinding[]; readonly images: readonly string[] }
  | { readonly ran: false; readonly reason: string };

/** Commands the native menu sends to the renderer. */
export const HostCommand = {
  NEW: 'new',
  OPEN: 'open',
  SAVE: 'save',
  SAVE_AS: 'save-as',
  EXPORT: 'export',
  PRINT: 'print',
  CLOSE_REQUESTED: 'close-requested',
  /** A file is waiting to be opened: call takePendingFile(). */
  OPEN_PENDING: 'open-pending',
  /** Zoom of the sheet (Xem menu): the renderer zooms the sheet, never the whole page. */
  ZOOM_IN: 'zoom-in',
  ZOOM_OUT: 'zoom-out',
  ZOOM_RESET: 'zoom-reset',
  ZOOM_FIT: 'zoom-fit',
} as const;
export type HostCommand = (typeof HostCommand)[keyof typeof HostCommand];

/** The keys of HostApi that are verbs: everything but the `on…` events (VS Code's convention). */
export type HostVerb = Exclude<keyof HostApi, `on${string}`>;

/** One entry per verb: `satisfies` fails to compile when a HostApi verb is missing here or one is unknown. */
const VERB_TABLE = {
  listTemplates: true,
  newFromTemplate: true,
  openDocument: true,
  saveDocument: true,
  saveFile: true,
  getSettings: true,
  updateSettings: true,
  listRecentFiles: true,
  autosave: true,
  listRecoveries: true,
  restoreRecovery: true,
  discardRecovery: true,
  keepAlive: true,
  setTitle: true,
  takePendingFile: true,
  renderCheck: true,
  printToPdf: true,
  startBatch: true,
  batchStatus: true,
  cancelBatch: true,
  batchReport: true,
} as const satisfies Record<HostVerb, true>;

/** The verbs, in declaration order (each is wired by the preload, ipc and the web host). */
export const HOST_VERBS = Object.keys(VERB_TABLE) as readonly HostVerb[];

/** IPC channel of a verb: every channel starts with "host:" (VS Code's prefix rule). */
export function channelOf(verb: HostVerb): string {
  return `host:${verb}`;
}

/** IPC channel of the command event. */
export const COMMAND_CHANNEL = 'host-event:command';
