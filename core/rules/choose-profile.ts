/**
 * Choosing the profile a document is judged against: the one asked for, else the document's own
 * template, else the profile whose sections its headings match best.
 */
import type { PlanDocument } from '../model/plan-document';
import type { Profile } from '../templates/profile';
import { lower } from '../text/normalize';
import { kindName, profileKindsFor } from './support/kinds';
import { matchSections, profileFit, takenForNotes } from './support/sections';

export type ProfileChoice = {
  readonly profile: Profile | null;
  readonly how: 'given' | 'template' | 'matched' | 'none';
  /** Vietnamese: which profile and why, for reports. */
  readonly note: string;
};

function best(doc: PlanDocument, profiles: readonly Profile[]): ProfileChoice {
  const kinds = profileKindsFor(doc.kind);
  // A Công văn, Báo cáo, Quyết định … is never judged against a Kế hoạch's sections (issue 9, class 2).
  const sameKind = profiles.filter((p) => kinds.includes(p.kind));
  const pool = sameKind;
  if (pool.length === 0) {
    return { profile: null, how: 'none', note: `${kindName(doc.kind)}: không có mẫu đề mục cho loại văn bản này, nên không kiểm tra các mục theo mẫu kế hoạch.` };
  }
  let chosen: Profile | null = null;
  let fit = Number.NEGATIVE_INFINITY;
  let hints = 0;
  const summary = lower(doc.header.summary ?? '');
  for (const profile of pool) {
    const found = matchSections(doc, profile).matches.length;
    const score = profileFit(doc, profile);
    // Equal fits (two templates with the same sections) are told apart by the trích yếu's wording.
    const hinted = (profile.summaryHints ?? []).filter((h) => summary.includes(h)).length;
    if (found > 0 && (score > fit || (score === fit && hinted > hints))) {
      chosen = profile;
      fit = score;
      hints = hinted;
    }
  }
  if (!chosen && sameKind.length === 1 && sameKind[0]?.sections.length === 0) {
    const only = sameKind[0];
    return { profile: only, how: 'matched', note: `Tự chọn mẫu "${only.name}": mẫu duy nhất cho loại văn bản này (không quy định đề mục).` };
  }
  if (!chosen) {
    return { profile: null, how: 'none', note: 'Không xác định được mẫu: các đề mục không khớp mẫu nào, nên không kiểm tra các mục theo mẫu.' };
  }
  const found = matchSections(doc, chosen).matches.length;
  const notes = takenForNotes(doc, chosen);
  const taken = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return { profile: chosen, how: 'matched', note: `Tự chọn mẫu "${chosen.name}": khớp ${found}/${chosen.sections.length} mục theo tên đề mục${taken}.` };
}

/** The profile to judge `doc` against, and how it was chosen. */
export function chooseProfile(doc: PlanDocument, profiles: readonly Profile[], profileId?: string): ProfileChoice {
  if (profileId !== undefined) {
    const given = profiles.find((p) => p.id === profileId);
    if (given) {
      return { profile: given, how: 'given', note: `Mẫu "${given.name}" theo lựa chọn của người dùng.` };
    }
  }
  const fallback = ownOrBest(doc, profiles);
  return profileId === undefined ? fallback : { ...fallback, note: `Không có mẫu "${profileId}". ${fallback.note}` };
}

function ownOrBest(doc: PlanDocument, profiles: readonly Profile[]): ProfileChoice {
  const ownId = doc.meta.profileId ?? doc.meta.templateId;
  const own = ownId === null ? undefined : profiles.find((p) => p.id === ownId);
  if (own) {
    return { profile: own, how: 'template', note: `Mẫu "${own.name}" ghi trong văn bản (văn bản được tạo từ mẫu này).` };
  }
  return best(doc, profiles);
}
