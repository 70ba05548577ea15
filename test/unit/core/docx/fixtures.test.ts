/**
 * The sample .kehoach plans in test/fixtures/plans (for `kehoach export` and host tests) stay in step
 * with the builders in test/helpers/docx-plans.ts, parse cleanly, and export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../core/docx/index';
import { parsePlan } from '../../../../core/model/serialize';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { blankDraft, congVan, fullPlan } from '../../../helpers/docx-plans';

const FIXTURES = join(__dirname, '../../../fixtures/plans');
const CASES: Record<string, () => PlanDocument> = { 'full-plan': fullPlan, 'cong-van': congVan, 'blank-draft': blankDraft };

describe('sample plans', () => {
  test.each(Object.keys(CASES))('%s.kehoach parses to the plan its builder makes and exports as a .docx', async (name) => {
    const read = parsePlan(readFileSync(join(FIXTURES, `${name}.kehoach`), 'utf8'));
    const bytes = read.ok ? await writeDocx(read.value) : new Uint8Array();
    expect({ plan: read.ok ? read.value : read.error, zip: bytes[0] === 0x50 && bytes[1] === 0x4b }).toEqual({ plan: CASES[name]?.(), zip: true });
  });
});
