/** Longest range Litmos accepts for a delta call: 7 days, in milliseconds. */
export declare const MAX_DELTA_RANGE_MS: number;

/** Parses the strict delta date form `YYYY-MM-DD HH:MM:SS` (UTC); undefined for anything else or an impossible date. */
export declare function parseDeltaDate(text: string): number | undefined;

/**
 * The `since`/`to` range of a delta call as epoch milliseconds, or undefined when Litmos refuses it
 * with 406: a value missing or malformed, `to` before `since`, or more than 7 days between them.
 */
export declare function readDeltaRange(since: string | null | undefined, to: string | null | undefined): { since: number; to: number } | undefined;
