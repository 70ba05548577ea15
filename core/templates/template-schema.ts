/**
 * Template files (templates/<id>/template.json): zod schema, validated at load.
 * A template's sections are also the profile the checker uses for that kind of plan.
 * The schemas are built on first use, not when the module loads: building them costs about 10 ms in a fresh
 * process, and `kehoach check` takes the validated templates from its cache without them (issue 13).
 */
import { z } from 'zod';

/** Body starter content: numbered items, bullets and paragraphs with "{placeholder}" text. */
export type StarterBlock =
  | { kind: 'item'; text: string; children?: StarterBlock[] | undefined }
  | { kind: 'point'; text: string; children?: StarterBlock[] | undefined }
  | { kind: 'bullet'; text: string; children?: StarterBlock[] | undefined }
  | { kind: 'paragraph'; text: string }
  | { kind: 'guidance'; text: string };

function buildSchemas() {
  const starterBlock: z.ZodType<StarterBlock> = z.lazy(() =>
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('item'), text: z.string(), children: z.array(starterBlock).optional() }),
      z.object({ kind: z.literal('point'), text: z.string(), children: z.array(starterBlock).optional() }),
      z.object({ kind: z.literal('bullet'), text: z.string(), children: z.array(starterBlock).optional() }),
      z.object({ kind: z.literal('paragraph'), text: z.string() }),
      z.object({ kind: z.literal('guidance'), text: z.string() }),
    ]),
  );

  /** A sub-item a section should hold ("1. Mục đích" under "I. MỤC ĐÍCH, YÊU CẦU"). */
  const subsectionSchema = z.object({
    heading: z.string().min(1),
    variants: z.array(z.string()).default([]),
    required: z.boolean().default(false),
  });

  /** One Roman-numbered section of a template, which is also a section of its checker profile. */
  const sectionSchema = z.object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    heading: z.string().min(1),
    variants: z.array(z.string()).default([]),
    required: z.boolean(),
    order: z.number().int().nonnegative(),
    guidance: z.string().min(1),
    subsections: z.array(subsectionSchema).default([]),
    /** Content checks that apply in this section. */
    checks: z.array(z.enum(['lead-agency', 'funding-source', 'report-deadline'])).default([]),
    starter: z.array(starterBlock).default([]),
  });

  /** The kind of issuing body, which sets the default agency lines. */
  const issuingBodySchema = z.enum(['ubnd-tinh', 'ubnd-huyen', 'ubnd-xa', 'so']);

  /** A whole template file. */
  const templateSchema = z.object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(1),
    description: z.string().min(1),
    /** Place in the gallery (and first pick when a document matches several profiles equally); optional. */
    order: z.number().int().nonnegative().default(100),
    /**
     * Phrases typical of this kind of plan's trích yếu ("chiến lược", "năm"), lower case. They only break
     * ties between profiles whose sections fit a document equally well.
     */
    summaryHints: z.array(z.string().min(2)).default([]),
    kind: z.enum(['ke-hoach', 'cong-van']),
    docType: z.string().nullable(),
    headerDefaults: z.object({
      issuingBody: issuingBodySchema,
      /** Ký hiệu pattern, "KH-UBND" or "UBND-VP". */
      symbol: z.string().min(1),
      issuer: z.enum(['collective', 'head']),
      summary: z.string(),
    }),
    opening: z.array(z.string()).default([]),
    /** Body content before any numbered section (a công văn's paragraphs); optional, added compatibly. */
    body: z.array(starterBlock).default([]),
    sections: z.array(sectionSchema),
    closing: z.array(z.string()).default([]),
    signerOptions: z.array(
      z.object({
        label: z.string(),
        onBehalfOf: z.string().nullable(),
        authority: z.enum(['KT.', 'TL.', 'TUQ.', 'Q.']).nullable(),
        headTitle: z.string().nullable(),
        signerTitle: z.string(),
      }),
    ).min(1),
    recipients: z.array(z.string()).min(1),
    addressees: z.array(z.string()).default([]),
  });

  return { sectionSchema, templateSchema };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The schema of a whole template file (built on the first call). */
export function templateSchema(): ReturnType<typeof buildSchemas>['templateSchema'] {
  schemas ??= buildSchemas();
  return schemas.templateSchema;
}

export type TemplateSection = z.infer<ReturnType<typeof buildSchemas>['sectionSchema']>;
export type Template = z.infer<ReturnType<typeof templateSchema>>;
export type IssuingBody = Template['headerDefaults']['issuingBody'];
