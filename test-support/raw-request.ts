// A request sent with node:http exactly as written: the request target is not normalised and any
// header may be set, Host included (fetch refuses to set Host and rewrites some targets). The
// servers' tests need both to play a DNS-rebinding page or a malformed URL.
import { type IncomingHttpHeaders, request } from 'node:http';

/** What came back: the status, the headers and the body as text. */
export interface RawReply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/** Where to send and what: `path` is the request target as it goes on the wire. */
export interface RawRequest {
  readonly method?: string | undefined;
  readonly path: string;
  readonly headers?: Record<string, string> | undefined;
  readonly body?: string | undefined;
}

/**
 * Sends one request to `origin` (`http://127.0.0.1:4010`, a URL under it, or a port on
 * 127.0.0.1) and reads the whole answer.
 */
export function rawRequest(origin: string | number, { method = 'GET', path, headers = {}, body }: RawRequest): Promise<RawReply> {
  const { hostname, port } = typeof origin === 'number' ? { hostname: '127.0.0.1', port: String(origin) } : new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
