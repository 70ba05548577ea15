/**
 * structure.subsection: the profile's required sub-items are present under their section
 * (e.g. "1. Mục đích", "2. Yêu cầu" under "I. MỤC ĐÍCH, YÊU CẦU").
 */
import { indexDocument } from '../support/doc-index';
import { finding } from '../support/finding';
import { blockLocation } from '../support/locate';
import { headingKeyOf, matchSections, namesSection, takenFor } from '../support/sections';
import type { Finding, Rule } from '../types';

/** Profile sub-items present. */
export const structureSubsection: Rule = {
  id: 'structure.subsection',
  group: 'structure',
  severity: 'warning',
  title: 'Các khoản của mục',
  basis: 'Mẫu kế hoạch của cơ quan; NĐ 30/2020, PL I, Phần I, Mục II, khoản 6, điểm c',
  check: (doc, ctx) => {
    if (!ctx.profile) {
      return [];
    }
    const index = indexDocument(doc);
    const out: Finding[] = [];
    for (const match of matchSections(doc, ctx.profile).matches) {
      const { section, entry } = match;
      const block = entry.block;
      if (block.kind !== 'numbered') {
        continue;
      }
      const keys = block.children
        .filter((c) => c.kind === 'numbered')
        .map((c) => headingKeyOf((index.byId.get(c.id)?.text ?? '').split(':')[0] ?? ''));
      for (const sub of section.subsections) {
        if (sub.required && !keys.some((k) => namesSection(k, sub.heading, sub.variants))) {
          out.push(finding(structureSubsection, `Mục ${entry.path} "${entry.text.trim()}"${takenFor(match)} thiếu khoản "${sub.heading}": mẫu "${ctx.profile.name}" yêu cầu khoản này trong mục.`, blockLocation(entry)));
        }
      }
    }
    return out;
  },
};
