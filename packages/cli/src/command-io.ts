/** Where a command writes its messages: stderr, or a test's stand-in. */
export interface MessageStream {
  write(text: string): unknown;
  /** Whether it is a terminal (live progress) or a file or pipe (plain lines). */
  readonly isTTY?: boolean | undefined;
  /** Terminal width, to keep progress lines from wrapping. */
  readonly columns?: number | undefined;
}

/** What a command reads and writes: the process's streams and environment, or a test's. */
export interface CommandIo {
  /** Data only: rows, records, the operations table. */
  readonly stdout: NodeJS.WritableStream;
  /** Everything else: progress, notices, errors. */
  readonly stderr: MessageStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Aborted by Ctrl-C or SIGTERM. */
  readonly signal: AbortSignal;
}
