/**
 * What the seeding steps share: the state being built, the generator that hands out Ids, and the
 * seeded period (the 90 days before "now"), with helpers that draw times inside it.
 */
import type { OrgState } from '../state/org-state.js';
import type { Audited } from '../state/records.js';
import type { Prng } from './create-prng.js';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** How far back seeded timestamps reach. */
export const SEED_SPAN_DAYS = 90;

/** A time rounded down to the second (Litmos stores whole seconds). */
export const wholeSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** The context of one seeding run. */
export interface SeedContext {
  readonly state: OrgState;
  /** The root generator; each step forks its own from it. */
  readonly root: Prng;
  /** The generator of record Ids, shared (in this order) by people, courses and modules, learning paths and teams. */
  readonly ids: Prng;
  /** "Now" in epoch ms, whole seconds. */
  readonly now: number;
  /** Start of the seeded period. */
  readonly start: number;
  /** OriginalId of the Account Owner, author of every seeded record. */
  readonly ownerOriginalId: number;
}

/** A time in [from, now), at least a second before now. */
export function between(ctx: SeedContext, p: Prng, from: number): number {
  return wholeSecond(from + p.next() * Math.max(0, ctx.now - 1000 - from));
}

/** Audit fields of a record created after `from` by the Account Owner, and changed since in 60 % of cases. */
export function seededAudit(ctx: SeedContext, p: Prng, from: number): Audited {
  const created = between(ctx, p, from);
  return {
    CreatedDate: created,
    UpdatedDate: p.chance(0.4) ? created : between(ctx, p, created),
    CreatedBy: ctx.ownerOriginalId,
    UpdatedBy: ctx.ownerOriginalId,
  };
}
