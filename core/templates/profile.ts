/**
 * Profiles: the section lists the checker judges a document against, derived from templates.
 */
import type { Template } from './template-schema';

export type ProfileSection = {
  readonly key: string;
  readonly heading: string;
  readonly variants: readonly string[];
  readonly required: boolean;
  readonly order: number;
  readonly subsections: readonly { readonly heading: string; readonly variants: readonly string[]; readonly required: boolean }[];
  readonly checks: readonly ('lead-agency' | 'funding-source' | 'report-deadline')[];
};

export type Profile = {
  readonly id: string;
  readonly name: string;
  readonly kind: 'ke-hoach' | 'cong-van';
  /** Trích yếu phrases that break ties between equally fitting profiles (lower case). */
  readonly summaryHints?: readonly string[];
  readonly sections: readonly ProfileSection[];
};

/** The checker's profile of a template (same id as the template). */
export function profileFromTemplate(template: Template): Profile {
  return {
    id: template.id,
    name: template.name,
    kind: template.kind,
    summaryHints: template.summaryHints,
    sections: [...template.sections]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({
        key: s.key,
        heading: s.heading,
        variants: s.variants,
        required: s.required,
        order: s.order,
        subsections: s.subsections,
        checks: s.checks,
      })),
  };
}
