/** Path of the bundled spec that the mock serves. */
export declare const defaultSpecPath: string;

/** Largest request body the mock reads by default: 8 MiB (8 388 608 bytes). */
export declare const DEFAULT_MAX_BODY_BYTES: number;

/** Options of {@link startMock}. */
export interface StartMockOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** Interface to bind. @default '127.0.0.1' */
  readonly host?: string;
  /**
   * Host names the mock answers to besides loopback names (`127.0.0.1`, `localhost`, `[::1]`)
   * and `host`: a Docker service name or a LAN name, say; `['*']` allows any. Other names get
   * 421, so a web page cannot reach the mock by rebinding its own host name to 127.0.0.1.
   * @default []
   */
  readonly allowedHosts?: readonly string[];
  /** OpenAPI document to serve. @default the bundled Litmos spec */
  readonly specPath?: string;
  /**
   * How the mock speaks on the wire. `'litmos'`: like Litmos' WCF service — served under
   * `/v1.svc` (any case) and at the root, XML unless `format=json` or `Accept: application/json`,
   * lists cut by `start`/`limit` (an empty list past the end), Litmos' error bodies for a missing
   * key or `source` (403) and for invalid requests, WCF's HTML page for unknown paths (404)
   * and methods (405, with `Allow`). `'prism'`: Prism's own answers. Either way an undecodable
   * URL gets 400 and a body over `maxBodyBytes` gets 413.
   * @default 'litmos' for the bundled Litmos spec, 'prism' for any other `specPath`
   */
  readonly wire?: 'litmos' | 'prism';
  /**
   * Largest request body read, in bytes; a larger one is refused with 413 while it streams in
   * (or at once when its Content-Length says so) and its connection is closed.
   * @default DEFAULT_MAX_BODY_BYTES (8 MiB)
   */
  readonly maxBodyBytes?: number;
}

/** A running mock. */
export interface RunningMock {
  /** Origin of the server, such as `http://127.0.0.1:4010`; the API answers here and under `/v1.svc`. */
  readonly url: string;
  /** Stops the server and closes open connections. */
  close(): Promise<void>;
}

/** Starts Prism on the bundled spec behind the mock's front server and resolves once it accepts connections. */
export declare function startMock(options?: StartMockOptions): Promise<RunningMock>;
