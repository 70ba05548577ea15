/**
 * zod schema of a saved plan: the trust boundary for files read from disk and IPC payloads. Built on first use
 * (about 4 ms in a fresh process): a check of a .docx or a .txt, or an export of a .txt, never needs it.
 */
import { z } from 'zod';
import { planBoundsProblem } from './plan-bounds';

type SourceShape = { line: number; text: string };
type RunShape = { text: string; bold?: boolean | undefined; italic?: boolean | undefined };
type CellParagraphShape = { runs: RunShape[]; align?: 'left' | 'center' | 'right' | 'justify' | null | undefined };
type TableShape = {
  kind: 'table';
  id: string;
  rows: { cells: { paragraphs: CellParagraphShape[]; colSpan?: number | undefined; rowSpan?: number | undefined }[] }[];
  headerRows: number;
  columnWidths: number[];
  role?: 'task-assignment' | undefined;
  source?: SourceShape | undefined;
};
type BlockShape =
  | { kind: 'numbered'; id: string; level: 'part' | 'section' | 'item' | 'point'; label: string | null; titled: boolean; runs: RunShape[]; children: BlockShape[]; sectionKey?: string | undefined; source?: SourceShape | undefined }
  | { kind: 'bullet'; id: string; marker: '-' | '+'; runs: RunShape[]; children: BlockShape[]; source?: SourceShape | undefined }
  | { kind: 'paragraph'; id: string; runs: RunShape[]; placeholder?: boolean | undefined; source?: SourceShape | undefined }
  | TableShape;

function buildPlanDocumentSchema() {
  const sourceRef = z.object({ line: z.number().int().nonnegative(), text: z.string() });
  const run = z.object({ text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() });

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

  const blockSchema: z.ZodType<BlockShape> = z.lazy(() =>
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

  return z
    .unknown()
    .superRefine((json, ctx) => {
      const problem = planBoundsProblem(json);
      if (problem !== null) {
        ctx.addIssue({ code: 'custom', message: `Kế hoạch ${problem}.` });
      }
    })
    .pipe(planShapeSchema);
}

let built: ReturnType<typeof buildPlanDocumentSchema> | undefined;

/**
 * The schema of the current version (after migrations): the caps first, then the shape. Formatting facts are not
 * saved. Host payloads use it too, so a crafted plan sent to save or export is refused before zod recurses into it.
 */
export function planDocumentSchema(): ReturnType<typeof buildPlanDocumentSchema> {
  built ??= buildPlanDocumentSchema();
  return built;
}
