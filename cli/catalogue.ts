/**
 * The templates catalogue as the command loads it: from templates/<id>/template.json, validated by the
 * shared loader, and, when running from the bundle, remembered in dist/cache/templates.json. The next
 * run takes the validated templates from there when no template.json changed (same names, sizes and
 * modification times), which spares the validation at every start. A rebuild of the bundle empties the
 * cache, so templates validated by older code are never reused.
 */
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { profileFromTemplate } from '@core/templates';
import type { Template } from '@core/templates';
import { cacheDir } from './paths';
import type { TemplateCatalogue } from './services/templates';

type Cached = {
  readonly dir: string;
  readonly signature: string;
  readonly templates: readonly Template[];
  readonly problems: TemplateCatalogue['problems'];
};

/** The catalogue of the templates folder `dir`. */
export async function loadCatalogue(dir: string): Promise<TemplateCatalogue> {
  const cache = cacheDir();
  const signature = cache === null ? null : await signatureOf(dir);
  const file = cache === null ? '' : join(cache, 'templates.json');
  if (signature !== null) {
    const cached = await readCached(file);
    if (cached !== null && cached.dir === dir && cached.signature === signature) {
      return { dir, templates: cached.templates, profiles: cached.templates.map(profileFromTemplate), problems: cached.problems };
    }
  }
  const { loadTemplateCatalogue } = await import('./services/templates');
  const catalogue = await loadTemplateCatalogue(dir);
  if (signature !== null && cache !== null) {
    await remember(cache, file, { dir, signature, templates: catalogue.templates, problems: catalogue.problems });
  }
  return catalogue;
}

/** The folder's entries with the size and modification time of each template.json; null when unreadable. */
async function signatureOf(dir: string): Promise<string | null> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch {
    return null;
  }
  const parts = await Promise.all(
    entries.map(async (entry) => {
      try {
        const info = await stat(join(dir, entry, 'template.json'));
        return `${entry}:${info.size}:${info.mtimeMs}`;
      } catch {
        return `${entry}:-`;
      }
    }),
  );
  return parts.join('|');
}

async function readCached(file: string): Promise<Cached | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Cached;
  } catch {
    return null;
  }
}

async function remember(cache: string, file: string, value: Cached): Promise<void> {
  try {
    await mkdir(cache, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, file);
  } catch {
    // a read-only install: the catalogue is validated at each start instead
  }
}
