import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bytes of an unread body that are drained after an early answer before the connection is cut (16 MiB). */
export declare const DISCARD_MAX_BYTES: number;
/** How long a client may go on sending a body nobody reads, after its answer, before it is cut off (10 s). */
export declare const DISCARD_GRACE_MS: number;

/** Thrown by {@link readBoundedBody} once a body is larger than allowed. */
export declare class BodyTooLargeError extends Error {
  constructor(maxBytes: number);
  /** The bound that was passed. */
  readonly maxBytes: number;
}

/** Whether the request announces in its Content-Length a body larger than `maxBytes`. */
export declare function declaresTooLargeBody(req: IncomingMessage, maxBytes: number): boolean;

/**
 * Reads the whole body, or rejects with {@link BodyTooLargeError} as soon as more than `maxBytes`
 * have arrived (or are announced); nothing read is kept then. Call {@link discardBody} after answering.
 */
export declare function readBoundedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer>;

/**
 * Drops the unread rest of a request body while keeping the connection open, so the client reads
 * the answer instead of a reset; past `maxBytes` (default 16 MiB) or `graceMs` (default 10 s) the
 * connection is cut once the answer is written.
 */
export declare function discardBody(req: IncomingMessage, res: ServerResponse, options?: { maxBytes?: number; graceMs?: number }): void;
