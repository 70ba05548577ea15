/**
 * A crafted .kehoach (issue 14): schemaVersion 0, -5, 0.5 or "2", 660 levels of nested blocks, 600,000 recipients.
 * Each gets a Vietnamese message before migrations or zod run; the caps walk never recurses.
 */
import { describe, expect, test } from 'vitest';
import { BugError } from '../../../../core/base/bug-error';
import { bullet, emptyPlan, paragraph, resetIds, table } from '../../../../core/model/builders';
import { migrate } from '../../../../core/model/migrations';
import type { Block, PlanDocument } from '../../../../core/model/plan-document';
import { PLAN_LIMITS, planBoundsProblem, type PlanLimits } from '../../../../core/model/plan-bounds';
import { planDocumentSchema } from '../../../../core/model/schema';
import { parsePlan, serializePlan } from '../../../../core/model/serialize';

function plan(change: Partial<PlanDocument> = {}): PlanDocument {
  resetIds();
  return { ...emptyPlan('ke-hoach'), body: [paragraph('Nội dung.')], ...change };
}

function withJson(change: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(serializePlan(plan())) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
}

function nested(depth: number): Block {
  let block: Block = paragraph('lá');
  for (let i = 0; i < depth - 1; i++) {
    block = bullet(`cấp ${depth - i - 1}`, [block]);
  }
  return block;
}

const outcome = (text: string): string => {
  const read = parsePlan(text);
  return read.ok ? 'ok' : `${read.error.code}: ${read.error.message}`;
};

describe('schemaVersion is checked before migrating', () => {
  test('0, -5, 0.5, "2", true and 1.5 are each refused with a Vietnamese message, never the English migration error', () => {
    for (const version of [0, -5, 0.5, '2', true, 1.5]) {
      const text = withJson((json) => {
        (json['meta'] as Record<string, unknown>)['schemaVersion'] = version;
      });
      expect(() => parsePlan(text)).not.toThrow();
      expect(outcome(text)).toMatch(/^plan\/malformed: Tệp kế hoạch bị hỏng: phiên bản định dạng \(schemaVersion\) .* không hợp lệ/u);
    }
  });

  test('a missing version, a newer one and version 1 (migrated) keep their own answers', () => {
    const missing = withJson((json) => {
      delete (json['meta'] as Record<string, unknown>)['schemaVersion'];
    });
    const newer = withJson((json) => {
      (json['meta'] as Record<string, unknown>)['schemaVersion'] = 99;
    });
    const v1 = withJson((json) => {
      (json['meta'] as Record<string, unknown>)['schemaVersion'] = 1;
      delete json['appendices'];
    });
    expect([outcome(missing).split(':')[0], outcome(newer).split(':')[0], outcome(v1)]).toEqual(['plan/malformed', 'plan/newer-schema', 'ok']);
  });

  test('migrate itself treats an unknown version as a bug of the caller', () => {
    expect(() => migrate({}, 0)).toThrow(BugError);
    expect(() => migrate({}, 0.5)).toThrow(BugError);
  });
});

describe('caps before zod parses recursively', () => {
  test('660 levels of nested blocks are refused cleanly; 32 levels read', () => {
    expect(outcome(serializePlan(plan({ body: [nested(PLAN_LIMITS.maxDepth)] })))).toBe('ok');
    expect(outcome(serializePlan(plan({ body: [nested(PLAN_LIMITS.maxDepth + 1)] })))).toMatch(/^plan\/invalid: Tệp kế hoạch có các mục lồng nhau quá sâu \(hơn 32 cấp\)/u);
    expect(outcome(serializePlan(plan({ body: [nested(660)] })))).toMatch(/lồng nhau quá sâu/u);
  });

  test('the walk uses its own stack: 100,000 levels are refused at the cap without recursing', () => {
    let block: Record<string, unknown> = { kind: 'paragraph', id: 'p', runs: [] };
    for (let i = 0; i < 100_000; i++) {
      block = { kind: 'bullet', id: `b${i}`, marker: '-', runs: [], children: [block] };
    }
    expect(planBoundsProblem({ body: [block] })).toMatch(/lồng nhau quá sâu/u);
    // The host payload schema is bounded too: a failure, not a stack overflow.
    const parsed = planDocumentSchema().safeParse({ ...JSON.parse(serializePlan(plan())), body: [block] });
    expect(parsed.success ? '' : parsed.error.issues[0]?.message).toMatch(/^Kế hoạch có các mục lồng nhau quá sâu/u);
  });

  test('each count has its cap: recipients, addressees, appendices, blocks, cells, runs', () => {
    const low: PlanLimits = { maxBlocks: 10, maxDepth: 5, maxRecipients: 3, maxCells: 6, maxRuns: 12, maxAppendices: 2 };
    const base = JSON.parse(serializePlan(plan())) as Record<string, unknown>;
    const cases: [string, Record<string, unknown>][] = [
      ['nơi nhận', { ...base, recipients: { items: Array.from({ length: 4 }, (_, i) => ({ text: `Sở ${i}`, depth: 0 })) } }],
      ['nơi được kính gửi', { ...base, header: { ...(base['header'] as object), addressees: ['a', 'b', 'c', 'd'] } }],
      ['phụ lục', { ...base, appendices: [{}, {}, {}] }],
      ['đoạn và đề mục', { ...base, body: Array.from({ length: 11 }, () => paragraph('x')) }],
      ['ô bảng', { ...base, body: [table([['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']])] }],
      ['đoạn chữ', { ...base, body: [paragraph(Array.from({ length: 13 }, () => ({ text: 'x' })))] }],
    ];
    for (const [what, json] of cases) {
      expect(planBoundsProblem(json, low)).toContain(`quá nhiều ${what}`);
    }
    expect(planBoundsProblem(base, low)).toBeNull();
  });

  test('600,000 recipients: refused at parse time with a Vietnamese message', () => {
    const text = withJson((json) => {
      json['recipients'] = { items: Array.from({ length: 600_000 }, (_, i) => ({ text: `Sở ${i}`, depth: 0 })) };
    });
    expect(outcome(text)).toMatch(/^plan\/invalid: Tệp kế hoạch có quá nhiều nơi nhận \(hơn 2\.000\)/u);
  });

  test('a real plan is far inside the caps and reads back exactly', () => {
    const full = plan({ body: [nested(6), table([['TT', 'Nhiệm vụ'], ['1', 'Việc']], { headerRows: 1 })] });
    expect(parsePlan(serializePlan(full))).toEqual({ ok: true, value: full });
  });
});
