/**
 * Matching body headings to a profile's sections by meaning (headingKey + the profile's variants).
 * Exact key beats a prefix ("KINH PHÍ THỰC HIỆN" ~ "kinh phí"), which beats whole-phrase containment.
 */
import type { PlanDocument } from '../../model/plan-document';
import { headingKey } from '../../text/normalize';
import type { Profile, ProfileSection } from '../../templates/profile';
import { indexDocument, type IndexedBlock } from './doc-index';

/** A body section matched to a profile section. */
export type SectionMatch = {
  readonly section: ProfileSection;
  readonly entry: IndexedBlock;
};

export type SectionMatching = {
  /** Matches in document order. */
  readonly matches: readonly SectionMatch[];
  /** Profile sections with no heading in the body, in profile order. */
  readonly missing: readonly ProfileSection[];
};

const LEADING_LABEL = /^\s*(?:phần\s+[ivxlc]+|[ivxlc]+|\d+|[a-zđ])\s*[.)]\s+/iu;

/** A heading's key with any label typed into its text removed. */
export function headingKeyOf(text: string): string {
  return headingKey(text.replace(LEADING_LABEL, ''));
}

/** How well a heading key matches one accepted wording: 3 exact, 2 prefix, 1 containment, 0 none. */
export function phraseScore(key: string, candidate: string): number {
  if (candidate === '' || key === '') {
    return 0;
  }
  if (key === candidate) {
    return 3;
  }
  if (key.startsWith(`${candidate} `) || key.startsWith(`${candidate}, `)) {
    return 2;
  }
  const words = candidate.split(' ').length;
  return words >= 2 && ` ${key} `.includes(` ${candidate} `) ? 1 : 0;
}

/** The best score of a heading against a section's heading and variants. */
export function sectionScore(key: string, heading: string, variants: readonly string[]): number {
  // The profile's own heading is a slightly stronger sign than a variant (breaks ties between profiles).
  let best = phraseScore(key, headingKey(heading));
  best = best > 0 ? best + 0.5 : 0;
  for (const wording of variants) {
    best = Math.max(best, phraseScore(key, headingKey(wording)));
  }
  return best;
}

/** How well a document fits a profile: match strength, less for each section it lacks. */
export function profileFit(doc: PlanDocument, profile: Profile): number {
  const { matches, missing } = matchSections(doc, profile);
  const strength = matches.reduce((sum, m) => sum + sectionScore(headingKeyOf(m.entry.text), m.section.heading, m.section.variants), 0);
  return strength - missing.reduce((sum, s) => sum + (s.required ? 2 : 1), 0);
}

const cache = new WeakMap<PlanDocument, Map<Profile, SectionMatching>>();

/** Matches the document's sections to the profile's; each profile section takes its best heading. */
export function matchSections(doc: PlanDocument, profile: Profile): SectionMatching {
  const perDoc = cache.get(doc) ?? new Map<Profile, SectionMatching>();
  cache.set(doc, perDoc);
  const known = perDoc.get(profile);
  if (known) {
    return known;
  }
  const entries = indexDocument(doc).sections;
  const taken = new Set<IndexedBlock>();
  const found: SectionMatch[] = [];
  const missing: ProfileSection[] = [];
  for (const section of profile.sections) {
    let best: IndexedBlock | null = null;
    let bestScore = 0;
    for (const entry of entries) {
      const block = entry.block;
      const score =
        block.kind === 'numbered' && block.sectionKey !== undefined
          ? block.sectionKey === section.key ? 4 : 0
          : sectionScore(headingKeyOf(entry.text), section.heading, section.variants);
      if (score > bestScore && !taken.has(entry)) {
        best = entry;
        bestScore = score;
      }
    }
    if (best) {
      taken.add(best);
      found.push({ section, entry: best });
    } else {
      missing.push(section);
    }
  }
  const order = new Map(entries.map((e, i) => [e, i]));
  found.sort((a, b) => (order.get(a.entry) ?? 0) - (order.get(b.entry) ?? 0));
  const result: SectionMatching = { matches: found, missing };
  perDoc.set(profile, result);
  return result;
}

/** The body sections whose profile section asks for a content check. */
export function sectionsWithCheck(
  doc: PlanDocument,
  profile: Profile | null,
  check: ProfileSection['checks'][number],
): SectionMatch[] {
  if (!profile) {
    return [];
  }
  return matchSections(doc, profile).matches.filter((m) => m.section.checks.includes(check));
}
