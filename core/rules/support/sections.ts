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

/**
 * headingKey is costly (locale-aware lower case, five replacements) and was computed for every heading × profile
 * section × wording, again for every profile and every missing section. Keys are remembered here, up to a bound
 * (60,000 keys of at most 1,000 characters).
 */
const MEMO_LIMIT = 60_000;
const keyMemo = new Map<string, string>();
const ownMemo = new Map<string, { readonly own: readonly string[]; readonly qualified: boolean }>();

/** Keys longer than this are not remembered (a heading is short; a long body text is keyed once anyway). */
const MEMO_KEY_CHARS = 1_000;

function remember<T>(memo: Map<string, T>, key: string, make: () => T): T {
  if (key.length > MEMO_KEY_CHARS) {
    return make();
  }
  const known = memo.get(key);
  if (known !== undefined) {
    return known;
  }
  if (memo.size >= MEMO_LIMIT) {
    memo.clear();
  }
  const made = make();
  memo.set(key, made);
  return made;
}

/** How many heading keys were computed rather than remembered (tests check a profile's wordings are keyed once). */
export const headingKeyStats = { computed: 0 };

/** A heading's key with any label typed into its text removed. */
export function headingKeyOf(text: string): string {
  return remember(keyMemo, `\u0000${text}`, () => {
    headingKeyStats.computed += 1;
    return headingKey(text.replace(LEADING_LABEL, ''));
  });
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

const LEADING_FILLER = /^(?:các|những)\s+/u;
const TRAILING_FILLER = /\s+(?:chủ yếu|trọng tâm|trọng điểm|chính|cụ thể|cơ bản|chủ đạo|thực hiện|triển khai|kế hoạch|đề ra)$/u;

/**
 * The meaning-carrying phrases of a heading key: its comma-separated parts without qualifiers ("các", "chủ yếu",
 * "trọng tâm", "thực hiện" …): "các nhiệm vụ trọng tâm" → ["nhiệm vụ"], "giải pháp chủ yếu" → ["giải pháp"].
 */
export function headingConcepts(key: string): string[] {
  const out: string[] = [];
  for (const part of key.split(', ')) {
    let core = part.trim().replace(LEADING_FILLER, '');
    for (let before = ''; before !== core; ) {
      before = core;
      core = core.replace(TRAILING_FILLER, '');
    }
    if (core !== '' && !out.includes(core)) {
      out.push(core);
    }
  }
  return out;
}

/**
 * How well a heading's concepts fall among a section's: 1.5 all of them, 0.75 some (of two or more), 0 none.
 * A bare single word-group ("YÊU CẦU", "TỔ CHỨC") is too weak a sign on its own: it counts only when the heading
 * qualified it ("GIẢI PHÁP CHỦ YẾU", "CÁC NHIỆM VỤ TRỌNG TÂM") or named two concepts ("NHIỆM VỤ VÀ GIẢI PHÁP").
 */
function conceptScore(key: string, known: ReadonlySet<string>): number {
  const { own, qualified } = remember(ownMemo, key, () => {
    const concepts = headingConcepts(key);
    const parts = key.split(', ');
    return { own: concepts, qualified: concepts.length !== parts.length || concepts.some((c) => !parts.includes(c)) };
  });
  if (own.length === 0 || (own.length === 1 && !qualified)) {
    return 0;
  }
  const shared = own.filter((c) => known.has(c)).length;
  return shared === 0 ? 0 : shared === own.length ? 1.5 : own.length >= 2 ? 0.75 : 0;
}

/** A section's wordings as sectionScore reads them: computed once per heading and variant list. */
type Wordings = { readonly headingKey: string; readonly variantKeys: readonly string[]; readonly concepts: ReadonlySet<string> };

const wordingsCache = new WeakMap<readonly string[], Map<string, Wordings>>();

/** How many times a section's wordings were keyed (tests check it happens once per section, not per heading). */
export const wordingStats = { built: 0 };

/** One key for every empty variant list (callers pass a fresh `[]`). */
const NO_VARIANTS: readonly string[] = [];

function wordingsOf(heading: string, given: readonly string[]): Wordings {
  const variants = given.length === 0 ? NO_VARIANTS : given;
  const perList = wordingsCache.get(variants) ?? new Map<string, Wordings>();
  wordingsCache.set(variants, perList);
  const known = perList.get(heading);
  if (known) {
    return known;
  }
  wordingStats.built += 1;
  const built: Wordings = {
    headingKey: headingKey(heading),
    variantKeys: variants.map((v) => headingKey(v)),
    concepts: new Set([heading, ...variants].flatMap((w) => headingConcepts(headingKey(w)))),
  };
  perList.set(heading, built);
  return built;
}

/** The best score of a heading against a section's heading and variants: by wording, else by meaning. */
export function sectionScore(key: string, heading: string, variants: readonly string[]): number {
  // The profile's own heading is a slightly stronger sign than a variant (breaks ties between profiles).
  const wordings = wordingsOf(heading, variants);
  let best = phraseScore(key, wordings.headingKey);
  best = best > 0 ? best + 0.5 : 0;
  for (const variantKey of wordings.variantKeys) {
    best = Math.max(best, phraseScore(key, variantKey));
  }
  return Math.max(best, conceptScore(key, wordings.concepts));
}

/**
 * sectionScore(key, heading, variants) >= 2, read without what cannot reach 2 (containment scores 1, concepts
 * at most 1.5): the heading key is a section's wording or starts with one. Rules ask it of every heading of a
 * document for each missing section, so it stays a few string comparisons.
 */
export function namesSection(key: string, heading: string, variants: readonly string[]): boolean {
  const wordings = wordingsOf(heading, variants);
  return startsWithWording(key, wordings.headingKey) || wordings.variantKeys.some((k) => startsWithWording(key, k));
}

/** phraseScore(key, wording) >= 2 without building strings: the key is the wording, or it followed by " " or ", ". */
function startsWithWording(key: string, wording: string): boolean {
  if (wording === '' || key === '' || !key.startsWith(wording)) {
    return false;
  }
  return key.length === wording.length || key.charCodeAt(wording.length) === 32 || key.startsWith(', ', wording.length);
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
  // Strongest pairs first, so that a heading goes to the section it means most ("MỤC TIÊU, NHIỆM VỤ" holding the
  // tasks is Nội dung rather than Mục đích); ties keep the profile's order, then the document's.
  const pairs: { section: ProfileSection; entry: IndexedBlock; score: number; rank: number }[] = [];
  profile.sections.forEach((section, s) => {
    entries.forEach((entry, e) => {
      const block = entry.block;
      const score =
        block.kind === 'numbered' && block.sectionKey !== undefined
          ? block.sectionKey === section.key ? 4 : 0
          : sectionScore(headingKeyOf(entry.text), section.heading, section.variants);
      if (score > 0) {
        pairs.push({ section, entry, score, rank: s * 10000 + e });
      }
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.rank - b.rank);
  const done = new Set<ProfileSection>();
  for (const pair of pairs) {
    if (!done.has(pair.section) && !taken.has(pair.entry)) {
      done.add(pair.section);
      taken.add(pair.entry);
      found.push({ section: pair.section, entry: pair.entry });
    }
  }
  missing.push(...profile.sections.filter((section) => !done.has(section)));
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

/** ' (được hiểu là mục "NỘI DUNG")' when the heading is worded otherwise than the profile lists, else ''. */
export function takenFor(match: SectionMatch): string {
  return isListedWording(match) ? '' : ` (được hiểu là mục "${match.section.heading}")`;
}

function isListedWording(match: SectionMatch): boolean {
  const key = headingKeyOf(match.entry.text);
  const wordings = wordingsOf(match.section.heading, match.section.variants);
  return wordings.headingKey === key || wordings.variantKeys.includes(key);
}

/**
 * Which profile section each heading worded otherwise was taken for, in words for findings and reports:
 * 'II "GIẢI PHÁP CHỦ YẾU" được hiểu là mục "NỘI DUNG"'. Headings worded exactly as the profile lists are left out.
 */
export function takenForNotes(doc: PlanDocument, profile: Profile): string[] {
  return matchSections(doc, profile)
    .matches.filter((m) => !isListedWording(m))
    .map((m) => `${m.entry.path ? `${m.entry.path} ` : ''}"${m.entry.text.replace(LEADING_LABEL, '').trim()}" được hiểu là mục "${m.section.heading}"`);
}
