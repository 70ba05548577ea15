/**
 * structure.required-section: the profile's sections are present, matched by meaning (required: error;
 * recommended: warning). Offers to add the missing heading in the profile's place.
 */
import type { PlanDocument } from '../../model/plan-document';
import type { Profile, ProfileSection } from '../../templates/profile';
import { indexDocument } from '../support/doc-index';
import { finding } from '../support/finding';
import { headingKeyOf, matchSections, namesSection, takenForNotes } from '../support/sections';
import type { Finding, Rule } from '../types';

/** A lower-level heading that already carries this section's content ("III.2 Kinh phí"). */
function foundElsewhere(doc: PlanDocument, section: ProfileSection): string | null {
  for (const entry of indexDocument(doc).blocks) {
    const block = entry.block;
    if (block.kind === 'numbered' && block.level !== 'section' && block.level !== 'part') {
      if (namesSection(headingKeyOf(entry.text.split(':')[0] ?? ''), section.heading, section.variants)) {
        return entry.path;
      }
    }
  }
  return null;
}

/**
 * A plan made in the app from this template lost a required section: an error. An imported document was only
 * matched to the profile, and the decree sets no section list for a Kế hoạch (nd30.md §8): a warning.
 */
function madeFromTemplate(doc: PlanDocument, profile: Profile): boolean {
  return doc.meta.origin === 'app' && (doc.meta.templateId === profile.id || doc.meta.profileId === profile.id);
}

function missingFinding(doc: PlanDocument, profile: Profile, section: ProfileSection): Finding {
  const { matches } = matchSections(doc, profile);
  const before = matches.filter((m) => m.section.order < section.order).pop();
  const variants = section.variants.length > 0 ? ` (hoặc tên tương đương như "${section.variants[0]}")` : '';
  const own = madeFromTemplate(doc, profile);
  const need = section.required ? (own ? 'bắt buộc phải có' : 'thường có') : 'nên có';
  const elsewhere = foundElsewhere(doc, section);
  const hint = elsewhere ? ` Nội dung này đang nằm ở khoản ${elsewhere} — nên tách thành một mục riêng.` : '';
  const notes = takenForNotes(doc, profile);
  const taken = notes.length > 0 ? ` Các đề mục đã đối chiếu: ${notes.join('; ')}.` : '';
  const message = `Thiếu mục "${section.heading}"${variants}: mẫu "${profile.name}" ${need} mục này.${hint}${taken}`;
  return finding(structureRequiredSection, message, { part: 'body' }, {
    severity: section.required && own ? 'error' : 'warning',
    fix: {
      title: `Thêm mục "${section.heading}"`,
      edit: { kind: 'add-section', sectionKey: section.key, heading: section.heading, afterId: before?.entry.block.id ?? null },
    },
  });
}

/** Profile sections present. */
export const structureRequiredSection: Rule = {
  id: 'structure.required-section',
  group: 'structure',
  severity: 'error',
  title: 'Các mục của mẫu kế hoạch',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 6, điểm c; mẫu kế hoạch của cơ quan',
  check: (doc, ctx) => {
    const profile = ctx.profile;
    if (!profile) {
      return [];
    }
    return matchSections(doc, profile).missing.map((section) => missingFinding(doc, profile, section));
  },
};
