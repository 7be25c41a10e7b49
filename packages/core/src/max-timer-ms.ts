/**
 * The longest delay a timer honours: 2^31 − 1 ms, about 24.8 days. Node and browsers store
 * timer delays in a signed 32-bit integer and fire a longer one at once (Node with a warning),
 * so a timeout of 1e12 ms would time every request out immediately.
 */
export const MAX_TIMER_MS = 2_147_483_647;
