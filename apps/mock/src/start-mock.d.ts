/** Path of the bundled spec that the mock serves. */
export declare const defaultSpecPath: string;

/** Options of {@link startMock}. */
export interface StartMockOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** Interface to bind. @default '127.0.0.1' */
  readonly host?: string;
  /** OpenAPI document to serve. @default the bundled Litmos spec */
  readonly specPath?: string;
}

/** A running mock. */
export interface RunningMock {
  /** Base URL, such as `http://127.0.0.1:4010`. */
  readonly url: string;
  /** Stops the server and closes open connections. */
  close(): Promise<void>;
}

/** Starts Prism on the bundled spec and resolves once it accepts connections. */
export declare function startMock(options?: StartMockOptions): Promise<RunningMock>;
