// @ts-check
// `@litmos-kit/spec/wire`: rules of Litmos' wire format that the local servers (the mock and the
// sandbox) share, so that a client sees the same answers from both.
export { createHostCheck, hostNameOf, isLoopbackHostName, MISDIRECTED_STATUS, misdirectedMessage } from './allowed-hosts.js';
export { acceptsJsonExplicitly, chooseFormat, formatParameter } from './choose-format.js';
export { MAX_DELTA_RANGE_MS, parseDeltaDate, readDeltaRange } from './delta-range.js';
export * from './error-bodies.js';
export { BodyTooLargeError, DISCARD_GRACE_MS, DISCARD_MAX_BYTES, declaresTooLargeBody, discardBody, readBoundedBody } from './read-bounded-body.js';
