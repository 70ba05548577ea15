/**
 * The .docx export's Web Worker (contracts.ts writeDocx): lays the plan out and packs the .docx off
 * the page's thread, so exporting a long plan never freezes typing. Answers with the bytes (moved, not
 * copied) or with the error's message. No DOM, no host calls: core only.
 */
import { writeDocx } from '@core/docx';
import type { ExportReply, ExportRequest } from './contracts';

self.addEventListener('message', (event: MessageEvent<ExportRequest>) => {
  const { id, doc } = event.data;
  writeDocx(doc).then(
    (bytes) => {
      const reply: ExportReply = { id, bytes, error: null };
      self.postMessage(reply, { transfer: [bytes.buffer] });
    },
    (error: unknown) => {
      const reply: ExportReply = { id, bytes: null, error: error instanceof Error ? error.message : String(error) };
      self.postMessage(reply);
    },
  );
});
