/**
 * Property: whatever text a plan holds (imported noise, control characters, lone surrogates, XML
 * metacharacters, empty fields, deep trees), export succeeds and every written part is well-formed XML.
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

const { block } = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
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
  })
  .map((r) => ({
    ...emptyPlan(r.kind),
    header: { ...emptyHeader(), agency: r.agency, parentAgency: r.parentAgency, number: r.number, symbol: r.symbol, place: r.place, summary: r.summary, addressees: r.addressees },
    body: r.body,
    signature: { onBehalfOf: null, authority: null, headTitle: null, signerTitle: r.name, name: r.name },
    recipients: { items: r.recipients },
  }));

describe('writeDocx on arbitrary plans', () => {
  test('always produces well-formed document, styles and core parts that end the content with "./."', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (doc) => {
        const zip = await JSZip.loadAsync(await writeDocx(doc));
        const parts = await Promise.all(['word/document.xml', 'word/styles.xml', 'docProps/core.xml'].map((p) => zip.file(p)?.async('string') ?? ''));
        const verdicts = parts.map((xml) => XMLValidator.validate(xml) === true && !NOT_XML_CHAR.test(xml));
        expect({ wellFormed: verdicts, endMark: (parts[0] ?? '').includes('./.') }).toEqual({ wellFormed: [true, true, true], endMark: true });
      }),
      { numRuns: 40, seed: 20200305 },
    );
  });
});
