/**
 * The templates catalogue: reads templates/<id>/template.json from a folder, validates each with
 * parseTemplate and returns templates with their checker profiles. A broken template is reported and
 * skipped; the others still load. Shared by the CLI, the web host and Electron main (no electron here).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appError, err, ok, type Result } from '@core/base';
import { parseTemplate } from '@core/templates';
import { profileFromTemplate, type Profile } from '@core/templates';
import type { Template } from '@core/templates';
import type { TemplateSummary } from '../../common/host-api';

/** A template folder that could not be loaded, with a one-line Vietnamese reason. */
export type TemplateLoadProblem = {
  readonly folder: string;
  readonly message: string;
};

export type TemplateCatalogue = {
  readonly dir: string;
  readonly templates: readonly Template[];
  readonly profiles: readonly Profile[];
  readonly problems: readonly TemplateLoadProblem[];
};

/** Largest template.json read (real ones are about 15 KB). */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** The repository's templates folder, or KEHOACH_TEMPLATES_DIR when set (packaged apps pass their own). */
export function defaultTemplatesDir(): string {
  const fromEnv = process.env['KEHOACH_TEMPLATES_DIR'];
  if (fromEnv) {
    return resolve(fromEnv);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');
}

/** Loads every template in a folder. Never throws on bad files: they become problems. */
export async function loadTemplateCatalogue(dir: string = defaultTemplatesDir()): Promise<TemplateCatalogue> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch {
    const problem = { folder: dir, message: `Không đọc được thư mục mẫu "${dir}".` };
    return { dir, templates: [], profiles: [], problems: [problem] };
  }
  const templates: Template[] = [];
  const problems: TemplateLoadProblem[] = [];
  for (const folder of entries) {
    const path = join(dir, folder);
    if (!(await isDirectory(path))) {
      continue;
    }
    const loaded = await loadTemplateFolder(path, folder);
    if (loaded.ok) {
      templates.push(loaded.value);
    } else {
      problems.push({ folder, message: loaded.error.message });
    }
  }
  templates.sort(byGalleryOrder);
  return { dir, templates, profiles: templates.map(profileFromTemplate), problems };
}

/** Reads and validates one template folder; its id must equal the folder name. */
export async function loadTemplateFolder(path: string, folder: string): Promise<Result<Template>> {
  const file = join(path, 'template.json');
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_TEMPLATE_BYTES) {
      return err(appError('template/invalid', `Mẫu "${folder}": tệp template.json quá lớn.`));
    }
    text = await readFile(file, 'utf8');
  } catch {
    return err(appError('template/not-found', `Mẫu "${folder}": thiếu tệp template.json.`));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err(appError('template/invalid', `Mẫu "${folder}": template.json không phải JSON hợp lệ.`));
  }
  const parsed = parseTemplate(json);
  if (!parsed.ok) {
    return err(appError('template/invalid', `Mẫu "${folder}": ${parsed.error.message}`));
  }
  if (parsed.value.id !== folder) {
    return err(appError('template/invalid', `Mẫu "${folder}": mã mẫu "${parsed.value.id}" phải trùng tên thư mục.`));
  }
  return ok(parsed.value);
}

/** The template with this id, or a clear "not found" listing the ids that exist. */
export function findTemplate(catalogue: TemplateCatalogue, id: string): Result<Template> {
  const found = catalogue.templates.find((t) => t.id === id);
  if (found) {
    return ok(found);
  }
  const known = catalogue.templates.map((t) => t.id).join(', ');
  return err(appError('template/not-found', `Không có mẫu "${id}". Các mẫu hiện có: ${known || '(không có)'}.`));
}

/** What the template gallery shows: name, description, profile and the guidance per section. */
export function summarizeTemplate(template: Template): TemplateSummary {
  const guidance: Record<string, string> = {};
  for (const section of template.sections) {
    guidance[section.key] = section.guidance;
  }
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    kind: template.kind,
    profile: profileFromTemplate(template),
    guidance,
  };
}

/** By the templates' own order (the general plan first), then by id. */
function byGalleryOrder(a: Template, b: Template): number {
  return a.order !== b.order ? a.order - b.order : a.id.localeCompare(b.id);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
