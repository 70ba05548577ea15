/**
 * IPC sender validation (Electron checklist #17, VS Code's validatedIpcMain): only the main frame of
 * one of our windows, showing our own origin, may call the host verbs.
 */

/** The parts of an IPC event the check reads (a structural subset of IpcMainInvokeEvent). */
export type SenderEvent = {
  readonly sender: { readonly id: number; readonly mainFrame?: unknown };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
};

export type TrustPolicy = {
  /** Origin of our renderer: "app://kehoach", or the dev server's "http://localhost:5173". */
  readonly origin: string;
  /** Whether a webContents id belongs to one of our windows. */
  readonly isOurWindow: (webContentsId: number) => boolean;
};

/** Scheme + host of a URL; "null" for URLs without one (about:blank, data:, file:). */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? 'null' : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'null';
  }
}

/** Whether an IPC event comes from the main frame of our window with our origin. */
export function isTrustedSender(event: SenderEvent, policy: TrustPolicy): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) {
    return false;
  }
  if (event.sender.mainFrame !== undefined && event.sender.mainFrame !== frame) {
    return false;
  }
  return policy.isOurWindow(event.sender.id) && originOf(frame.url) === policy.origin;
}
