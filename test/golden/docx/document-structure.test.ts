/**
 * What the writer prints for real plans (the four templates' starter plans and the seeds read as text), checked
 * element by element against the plan rather than against a stored document.xml: the letterhead table, the type
 * name or Kính gửi block, every paragraph of the content in order with its style and computed number, every data
 * table, the signer table, and each appendix. The expected lines restate the decree's layout (docs/nd30.md §3–4):
 * "I." sections in capitals, titled "1." items in their own style, "-"/"+" items and points as body text, the
 * content ending with "./.". The XML of each printed element is pinned by the small goldens in writer.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { writeDocx } from '../../../core/docx/index';
import { importText } from '../../../core/import/index';
import { appendixLabel, attachedLine } from '../../../core/model/appendix';
import { BLANK, numberLine } from '../../../core/model/header-lines';
import { typeNameOf } from '../../../core/model/kinds';
import { MOTTO, NATIONAL_TITLE } from '../../../core/model/national-motto';
import { computeLabels, displayLabel } from '../../../core/model/numbering';
import type { Block, PlanDocument, Run } from '../../../core/model/plan-document';
import { cleanRecipientText, formatAddresseeLines, formatRecipientLines, isArchiveRecipient, KINH_GUI } from '../../../core/model/recipients';
import { signatureLines } from '../../../core/model/signature';
import { cellText } from '../../../core/model/walk';
import { formatDateWords } from '../../../core/text/dates';
import { upper } from '../../../core/text/normalize';
import { instantiateTemplate } from '../../../core/templates/instantiate';
import { docxOutline, type OutlineEntry } from '../../helpers/docx-outline';
import { unzipDocx } from '../../helpers/docx-xml';
import { readSeed, seedIds } from '../../helpers/seeds';
import { allTemplates } from '../../helpers/templates-builders';

/** An outline entry as one line a reader can scan: "KhSection: I. MỤC ĐÍCH, YÊU CẦU", "table 3×4". */
function line(entry: OutlineEntry): string {
  return entry.kind === 'p' ? `${entry.style}: ${entry.text}` : `table ${entry.cells.length}×${entry.cells[0]?.length ?? 0}`;
}

const lines = (values: readonly string[]): string[] => values.map((v) => v.trim()).filter((v) => v !== '');

function text(runs: readonly Run[]): string {
  const shown = runs.filter((r) => r.text !== '').map((r) => r.text).join('');
  return shown === '' ? BLANK : shown;
}

const hasText = (runs: readonly Run[]): boolean => runs.some((r) => r.text.trim() !== '');

/** The content lines the decree's layout gives a block tree numbered on its own (PL I khoản 6.đ). */
function blockLines(blocks: readonly Block[], labels: ReadonlyMap<string, string> = computeLabels(blocks)): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'paragraph':
        return !block.placeholder && hasText(block.runs) ? [`KhBody: ${text(block.runs)}`] : [];
      case 'table':
        return block.rows.length > 0 ? [`table ${block.rows.length}×${block.rows[0]?.cells.length ?? 0}`] : [];
      case 'bullet':
        return [`KhBody: ${block.marker} ${text(block.runs)}`, ...blockLines(block.children, labels)];
      case 'numbered': {
        const label = displayLabel(block, labels);
        const own =
          block.level === 'part'
            ? [`KhPart: ${label}`, ...(hasText(block.runs) ? [`KhPart: ${upper(text(block.runs))}`] : [])]
            : block.level === 'section'
              ? [`KhSection: ${label} ${upper(text(block.runs))}`]
              : [`${block.level === 'item' && block.titled ? 'KhItem' : 'KhBody'}: ${label} ${text(block.runs)}`];
        return [...own, ...blockLines(block.children, labels)];
      }
    }
  });
}

/** Opening, body and closing as printed, the last paragraph ending with "./." (one of its own after a table). */
function contentLines(doc: PlanDocument): string[] {
  const kept = (list: PlanDocument['opening']): string[] => list.filter((p) => !p.placeholder && hasText(p.runs)).map((p) => `KhBody: ${text(p.runs)}`);
  const all = [...kept(doc.opening), ...blockLines(doc.body), ...kept(doc.closing)];
  const last = all.at(-1);
  if (last === undefined || last.startsWith('table ')) {
    return [...all, `KhBody: ${last === undefined ? BLANK : ''}./.`];
  }
  const trimmed = last.trimEnd();
  return [...all.slice(0, -1), trimmed.endsWith('./.') ? trimmed : `${trimmed}${trimmed.endsWith('.') ? '/.' : './.'}`];
}

/** The four cells of the letterhead (ô 1–4, 5b): agency lines, Quốc hiệu and Tiêu ngữ, Số (and V/v), place and date. */
function letterheadCells(doc: PlanDocument): string[][] {
  const agency = lines((doc.header.agency ?? '').split('\n'));
  const number = [numberLine(doc.header, 'printed'), ...(doc.kind === 'cong-van' ? [`V/v ${(doc.header.summary ?? '').trim() || BLANK}`] : [])];
  return [
    [[...lines((doc.header.parentAgency ?? '').split('\n')), ...(agency.length > 0 ? agency : [BLANK])].map(upper).join('\n'), `${NATIONAL_TITLE}\n${MOTTO}`],
    [number.join('\n'), `${(doc.header.place ?? '').trim() || BLANK}, ${formatDateWords(doc.header.date)}`],
  ];
}

/** Ô 5a (type name, trích yếu, a short line) or ô 9a for a công văn (Kính gửi lines). */
function titleLines(doc: PlanDocument): string[] {
  if (doc.kind === 'cong-van') {
    const entries = formatAddresseeLines(doc.header.addressees);
    return entries.length <= 1 ? [`KhAddressees: ${KINH_GUI} ${entries[0] ?? BLANK}`] : [`KhAddressees: ${KINH_GUI}`, ...entries.map((e) => `KhAddressees: ${e}`)];
  }
  const summary = lines((doc.header.summary ?? '').split('\n'));
  return [`KhDocType: ${upper((doc.header.docType ?? '').trim() || typeNameOf(doc.kind) || BLANK)}`, `KhSummary: ${(summary.length > 0 ? summary : [BLANK]).join('\n')}`, 'KhRule: '];
}

/** Each appendix on its own pages: label, title lines, "(Kèm theo …)", a short line, then its blocks numbered on their own. */
function appendixLines(doc: PlanDocument): string[] {
  return doc.appendices.flatMap((appendix, i) => {
    const label = appendixLabel(doc.appendices, i).trim();
    const attached = attachedLine(doc, appendix).replace(/\s*\n\s*/gu, ' ').trim();
    return [
      ...(label !== '' ? [`KhAppendixLabel: ${label}`] : []),
      ...lines((appendix.title ?? '').split('\n')).map((t) => `KhAppendixTitle: ${upper(t)}`),
      ...(attached !== '' ? [`KhAppendixAttached: ${attached}`] : []),
      'KhRule: ',
      ...blockLines(appendix.blocks),
    ];
  });
}

type Printed = {
  readonly letterhead: readonly (readonly string[])[];
  readonly title: readonly string[];
  readonly content: readonly string[];
  readonly signer: readonly (readonly string[])[];
  readonly appendices: readonly string[];
  readonly tables: readonly (readonly (readonly string[])[])[];
};

type Table = Extract<OutlineEntry, { kind: 'table' }>;

/**
 * What the exported .docx holds, cut where the layout puts its parts: the letterhead table first, the title
 * block, the content up to the signer table (the one whose first cell starts "Nơi nhận:"), then the appendices;
 * the tiny paragraph Word needs after the last table is left out.
 */
async function printed(doc: PlanDocument, titleCount: number): Promise<Printed> {
  const files = await unzipDocx(await writeDocx(doc));
  const outline = docxOutline(files.get('word/document.xml') ?? '');
  const isTable = (e: OutlineEntry | undefined): e is Table => e?.kind === 'table';
  const signerAt = outline.findIndex((e) => isTable(e) && e.cells[0]?.[0]?.startsWith('Nơi nhận:') === true);
  const [head, signer] = [outline[0], outline[signerAt]];
  const between = outline.slice(1, signerAt);
  const after = outline.slice(signerAt + 1);
  const tail = after.at(-1);
  const appendices = tail?.kind === 'p' && tail.style === 'KhRule' ? after.slice(0, -1) : after;
  return {
    letterhead: isTable(head) ? head.cells : [],
    title: between.slice(0, titleCount).map(line),
    content: between.slice(titleCount).map(line),
    signer: isTable(signer) ? signer.cells.flat().map((cell) => cell.split('\n')) : [],
    appendices: appendices.map(line),
    tables: [...between, ...appendices].filter(isTable).map((t) => t.cells),
  };
}

/** The Nơi nhận cell: the heading, the entries as the page prints them, a visible blank and "Lưu: VT, ……" where a draft lacks them. */
function recipientsCell(doc: PlanDocument): string[] {
  const items = (doc.recipients?.items ?? []).filter((r) => cleanRecipientText(r.text) !== '');
  const last = items.at(-1);
  const archived = last !== undefined && isArchiveRecipient(last.text);
  const others = archived ? items.slice(0, -1) : items;
  const archive = archived ? last : { text: `Lưu: VT, ${BLANK}`, depth: 0 as const };
  return ['Nơi nhận:', ...formatRecipientLines([...(others.length > 0 ? others : [{ text: BLANK, depth: 0 as const }]), archive])];
}

/** The same parts as the plan says they should print. */
function expected(doc: PlanDocument): Printed {
  const authority = doc.signature ? signatureLines(doc.signature).map((l) => upper(l.trim())).filter((l) => l !== '') : [];
  const tablesOf = (blocks: readonly Block[]): string[][][] =>
    blocks.flatMap((b) => (b.kind === 'table' ? (b.rows.length > 0 ? [b.rows.map((r) => r.cells.map(cellText))] : []) : b.kind === 'paragraph' ? [] : tablesOf(b.children)));
  return {
    letterhead: letterheadCells(doc),
    title: titleLines(doc),
    content: contentLines(doc),
    signer: [recipientsCell(doc), [...(authority.length > 0 ? authority : [BLANK]), (doc.signature?.name ?? '').trim() || BLANK]],
    appendices: appendixLines(doc),
    tables: tablesOf([...doc.body, ...doc.appendices.flatMap((a) => a.blocks)]),
  };
}

async function expectPrinted(doc: PlanDocument): Promise<void> {
  const want = expected(doc);
  expect(await printed(doc, want.title.length)).toEqual(want);
}

const templates = await allTemplates();

describe('the exported starter plan of each template, element by element', () => {
  test.each(templates.map((t) => [t.id, t] as const))('template %s', async (_id, template) => {
    await expectPrinted(instantiateTemplate(template, { idPrefix: 't', date: { day: 5, month: 1, year: 2020 } }));
  });
});

describe('the exported seeds (real plans read as text), element by element', () => {
  test.each(seedIds())('seed %s', async (id) => {
    const read = importText(readSeed(id), { idPrefix: 's' });
    if (!read.ok) {
      throw new Error(read.error.message);
    }
    for (const doc of read.value) {
      await expectPrinted(doc);
    }
  });
});
