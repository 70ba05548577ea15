/**
 * The app's state: the open plan (one PlanDocument, or several read from one file), its file, the dirty
 * flag and the editor revision. A pure reducer; no host calls, no DOM.
 */
import type {
  Appendix,
  Block,
  Header,
  HeaderField,
  PlanDocument,
  Recipient,
  Signature,
} from '@core/model';
import { relabelAppendixReferences } from '@core/model';
import { sameBody } from './same-body';

/** How the open plan came in. */
export type SessionFormat = 'new' | 'kehoach' | 'txt' | 'docx' | 'recovered';

export type Session = {
  /** Every document read from the file (a .txt may hold a công văn and its plan). */
  readonly documents: readonly PlanDocument[];
  readonly activeIndex: number;
  /** The document being edited or reviewed (documents[activeIndex], with edits). */
  readonly doc: PlanDocument;
  /** The .kehoach file this plan is saved in; null until saved. */
  readonly path: string | null;
  readonly name: string;
  readonly format: SessionFormat;
  /** Reviewer mode: read-only view of a colleague's .docx. */
  readonly mode: 'edit' | 'review';
  readonly dirty: boolean;
  /** Bumped whenever the body is replaced from outside the editor (open, quick fix, template). */
  readonly revision: number;
};

export type AppState = {
  readonly session: Session | null;
  /** Print preview shown over the editor. */
  readonly preview: boolean;
};

export type LoadRequest = {
  readonly documents: readonly PlanDocument[];
  readonly path: string | null;
  readonly name: string;
  readonly format: SessionFormat;
  readonly mode?: 'edit' | 'review';
  /** A recovered or new plan starts dirty: it is not in any file yet. */
  readonly dirty?: boolean;
};

export type AppAction =
  | { readonly type: 'load'; readonly request: LoadRequest }
  | { readonly type: 'select-document'; readonly index: number }
  | { readonly type: 'edit-header'; readonly patch: Partial<Header> }
  | { readonly type: 'edit-opening'; readonly lines: readonly string[] }
  | { readonly type: 'edit-closing'; readonly lines: readonly string[] }
  | { readonly type: 'edit-signature'; readonly signature: Signature }
  | { readonly type: 'edit-recipients'; readonly items: readonly Recipient[] }
  | { readonly type: 'edit-body'; readonly body: readonly Block[] }
  /** A new appendix after the others (label and Kèm theo line computed, title to fill). */
  | { readonly type: 'add-appendix'; readonly id: string; readonly paragraphId: string; readonly orientation: Appendix['orientation'] }
  | { readonly type: 'edit-appendix'; readonly id: string; readonly patch: Partial<Pick<Appendix, 'title' | 'orientation' | 'label' | 'attachedLine'>> }
  /** The appendix editor's report: no new revision (the editor already shows it). */
  | { readonly type: 'edit-appendix-blocks'; readonly id: string; readonly blocks: readonly Block[] }
  | { readonly type: 'delete-appendix'; readonly id: string }
  | { readonly type: 'replace-doc'; readonly doc: PlanDocument }
  | { readonly type: 'import-as-new'; readonly doc?: PlanDocument }
  | { readonly type: 'saved'; readonly path: string; readonly name: string }
  | { readonly type: 'close' }
  | { readonly type: 'preview'; readonly open: boolean };

export const INITIAL_STATE: AppState = { session: null, preview: false };

/** The next state; never mutates the given one. */
export function appReducer(state: AppState, action: AppAction): AppState {
  if (action.type === 'load') {
    return { session: loadSession(action.request, state.session?.revision ?? 0), preview: false };
  }
  if (action.type === 'close') {
    return INITIAL_STATE;
  }
  if (action.type === 'preview') {
    return { ...state, preview: action.open };
  }
  const session = state.session;
  if (!session) {
    return state;
  }
  const next = sessionReducer(session, action);
  return next === session ? state : { ...state, session: next };
}

/** A loaded session; its revision continues from the previous one so a mounted editor reloads. */
function loadSession(request: LoadRequest, previousRevision: number): Session | null {
  const first = request.documents[0];
  if (!first) {
    return null;
  }
  const index = Math.max(0, request.documents.findIndex((d) => d.kind === 'ke-hoach'));
  return {
    documents: request.documents,
    activeIndex: index,
    doc: request.documents[index] ?? first,
    path: request.path,
    name: request.name,
    format: request.format,
    mode: request.mode ?? 'edit',
    dirty: request.dirty ?? false,
    revision: previousRevision + 1,
  };
}

function sessionReducer(session: Session, action: AppAction): Session {
  switch (action.type) {
    case 'select-document': {
      const doc = session.documents[action.index];
      return doc ? { ...session, activeIndex: action.index, doc, revision: session.revision + 1 } : session;
    }
    case 'edit-header':
      return edited(session, { ...session.doc, header: patchHeader(session.doc.header, action.patch) });
    case 'edit-opening':
      return edited(session, { ...session.doc, opening: openingFrom(session.doc, action.lines) });
    case 'edit-closing':
      return edited(session, { ...session.doc, closing: closingFrom(session.doc, action.lines) });
    case 'edit-signature': {
      // An edited signer block is judged as the model says, no longer as the lines read from the file.
      const { sourceLines: _lines, nameSource: _name, ...signature } = action.signature;
      return edited(session, { ...session.doc, signature });
    }
    case 'edit-recipients':
      return edited(session, {
        ...session.doc,
        recipients: { ...(session.doc.recipients ?? {}), items: action.items.map(({ source: _source, ...item }) => item) },
      });
    case 'edit-body':
      return sameBody(session.doc.body, action.body) ? session : edited(session, { ...session.doc, body: action.body });
    case 'add-appendix': {
      const appendix: Appendix = {
        id: action.id,
        label: null,
        title: '',
        attachedLine: null,
        orientation: action.orientation,
        blocks: [{ kind: 'paragraph', id: action.paragraphId, runs: [] }],
      };
      return appendicesChanged(session, [...session.doc.appendices, appendix]);
    }
    case 'edit-appendix':
      return editAppendix(session, action.id, (a) => ({ ...a, ...action.patch }));
    case 'edit-appendix-blocks':
      return editAppendix(session, action.id, (a) => (sameBody(a.blocks, action.blocks) ? a : { ...a, blocks: action.blocks }));
    case 'delete-appendix':
      return session.doc.appendices.some((a) => a.id === action.id)
        ? appendicesChanged(session, session.doc.appendices.filter((a) => a.id !== action.id))
        : session;
    case 'replace-doc':
      return { ...edited(session, action.doc), revision: session.revision + 1 };
    case 'import-as-new':
      return importAsNew(session, action.doc ?? session.doc);
    case 'saved':
      return { ...session, path: action.path, name: action.name, format: 'kehoach', dirty: false };
    default:
      return session;
  }
}

/** The session with one appendix changed; unchanged when the appendix is gone or `change` returns it as is. */
function editAppendix(session: Session, id: string, change: (a: Appendix) => Appendix): Session {
  const old = session.doc.appendices.find((a) => a.id === id);
  const next = old ? change(old) : old;
  if (!old || !next || next === old) {
    return session;
  }
  return edited(session, { ...session.doc, appendices: session.doc.appendices.map((a) => (a.id === id ? next : a)) });
}

/**
 * The session with a new appendix list. Citations in the body, opening and closing of appendices whose computed
 * label moved ("Phụ lục" → "Phụ lục I") follow; when any did, the body editor reloads (new revision).
 */
function appendicesChanged(session: Session, appendices: readonly Appendix[]): Session {
  const after = relabelAppendixReferences(session.doc, { ...session.doc, appendices });
  const next = edited(session, after);
  const moved = after.body !== session.doc.body || after.opening !== session.doc.opening || after.closing !== session.doc.closing;
  return moved && next !== session ? { ...next, revision: session.revision + 1 } : next;
}

function edited(session: Session, doc: PlanDocument): Session {
  if (session.mode === 'review') {
    return session;
  }
  const documents = session.documents.map((d, i) => (i === session.activeIndex ? doc : d));
  return { ...session, doc, documents, dirty: true };
}

/** The reviewed document (or a fixed version of it) as a new unsaved plan, without its file's formatting facts. */
function importAsNew(session: Session, source: PlanDocument): Session {
  const { formatting: _facts, ...rest } = source;
  const doc: PlanDocument = { ...rest, meta: { ...rest.meta, origin: 'app' } };
  return {
    documents: [doc],
    activeIndex: 0,
    doc,
    path: null,
    name: baseName(session.name),
    format: 'new',
    mode: 'edit',
    dirty: true,
    revision: session.revision + 1,
  };
}

/** Opening paragraphs from edited lines, keeping the ids of the lines that stayed in place. */
function openingFrom(doc: PlanDocument, lines: readonly string[]): PlanDocument['opening'] {
  return lines.map((text, i) => {
    const old = doc.opening[i];
    return { kind: 'paragraph', id: old?.id ?? `op-${Date.now().toString(36)}-${i}`, runs: text ? [{ text }] : [] };
  });
}

/** Closing paragraphs from edited lines: an unchanged line keeps its paragraph (runs, emphasis, id). */
function closingFrom(doc: PlanDocument, lines: readonly string[]): PlanDocument['closing'] {
  return lines.map((text, i) => {
    const old = doc.closing[i];
    if (old && old.runs.map((r) => r.text).join('') === text) {
      return old;
    }
    const { source: _source, ...rest } = old ?? { kind: 'paragraph' as const, id: `cl-${Date.now().toString(36)}-${i}`, runs: [] };
    return { ...rest, runs: text ? [{ text }] : [] };
  });
}

/** Header fields whose "as read" source line an edit of the key makes stale (core/rules/apply-fix does the same). */
const SOURCE_OF: Partial<Record<keyof Header, HeaderField>> = {
  nationalTitle: 'nationalTitle',
  motto: 'motto',
  parentAgency: 'parentAgency',
  agency: 'agency',
  number: 'number',
  symbol: 'number',
  place: 'date',
  date: 'date',
  docType: 'docType',
  summary: 'summary',
  addressees: 'addressees',
};

/** The header with the patch applied and the source lines of the edited fields dropped. */
export function patchHeader(header: Header, patch: Partial<Header>): Header {
  const next: Header = { ...header, ...patch };
  if (!header.source) {
    return next;
  }
  const stale = new Set(Object.keys(patch).map((k) => SOURCE_OF[k as keyof Header]).filter((f) => f !== undefined));
  const source = Object.fromEntries(Object.entries(header.source).filter(([field]) => !stale.has(field as HeaderField)));
  return { ...next, source };
}

/** A file name without its extension ("ke-hoach.docx" → "ke-hoach"). */
export function baseName(name: string): string {
  return name.replace(/\.(kehoach|docx|txt)$/i, '');
}
