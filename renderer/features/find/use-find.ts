/**
 * Find and replace over the whole plan, and F2 to the next "{…}" placeholder. The search is pure
 * (core/model/find); a replacement gives a new document handed to `onReplaceDoc` as one step, which
 * Ctrl+Z (or the bar's button) takes back while nothing else has changed since.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  findInDocument,
  findPlaceholders,
  nextMatchAfter,
  replaceMatches,
  type FindMatch,
  type FindOptions,
} from '@core/model';
import type { PlanDocument } from '@core/model';
import { clearHighlights, containerOf, paintHighlights } from './dom-ranges';
import { FIND_STRINGS } from './strings';

/** What find needs of the body editor: selecting a text range in a block. */
export type FindBodyTarget = {
  revealBlock(blockId: string, range?: { readonly start: number; readonly end: number }): void;
};

export type FindMode = 'find' | 'replace';

const MAX_UNDO = 20;
const NOTICE_MS = 6000;

type UndoStep = { readonly before: PlanDocument; readonly after: PlanDocument; readonly count: number };

export type FindController = {
  readonly mode: FindMode | null;
  readonly open: (mode: FindMode) => void;
  readonly close: () => void;
  readonly query: string;
  readonly setQuery: (q: string) => void;
  readonly replacement: string;
  readonly setReplacement: (r: string) => void;
  readonly options: FindOptions;
  readonly setOptions: (o: FindOptions) => void;
  readonly matches: readonly FindMatch[];
  /** Index of the current match in `matches`, or -1. */
  readonly current: number;
  readonly next: () => void;
  readonly previous: () => void;
  readonly replaceOne: () => void;
  readonly replaceAll: () => void;
  readonly canUndo: boolean;
  readonly undo: () => void;
  readonly nextPlaceholder: () => void;
  readonly notice: string | null;
  readonly readOnly: boolean;
  readonly inputRef: RefObject<HTMLInputElement | null>;
};

export type UseFindArgs = {
  readonly doc: PlanDocument;
  readonly readOnly: boolean;
  readonly body: RefObject<FindBodyTarget | null>;
  /** Puts a whole new document in place (one step; the editor reloads). */
  readonly onReplaceDoc: (doc: PlanDocument) => void;
};

function isTextInput(el: Element | null): boolean {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
}

/** Opens the click-to-edit field showing a match and selects the match in it (header, opening, closing, Nơi nhận). */
function selectInField(match: FindMatch): void {
  const container = containerOf(match);
  if (!container) {
    return;
  }
  container.scrollIntoView({ block: 'center' });
  if (match.unit.part === 'signature' || match.unit.part === 'body' || match.unit.part === 'appendix') {
    return;
  }
  const button = container.matches('[role="button"]') ? container : container.querySelector<HTMLElement>('[role="button"]');
  button?.click();
  setTimeout(() => {
    const field = document.activeElement;
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      const at = field.value.indexOf(match.unit.text);
      const start = at >= 0 ? at + match.start : field.value.indexOf(match.text);
      if (start >= 0) {
        field.setSelectionRange(start, start + match.text.length);
      }
    }
  }, 0);
}

/** The find-and-replace state and commands of the workspace; registers Ctrl+F, Ctrl+H, F2 and Ctrl+Z. */
export function useFind(args: UseFindArgs): FindController {
  const { doc, readOnly, body, onReplaceDoc } = args;
  const [mode, setMode] = useState<FindMode | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [current, setCurrent] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [undoStack, setUndoStack] = useState<readonly UndoStep[]>([]);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const lastPlaceholder = useRef<{ order: number; start: number } | null>(null);
  const docRef = useRef(doc);
  docRef.current = doc;

  const matches = useMemo(() => (mode === null ? [] : findInDocument(doc, query, options)), [mode, doc, query, options]);
  const index = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  const currentMatch = index >= 0 ? (matches[index] ?? null) : null;

  useEffect(() => {
    if (mode === null) {
      clearHighlights();
      return undefined;
    }
    // After the page has drawn the document the matches come from.
    const frame = requestAnimationFrame(() => paintHighlights(matches, currentMatch));
    return () => cancelAnimationFrame(frame);
  }, [mode, matches, currentMatch]);
  useEffect(() => clearHighlights, []);
  useEffect(() => {
    if (notice === null) {
      return undefined;
    }
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const show = useCallback((i: number) => {
    setCurrent(i);
    const m = matches[i];
    const el = m ? containerOf(m) : null;
    el?.scrollIntoView?.({ block: 'center' });
  }, [matches]);
  const next = useCallback(() => {
    if (matches.length > 0) {
      show(index < 0 ? 0 : (index + 1) % matches.length);
    }
  }, [matches, index, show]);
  const previous = useCallback(() => {
    if (matches.length > 0) {
      show(index <= 0 ? matches.length - 1 : index - 1);
    }
  }, [matches, index, show]);

  const apply = useCallback((targets: readonly FindMatch[]) => {
    if (readOnly || targets.length === 0) {
      return;
    }
    const before = docRef.current;
    const after = replaceMatches(before, targets, replacement);
    // Steps chain only while nothing else changes the document in between.
    setUndoStack((stack) => [...(stack[stack.length - 1]?.after === before ? stack : []), { before, after, count: targets.length }].slice(-MAX_UNDO));
    setNotice(FIND_STRINGS.replaced(targets.length));
    onReplaceDoc(after);
  }, [readOnly, replacement, onReplaceDoc]);
  const replaceOne = useCallback(() => apply(currentMatch ? [currentMatch] : []), [apply, currentMatch]);
  const replaceAll = useCallback(() => apply(matches), [apply, matches]);

  const top = undoStack[undoStack.length - 1];
  const canUndo = top !== undefined && top.after === doc;
  const undo = useCallback(() => {
    const step = undoStack[undoStack.length - 1];
    if (!step || step.after !== docRef.current) {
      return;
    }
    setUndoStack(undoStack.slice(0, -1));
    setNotice(FIND_STRINGS.undone(step.count));
    onReplaceDoc(step.before);
  }, [undoStack, onReplaceDoc]);

  const nextPlaceholder = useCallback(() => {
    const all = findPlaceholders(docRef.current);
    const target = nextMatchAfter(all, lastPlaceholder.current);
    if (!target) {
      setNotice(FIND_STRINGS.noPlaceholder);
      lastPlaceholder.current = null;
      return;
    }
    lastPlaceholder.current = { order: target.order, start: target.start };
    setNotice(FIND_STRINGS.placeholderAt(target.text, all.indexOf(target) + 1, all.length));
    if (target.unit.inEditor && target.unit.blockId && body.current) {
      body.current.revealBlock(target.unit.blockId, { start: target.start, end: target.end });
    } else {
      selectInField(target);
    }
  }, [body]);

  const open = useCallback((m: FindMode) => {
    setMode(readOnly ? 'find' : m);
    // Word fills the box with the selected text.
    const selected = window.getSelection()?.toString() ?? '';
    if (selected !== '' && !selected.includes('\n') && selected.length < 200) {
      setQuery(selected.normalize('NFC'));
    }
    setTimeout(() => {
      inputRef.current?.focus();
      inputRef.current?.select();
    }, 0);
  }, [readOnly]);
  const close = useCallback(() => {
    setMode(null);
    if (currentMatch?.unit.inEditor && currentMatch.unit.blockId) {
      body.current?.revealBlock(currentMatch.unit.blockId, { start: currentMatch.start, end: currentMatch.end });
    }
  }, [currentMatch, body]);

  const keys = useRef({ open, nextPlaceholder, undo, canUndo });
  keys.current = { open, nextPlaceholder, undo, canUndo };
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = (e.ctrlKey || e.metaKey) && !e.altKey;
      const key = e.key.toLowerCase();
      if (mod && !e.shiftKey && (key === 'f' || key === 'h')) {
        e.preventDefault();
        keys.current.open(key === 'f' ? 'find' : 'replace');
      } else if (e.key === 'F2' && !mod && !e.shiftKey) {
        e.preventDefault();
        keys.current.nextPlaceholder();
      } else if (mod && !e.shiftKey && key === 'z' && keys.current.canUndo) {
        const active = document.activeElement;
        if (!isTextInput(active) || active?.closest('.find-bar')) {
          e.preventDefault();
          e.stopPropagation();
          keys.current.undo();
        }
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return {
    mode,
    open,
    close,
    query,
    setQuery: (q) => {
      setQuery(q);
      setCurrent(0);
    },
    replacement,
    setReplacement,
    options,
    setOptions: (o) => {
      setOptions(o);
      setCurrent(0);
    },
    matches,
    current: index,
    next,
    previous,
    replaceOne,
    replaceAll,
    canUndo,
    undo,
    nextPlaceholder,
    notice,
    readOnly,
    inputRef,
  };
}
