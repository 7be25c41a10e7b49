/**
 * The checks that keep the control API to the user's own tools. Any web page open in the user's
 * browser can send requests to 127.0.0.1; without these checks it could reset the sandbox or
 * inject faults. Refused:
 * - a Host that the sandbox does not answer to (see `createHostCheck`: a DNS-rebinding page
 *   reaches 127.0.0.1 under its own host name), or none;
 * - an Origin that is not a loopback origin (a cross-site request), and `Sec-Fetch-Site: cross-site`;
 * - a POST or PUT that is not `Content-Type: application/json`: the "simple" requests a page may
 *   send without asking first (`text/plain`, forms) never carry that type.
 */
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Why a control request is refused (403 or 415), or undefined when it may proceed.
 * @param hostAllowed the sandbox's Host check (loopback names, the listening address, `allowedHosts`)
 */
export function controlRefusal(
  method: string,
  headers: IncomingHttpHeaders,
  hostAllowed: (host: string) => boolean,
): { status: number; error: string } | undefined {
  const host = headers.host;
  if (!host || !hostAllowed(host)) return { status: 403, error: 'The control API answers only to loopback host names' };
  const origin = headers.origin;
  if (origin !== undefined) {
    let name: string | undefined;
    try {
      const url = new URL(origin);
      name = url.protocol === 'http:' || url.protocol === 'https:' ? url.host : undefined;
    } catch {
      name = undefined;
    }
    if (!name || !hostAllowed(name)) return { status: 403, error: 'The control API refuses cross-site requests' };
  }
  if (String(headers['sec-fetch-site'] ?? '').toLowerCase() === 'cross-site') return { status: 403, error: 'The control API refuses cross-site requests' };
  if (method === 'POST' || method === 'PUT') {
    const type = String(headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (type !== 'application/json') return { status: 415, error: 'The control API takes Content-Type: application/json' };
  }
  return undefined;
}
