/**
 * Templates for the host verbs: summaries for the gallery and new plans filled from the agency profile.
 * TODO(#4): read through the CLI helper's electron/services/templates catalogue once it lands; until
 * then this reads templates/<id>/template.json itself with core's parseTemplate.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { instantiateTemplate, parseTemplate } from '../../../core/templates/instantiate';
import { profileFromTemplate } from '../../../core/templates/profile';
import type { Template } from '../../../core/templates/template-schema';
import type { PlanDocument } from '../../../core/model/plan-document';
import type { TemplateSummary } from '../../common/host-api';
import type { AgencyProfile } from '../../common/settings';

/** Where templates come from. */
export type TemplateSource = {
  /** Every valid template; broken ones are skipped (the CLI reports them). */
  load(): Promise<readonly Template[]>;
};

/** Templates read from "<dir>/<id>/template.json". */
export function templatesFromDirectory(dir: string): TemplateSource {
  return {
    async load(): Promise<readonly Template[]> {
      let names: string[];
      try {
        names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
      } catch {
        return [];
      }
      const templates: Template[] = [];
      for (const name of names) {
        try {
          const parsed = parseTemplate(JSON.parse(await readFile(join(dir, name, 'template.json'), 'utf8')));
          if (parsed.ok) {
            templates.push(parsed.value);
          }
        } catch {
          // unreadable or not JSON: skipped, like an invalid template
        }
      }
      return templates;
    },
  };
}

/** The gallery entry of a template: its checker profile and the guidance per section. */
export function summarizeTemplate(template: Template): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    kind: template.kind,
    profile: profileFromTemplate(template),
    guidance: Object.fromEntries(template.sections.map((s) => [s.key, s.guidance])),
  };
}

/** A new plan from a template, filled from the agency profile (blank profile fields keep the template's). */
export function planFromTemplate(template: Template, profile: AgencyProfile): PlanDocument {
  const filled = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
  const signer = profile.signers[0];
  return instantiateTemplate(template, {
    parentAgency: filled(profile.parentAgency),
    agency: filled(profile.agency),
    agencyCode: filled(profile.agencyCode),
    place: filled(profile.place),
    signer: signer && signer.name.trim() !== '' ? signer : undefined,
    recipients: profile.recipients.length > 0 ? profile.recipients : undefined,
    archiveCode: filled(profile.archiveCode),
  });
}
