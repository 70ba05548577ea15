/**
 * Text fixtures and their documents for the structure reader's tests: a fixture of test/fixtures/txt
 * by name, and the documents a text reads as (a failed read throws with its message).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importText, type ImportTextOptions } from '../../core/import/index';
import type { PlanDocument } from '../../core/model/plan-document';

/** The text of test/fixtures/txt/<name>. */
export function txtFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/txt/${name}`, import.meta.url)), 'utf8');
}

/** Every document the text reads as; throws when the text cannot be read. */
export function readDocuments(text: string, options: ImportTextOptions = { idPrefix: 't' }): PlanDocument[] {
  const read = importText(text, options);
  if (!read.ok) {
    throw new Error(read.error.message);
  }
  return read.value;
}
