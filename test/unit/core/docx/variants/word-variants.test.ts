/**
 * The same real documents (test/fixtures/corpus) built the way other offices build them in Word: automatic
 * numbering, soft line breaks, text boxes, a bottom border for the Quốc hiệu line, tabs instead of a table,
 * heading styles, fields and content controls, tracked changes and inline wrappers, odd characters, a header
 * with a different first page (test/helpers/docx-variants.ts). Each class is read on two or three files of
 * different offices: the structure facts (as the corpus measures them) and the errors and warnings must be
 * the same as the original's.
 */
import { readdirSync } from 'node:fs';
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocxFacts } from '../../../../../core/docx/reader';
import { CORPUS_DIR } from '../../../../helpers/corpus-measure';
import { compareVariant, corpusBytes, readWord } from '../../../../helpers/docx-variant-measure';
import { openDocx, saveDocx, variantOf } from '../../../../helpers/docx-variants';

const FILES = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.docx'));

function file(prefix: string): string {
  const found = FILES.find((f) => f.startsWith(`${prefix}_`));
  if (!found) {
    throw new Error(`no corpus file ${prefix}`);
  }
  return found;
}

/** Variant → the corpus files (by number) it is read on. */
const CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['a-auto-numbering', 'typed "I.", "1.", "a)", "- " labels as Word automatic numbering (numbering.xml)', ['101', '125', '05']],
  ['a-multilevel-styles', '"I.", "1.", "a)" as one multilevel list linked to paragraph styles (w:numPr in the style)', ['101', '109', '145']],
  ['b-soft-breaks-cells', 'letterhead, signer and Nơi nhận lines parted by soft breaks in one paragraph', ['101', '129', '143', '147']],
  ['b-soft-breaks-title', 'the type name and the trích yếu as one paragraph with a soft break', ['139', '147', '105']],
  ['c-letterhead-text-boxes', 'the letterhead in two text boxes (DrawingML with a VML fallback), Kính gửi and its list in the two boxes', ['101', '105', '121', '119']],
  ['c-signer-text-boxes', 'Nơi nhận and the signer block in two text boxes', ['113', '133', '06']],
  ['d-motto-bottom-border', 'the line under the Tiêu ngữ as a paragraph bottom border', ['101', '121']],
  ['e-number-date-tabs', '"Số: …" and the place-date on one line parted by a tab, outside the table', ['101', '119', '143']],
  ['e-letterhead-tabs', 'the whole letterhead as lines parted by a tab ("UBND TỈNH X⇥CỘNG HÒA …"), no table', ['101', '113', '117', '05']],
  ['e-signer-tabs', 'Nơi nhận and the signer block as lines parted by a tab ("- Như trên;⇥KT. GIÁM ĐỐC"), no table', ['101', '117', '143']],
  ['f-heading-styles', 'bold from a paragraph style (w:pStyle), not from the runs', ['101', '125', '06']],
  ['g-fields-controls', 'DATE field, MERGEFIELD signer name, trích yếu and letterhead in content controls', ['103', '141', '06']],
  ['h-tracked-wrappers', 'tracked insertions and deletions, smart tags, custom XML and hyperlinks around runs', ['107', '11', '149']],
  ['h-deleted-marks', 'body paragraphs split in two between runs, the first half\'s paragraph mark deleted under tracked changes', ['101', '125', '143']],
  ['i-nbsp-zero-width', 'NBSP in the letterhead and signer, zero-width characters in the text', ['117', '127']],
  ['i-nfd', 'decomposed (NFD) Vietnamese text', ['109', '135']],
  ['i-eth', '"Ð" (U+00D0) typed for "Đ"', ['101', '121', '05']],
  ['i-symbols', 'a leading "-" drawn with w:sym (Symbol font, w:char F02D)', ['101', '125', '143']],
  ['j-title-page-numbers', 'PAGE field in the header with a different, empty first page (w:titlePg)', ['101', '133']],
  ['k-floating-tables', 'the letterhead and the Nơi nhận | signer tables floating (w:tblpPr)', ['101', '121', '143']],
  ['k-comments-footnotes', 'every body paragraph in a reviewer\'s comment range with its reference, a footnote reference after every third', ['101', '125', '143']],
  ['k-signer-columns', 'Nơi nhận and the signer block in a two-column section (continuous breaks, a column break), no table', ['101', '117', '143']],
];

describe('Word variants of real documents read as the originals', () => {
  for (const [variant, what, prefixes] of CASES) {
    it(`${variant}: ${what}`, async () => {
      for (const prefix of prefixes) {
        const name = file(prefix);
        const diff = await compareVariant(name, variant);
        expect(diff, `${variant} applies to ${name}`).not.toBeNull();
        expect({ file: name, ...diff }).toEqual({ file: name, facts: [], raised: [], lost: [] });
      }
    }, 120_000);
  }

  it('i-tcvn3: the text in TCVN3 (".VnTime", ".VnTimeH") reads as the Unicode original; only the font is reported', async () => {
    for (const prefix of ['101', '143', '05']) {
      const name = file(prefix);
      const diff = await compareVariant(name, 'i-tcvn3');
      expect(diff).not.toBeNull();
      const notFont = (list: readonly string[]): string[] => list.filter((f) => !f.startsWith('format.font '));
      expect({ file: name, facts: diff?.facts, raised: notFont(diff?.raised ?? []), lost: notFont(diff?.lost ?? []) }).toEqual({ file: name, facts: [], raised: [], lost: [] });
      // A legacy encoding is a real defect (TCVN 6909:2001 Unicode is required): it is reported.
      expect(diff?.raised.some((f) => f.startsWith('format.font error') && f.includes('TCVN3'))).toBe(true);
    }
  }, 120_000);

  it('i-symbols: the w:sym characters read as their Unicode equivalent (the paragraph texts are the original ones)', async () => {
    for (const prefix of ['101', '125', '143']) {
      const name = file(prefix);
      const original = await texts(corpusBytes(name));
      const bytes = variantOf(corpusBytes(name), 'i-symbols');
      expect(bytes).not.toBeNull();
      expect(await texts(bytes ?? new Uint8Array())).toEqual(original);
      // The same symbols drawn as bullets (Symbol F0B7, Wingdings F09F) read as "•".
      for (const [font, code] of [['Symbol', 'F0B7'], ['Wingdings', 'F09F']] as const) {
        const parts = openDocx(bytes ?? new Uint8Array());
        const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
        parts['word/document.xml'] = strToU8(xml.replace(/<w:sym w:font="Symbol" w:char="F02D"\/>/g, `<w:sym w:font="${font}" w:char="${code}"/>`));
        const bullets = await texts(saveDocx(parts));
        expect(bullets).toEqual(original.map((t, i) => (t.startsWith('-') && bullets[i]?.startsWith('•') ? `•${t.slice(1)}` : t)));
        expect(bullets.filter((t) => t.startsWith('•')).length).toBeGreaterThan(0);
      }
    }
  });

  it('h-deleted-marks: a paragraph whose mark is deleted reads joined with the next one (the texts are the original ones)', async () => {
    for (const prefix of ['101', '125', '143']) {
      const name = file(prefix);
      const bytes = variantOf(corpusBytes(name), 'h-deleted-marks');
      expect(bytes).not.toBeNull();
      expect(await texts(bytes ?? new Uint8Array())).toEqual(await texts(corpusBytes(name)));
    }
  });

  it('h-join-deleted-mark: two body paragraphs with the mark between them deleted read as one', async () => {
    for (const prefix of ['101', '125', '143']) {
      const name = file(prefix);
      const bytes = variantOf(corpusBytes(name), 'h-join-deleted-mark');
      expect(bytes).not.toBeNull();
      const original = await texts(corpusBytes(name));
      const joined = await texts(bytes ?? new Uint8Array());
      expect(joined).toHaveLength(original.length - 1);
      const at = joined.findIndex((t, i) => t !== original[i]);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(joined[at]).toBe(`${original[at] ?? ''}${original[at + 1] ?? ''}`);
      expect(joined.slice(at + 1)).toEqual(original.slice(at + 2));
    }
  });

  it('a header PAGE field with an empty first page raises no page-number finding', async () => {
    for (const prefix of ['101', '133', '105']) {
      const name = file(prefix);
      const bytes = variantOf(corpusBytes(name), 'j-title-page-numbers');
      expect(bytes).not.toBeNull();
      const read = await readWord(name, bytes ?? new Uint8Array());
      expect(read.findings.filter((f) => f.startsWith('format.page-number'))).toEqual([]);
    }
  }, 120_000);
});

/** The texts of a file's paragraphs, as the reader reads them. */
async function texts(bytes: Uint8Array): Promise<string[]> {
  const read = await readDocxFacts(bytes);
  if (!read.ok) {
    throw new Error('unreadable');
  }
  return read.value.paragraphs.map((p) => p.text);
}
