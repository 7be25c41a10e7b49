/**
 * The exit codes of `litmos`, one per kind of failure, so that a nightly job can tell "fix the
 * key" from "try again later" without reading the message. The README and `litmos --help` list
 * them; keep the three in step.
 */
export const ExitCode = {
  /** Finished. */
  ok: 0,
  /** A bug or an error the CLI did not expect. */
  unexpected: 1,
  /** Bad command line or configuration: unknown resource or flag, bad date, no API key, a checkpoint of another export. */
  usage: 2,
  /** Litmos refused the key (401/403): wrong key, or a key of another region. */
  auth: 3,
  /** Litmos has no such record or path (404). */
  notFound: 4,
  /** Still over the rate limit (503) after every retry. */
  rateLimited: 5,
  /** Litmos could not be reached, or did not answer in time. */
  network: 6,
  /** Litmos answered with another error (406 date range, 5xx, …) or a body that could not be read. */
  api: 7,
  /** The output or its checkpoint could not be written. */
  output: 8,
  /** `check-spec` finished and found answers that differ from the spec: the report says where. Not a failure. */
  differs: 9,
  /** Stopped by Ctrl-C or SIGTERM; with `--out`, `--resume` continues. */
  interrupted: 130,
} as const;

/** One of the exit codes above. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
