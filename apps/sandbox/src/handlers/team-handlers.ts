/**
 * Teams: list, get, create, update, delete, sub-teams, members, leaders, admins, and the team's
 * courses and learning paths.
 */

import { BAD_BODY_MESSAGE } from '../api/messages.js';
import { PERSON_SEARCH_FIELDS } from '../api/page-rows.js';
import { Refusal } from '../api/refusal.js';
import { created, touch } from '../state/audit.js';
import { findLearningPath, findTeam, findUser, membership } from '../state/find-records.js';
import { addTeamMember, assignCourse, deactivate, upsertLink } from '../state/link-changes.js';
import { nextId } from '../state/litmos-id.js';
import type { OrgState } from '../state/org-state.js';
import type { TeamRecord } from '../state/records.js';
import { courseRow, learningPathRow, teamRow, userRow } from '../state/row-views.js';
import { bodyIds, bodyItems } from './body-items.js';
import type { HandlerContext, HandlerTable } from './handler-types.js';

function activeTeams(state: OrgState): TeamRecord[] {
  return [...state.teams.values()].filter((t) => t.Active);
}

function createTeam(ctx: HandlerContext, parentId: string) {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const name = typeof body.Name === 'string' ? body.Name.trim() : '';
  if (!name) throw new Refusal(400, BAD_BODY_MESSAGE);
  if (activeTeams(ctx.state).some((t) => t.Name.toLowerCase() === name.toLowerCase())) throw new Refusal(409, 'Team name already exists');
  const parent = parentId || (typeof body.ParentTeamId === 'string' ? body.ParentTeamId : '');
  if (parent) findTeam(ctx.state, parent);
  const originalId = ++ctx.state.counters.team;
  const team: TeamRecord = {
    Id: nextId(ctx.state),
    OriginalId: originalId,
    Name: name,
    Description: typeof body.Description === 'string' ? body.Description : null,
    ParentTeamId: parent,
    TeamCodeForBulkImport: `${originalId}-${name.replace(/[^A-Za-z0-9]/g, '')}`,
    Active: true,
    ...created(ctx.state, ctx.now),
  };
  ctx.state.teams.set(team.Id, team);
  return { status: 201, record: teamRow(team) };
}

function members(ctx: HandlerContext, role?: 'IsTeamLeader' | 'IsTeamAdmin') {
  const team = findTeam(ctx.state, ctx.pathValues[0]!);
  const rows = ctx.state.teamUsers
    .filter((l) => l.TeamId === team.Id && l.Active && (!role || l[role]))
    .map((l) => ctx.state.users.get(l.UserId))
    // Team member lists show active people only.
    .filter((u) => u?.Active)
    .map((u) => userRow(ctx.state, u!));
  return { status: 200, rows, searchFields: PERSON_SEARCH_FIELDS };
}

function setRole(ctx: HandlerContext, role: 'IsTeamLeader' | 'IsTeamAdmin', value: boolean) {
  const team = findTeam(ctx.state, ctx.pathValues[0]!);
  const user = findUser(ctx.state, ctx.pathValues[1]!, false);
  // Promotion and demotion need an existing membership (404 otherwise).
  const link = membership(ctx.state, team.Id, user.Id);
  if (link[role] !== value) {
    link[role] = value;
    touch(link, ctx.state, ctx.now);
  }
  return { status: 200 };
}

function teamCourseChange(ctx: HandlerContext, add: boolean) {
  const team = findTeam(ctx.state, ctx.pathValues[0]!);
  for (const item of bodyItems(ctx.body)) {
    const courseId = String(item.Id ?? '');
    const course = ctx.state.courses.get(courseId);
    if (!course || course.deleted) continue; // invalid Ids are ignored
    const library = item.CourseTeamLibrary === true;
    if (add) {
      upsertLink(
        ctx.state.teamCourses,
        (l) => l.TeamId === team.Id && l.CourseId === courseId && l.IsInTeamLibrary === library,
        () => ({ TeamId: team.Id, CourseId: courseId, IsInTeamLibrary: library, LearningPathAssignment: false, Active: true, ...created(ctx.state, ctx.now) }),
        ctx.state,
        ctx.now,
      );
      if (!library) {
        for (const l of ctx.state.teamUsers) if (l.TeamId === team.Id && l.Active) assignCourse(ctx.state, l.UserId, courseId, 'team', ctx.now);
      }
    } else {
      const link = ctx.state.teamCourses.find((l) => l.TeamId === team.Id && l.CourseId === courseId && l.IsInTeamLibrary === library && l.Active);
      if (!link) continue;
      if (link.LearningPathAssignment)
        throw new Refusal(403, 'Course is assigned via Learning Path. Remove the team from the Learning Path to unassign from team');
      deactivate(link, ctx.state, ctx.now);
    }
  }
  return { status: 200 };
}

/** Handlers for teams, by operation shape. */
export const teamHandlers: HandlerTable = {
  'GET /teams': (ctx) => ({ status: 200, rows: activeTeams(ctx.state).map(teamRow), searchFields: ['Name'] }),
  'POST /teams': (ctx) => createTeam(ctx, ''),
  'GET /teams/{}': (ctx) => ({ status: 200, record: teamRow(findTeam(ctx.state, ctx.pathValues[0]!)) }),
  'PUT /teams/{}': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    if (typeof body.Id === 'string' && body.Id !== '' && body.Id !== team.Id) throw new Refusal(409, 'The Id in the body does not match the Id in the URL');
    const name = typeof body.Name === 'string' ? body.Name.trim() : team.Name;
    if (!name) throw new Refusal(400, BAD_BODY_MESSAGE);
    if (activeTeams(ctx.state).some((t) => t !== team && t.Name.toLowerCase() === name.toLowerCase())) throw new Refusal(409, 'Team name already exists');
    team.Name = name;
    team.Description = typeof body.Description === 'string' ? body.Description : null;
    touch(team, ctx.state, ctx.now);
    return { status: 200 };
  },
  'DELETE /teams/{}': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    team.Active = false;
    touch(team, ctx.state, ctx.now);
    for (const l of ctx.state.teamUsers) if (l.TeamId === team.Id && l.Active) deactivate(l, ctx.state, ctx.now);
    return { status: 200 };
  },
  'GET /teams/{}/teams': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    return {
      status: 200,
      rows: activeTeams(ctx.state)
        .filter((t) => t.ParentTeamId === team.Id)
        .map(teamRow),
      searchFields: ['Name'],
    };
  },
  'POST /teams/{}/teams': (ctx) => createTeam(ctx, findTeam(ctx.state, ctx.pathValues[0]!).Id),
  'GET /teams/{}/users': (ctx) => members(ctx),
  'POST /teams/{}/users': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    // Invalid Ids and people already on the team are ignored.
    for (const id of bodyIds(ctx.body)) if (ctx.state.users.has(id)) addTeamMember(ctx.state, team.Id, id, ctx.now);
    return { status: 201 };
  },
  'DELETE /teams/{}/users/{}': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    const user = findUser(ctx.state, ctx.pathValues[1]!, false);
    deactivate(membership(ctx.state, team.Id, user.Id), ctx.state, ctx.now);
    return { status: 200 };
  },
  'GET /teams/{}/leaders': (ctx) => members(ctx, 'IsTeamLeader'),
  'PUT /teams/{}/leaders/{}': (ctx) => setRole(ctx, 'IsTeamLeader', true),
  'DELETE /teams/{}/leaders/{}': (ctx) => setRole(ctx, 'IsTeamLeader', false),
  'GET /teams/{}/admins': (ctx) => members(ctx, 'IsTeamAdmin'),
  'PUT /teams/{}/admins/{}': (ctx) => setRole(ctx, 'IsTeamAdmin', true),
  'DELETE /teams/{}/admins/{}': (ctx) => setRole(ctx, 'IsTeamAdmin', false),
  'GET /teams/{}/courses': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    const rows = ctx.state.teamCourses
      .filter((l) => l.TeamId === team.Id && l.Active)
      .map((l) => ({ ...courseRow(ctx.state.courses.get(l.CourseId)!), CourseTeamLibrary: l.IsInTeamLibrary }));
    return { status: 200, rows, searchFields: ['Name', 'Code'] };
  },
  'POST /teams/{}/courses': (ctx) => teamCourseChange(ctx, true),
  'DELETE /teams/{}/courses': (ctx) => teamCourseChange(ctx, false),
  'GET /teams/{}/learningpaths': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    const rows = ctx.state.teamLearningPaths
      .filter((l) => l.TeamId === team.Id && l.Active)
      .map((l) => ({ ...learningPathRow(ctx.state.learningPaths.get(l.LearningPathId)!), LearningPathTeamLibrary: l.IsInTeamLibrary }));
    return { status: 200, rows, searchFields: ['Name'] };
  },
  'POST /teams/{}/learningpaths': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    const ids = bodyIds(ctx.body).filter((id) => ctx.state.learningPaths.get(id)?.deleted === false);
    if (ids.length === 0) throw new Refusal(404, 'There is no valid Learning Path Id in the body');
    for (const id of ids) {
      findLearningPath(ctx.state, id);
      upsertLink(
        ctx.state.teamLearningPaths,
        (l) => l.TeamId === team.Id && l.LearningPathId === id && !l.IsInTeamLibrary,
        () => ({ TeamId: team.Id, LearningPathId: id, IsInTeamLibrary: false, Active: true, ...created(ctx.state, ctx.now) }),
        ctx.state,
        ctx.now,
      );
    }
    return { status: 200 };
  },
  'DELETE /teams/{}/learningpaths': (ctx) => {
    const team = findTeam(ctx.state, ctx.pathValues[0]!);
    const ids = new Set(bodyIds(ctx.body));
    let removed = 0;
    for (const l of ctx.state.teamLearningPaths) {
      if (l.TeamId === team.Id && ids.has(l.LearningPathId) && l.Active) {
        deactivate(l, ctx.state, ctx.now);
        removed++;
      }
    }
    if (removed === 0) throw new Refusal(404, 'There is no valid Learning Path Id in the body');
    return { status: 200 };
  },
};
