/** The hard delete of a person (Litmos' DELETE /users/{id}). */
import type { OrgState } from './org-state.js';
import type { UserRecord } from './records.js';

/** Removes every trace of a person (Litmos' DELETE /users/{id} is a hard delete). */
export function deleteUserEverywhere(state: OrgState, user: UserRecord): void {
  state.users.delete(user.Id);
  state.usersByName.delete(user.UserName.toLowerCase());
  const keep = <T extends { UserId: string }>(list: T[]) => {
    let w = 0;
    for (const row of list) if (row.UserId !== user.Id) list[w++] = row;
    list.length = w;
  };
  keep(state.teamUsers);
  keep(state.userCourses);
  keep(state.moduleResults);
  keep(state.userLearningPaths);
  keep(state.achievements);
  for (const other of state.users.values()) if (other.ManagerId === user.Id) other.ManagerId = null;
}
