/**
 * printToPdf (issue 11): the app saves the print preview as PDF through Electron's printToPDF (A4, the
 * page's @page size and margins) and the save dialog; the web host answers 'print/unavailable' (the
 * browser's own print saves a PDF there); a cancelled dialog writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDF_OPTIONS, printPageToPdf, type PrintablePage } from '../../../../electron/main/print-pdf';
import { createServices, type Services } from '../../../../electron/services/create-services';
import { createHostHandlers } from '../../../../electron/services/host/handlers';
import { invokeVerb } from '../../../../electron/services/host/invoke-verb';
import { JsonSettingsStore } from '../../../../electron/services/settings/json-settings-store';
import { FakeDialogs, tempDir } from '../../../helpers/shell-fixtures';

const PDF = Buffer.from('%PDF-1.7\n% a fake preview\n%%EOF\n');

/** A webContents that records what it was asked to print. */
function fakePage(): PrintablePage & { readonly calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    printToPDF: async (options: unknown) => {
      calls.push(options);
      return PDF;
    },
  } as PrintablePage & { readonly calls: unknown[] };
}

describe('printPageToPdf', () => {
  it('prints the page on A4 with its CSS page size and backgrounds, and gives back the bytes', async () => {
    const page = fakePage();
    const bytes = await printPageToPdf(page);
    expect([Buffer.from(bytes ?? new Uint8Array()).toString('latin1'), page.calls]).toEqual([PDF.toString('latin1'), [PDF_OPTIONS]]);
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
  });

  it('gives null for a window that is gone', async () => {
    expect(await printPageToPdf(null)).toBeNull();
  });
});

describe('the printToPdf verb', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let services: Services;
  let dialogs: FakeDialogs;
  const ctx = { clientId: 'wc:1' };
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    dialogs = new FakeDialogs();
    services = createServices({ dataDir: dir, templatesDir: resolve('templates'), settingsStore: new JsonSettingsStore(join(dir, 'settings.json')), dialogs });
  });
  afterEach(async () => {
    await services.dispose();
    await cleanup();
  });

  it('in the app, saves the window’s page as PDF where the save dialog says', async () => {
    const page = fakePage();
    const printed: string[] = [];
    const handlers = createHostHandlers(services, {
      setTitle: () => undefined,
      takePendingFile: () => null,
      printToPdf: (context) => {
        printed.push(context.clientId);
        return printPageToPdf(page);
      },
    });
    const target = join(dir, 'ke-hoach.pdf');
    dialogs.saveAnswers.push({ kind: 'path', path: target });
    const outcome = await invokeVerb(handlers, 'printToPdf', { suggestedName: 'ke-hoach.pdf' }, ctx);
    expect([outcome.result.ok, printed, dialogs.saveRequests.map((r) => [r.suggestedName, r.filter]), (await readFile(target)).toString('latin1')]).toEqual([
      true,
      ['wc:1'],
      [['ke-hoach.pdf', 'pdf']],
      PDF.toString('latin1'),
    ]);
  });

  it('in the web host, says the browser’s print does it, and opens no dialog', async () => {
    const handlers = createHostHandlers(services, { setTitle: () => undefined, takePendingFile: () => null });
    const outcome = await invokeVerb(handlers, 'printToPdf', { suggestedName: 'ke-hoach.pdf' }, ctx);
    const error = outcome.result.ok ? null : outcome.result.error;
    expect([error?.code, error?.message.includes('Ctrl+P'), dialogs.saveRequests.length]).toEqual(['print/unavailable', true, 0]);
  });

  it('refuses a payload without a file name', async () => {
    const handlers = createHostHandlers(services, { setTitle: () => undefined, takePendingFile: () => null, printToPdf: () => printPageToPdf(fakePage()) });
    const outcome = await invokeVerb(handlers, 'printToPdf', { suggestedName: '' }, ctx);
    expect([outcome.result.ok, dialogs.saveRequests.length]).toEqual([false, 0]);
  });
});
