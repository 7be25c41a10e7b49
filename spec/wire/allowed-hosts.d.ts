/** Status of a request whose `Host` the server does not answer to (421 Misdirected Request). */
export declare const MISDIRECTED_STATUS: 421;

/** The host name of a `Host` header or an origin's authority: lower case, no port, IPv6 in brackets. */
export declare function hostNameOf(authority: string): string;

/** Whether a host name is a loopback name: `localhost`, an address in 127.0.0.0/8, `[::1]`. */
export declare function isLoopbackHostName(name: string): boolean;

/**
 * The check of the `Host` header that keeps DNS-rebinding pages out: loopback names always pass,
 * so does the address the server listens on when it names one interface, and the names in
 * `allowedHosts` (`'*'` allows every name). A request without `Host` passes.
 */
export declare function createHostCheck(options?: {
  listeningHost?: string | undefined;
  allowedHosts?: readonly string[] | undefined;
}): (host: string | undefined) => boolean;

/** The message of the 421 answer for a host name that is not allowed, naming the option that allows it. */
export declare function misdirectedMessage(host: string | undefined): string;
