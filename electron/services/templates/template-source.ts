/**
 * Where the hosts' templates come from (a folder, read again on each call) and a new plan filled
 * from the agency profile. The catalogue (template-catalogue.ts) reads and validates the folder.
 */
import { instantiateTemplate } from '@core/templates';
import type { Template } from '@core/templates';
import type { PlanDocument } from '@core/model';
import type { AgencyProfile } from '../../common/settings';
import { loadTemplateCatalogue } from './template-catalogue';

/** Where templates come from. */
export type TemplateSource = {
  /** Every valid template, in gallery order; broken ones are skipped (the CLI reports them). */
  load(): Promise<readonly Template[]>;
};

/** Templates read from "<dir>/<id>/template.json" (read again on each call: edits show up at once). */
export function templatesFromDirectory(dir: string): TemplateSource {
  return {
    async load(): Promise<readonly Template[]> {
      return (await loadTemplateCatalogue(dir)).templates;
    },
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
