/**
 * structure.section-order: the profile's sections appear in the profile's order.
 */
import { finding } from '../support/finding';
import { blockLocation } from '../support/locate';
import { matchSections, type SectionMatch } from '../support/sections';
import type { Finding, Rule } from '../types';

function name(match: SectionMatch): string {
  return `${match.entry.path} "${match.entry.text.trim()}"`;
}

/** Sections in the profile's order. */
export const structureSectionOrder: Rule = {
  id: 'structure.section-order',
  group: 'structure',
  severity: 'warning',
  title: 'Thứ tự các mục',
  basis: 'Mẫu kế hoạch của cơ quan (thứ tự mục); NĐ 30/2020, PL I, Phần I, Mục II, khoản 6, điểm c',
  check: (doc, ctx) => {
    if (!ctx.profile) {
      return [];
    }
    const out: Finding[] = [];
    let latest: SectionMatch | null = null;
    for (const match of matchSections(doc, ctx.profile).matches) {
      if (latest && match.section.order < latest.section.order) {
        out.push(finding(structureSectionOrder, `Mục ${name(match)} đứng sau mục ${name(latest)}: theo mẫu "${ctx.profile.name}", mục "${match.section.heading}" đứng trước mục "${latest.section.heading}".`, blockLocation(match.entry)));
      } else {
        latest = match;
      }
    }
    return out;
  },
};
