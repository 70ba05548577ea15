/**
 * The caps on a saved plan, checked before the schema parses it. No zod here: the importers check their result
 * against the same caps, and a check of a .docx or a .txt should not build the plan schema.
 */
/**
 * Caps on a saved plan, checked before zod parses it recursively (a crafted file with 600,000 recipients took 49 s
 * and 3.6 GB to export; 660 levels of nested blocks reached an internal error). A real 100-page plan has ~3,000
 * blocks, nesting of 5 or 6 levels (phần, mục, khoản, điểm, -, +), a few dozen recipients and a few tables. The
 * importers refuse a document beyond these caps, so whatever they read can be saved. Exporting 25,000 blocks or
 * 10,000 table cells takes about a second (the largest real table of the corpus has 702 cells).
 */
export type PlanLimits = {
  /** Blocks over the body, opening, closing, appendices and nested children. */
  readonly maxBlocks: number;
  /** Nesting of blocks (a top-level block is at depth 1). */
  readonly maxDepth: number;
  /** Recipients (Nơi nhận) and addressees (Kính gửi), each. */
  readonly maxRecipients: number;
  /** Table cells over all tables. */
  readonly maxCells: number;
  /** Runs over all blocks and cell paragraphs. */
  readonly maxRuns: number;
  /** Appendices. */
  readonly maxAppendices: number;
};

export const PLAN_LIMITS: PlanLimits = {
  maxBlocks: 25_000,
  maxDepth: 32,
  maxRecipients: 2_000,
  maxCells: 10_000,
  maxRuns: 200_000,
  maxAppendices: 500,
};

type Json = Record<string, unknown>;

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function asRecord(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Why a plan's JSON is beyond the caps (Vietnamese), or null. Walks the blocks with an explicit stack (never
 * recursion) and stops at the first cap passed, so it costs at most the caps' worth of work whatever the input.
 * Only counts: whether the JSON has the right shape is the schema's matter.
 */
export function planBoundsProblem(json: unknown, limits: PlanLimits = PLAN_LIMITS): string | null {
  const plan = asRecord(json);
  if (!plan) {
    return null;
  }
  const too = (what: string, cap: number): string => `có quá nhiều ${what} (hơn ${grouped(cap)}), vượt xa mọi kế hoạch thật`;
  const recipients = asArray(asRecord(plan['recipients'])?.['items']);
  if (recipients.length > limits.maxRecipients) {
    return too('nơi nhận', limits.maxRecipients);
  }
  if (asArray(asRecord(plan['header'])?.['addressees']).length > limits.maxRecipients) {
    return too('nơi được kính gửi', limits.maxRecipients);
  }
  const appendices = asArray(plan['appendices']);
  if (appendices.length > limits.maxAppendices) {
    return too('phụ lục', limits.maxAppendices);
  }
  const stack: { readonly list: readonly unknown[]; readonly depth: number }[] = [
    { list: asArray(plan['opening']), depth: 1 },
    { list: asArray(plan['body']), depth: 1 },
    { list: asArray(plan['closing']), depth: 1 },
    ...appendices.map((a) => ({ list: asArray(asRecord(a)?.['blocks']), depth: 1 })),
  ];
  let blocks = 0;
  let cells = 0;
  let runs = 0;
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (top.list.length === 0) {
      continue;
    }
    if (top.depth > limits.maxDepth) {
      return `có các mục lồng nhau quá sâu (hơn ${limits.maxDepth} cấp), vượt xa mọi kế hoạch thật`;
    }
    blocks += top.list.length;
    if (blocks > limits.maxBlocks) {
      return too('đoạn và đề mục', limits.maxBlocks);
    }
    for (const item of top.list) {
      const block = asRecord(item);
      runs += asArray(block?.['runs']).length;
      for (const row of asArray(block?.['rows'])) {
        for (const cell of asArray(asRecord(row)?.['cells'])) {
          cells += 1;
          for (const para of asArray(asRecord(cell)?.['paragraphs'])) {
            runs += asArray(asRecord(para)?.['runs']).length;
          }
          if (cells > limits.maxCells) {
            return too('ô bảng', limits.maxCells);
          }
        }
      }
      if (runs > limits.maxRuns) {
        return too('đoạn chữ', limits.maxRuns);
      }
      const children = asArray(block?.['children']);
      if (children.length > 0) {
        stack.push({ list: children, depth: top.depth + 1 });
      }
    }
  }
  return null;
}
