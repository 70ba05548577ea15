/**
 * The reader's entry point: .docx bytes → FormattingFacts (page, headers/footers, paragraphs with
 * effective formatting, legacy fonts, drawn lines). Expected failures (encrypted, .doc, garbage,
 * bombs, DOCTYPE, missing parts) are Result errors with Vietnamese messages; nothing here throws.
 */
import { appError, err, ok, type Result } from '../../base/result';
import type { FormattingFacts, HeaderFooterFacts } from '../../model/formatting';
import { createNumberingCounter, NO_NUMBERING, readNumbering } from './numbering';
import type { StoryContext } from './paragraph-reader';
import { readRelationships, resolvePath, type Relationship } from './relationships';
import { readPage, readPartReferences } from './sections';
import { ContainerKind, sniffContainer } from './sniff';
import { readStory } from './story';
import { readStyleSheet, type StyleSheet } from './styles';
import { NO_THEME, readThemeFonts } from './theme';
import { DEFAULT_LIMITS, openPackage, type DocxPackage, type ReaderLimits } from './unzip';
import { child, parseXml, type XmlElement } from './xml';

/** Refuses what is not a .docx, with the reason a user can act on. */
export function checkContainer(bytes: Uint8Array): Result<true> {
  switch (sniffContainer(bytes)) {
    case ContainerKind.ZIP:
      return ok(true);
    case ContainerKind.ENCRYPTED:
      return err(appError('docx/encrypted', 'Tệp Word được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu trong Word rồi mở lại.'));
    case ContainerKind.LEGACY_DOC:
      return err(appError('docx/legacy-doc', 'Đây là tệp Word cũ (.doc); hãy mở bằng Word và lưu thành .docx rồi thử lại.'));
    case ContainerKind.OLE_OTHER:
      return err(appError('docx/unsupported', 'Tệp không phải văn bản Word (.docx).'));
    default:
      return err(appError('docx/malformed', 'Tệp không phải tệp Word .docx hợp lệ (không phải gói ZIP).'));
  }
}

/** Reads a part as XML; null when the part is absent. */
async function readPart(pkg: DocxPackage, path: string): Promise<Result<XmlElement | null>> {
  const text = await pkg.readText(path);
  if (!text.ok || text.value === null) {
    return text.ok ? ok(null) : text;
  }
  return parseXml(text.value, path);
}

function relPath(rels: ReadonlyMap<string, Relationship>, type: string, fallback: string): string {
  for (const rel of rels.values()) {
    if (rel.type === type && !rel.external) {
      return rel.path;
    }
  }
  return fallback;
}

/** Reads the formatting facts of a .docx. */
export async function readDocxFacts(bytes: Uint8Array, limits: ReaderLimits = DEFAULT_LIMITS): Promise<Result<FormattingFacts>> {
  const container = checkContainer(bytes);
  if (!container.ok) {
    return container;
  }
  const maxInput = limits.maxInputBytes ?? DEFAULT_LIMITS.maxInputBytes ?? Infinity;
  if (bytes.length > maxInput) {
    const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;
    return err(appError('docx/too-large', `Tệp Word quá lớn (${mb(bytes.length)}); chỉ đọc tệp đến ${mb(maxInput)}.`));
  }
  const opened = await openPackage(bytes, limits);
  if (!opened.ok) {
    return opened;
  }
  const pkg = opened.value;
  const rootRels = await readPart(pkg, '_rels/.rels');
  if (!rootRels.ok) {
    return rootRels;
  }
  const mainPath = relPath(readRelationships(rootRels.value, ''), 'officeDocument', 'word/document.xml');
  const main = await readPart(pkg, mainPath);
  if (!main.ok) {
    return main;
  }
  const body = child(main.value, 'w:body');
  if (!body) {
    return err(appError('docx/malformed', 'Tệp Word thiếu phần nội dung chính (word/document.xml).'));
  }
  return readWithParts(pkg, mainPath, body);
}

async function readWithParts(pkg: DocxPackage, mainPath: string, body: XmlElement): Promise<Result<FormattingFacts>> {
  const folder = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const relsXml = await readPart(pkg, `${folder}_rels/${mainPath.slice(folder.length)}.rels`);
  if (!relsXml.ok) {
    return relsXml;
  }
  const rels = readRelationships(relsXml.value, folder);
  const parts = await Promise.all(
    [['theme', 'theme/theme1.xml'], ['styles', 'styles.xml'], ['numbering', 'numbering.xml']].map(([type, file]) =>
      readPart(pkg, relPath(rels, type ?? '', resolvePath(folder, file ?? ''))),
    ),
  );
  for (const part of parts) {
    if (!part.ok) {
      return part;
    }
  }
  const [theme, styles, numbering] = parts.map((p) => (p.ok ? p.value : null));
  const sheet = readStyleSheet(styles ?? null, theme ? readThemeFonts(theme) : NO_THEME);
  const defs = numbering ? readNumbering(numbering, (styleId) => sheet.styles.get(styleId)?.pPr.numId ?? null) : NO_NUMBERING;
  const legacyFonts = new Set<string>();
  const story = readStory(body, { sheet, counter: createNumberingCounter(defs), legacyFonts });
  const sections = story.sections.map(readPage);
  const first = story.sections[0];
  const headers = first ? await readHeaderFooters(pkg, rels, first, sheet, legacyFonts) : ok([]);
  if (!headers.ok) {
    return headers;
  }
  return ok({
    page: sections[0] ?? null,
    sections,
    headerFooters: headers.value,
    paragraphs: story.paragraphs,
    legacyFonts: [...legacyFonts].sort(),
    drawnLines: story.drawnLines,
  });
}

async function readHeaderFooters(
  pkg: DocxPackage,
  rels: ReadonlyMap<string, Relationship>,
  sect: XmlElement,
  sheet: StyleSheet,
  legacyFonts: Set<string>,
): Promise<Result<HeaderFooterFacts[]>> {
  const out: HeaderFooterFacts[] = [];
  for (const ref of readPartReferences(sect)) {
    const rel = rels.get(ref.relId);
    if (!rel || rel.external) {
      continue;
    }
    const part = await readPart(pkg, rel.path);
    if (!part.ok) {
      return part;
    }
    if (part.value === null) {
      continue;
    }
    const ctx: StoryContext = { sheet, counter: createNumberingCounter(NO_NUMBERING), legacyFonts };
    const story = readStory(part.value, ctx);
    const withField = story.pageFieldParagraph === null ? undefined : story.paragraphs[story.pageFieldParagraph];
    const shown = withField ?? story.paragraphs.find((p) => p.text.trim() !== '');
    out.push({
      kind: ref.kind,
      type: ref.type,
      text: story.paragraphs.map((p) => p.text).join('\n').trim(),
      hasPageField: story.hasPageField,
      alignment: shown?.alignment ?? null,
      pageFieldRun: story.pageFieldRun,
    });
  }
  return ok(out);
}
