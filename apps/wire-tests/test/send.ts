// One HTTP exchange with exactly the headers given: node:http adds none of its own beyond Host
// (and framing), unlike fetch, which always sends `Accept: */*`. Several public clients send no
// Accept at all, and that is the case that must answer XML.
import { request } from 'node:http';

/** What came back, body as text. */
export interface Reply {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

/** The Content-Type of a reply without parameters, lower-cased (`application/json`). */
export const mediaType = (reply: Reply): string =>
  String(reply.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();

/**
 * Sends `method url` with these headers and body.
 * @param url absolute URL, sent as written (its path is not normalised)
 */
export function send(method: string, url: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  const target = new URL(url);
  const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method,
        path: `${target.pathname}${target.search}`,
        headers: payload ? { ...headers, 'content-length': String(payload.length) } : headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
