/**
 * Templates → new plans.
 */
import { BugError } from '../base/bug-error';
import type { Result } from '../base/result';
import type { PlanDate, PlanDocument } from '../model/plan-document';
import type { Template } from './template-schema';

export type InstantiateOptions = {
  readonly parentAgency?: string;
  readonly agency?: string;
  readonly agencyCode?: string;
  readonly place?: string;
  readonly date?: PlanDate;
  readonly signer?: { readonly name: string; readonly title: string };
  readonly recipients?: readonly string[];
  readonly archiveCode?: string;
  readonly idPrefix?: string;
};

/** Validates a template file's JSON. TODO(#2): being written. */
export function parseTemplate(_json: unknown): Result<Template> {
  throw new BugError('parseTemplate is not written yet');
}

/** A new plan from a template. TODO(#2): being written. */
export function instantiateTemplate(_template: Template, _options: InstantiateOptions = {}): PlanDocument {
  throw new BugError('instantiateTemplate is not written yet');
}
