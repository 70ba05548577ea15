/**
 * A document worker thread: reads, checks and exports off the host's main thread, one task at a time,
 * under the heap and time budget its pool set (work-pool.ts). Answers every task with a HostResult; a
 * thrown bug becomes an 'internal' error, never a silent death. Bundled as document-worker.cjs beside
 * the CLI bundle and as out/main/document-worker.js beside Electron's main.
 */
import { parentPort } from 'node:worker_threads';
import { crc32, useRawDeflater, writeDocx } from '@core/docx';
import { checkDocument } from '@core/rules';
import type { HostResult } from '../../common/host-api';
import { nodeDeflater, useNodeInflater } from '../documents/node-zlib';
import { readDocumentBytes, readDocumentFile } from '../documents/read-document-file';
import type { WorkKind, WorkMessage, WorkReply, WorkRequest, WorkTask, WorkValue } from './work-protocol';

// Word parts are inflated and exports zipped with Node's zlib (loaded at the first part), not with fflate's or
// the docx library's JavaScript (core/docx/reader/unzip.ts, core/docx/writer/pack.ts).
useNodeInflater();
useRawDeflater(nodeDeflater(crc32));

async function perform(task: WorkTask): Promise<HostResult<WorkValue[WorkKind]>> {
  switch (task.kind) {
    case 'read-file':
      return readDocumentFile(task.path);
    case 'read-bytes':
      return readDocumentBytes(task.name, task.bytes);
    case 'check':
      return {
        ok: true,
        value: task.documents.map((doc) => checkDocument(doc, { profiles: task.profiles, ...(task.profileId === undefined ? {} : { profileId: task.profileId }) })),
      };
    case 'export-docx':
      return { ok: true, value: await writeDocx(task.document) };
  }
}

async function answer(request: WorkRequest): Promise<void> {
  let result: HostResult<WorkValue[WorkKind]>;
  try {
    result = await perform(request.task);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result = { ok: false, error: { code: 'internal', message: `Lỗi nội bộ khi xử lý tệp (${reason ?? 'không rõ'}).` } };
  }
  const reply: WorkReply = { id: request.id, result };
  // The .docx bytes move to the host instead of being copied.
  const bytes = result.ok && result.value instanceof Uint8Array ? result.value : null;
  const transfer = bytes !== null && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
  parentPort?.postMessage(reply, transfer);
}

parentPort?.on('message', (request: WorkRequest) => {
  void answer(request);
});
// Loaded: the pool starts billing tasks to this worker from here on.
const ready: WorkMessage = { ready: true };
parentPort?.postMessage(ready);
