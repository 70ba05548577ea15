/**
 * Writer goldens: the XML parts of exported plans, normalized (pretty-printed, dcterms dates stripped,
 * r:ids renumbered) with the clock frozen. Update with `vitest -u`; reviewers read the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { writeDocx } from '../../../core/docx/index';
import type { PlanDocument } from '../../../core/model/plan-document';
import { importText } from '../../../core/import/index';
import { instantiateTemplate, parseTemplate } from '../../../core/templates/index';
import { blankDraft, congVan, fullPlan } from '../../helpers/docx-plans';
import { goldenPart, unzipDocx } from '../../helpers/docx-xml';
import { readSeed, seedIds } from '../../helpers/seeds';

const NOW = new Date('2020-01-05T08:00:00Z');
const PARTS = ['word/document.xml', 'word/styles.xml', 'word/header1.xml', 'word/header2.xml', 'docProps/core.xml'];
const TEMPLATES = join(__dirname, '../../../templates');

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

const templateIds = readdirSync(TEMPLATES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('writer goldens for template starter plans', () => {
  test.each(templateIds)('the starter plan of template %s', async (id) => {
    const parsed = parseTemplate(JSON.parse(readFileSync(join(TEMPLATES, id, 'template.json'), 'utf8')));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const plan = instantiateTemplate(parsed.value, { idPrefix: 't', date: { day: 5, month: 1, year: 2020 } });
      await expectGolden(`template-${id}`, plan, ['word/document.xml']);
    }
  });
});

describe('writer goldens for the seeds (real plans as text, read with importText)', () => {
  test.each(seedIds())('seed %s', async (id) => {
    const read = importText(readSeed(id), { idPrefix: 's' });
    expect(read.ok).toBe(true);
    if (read.ok) {
      for (const [i, plan] of read.value.entries()) {
        await expectGolden(`seed-${id}${read.value.length > 1 ? `-${i + 1}` : ''}`, plan, ['word/document.xml']);
      }
    }
  });
});
