/**
 * Property: whatever text a plan holds (imported noise, control characters, lone surrogates, XML
 * metacharacters, empty fields, deep trees, tables with any spans and widths, appendices), export succeeds and
 * every written part is well-formed XML.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../../core/docx/writer/write-docx';
import { emptyHeader, emptyPlan } from '../../../../../core/model/builders';
import type { Block, PlanDocument, Run } from '../../../../../core/model/plan-document';

const piece = fc.oneof(
  fc.constantFrom('Kế hoạch', 'ỦY BAN', 'đ', 'ư', 'Ự', '…', '……', './.', ' ', '\n', '\t', '<', '&', '>', '"', "'", ']]>'),
  fc.integer({ min: 0, max: 0x1f }).map((n) => String.fromCharCode(n)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)),
  fc.constantFrom('\uFFFE', '\uFFFF', '\u200B', '\u00A0', '😀'),
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const maybe = fc.option(text, { nil: null });
const runs = fc.array(fc.record({ text, bold: fc.boolean(), italic: fc.boolean() }), { maxLength: 3 }) as fc.Arbitrary<Run[]>;

// XML 1.0 "Char": no C0 controls except tab, LF, CR; no U+FFFE/U+FFFF; no unpaired surrogates.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

let counter = 0;
const id = (): string => `f${(counter += 1)}`;

// Cells with any spans (0, NaN, past the table's end), ragged rows, any widths and header counts.
const spanValue = fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 4 }), fc.constant(Number.NaN));
const tableCell = fc.record({
  paragraphs: fc.array(fc.record({ runs, align: fc.constantFrom(undefined, null, 'left' as const, 'center' as const, 'right' as const, 'justify' as const) }), { maxLength: 2 }),
  colSpan: spanValue,
  rowSpan: spanValue,
});
const tableBlock = fc
  .record({
    rows: fc.array(fc.record({ cells: fc.array(tableCell, { maxLength: 4 }) }), { maxLength: 4 }),
    headerRows: fc.integer({ min: -1, max: 5 }),
    columnWidths: fc.array(fc.oneof(fc.integer({ min: -100, max: 9000 }), fc.constant(Number.NaN)), { maxLength: 5 }),
  })
  .map((t): Block => ({ kind: 'table', id: id(), ...t }) as Block);

const { block } = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tableBlock,
    fc.record({ runs, placeholder: fc.boolean() }).map(({ runs: r, placeholder }): Block => ({ kind: 'paragraph', id: id(), runs: r, placeholder })),
    fc.record({ runs, marker: fc.constantFrom('-' as const, '+' as const), children: fc.array(tie('block'), { maxLength: 2 }) }).map(
      (b): Block => ({ kind: 'bullet', id: id(), ...b }),
    ),
    fc
      .record({
        runs,
        level: fc.constantFrom('part' as const, 'section' as const, 'item' as const, 'point' as const),
        label: maybe,
        titled: fc.boolean(),
        children: fc.array(tie('block'), { maxLength: 3 }),
      })
      .map((b): Block => ({ kind: 'numbered', id: id(), ...b })),
  ),
}));

const plan: fc.Arbitrary<PlanDocument> = fc
  .record({
    kind: fc.constantFrom('ke-hoach' as const, 'cong-van' as const, 'bao-cao' as const, 'khac' as const),
    agency: maybe,
    parentAgency: maybe,
    number: maybe,
    symbol: maybe,
    place: maybe,
    summary: maybe,
    addressees: fc.array(text, { maxLength: 3 }),
    body: fc.array(block, { maxLength: 4 }),
    name: maybe,
    recipients: fc.array(fc.record({ text, depth: fc.constantFrom(0 as const, 1 as const) }), { maxLength: 3 }),
    appendices: fc.array(
      fc.record({ label: maybe, title: text, attachedLine: maybe, orientation: fc.constantFrom('portrait' as const, 'landscape' as const), blocks: fc.array(block, { maxLength: 3 }) }),
      { maxLength: 2 },
    ),
  })
  .map((r) => ({
    ...emptyPlan(r.kind),
    header: { ...emptyHeader(), agency: r.agency, parentAgency: r.parentAgency, number: r.number, symbol: r.symbol, place: r.place, summary: r.summary, addressees: r.addressees },
    body: r.body,
    signature: { onBehalfOf: null, authority: null, headTitle: null, signerTitle: r.name, name: r.name },
    recipients: { items: r.recipients },
    appendices: r.appendices.map((a) => ({ id: id(), ...a })),
  }));

/** Rows whose cells (w:gridSpan counted) do not fill their table's grid exactly, or tables without rows or grid. */
function raggedRows(xml: string): number {
  let bad = 0;
  for (const [t] of xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gsu)) {
    const columns = [...t.matchAll(/<w:gridCol /gu)].length;
    const rows = [...t.matchAll(/<w:tr>.*?<\/w:tr>/gsu)].map(([row]) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gsu)].reduce((n, [tc]) => n + Number(/<w:gridSpan w:val="(\d+)"/u.exec(tc)?.[1] ?? 1), 0));
    bad += columns === 0 || rows.length === 0 ? 1 : rows.filter((n) => n !== columns).length;
  }
  return bad;
}

describe('writeDocx on arbitrary plans', () => {
  test('always produces well-formed document, styles and core parts that end the content with "./."', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (doc) => {
        const zip = await JSZip.loadAsync(await writeDocx(doc));
        const parts = await Promise.all(['word/document.xml', 'word/styles.xml', 'docProps/core.xml'].map((p) => zip.file(p)?.async('string') ?? ''));
        const verdicts = parts.map((xml) => XMLValidator.validate(xml) === true && !NOT_XML_CHAR.test(xml));
        expect({ wellFormed: verdicts, endMark: (parts[0] ?? '').includes('./.'), ragged: raggedRows(parts[0] ?? '') }).toEqual({
          wellFormed: [true, true, true],
          endMark: true,
          ragged: 0,
        });
      }),
      { numRuns: 40, seed: 20200305 },
    );
  });
});
