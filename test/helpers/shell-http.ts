/**
 * Raw HTTP requests for web host tests (full control of Host, Origin and the path as sent).
 */
import { request } from 'node:http';

export type RawResponse = { readonly status: number; readonly headers: Record<string, string | string[] | undefined>; readonly text: string };

/** Sends one request to 127.0.0.1:port exactly as given. */
export function rawRequest(
  port: number,
  options: { readonly method?: string; readonly path: string; readonly headers?: Record<string, string>; readonly body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}
