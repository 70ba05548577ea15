/**
 * Uploads that never finish, over a raw socket: whether the web host answers a refused or oversized
 * request without reading the rest of its body, and closes the connection.
 */
import { connect, type Socket } from 'node:net';

export type UploadOutcome = { readonly status: number; readonly closed: boolean };

/** How long a test waits for the server to close a connection before saying it did not (a bound, not a measure). */
const CLOSE_WAIT_MS = 5_000;

function head(port: number, headers: Record<string, string>, framing: string): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return [`POST /host/getSettings HTTP/1.1`, `host: 127.0.0.1:${port}`, 'content-type: application/json', framing, ...lines, '', ''].join('\r\n');
}

/** Watches a socket: the status line of the answer, and whether the server closed the connection. */
function watch(socket: Socket): { status: () => number; answered: Promise<void>; closed: Promise<boolean> } {
  let text = '';
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((done) => {
    answer = done;
  });
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1');
    if (/^HTTP\/1\.1 \d{3}/.test(text)) {
      answer();
    }
  });
  const closed = new Promise<boolean>((done) => {
    const timer = setTimeout(() => done(false), CLOSE_WAIT_MS);
    const closedNow = (): void => {
      clearTimeout(timer);
      done(true);
    };
    socket.once('end', closedNow);
    socket.once('close', closedNow);
    socket.on('error', () => undefined);
  });
  return { status: () => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), answered, closed };
}

/** Declares a body of `declared` bytes, sends only `sent` of them, and waits. */
export async function partialUpload(port: number, headers: Record<string, string>, declared: number, sent: number): Promise<UploadOutcome> {
  const socket = connect(port, '127.0.0.1');
  const seen = watch(socket);
  socket.write(head(port, headers, `content-length: ${declared}`));
  socket.write(Buffer.alloc(sent, 0x20));
  const closed = await seen.closed;
  socket.destroy();
  return { status: seen.status(), closed };
}

/** Sends a chunked body of up to `total` bytes, stopping as soon as an answer comes. */
export async function chunkedUpload(
  port: number,
  headers: Record<string, string>,
  atLeast: number,
  total: number,
): Promise<{ readonly status: number; readonly answeredBeforeEnd: boolean; readonly closed: boolean }> {
  const socket = connect(port, '127.0.0.1');
  const seen = watch(socket);
  let answered = false;
  void seen.answered.then(() => {
    answered = true;
  });
  socket.write(head(port, headers, 'transfer-encoding: chunked'));
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let written = 0;
  while (written < total && !answered && !socket.destroyed) {
    socket.write(`${chunk.length.toString(16)}\r\n`);
    socket.write(chunk);
    const more = socket.write('\r\n');
    written += chunk.length;
    if (!more) {
      // The server stopped reading (or is slow): wait for it to drain, answer, or close.
      await Promise.race([new Promise((done) => socket.once('drain', done)), seen.answered, seen.closed]);
    }
  }
  const answeredBeforeEnd = answered || (written >= atLeast && (await Promise.race([seen.answered.then(() => true), delay(1_000).then(() => false)])));
  if (!answeredBeforeEnd && !socket.destroyed) {
    socket.write('0\r\n\r\n');
  }
  await seen.answered.catch(() => undefined);
  const closed = await seen.closed;
  socket.destroy();
  return { status: seen.status(), answeredBeforeEnd, closed };
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
