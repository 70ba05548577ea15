/**
 * Loading the .docx fixtures of test/fixtures/docx and reading them (facts, or imported documents).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDocxFacts } from '../../core/docx/reader/index';
import { importDocx } from '../../core/import/docx/import-docx';
import type { FormattingFacts } from '../../core/model/formatting';
import type { PlanDocument } from '../../core/model/plan-document';

const folder = fileURLToPath(new URL('../fixtures/docx/', import.meta.url));

/** The fixture files. */
export const FIXTURES = [
  'docxlib-compliant.docx',
  'docxlib-arial.docx',
  'handmade-styles.docx',
  'handmade-tcvn3.docx',
  'libreoffice-from-txt.docx',
  'libreoffice-seed-004.docx',
  'pandoc-from-md.docx',
] as const;
export type FixtureName = (typeof FIXTURES)[number];

/** The bytes of a fixture. */
export function fixtureBytes(name: FixtureName): Uint8Array {
  return new Uint8Array(readFileSync(`${folder}${name}`));
}

/** The facts of a fixture; fails the test when it cannot be read. */
export async function fixtureFacts(name: FixtureName): Promise<FormattingFacts> {
  const read = await readDocxFacts(fixtureBytes(name));
  if (!read.ok) {
    throw new Error(`${name}: ${read.error.message}`);
  }
  return read.value;
}

/** The first document imported from a fixture. */
export async function fixtureDocument(name: FixtureName): Promise<PlanDocument> {
  const read = await importDocx(fixtureBytes(name), { idPrefix: 't' });
  if (!read.ok || !read.value[0]) {
    throw new Error(`${name}: ${read.ok ? 'no document' : read.error.message}`);
  }
  return read.value[0];
}
