/**
 * Templates → new plans: instantiateTemplate builds a PlanDocument from a validated template
 * (parse-template.ts validates a template file's JSON). Pure and deterministic (ids from a counter);
 * no file access here.
 */
import { createIdGenerator } from '../base/ids';
import type { Header, Issuer, PlanDate, PlanDocument, Recipient, Signature } from '../model/plan-document';
import { MOTTO, NATIONAL_TITLE } from '../model/national-motto';
import { SCHEMA_VERSION } from '../model/schema-version';
import { headingKey, normalizeText, squeeze, upper } from '../text/normalize';
import { guidanceParagraph, plainParagraph, starterToBlocks } from './starter-blocks';
import type { IssuingBody, Template } from './template-schema';

export type InstantiateOptions = {
  readonly parentAgency?: string;
  /** Issuing body lines, "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG". */
  readonly agency?: string;
  /** The issuer's code in the ký hiệu ("UBND" gives "KH-UBND"). */
  readonly agencyCode?: string;
  readonly place?: string;
  readonly date?: PlanDate;
  /** Trích yếu; otherwise the template's suggestion with its {placeholders} (công văn: the text after "V/v "). */
  readonly summary?: string;
  readonly signer?: { readonly name: string; readonly title: string };
  readonly recipients?: readonly string[];
  /** The drafting unit's code on the "Lưu: VT, …" line. */
  readonly archiveCode?: string;
  /** Who issues: the collective (default of the template) or its head personally. */
  readonly issuer?: Issuer;
  readonly idPrefix?: string;
};

const DEFAULT_AGENCY: Readonly<Record<IssuingBody, { readonly parent: string; readonly agency: string }>> = {
  'ubnd-tinh': { parent: '', agency: 'ỦY BAN NHÂN DÂN\nTỈNH …' },
  'ubnd-huyen': { parent: '', agency: 'ỦY BAN NHÂN DÂN\nHUYỆN …' },
  'ubnd-xa': { parent: '', agency: 'ỦY BAN NHÂN DÂN\nXÃ …' },
  so: { parent: 'ỦY BAN NHÂN DÂN TỈNH …', agency: 'SỞ …' },
};

/** A new plan from a template: header from the template and options, sections with starter content. */
export function instantiateTemplate(template: Template, options: InstantiateOptions = {}): PlanDocument {
  const ids = createIdGenerator(options.idPrefix ?? 't');
  const issuer = options.issuer ?? template.headerDefaults.issuer;
  const opening = template.opening.map((line) => plainParagraph(line, ids));
  const lead = starterToBlocks(template.body, ids);
  const sections = [...template.sections]
    .sort((a, b) => a.order - b.order)
    .map((section) => ({
      kind: 'numbered' as const,
      id: ids(),
      level: 'section' as const,
      label: null,
      titled: true,
      runs: [{ text: upper(normalizeText(section.heading)) }],
      children: [guidanceParagraph(section.guidance, ids), ...starterToBlocks(section.starter, ids)],
      sectionKey: section.key,
    }));
  return {
    kind: template.kind,
    header: buildHeader(template, options, issuer),
    opening,
    body: [...lead, ...sections],
    closing: template.closing.map((line) => plainParagraph(line, ids)),
    endsWithMark: true,
    signature: buildSignature(template, options, issuer),
    recipients: { items: buildRecipients(template, options) },
    appendices: [],
    meta: { schemaVersion: SCHEMA_VERSION, templateId: template.id, profileId: template.id, inferred: [], origin: 'app' },
  };
}

function buildHeader(template: Template, options: InstantiateOptions, issuer: Issuer): Header {
  const defaults = DEFAULT_AGENCY[template.headerDefaults.issuingBody];
  const parentAgency = normalizeText(options.parentAgency ?? defaults.parent).trim();
  return {
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    parentAgency: parentAgency === '' ? null : parentAgency,
    agency: normalizeText(options.agency ?? defaults.agency).trim(),
    number: '',
    symbol: buildSymbol(template, options.agencyCode),
    place: normalizeText(options.place ?? '').trim(),
    date: options.date ?? { day: null, month: null, year: null },
    docType: template.docType,
    summary: squeeze(normalizeText(options.summary ?? template.headerDefaults.summary)).replace(/^V\/v\s+/u, ''),
    addressees: template.addressees.map((a) => normalizeText(a)),
    issuer,
  };
}

/** "KH-" + agency code for a typed document; a công văn keeps its unit ("UBND-VP" → "<code>-VP"). */
function buildSymbol(template: Template, agencyCode: string | undefined): string {
  const code = agencyCode?.trim();
  if (!code) {
    return template.headerDefaults.symbol;
  }
  if (template.kind === 'ke-hoach') {
    return `KH-${code}`;
  }
  const unit = template.headerDefaults.symbol.split('-').slice(1).join('-');
  return unit ? `${code}-${unit}` : code;
}

function buildSignature(template: Template, options: InstantiateOptions, issuer: Issuer): Signature {
  // The collective signs with "TM."; the head's own documents carry no "TM." (docs/nd30.md §3.7).
  const fitting = template.signerOptions.filter((o) => (issuer === 'collective') === (o.onBehalfOf !== null));
  const pool = fitting.length > 0 ? fitting : template.signerOptions;
  const wanted = options.signer ? upper(squeeze(options.signer.title)) : null;
  const chosen = pool.find((o) => wanted !== null && upper(o.signerTitle) === wanted) ?? pool[0] ?? template.signerOptions[0];
  return {
    onBehalfOf: chosen?.onBehalfOf ?? null,
    authority: chosen?.authority ?? null,
    headTitle: chosen?.headTitle ?? null,
    signerTitle: chosen?.signerTitle ?? null,
    name: options.signer ? normalizeText(options.signer.name).trim() : '',
  };
}

/** Template recipients, then the caller's, without repeats, ending with "Lưu: VT, <archiveCode>". */
function buildRecipients(template: Template, options: InstantiateOptions): Recipient[] {
  const seen = new Set<string>();
  const items: Recipient[] = [];
  for (const raw of [...template.recipients, ...(options.recipients ?? [])]) {
    const text = cleanRecipient(raw);
    const key = headingKey(text);
    if (text === '' || seen.has(key) || /^lưu\b/iu.test(text)) {
      continue;
    }
    seen.add(key);
    items.push({ text, depth: 0 });
  }
  const archive = options.archiveCode?.trim();
  items.push({ text: `Lưu: VT, ${archive ? archive : '…'}`, depth: 0 });
  return items;
}

function cleanRecipient(raw: string): string {
  return squeeze(normalizeText(raw).replace(/^\s*[-+]\s*/u, '').replace(/[;.]\s*$/u, ''));
}
