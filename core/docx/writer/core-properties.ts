/**
 * docProps/core.xml written by the writer itself, so its dates come from `options.now` and the
 * output is byte-stable for goldens (the library would stamp the current time).
 */
import { xmlSafe } from './xml-safe';

function escapeXml(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** W3CDTF time without milliseconds ("2020-01-05T00:00:00Z"). */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

/** The core properties part (cp:coreProperties) with title, creator, language and both dates. */
export function corePropertiesXml(title: string, now: Date): string {
  const when = w3cdtf(now);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title)}</dc:title>`,
    '<dc:creator>Kế hoạch Studio</dc:creator>',
    '<dc:language>vi-VN</dc:language>',
    '<cp:lastModifiedBy>Kế hoạch Studio</cp:lastModifiedBy>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
