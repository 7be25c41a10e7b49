/**
 * A small seeded pseudo-random generator (mulberry32 seeded through splitmix32). The sandbox never
 * uses Math.random: the same seed must give byte-identical organisations and fault sequences.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of `items` (fewer when `items` is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** An independent generator derived from this one's seed and a label, so adding draws to one
   * part of the seed does not shift every record generated after it. */
  fork(label: string): Prng;
}

/** Mixes a 32-bit integer (splitmix32 finaliser); spreads nearby seeds far apart. */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a hash of a label, used to derive forked seeds. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Creates a generator from a numeric seed.
 * @param seed any finite number; non-integers are truncated.
 */
export function createPrng(seed: number): Prng {
  const origin = mix32(Math.trunc(seed) >>> 0);
  let state = origin;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const prng: Prng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    sample: (items, count) => {
      const copy = items.slice();
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        const tmp = copy[i] as (typeof copy)[number];
        copy[i] = copy[j] as (typeof copy)[number];
        copy[j] = tmp;
      }
      return copy.slice(0, n);
    },
    fork: (label) => createPrng(mix32(origin ^ hashLabel(label))),
  };
  return prng;
}
