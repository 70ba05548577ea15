/**
 * zod schema of a saved plan: the trust boundary for files read from disk and IPC payloads.
 */
import { z } from 'zod';

const sourceRef = z.object({ line: z.number().int().nonnegative(), text: z.string() });
const run = z.object({ text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() });

type BlockShape =
  | { kind: 'numbered'; id: string; level: 'part' | 'section' | 'item' | 'point'; label: string | null; titled: boolean; runs: z.infer<typeof run>[]; children: BlockShape[]; sectionKey?: string | undefined; source?: z.infer<typeof sourceRef> | undefined }
  | { kind: 'bullet'; id: string; marker: '-' | '+'; runs: z.infer<typeof run>[]; children: BlockShape[]; source?: z.infer<typeof sourceRef> | undefined }
  | { kind: 'paragraph'; id: string; runs: z.infer<typeof run>[]; placeholder?: boolean | undefined; source?: z.infer<typeof sourceRef> | undefined }
  | z.infer<typeof tableSchema>;

const cellParagraph = z.object({ runs: z.array(run), align: z.enum(['left', 'center', 'right', 'justify']).nullable().optional() });
const span = z.number().int().min(1).max(1000).optional();
const tableSchema = z.object({
  kind: z.literal('table'),
  id: z.string().min(1),
  rows: z.array(z.object({ cells: z.array(z.object({ paragraphs: z.array(cellParagraph), colSpan: span, rowSpan: span })) })),
  headerRows: z.number().int().nonnegative(),
  columnWidths: z.array(z.number().nonnegative()),
  role: z.literal('task-assignment').optional(),
  source: sourceRef.optional(),
});

const paragraphSchema = z.object({
  kind: z.literal('paragraph'),
  id: z.string().min(1),
  runs: z.array(run),
  placeholder: z.boolean().optional(),
  source: sourceRef.optional(),
});

export const blockSchema: z.ZodType<BlockShape> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('numbered'),
      id: z.string().min(1),
      level: z.enum(['part', 'section', 'item', 'point']),
      label: z.string().nullable(),
      titled: z.boolean(),
      runs: z.array(run),
      children: z.array(blockSchema),
      sectionKey: z.string().optional(),
      source: sourceRef.optional(),
    }),
    z.object({
      kind: z.literal('bullet'),
      id: z.string().min(1),
      marker: z.enum(['-', '+']),
      runs: z.array(run),
      children: z.array(blockSchema),
      source: sourceRef.optional(),
    }),
    paragraphSchema,
    tableSchema,
  ]),
);

const appendixSchema = z.object({
  id: z.string().min(1),
  label: z.string().nullable(),
  title: z.string(),
  attachedLine: z.string().nullable(),
  orientation: z.enum(['portrait', 'landscape']),
  blocks: z.array(blockSchema),
  role: z.literal('task-assignment').optional(),
  source: sourceRef.optional(),
});

const planDate = z.object({
  day: z.number().int().nullable(),
  month: z.number().int().nullable(),
  year: z.number().int().nullable(),
});

const header = z.object({
  nationalTitle: z.string().nullable(),
  motto: z.string().nullable(),
  parentAgency: z.string().nullable(),
  agency: z.string().nullable(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  place: z.string().nullable(),
  date: planDate.nullable(),
  docType: z.string().nullable(),
  summary: z.string().nullable(),
  addressees: z.array(z.string()),
  issuer: z.enum(['collective', 'head']).nullable(),
  source: z.record(z.string(), sourceRef).optional(),
});

const signature = z.object({
  onBehalfOf: z.string().nullable(),
  authority: z.enum(['KT.', 'TL.', 'TUQ.', 'Q.']).nullable(),
  headTitle: z.string().nullable(),
  signerTitle: z.string().nullable(),
  name: z.string().nullable(),
  chain: z.array(z.string()).optional(),
  sourceLines: z.array(sourceRef).optional(),
  nameSource: sourceRef.optional(),
});

const recipients = z.object({
  items: z.array(z.object({ text: z.string(), depth: z.union([z.literal(0), z.literal(1)]), source: sourceRef.optional() })),
  headingSource: sourceRef.optional(),
});

/** The shape of the current version (after migrations), read only after planBoundsProblem passed. */
const planShapeSchema = z.object({
  kind: z.enum(['ke-hoach', 'cong-van', 'bao-cao', 'quyet-dinh', 'to-trinh', 'thong-bao', 'chuong-trinh', 'khac']),
  header,
  opening: z.array(paragraphSchema),
  body: z.array(blockSchema),
  closing: z.array(paragraphSchema),
  endsWithMark: z.boolean(),
  signature: signature.nullable(),
  recipients: recipients.nullable(),
  appendices: z.array(appendixSchema),
  meta: z.object({
    schemaVersion: z.number().int().positive(),
    templateId: z.string().nullable(),
    profileId: z.string().nullable(),
    inferred: z.array(z.string()),
    origin: z.enum(['app', 'txt', 'docx']),
  }),
});

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

/**
 * The schema of the current version (after migrations): the caps first, then the shape. Formatting facts are not
 * saved. Host payloads use it too, so a crafted plan sent to save or export is refused before zod recurses into it.
 */
export const planDocumentSchema = z
  .unknown()
  .superRefine((json, ctx) => {
    const problem = planBoundsProblem(json);
    if (problem !== null) {
      ctx.addIssue({ code: 'custom', message: `Kế hoạch ${problem}.` });
    }
  })
  .pipe(planShapeSchema);
