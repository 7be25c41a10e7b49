export { createHostCheck, hostNameOf, isLoopbackHostName, MISDIRECTED_STATUS, misdirectedMessage } from './allowed-hosts.js';
export { acceptsJsonExplicitly, chooseFormat, formatParameter, type WireFormat } from './choose-format.js';
export { MAX_DELTA_RANGE_MS, parseDeltaDate, readDeltaRange } from './delta-range.js';
export * from './error-bodies.js';
export { BodyTooLargeError, DISCARD_GRACE_MS, DISCARD_MAX_BYTES, declaresTooLargeBody, discardBody, readBoundedBody } from './read-bounded-body.js';
