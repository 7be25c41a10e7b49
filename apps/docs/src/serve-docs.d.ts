/** Folder of the built site. */
export declare const distDir: string;

/** Serves the built docs over HTTP on loopback; resolves once listening. */
export declare function serveDocs(options?: {
  /** Port to listen on; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** Folder to serve. @default the built site */
  readonly root?: string;
}): Promise<{ readonly url: string; close(): Promise<void> }>;
