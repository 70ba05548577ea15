/**
 * Writer goldens: the XML parts of three built plans and of each printed element, normalized (pretty-printed,
 * dcterms dates stripped, r:ids renumbered) with the clock frozen. Update with `vitest -u`; reviewers read the diff.
 * The templates' and seeds' documents are checked element by element against their plans (document-structure.test.ts).
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { writeDocx } from '../../../core/docx/index';
import type { PlanDocument } from '../../../core/model/plan-document';
import { MOTTO, NATIONAL_TITLE } from '../../../core/model/national-motto';
import { blankDraft, congVan, fullPlan, tablePlan } from '../../helpers/docx-plans';
import { elementXml } from '../../helpers/docx-outline';
import { goldenPart, normalizeXml, prettyXml, unzipDocx } from '../../helpers/docx-xml';

const NOW = new Date('2020-01-05T08:00:00Z');
const PARTS = ['word/document.xml', 'word/styles.xml', 'word/header1.xml', 'word/header2.xml', 'docProps/core.xml'];

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

async function expectGolden(name: string, plan: PlanDocument, parts: readonly string[] = PARTS): Promise<void> {
  const files = await unzipDocx(await writeDocx(plan, { now: NOW }));
  for (const part of parts) {
    await expect(goldenPart(files, part)).toMatchFileSnapshot(`expected/${name}/${part}`);
  }
}

describe('writer goldens for built plans', () => {
  test('a Kế hoạch with every level, căn cứ, closing, signer and recipients', async () => {
    await expectGolden('full-plan', fullPlan());
  });

  test('a công văn with V/v, several addressees and "Như trên"', async () => {
    await expectGolden('cong-van', congVan(), ['word/document.xml']);
  });

  test('a draft with blanks shows placeholders instead of invented content', async () => {
    await expectGolden('blank-draft', blankDraft(), ['word/document.xml']);
  });
});

/** The XML of one printed element of a plan's document.xml, pretty-printed: each golden is a few dozen lines. */
async function expectElement(name: string, plan: PlanDocument, tag: 'w:p' | 'w:tbl', needle: string): Promise<void> {
  const files = await unzipDocx(await writeDocx(plan, { now: NOW }));
  await expect(prettyXml(normalizeXml(elementXml(files.get('word/document.xml') ?? '', tag, needle)))).toMatchFileSnapshot(`expected/elements/${name}.xml`);
}

describe('the XML of each printed element (the whole documents are checked element by element in document-structure.test.ts)', () => {
  test('the Quốc hiệu line (ô 1): bold capitals at the letterhead size', async () => {
    await expectElement('national-title', fullPlan(), 'w:p', NATIONAL_TITLE);
  });

  test('the Tiêu ngữ line and the number line (ô 3)', async () => {
    await expectElement('motto', fullPlan(), 'w:p', MOTTO);
    await expectElement('number-line', fullPlan(), 'w:p', 'Số:');
  });

  test('the signer table (ô 7, 9b): Nơi nhận on the left, authority, room for the signature and the name on the right', async () => {
    await expectElement('signer-block', fullPlan(), 'w:tbl', 'Nơi nhận:');
  });

  test('a data table with its header row repeated on each page', async () => {
    const plan = tablePlan(3);
    const first = plan.body.flatMap(function find(b): string[] {
      return b.kind === 'table' ? [b.rows[0]?.cells[0]?.paragraphs[0]?.runs.map((r) => r.text).join('') ?? ''] : b.kind === 'paragraph' ? [] : b.children.flatMap(find);
    })[0];
    await expectElement('data-table', plan, 'w:tbl', first ?? '');
  });
});
