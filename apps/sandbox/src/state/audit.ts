/**
 * Audit fields of records written through the API: the key's owner (the org's Account Owner) is
 * the author of every API write, and "now" is the sandbox clock at the time of the request.
 */
import type { OrgState } from './org-state.js';

/** OriginalId of the key's owner, who is the author of every API write. */
export function actorOf(state: OrgState): number {
  return state.users.get(state.ownerId)?.OriginalId ?? 0;
}

/** Marks a record changed now by the API caller. */
export function touch(record: { UpdatedDate: number; UpdatedBy: number }, state: OrgState, now: number): void {
  record.UpdatedDate = now;
  record.UpdatedBy = actorOf(state);
}

/** Fresh audit fields for a record created now. */
export function created(state: OrgState, now: number): { CreatedDate: number; UpdatedDate: number; CreatedBy: number; UpdatedBy: number } {
  const actor = actorOf(state);
  return { CreatedDate: now, UpdatedDate: now, CreatedBy: actor, UpdatedBy: actor };
}
