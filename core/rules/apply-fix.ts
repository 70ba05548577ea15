/**
 * Applying a quick fix to the model. Pure: returns a new document and never mutates the input.
 * Fixed parts lose their "as read" source text, so that rules judge the corrected model from then on.
 */
import { BugError } from '../base/bug-error';
import type { Block, Header, HeaderField, NumberedBlock, ParagraphBlock, PlanDocument, Run } from '../model/plan-document';
import { relabelAppendixReferences } from '../model/appendix-references';
import { renumber } from '../model/numbering';
import { formatDateWords } from '../text/dates';
import type { FixEdit } from './types';

type SetHeader = Extract<FixEdit, { kind: 'set-header' }>;

function withoutSource(header: Header, field: HeaderField): Header {
  if (!header.source?.[field]) {
    return header;
  }
  const { [field]: _dropped, ...rest } = header.source;
  return { ...header, source: rest };
}

function setHeader(doc: PlanDocument, edit: SetHeader): PlanDocument {
  const field: HeaderField = edit.field === 'symbol' ? 'number' : edit.field === 'place' ? 'date' : edit.field;
  const header = withoutSource({ ...doc.header, [edit.field]: edit.value }, field);
  return { ...doc, header };
}

function setDate(doc: PlanDocument, edit: Extract<FixEdit, { kind: 'set-date' }>): PlanDocument {
  const date = { day: edit.day, month: edit.month, year: edit.year };
  const old = doc.header.source?.date;
  const source = old ? { ...doc.header.source, date: { line: old.line, text: `${doc.header.place ?? ''}, ${formatDateWords(date)}` } } : doc.header.source;
  const header: Header = source ? { ...doc.header, date, source } : { ...doc.header, date };
  return { ...doc, header };
}

function replaceRuns(runs: readonly Run[], from: string, to: string): readonly Run[] | null {
  const i = runs.findIndex((r) => r.text.includes(from));
  if (i >= 0) {
    return runs.map((r, j) => (j === i ? { ...r, text: r.text.replace(from, to) } : r));
  }
  const joined = runs.map((r) => r.text).join('');
  return joined.includes(from) ? [{ ...runs[0], text: joined.replace(from, to) }] : null;
}

function mapBlocks(blocks: readonly Block[], f: (b: Block) => Block): Block[] {
  return blocks.map((b) => {
    const mapped = f(b);
    return mapped.kind === 'paragraph' || mapped.kind === 'table' ? mapped : { ...mapped, children: mapBlocks(mapped.children, f) };
  });
}

function replaceInBlock(doc: PlanDocument, edit: Extract<FixEdit, { kind: 'replace-in-block' }>): PlanDocument {
  const change = <B extends Block>(b: B): B => {
    if (b.id !== edit.blockId || b.kind === 'table') {
      return b;
    }
    const runs = replaceRuns(b.runs, edit.from, edit.to);
    return runs ? { ...b, runs } : b;
  };
  const paragraphs = (list: readonly ParagraphBlock[]): ParagraphBlock[] => list.map(change);
  return { ...doc, opening: paragraphs(doc.opening), body: mapBlocks(doc.body, change), closing: paragraphs(doc.closing) };
}

function uniqueId(doc: PlanDocument, base: string): string {
  const ids = new Set<string>();
  mapBlocks(doc.body, (b) => {
    ids.add(b.id);
    return b;
  });
  let id = base;
  for (let n = 2; ids.has(id); n += 1) {
    id = `${base}-${n}`;
  }
  return id;
}

function addSection(doc: PlanDocument, edit: Extract<FixEdit, { kind: 'add-section' }>): PlanDocument {
  const section: NumberedBlock = {
    kind: 'numbered',
    id: uniqueId(doc, `${edit.afterId ?? 'start'}-${edit.sectionKey}`),
    level: 'section',
    label: null,
    titled: true,
    runs: [{ text: edit.heading }],
    children: [],
    sectionKey: edit.sectionKey,
  };
  const insert = (list: readonly Block[]): Block[] | null => {
    const at = edit.afterId === null ? list.findIndex((b) => b.kind === 'numbered' && b.level === 'section') : list.findIndex((b) => b.id === edit.afterId);
    if (at >= 0 || (edit.afterId === null && list === doc.body)) {
      const pos = edit.afterId === null ? Math.max(at, 0) : at + 1;
      return [...list.slice(0, pos), section, ...list.slice(pos)];
    }
    for (const [i, b] of list.entries()) {
      const inner = b.kind === 'numbered' && b.level === 'part' ? insert(b.children) : null;
      if (inner && b.kind === 'numbered') {
        return list.map((x, j) => (j === i ? { ...b, children: inner } : x));
      }
    }
    return null;
  };
  const body = insert(doc.body) ?? [...doc.body, section];
  // Labels as read would now clash with the new section's computed one: number the body afresh.
  const labelled = body.some((b) => b.kind === 'numbered' && b.label !== null);
  return { ...doc, body: labelled ? renumber(body) : body };
}

function setAppendix(doc: PlanDocument, edit: Extract<FixEdit, { kind: 'set-appendix' }>): PlanDocument {
  const { kind: _kind, appendixId, ...change } = edit;
  return { ...doc, appendices: doc.appendices.map((a) => (a.id === appendixId ? { ...a, ...change } : a)) };
}

/** The document with one quick fix applied. Never mutates `doc`. */
export function applyFix(doc: PlanDocument, edit: FixEdit): PlanDocument {
  switch (edit.kind) {
    case 'set-header':
      return setHeader(doc, edit);
    case 'set-date':
      return setDate(doc, edit);
    case 'replace-in-block':
      return replaceInBlock(doc, edit);
    case 'renumber':
      return { ...doc, body: renumber(doc.body) };
    case 'set-recipients':
      return { ...doc, recipients: { ...(doc.recipients ?? {}), items: edit.items.map((r) => ({ text: r.text, depth: r.depth })) } };
    case 'set-signature': {
      const { kind: _kind, ...fields } = edit;
      return { ...doc, signature: fields };
    }
    case 'add-section':
      return addSection(doc, edit);
    case 'set-appendix':
      return setAppendix(doc, edit);
    case 'renumber-appendices':
      // Citations of the old labels ("tại Phụ lục 2") follow to the new ones ("tại Phụ lục II").
      return relabelAppendixReferences(doc, { ...doc, appendices: doc.appendices.map((a) => ({ ...a, label: null })) }, { readLabels: true });
    default:
      throw new BugError(`applyFix: unknown edit ${JSON.stringify(edit)}`);
  }
}
