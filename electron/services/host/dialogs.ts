/**
 * Dialogs the handlers need, transport-agnostic: the app maps them to Electron's native dialogs, the
 * web host to uploads and downloads.
 */

/** What a save dialog chose: a path on disk, or (web host) a browser download of the bytes. */
export type SaveTarget = { readonly kind: 'path'; readonly path: string } | { readonly kind: 'download' };

export type SaveDialogRequest = {
  readonly suggestedName: string;
  readonly filter: 'kehoach' | 'docx' | 'html' | 'csv' | 'pdf';
  /** The file the document was last saved to, to start the dialog there. */
  readonly currentPath: string | null;
};

export type Dialogs = {
  /** Asks for a file to open; null when cancelled (the web host has no open dialog: uploads only). */
  showOpen(): Promise<string | null>;
  /** Asks where to save; null when cancelled. */
  showSave(request: SaveDialogRequest): Promise<SaveTarget | null>;
  /** Asks for a folder to check (batch review); null when cancelled. Absent in the web host (the page uploads). */
  showOpenFolder?(): Promise<string | null>;
  /** Asks for several files to check (batch review); null when cancelled. Absent in the web host. */
  showOpenFiles?(): Promise<readonly string[] | null>;
};
