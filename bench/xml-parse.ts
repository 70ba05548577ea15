/**
 * `npx tsx bench/xml-parse.ts`: our OOXML scanner (core/docx/reader/xml.ts parseXml) against fast-xml-parser 5
 * (preserveOrder, attributes kept: a tree comparable to ours) on the word/document.xml of a generated 100-page
 * plan. Cold: the first parse in a fresh process for each parser (run once per process, so each cold figure comes
 * from its own child process). Warm: the median of 15 parses after 5 unmeasured ones.
 */
import { spawnSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { writeDocx } from '../core/docx/index';
import { parseXml } from '../core/docx/reader/xml';
import { generatePlan } from './generate-plan';

type Which = 'ours' | 'fxp';

async function documentXml(): Promise<string> {
  const bytes = await writeDocx(generatePlan(100, { tables: 20, appendices: true }));
  const xml = unzipSync(bytes)['word/document.xml'];
  if (xml === undefined) {
    throw new Error('no word/document.xml in the exported plan');
  }
  return strFromU8(xml);
}

function parser(which: Which): (xml: string) => unknown {
  if (which === 'ours') {
    return (xml) => {
      const tree = parseXml(xml, 'word/document.xml');
      if (!tree.ok) {
        throw new Error(tree.error.message);
      }
      return tree.value;
    };
  }
  const fxp = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, processEntities: true });
  return (xml) => fxp.parse(xml);
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  const xml = await documentXml();
  if (mode === 'cold-ours' || mode === 'cold-fxp') {
    const parse = parser(mode === 'cold-ours' ? 'ours' : 'fxp');
    process.stdout.write(String(time(() => parse(xml))));
    return;
  }
  const cold = (which: Which): number[] =>
    Array.from({ length: 5 }, () => Number(spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', `cold-${which}`], { encoding: 'utf8' }).stdout));
  const warm = (which: Which): number => {
    const parse = parser(which);
    for (let i = 0; i < 5; i += 1) {
      parse(xml);
    }
    return median(Array.from({ length: 15 }, () => time(() => parse(xml))));
  };
  const rows = (['ours', 'fxp'] as const).map((which) => ({ which, cold: median(cold(which)), warm: warm(which) }));
  const [ours, fxp] = rows;
  console.log(`word/document.xml of a 100-page plan: ${(Buffer.byteLength(xml) / 1024).toFixed(0)} KB`);
  for (const r of rows) {
    console.log(`${r.which === 'ours' ? 'parseXml (ours)   ' : 'fast-xml-parser 5 '} cold ${r.cold.toFixed(1)} ms (median of 5 processes), warm ${r.warm.toFixed(1)} ms (median of 15)`);
  }
  if (ours && fxp) {
    console.log(`fast-xml-parser / ours: cold ×${(fxp.cold / ours.cold).toFixed(1)}, warm ×${(fxp.warm / ours.warm).toFixed(1)}`);
  }
}

await main();
