// @ts-check
// Which `Host` names a local server answers to. A web page can reach 127.0.0.1 from the user's
// browser under a host name of its own that it points at 127.0.0.1 (DNS rebinding); the browser
// then treats the answers as same-origin and lets the page read them. The local servers accept
// the deprecated `?apikey=` form and well-known default keys, so without this check any page
// could read a running sandbox's data. Loopback names are allowed; others only when the user
// names them (a Docker service name, a LAN address).

/** Status of a request whose `Host` the server does not answer to (421 Misdirected Request). */
export const MISDIRECTED_STATUS = 421;

/**
 * The host name of a `Host` header or an origin's authority, in lower case and without the port;
 * an IPv6 literal keeps its brackets (`[::1]`).
 * @param {string} authority
 * @returns {string}
 */
export function hostNameOf(authority) {
  const trimmed = authority.trim().toLowerCase();
  const bracketed = /^\[[^\]]*\]/.exec(trimmed);
  if (bracketed) return bracketed[0];
  return trimmed.split(':')[0] ?? '';
}

/**
 * Whether a host name is a loopback name: `localhost`, an address in 127.0.0.0/8, `[::1]`.
 * @param {string} name as {@link hostNameOf} returns it
 */
export function isLoopbackHostName(name) {
  return name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/**
 * Builds the check of the `Host` header: loopback names always pass, the address the server
 * listens on passes when it names one interface (not `0.0.0.0` or `::`, which browsers may map to
 * loopback), and so do the names in `allowedHosts` (`'*'` allows every name). A request without a
 * `Host` (HTTP/1.0) passes: browsers always send one.
 * @param {{ listeningHost?: string | undefined, allowedHosts?: readonly string[] | undefined }} [options]
 * @returns {(host: string | undefined) => boolean}
 */
export function createHostCheck(options = {}) {
  const allowed = new Set((options.allowedHosts ?? []).map((name) => hostNameOf(bracketIpv6(name))));
  const listening = options.listeningHost ? hostNameOf(bracketIpv6(options.listeningHost)) : '';
  if (listening && listening !== '0.0.0.0' && listening !== '[::]') allowed.add(listening);
  if (allowed.has('*')) return () => true;
  return (host) => {
    if (host === undefined) return true;
    const name = hostNameOf(host);
    return isLoopbackHostName(name) || allowed.has(name);
  };
}

/**
 * The message of the 421 answer for a host name that is not allowed.
 * @param {string | undefined} host the `Host` header
 */
export function misdirectedMessage(host) {
  const name = hostNameOf(host ?? '').replace(/[^a-z0-9.:[\]-]/g, '');
  return `This server answers only to loopback host names, not to "${name}" (a guard against DNS rebinding); allow it with --allow-host ${name || 'NAME'} or the allowedHosts option`;
}

/** An IPv6 literal without brackets (`::1`) gets them, so it compares with a `Host` header. */
function bracketIpv6(/** @type {string} */ name) {
  return /^[0-9a-f:]+$/i.test(name) && name.split(':').length > 2 ? `[${name}]` : name;
}
