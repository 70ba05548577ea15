/**
 * The reader's entry point: .docx bytes → FormattingFacts (page, headers/footers, paragraphs with
 * effective formatting, legacy fonts, drawn lines). Expected failures (encrypted, .doc, garbage,
 * bombs, DOCTYPE, missing parts) are Result errors with Vietnamese messages; nothing here throws.
 */
import { appError, err, ok, type Result } from '../../base/result';
import type { FormattingFacts, HeaderFooterFacts } from '../../model/formatting';
import { createNumberingCounter, levelParaProps, levelRunProps, NO_NUMBERING, readNumbering } from './numbering';
import { onOff, type ParaProps, type RunProps } from './props';
import type { StoryContext } from './paragraph-reader';
import { readRelationships, resolvePath, type Relationship } from './relationships';
import { readPage, readPartReferences } from './sections';
import { ContainerKind, sniffContainer } from './sniff';
import { readStory } from './story';
import { readStyleSheet, type StyleSheet } from './styles';
import { NO_THEME, readThemeFonts } from './theme';
import { DEFAULT_LIMITS, openPackage, type DocxPackage, type ReaderLimits } from './unzip';
import { attr, child, childrenNamed, parseXml, textOf, type XmlElement } from './xml';

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
  return parseXml(text.value, path, pkg.budget, pkg.caps);
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
  const packageRels = readRelationships(rootRels.value, '');
  const mainPath = relPath(packageRels, 'officeDocument', 'word/document.xml');
  const main = await readPart(pkg, mainPath);
  if (!main.ok) {
    return main;
  }
  const body = child(main.value, 'w:body');
  if (!body) {
    return err(appError('docx/malformed', 'Tệp Word thiếu phần nội dung chính (word/document.xml).'));
  }
  const read = await readWithParts(pkg, mainPath, body);
  if (!read.ok) {
    return read;
  }
  const pagesAsSaved = await readPagesAsSaved(pkg, relPath(packageRels, 'extended-properties', 'docProps/app.xml'));
  return ok({ ...read.value, pagesAsSaved });
}

/** Word's page count at last save (docProps/app.xml <Pages>); null when absent or unreadable. */
async function readPagesAsSaved(pkg: DocxPackage, path: string): Promise<number | null> {
  const app = await readPart(pkg, path);
  if (!app.ok || app.value === null) {
    return null;
  }
  const pages = Number.parseInt(textOf(child(app.value, 'Pages') ?? child(app.value, 'ep:Pages')).trim(), 10);
  return Number.isFinite(pages) && pages >= 0 ? pages : null;
}

/** What word/settings.xml says that the reader uses. */
type Settings = { readonly evenAndOdd: boolean; readonly compatibilityMode: number };

/** Word 2007's mode: Word opens a file without w:compatSetting compatibilityMode in Compatibility Mode, as Word 2007 laid it out. */
const MODE_WHEN_ABSENT = 12;
const WORD_URI = 'http://schemas.microsoft.com/office/word';

/**
 * Whether the document uses different odd and even page headers (w:evenAndOddHeaders), and the Word version it is
 * laid out as (w:compat/w:compatSetting w:name="compatibilityMode": 15 Word 2013+, 14 Word 2010, 12 when absent).
 */
async function readSettings(pkg: DocxPackage, path: string): Promise<Settings> {
  const read = await readPart(pkg, path);
  const settings = read.ok ? read.value : null;
  const mode = childrenNamed(child(settings, 'w:compat'), 'w:compatSetting').find(
    (s) => attr(s, 'w:name') === 'compatibilityMode' && (attr(s, 'w:uri') ?? WORD_URI) === WORD_URI,
  );
  const value = Number.parseInt(attr(mode, 'w:val') ?? '', 10);
  return {
    evenAndOdd: settings !== null && (onOff(child(settings, 'w:evenAndOddHeaders')) ?? false),
    compatibilityMode: Number.isFinite(value) && value > 0 ? value : MODE_WHEN_ABSENT,
  };
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
  const levelRun = (numId: string, ilvl: number): RunProps => levelRunProps(defs, numId, ilvl);
  const levelPara = (numId: string, ilvl: number): ParaProps => levelParaProps(defs, numId, ilvl);
  const { evenAndOdd, compatibilityMode } = await readSettings(pkg, relPath(rels, 'settings', resolvePath(folder, 'settings.xml')));
  const story = readStory(body, { sheet, counter: createNumberingCounter(defs), legacyFonts, levelRun, levelPara, compatibilityMode });
  const sections = story.sections.map(readPage);
  const headers = await readHeaderFooters(pkg, rels, story.sections, { sheet, legacyFonts, levelRun, evenAndOdd, compatibilityMode });
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
    dataTables: story.dataTables,
  });
}

type PartContext = {
  readonly sheet: StyleSheet;
  readonly legacyFonts: Set<string>;
  readonly levelRun: (numId: string, ilvl: number) => RunProps;
  readonly evenAndOdd: boolean;
  readonly compatibilityMode: number;
};

/** Whether Word shows a header or footer part of this type in a section. */
function isShown(type: 'default' | 'first' | 'even', titlePage: boolean, evenAndOdd: boolean): boolean {
  return type === 'default' || (type === 'first' && titlePage) || (type === 'even' && evenAndOdd);
}

async function readHeaderFooters(
  pkg: DocxPackage,
  rels: ReadonlyMap<string, Relationship>,
  sections: readonly XmlElement[],
  pc: PartContext,
): Promise<Result<HeaderFooterFacts[]>> {
  const out: HeaderFooterFacts[] = [];
  const seen = new Map<string, number>();
  for (const [section, sect] of sections.entries()) {
    const titlePage = readPage(sect).titlePage;
    for (const ref of readPartReferences(sect)) {
      const shown = isShown(ref.type, titlePage, pc.evenAndOdd);
      const key = `${ref.kind}/${ref.type}/${ref.relId}`;
      const known = seen.get(key);
      if (known !== undefined) {
        // A part several sections point at is one part: shown when any of them shows it.
        const prev = out[known];
        if (prev && shown && prev.shown === false) {
          out[known] = { ...prev, shown: true };
        }
        continue;
      }
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
      const ctx: StoryContext = { sheet: pc.sheet, counter: createNumberingCounter(NO_NUMBERING), legacyFonts: pc.legacyFonts, levelRun: pc.levelRun, compatibilityMode: pc.compatibilityMode };
      const story = readStory(part.value, ctx);
      const withField = story.pageFieldParagraph === null ? undefined : story.paragraphs[story.pageFieldParagraph];
      const shownParagraph = withField ?? story.paragraphs.find((p) => p.text.trim() !== '');
      seen.set(key, out.length);
      out.push({
        kind: ref.kind,
        type: ref.type,
        text: story.paragraphs.map((p) => p.text).join('\n').trim(),
        hasPageField: story.hasPageField,
        alignment: shownParagraph?.alignment ?? null,
        pageFieldRun: story.pageFieldRun,
        shown,
        section,
      });
    }
  }
  return ok(out);
}
