/**
 * Writer golden for tables and appendices: document.xml of a plan with body tables (merged header cells,
 * emphasis, alignment) and two appendices (Phụ lục II landscape), normalized as the other writer goldens,
 * plus the header part of an appendix. Update with `vitest -u`; reviewers read the diff.
 */
import { describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../core/docx/index';
import { tablePlan } from '../../../helpers/docx-plans';
import { goldenPart, unzipDocx } from '../../../helpers/docx-xml';

const NOW = new Date('2020-01-05T08:00:00Z');

describe('writer golden for a plan with tables and appendices', () => {
  test('document.xml and the numbered header of the landscape appendix', async () => {
    const files = await unzipDocx(await writeDocx(tablePlan(3), { now: NOW }));
    await expect(goldenPart(files, 'word/document.xml')).toMatchFileSnapshot('expected/table-plan/word/document.xml');
    await expect(goldenPart(files, 'word/header5.xml')).toMatchFileSnapshot('expected/table-plan/word/header5.xml');
  });
});
