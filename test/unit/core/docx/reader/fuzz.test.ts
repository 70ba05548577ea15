import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readDocxFacts } from '../../../../../core/docx/reader/index';
import { importDocx } from '../../../../../core/import/docx/import-docx';
import { FIXTURES, fixtureBytes } from '../../../../helpers/docx-fixtures-load';
import { documentXml, zipOf } from '../../../../helpers/docx-fixtures-hostile';

const fixtures = FIXTURES.map(fixtureBytes);

/** A mutation: flip bytes, cut the tail, or splice random bytes in. */
const mutation = fc.record({
  fixture: fc.nat({ max: fixtures.length - 1 }),
  flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
  cut: fc.option(fc.nat(), { nil: null }),
  splice: fc.option(fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 64 })), { nil: null }),
});

type Mutation = { fixture: number; flips: [number, number][]; cut: number | null; splice: [number, Uint8Array] | null };

function mutate(m: Mutation): Uint8Array {
  const source = fixtures[m.fixture] ?? new Uint8Array(0);
  let bytes = source.slice();
  for (const [at, value] of m.flips) {
    bytes[at % bytes.length] = value;
  }
  if (m.splice) {
    const at = m.splice[0] % bytes.length;
    bytes = new Uint8Array([...bytes.subarray(0, at), ...m.splice[1], ...bytes.subarray(at)]);
  }
  return m.cut === null ? bytes : bytes.subarray(0, m.cut % bytes.length);
}

const XML_BITS = ['<w:p>', '</w:p>', '<w:r>', '</w:r>', '<w:t>', '</w:t>', '<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', '<w:numPr><w:numId w:val="1"/></w:numPr>', '<w:fldChar w:fldCharType="begin"/>', '<w:fldChar w:fldCharType="end"/>', '<w:sectPr><w:pgSz w:w="x"/></w:sectPr>', '&amp;', '&#x1F600;', 'Độc lập', '<!-- c -->', '<![CDATA[x]]>', '<w:br/>', '\u0000', '<'];

/** Random zips: some well-formed Word parts with random content, some random names and bytes. */
const randomZip = fc.record({
  body: fc.array(fc.constantFrom(...XML_BITS), { maxLength: 40 }),
  styles: fc.option(fc.array(fc.constantFrom('<w:style w:styleId="A"><w:basedOn w:val="A"/></w:style>', '<w:docDefaults/>', '<w:style/>', '<'), { maxLength: 5 }), { nil: null }),
  extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.uint8Array({ maxLength: 200 }), { maxKeys: 4 }),
});

async function outcome(bytes: Uint8Array): Promise<string> {
  const read = await readDocxFacts(bytes);
  const imported = await importDocx(bytes);
  return `${read.ok ? 'ok' : read.error.code}/${imported.ok ? 'ok' : imported.error.code}`;
}

describe('fuzzing the reader (no throw, no hang, always a Result)', () => {
  test('mutated bytes of the real fixtures', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const result = await outcome(mutate(m));
        seen.add(result.startsWith('ok') ? 'ok' : result.slice(0, result.indexOf('/', 5)));
        expect(result).toMatch(/^(ok|docx\/[a-z-]+)\/(ok|docx\/[a-z-]+|import\/no-document)$/);
      }),
      { numRuns: 2500, seed: 20240305 },
    );
    // The mutations must reach both outcomes, or the property is not exercising the reader.
    expect([seen.has('ok'), seen.has('docx/malformed')]).toEqual([true, true]);
  });

  test('random zips with partial Word parts', async () => {
    await fc.assert(
      fc.asyncProperty(randomZip, async (z) => {
        const parts: Record<string, string | Uint8Array> = { ...z.extra, 'word/document.xml': documentXml(z.body.join('')) };
        if (z.styles) {
          parts['word/styles.xml'] = `<w:styles xmlns:w="x">${z.styles.join('')}</w:styles>`;
        }
        const result = await outcome(await zipOf(parts));
        expect(result).toMatch(/^(ok|docx\/[a-z-]+)\/(ok|docx\/[a-z-]+|import\/no-document)$/);
      }),
      { numRuns: 700, seed: 7 },
    );
  });
});
