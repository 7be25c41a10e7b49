// The rate-limit rows' measure, shared by bench/run.mjs and bench/diag-rate-limit.mjs.

/**
 * Share of the budget used while requests were waiting: how full the rolling window was, on
 * average, from the moment the first window closed to the last request (1 ms steps).
 * `arrivals` are the server's arrival times in ms, in order.
 */
export function budgetShare(arrivals, limit, windowMs) {
  let sum = 0;
  let steps = 0;
  for (let t = arrivals[0] + windowMs, from = 0, to = 0; t <= arrivals.at(-1); t += 1, steps++) {
    while (to < arrivals.length && arrivals[to] <= t) to++;
    while (arrivals[from] <= t - windowMs) from++;
    sum += Math.min(1, (to - from) / limit);
  }
  return sum / steps;
}
