/**
 * Loads the real provincial plans in test/fixtures/seeds (text pasted out of Word files; `**…**` marks
 * bold), a copy of the project's shared seeds so that the repository tests itself anywhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The seeds folder (test/fixtures/seeds). */
export const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** The seed ids present: the three-digit prefixes of the file names ("000", "002", "004"). */
export function seedIds(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => /^\d{3}_.*\.txt$/.test(name))
    .map((name) => name.slice(0, 3))
    .sort();
}

/** Full path of the seed whose file name starts with `id`. */
export function seedPath(id: string): string {
  const name = readdirSync(SEEDS_DIR).find((n) => n.startsWith(`${id}_`) && n.endsWith('.txt'));
  if (!name) {
    throw new Error(`seed ${id} not found in ${SEEDS_DIR}`);
  }
  return `${SEEDS_DIR}${name}`;
}

/** The text of a seed, as stored (UTF-8). */
export function readSeed(id: string): string {
  return readFileSync(seedPath(id), 'utf8');
}
