/**
 * Activity logs and ecommerce changes (`/org/activities/*`, `/org/ecommerce/*`): date-range calls
 * with the same rules as the other `/org/*` calls. The sandbox derives the log rows from its
 * state — logins from `LastLogin`, assignments from course and team links, actions from people
 * created and completions, content from courses and modules — so they agree with every other read.
 * Settings changes come from a seeded history, since no API call changes settings.
 */

import { inChangeRange } from '../api/change-range.js';
import { courseLabels, learningPathLabels } from '../state/catalogue-labels.js';
import type { OrgState } from '../state/org-state.js';
import type { UserRecord } from '../state/records.js';
import { courseRow, learningPathRow } from '../state/row-views.js';
import type { Handler, HandlerContext, HandlerTable } from './handler-types.js';

type Candidate = { changed: number | '' | null; row: () => object };

function windowed(source: (state: OrgState) => Candidate[], searchFields: readonly string[]): Handler {
  return (ctx: HandlerContext) => {
    const window = ctx.range;
    if (!window) throw new Error('delta handler without a validated window');
    const rows = source(ctx.state)
      .filter((c) => inChangeRange(window, c.changed))
      .map((c) => c.row());
    return { status: 200, rows, searchFields };
  };
}

const fullName = (u: UserRecord | undefined) => (u ? `${u.FirstName} ${u.LastName}` : null);
/** A stable, obviously private IPv4 address per person. */
const ipOf = (originalId: number) => `10.${(originalId >> 16) & 255}.${(originalId >> 8) & 255}.${originalId & 255}`;

function actor(state: OrgState, originalId: number) {
  const by = [...state.users.values()].find((u) => u.OriginalId === originalId) ?? state.users.get(state.ownerId);
  return { ActivityBy: by?.OriginalId ?? 0, ActivityByUserName: by?.UserName ?? '' };
}

const ACTIVITY_SEARCH = ['ActivityType', 'ObjectName', 'TargetObjectName', 'UserName'];

/** One assignment-log row for a person linked to (or unlinked from) a course or a team. */
function assignmentRow(
  s: OrgState,
  owner: ReturnType<typeof actor>,
  link: { UserId: string; Active: boolean; CreatedDate: number; UpdatedDate: number },
  object: { type: string; id: string; record: { OriginalId: number; Name: string } | undefined; added: string; removed: string },
): Candidate {
  const when = link.Active ? link.CreatedDate : link.UpdatedDate;
  return {
    changed: when,
    row: () => {
      const user = s.users.get(link.UserId);
      return {
        ActivityType: link.Active ? object.added : object.removed,
        ObjectType: object.type,
        ObjectId: object.id,
        OriginalObjectId: object.record?.OriginalId ?? 0,
        ObjectName: object.record?.Name ?? '',
        TargetObjectType: 'User',
        TargetObjectId: link.UserId,
        OriginalTargetObjectId: user?.OriginalId ?? 0,
        TargetObjectName: fullName(user),
        ...owner,
        ActivityDate: when,
      };
    },
  };
}

/** Handlers for the activity-log and ecommerce calls, by operation shape. */
export const activityHandlers: HandlerTable = {
  'GET /org/activities/logins': windowed(
    (s) =>
      [...s.users.values()].map((u) => ({
        changed: u.LastLogin,
        row: () => ({
          ActivityType: 'Login',
          UserId: u.Id,
          OriginalUserId: u.OriginalId,
          UserName: u.UserName,
          IPAddress: ipOf(u.OriginalId),
          LoginDate: u.LastLogin,
        }),
      })),
    ACTIVITY_SEARCH,
  ),
  'GET /org/activities/assignments': windowed((s) => {
    const owner = actor(s, s.users.get(s.ownerId)?.OriginalId ?? 0);
    const courseRows = s.userCourses.map((r) =>
      assignmentRow(s, owner, r, { type: 'Course', id: r.CourseId, record: s.courses.get(r.CourseId), added: 'Course Assigned', removed: 'Course Unassigned' }),
    );
    const teamRows = s.teamUsers.map((l) =>
      assignmentRow(s, owner, l, { type: 'Team', id: l.TeamId, record: s.teams.get(l.TeamId), added: 'User Added To Team', removed: 'User Removed From Team' }),
    );
    return [...courseRows, ...teamRows];
  }, ACTIVITY_SEARCH),
  'GET /org/activities/actions': windowed((s) => {
    const created = [...s.users.values()].map((u) => ({
      changed: u.CreatedDate,
      row: () => ({
        ActivityType: 'User Created',
        ObjectType: 'User',
        ObjectId: u.Id,
        OriginalObjectId: u.OriginalId,
        ObjectName: `${u.FirstName} ${u.LastName}`,
        TargetObjectType: null,
        TargetObjectId: null,
        OriginalTargetObjectId: 0,
        TargetObjectName: null,
        ...actor(s, u.CreatedBy),
        ActivityDate: u.CreatedDate,
      }),
    }));
    const completed = s.achievements.map((a) => ({
      changed: a.CreatedDate,
      row: () => {
        const user = s.users.get(a.UserId);
        const isCourse = a.CourseId !== null;
        const item = isCourse ? s.courses.get(a.CourseId!) : s.learningPaths.get(a.LearningPathId ?? '');
        return {
          ActivityType: isCourse ? 'Course Completed' : 'Learning Path Completed',
          ObjectType: isCourse ? 'Course' : 'LearningPath',
          ObjectId: (isCourse ? a.CourseId : a.LearningPathId) ?? '',
          OriginalObjectId: item?.OriginalId ?? 0,
          ObjectName: a.Title,
          TargetObjectType: 'User',
          TargetObjectId: a.UserId,
          OriginalTargetObjectId: user?.OriginalId ?? 0,
          TargetObjectName: fullName(user),
          ActivityBy: user?.OriginalId ?? 0,
          ActivityByUserName: user?.UserName ?? '',
          ActivityDate: a.AchievementDate,
        };
      },
    }));
    return [...created, ...completed];
  }, ACTIVITY_SEARCH),
  'GET /org/activities/content': windowed((s) => {
    const content = (kind: string, rec: { Id: string; OriginalId: number; Name: string; CreatedDate: number; UpdatedDate: number; CreatedBy: number }) => {
      const rows: Candidate[] = [{ changed: rec.CreatedDate, row: () => contentRow(s, `${kind} Created`, kind, rec, rec.CreatedDate) }];
      if (rec.UpdatedDate !== rec.CreatedDate) rows.push({ changed: rec.UpdatedDate, row: () => contentRow(s, `${kind} Updated`, kind, rec, rec.UpdatedDate) });
      return rows;
    };
    return [...[...s.courses.values()].flatMap((c) => content('Course', c)), ...[...s.modules.values()].flatMap((m) => content('Module', m))];
  }, ACTIVITY_SEARCH),
  'GET /org/activities/settings': windowed(
    (s) => {
      const owner = actor(s, s.users.get(s.ownerId)?.OriginalId ?? 0);
      return s.settingsLog.map((c) => ({
        changed: c.ActivityDate,
        row: () => ({ ...c, TargetObjectType: null, TargetObjectId: null, OriginalTargetObjectId: 0, TargetObjectName: null, ...owner }),
      }));
    },
    ['ActivityType', 'Category', 'ObjectName'],
  ),
  'GET /org/ecommerce/courses': windowed(
    (s) =>
      [...s.courses.values()]
        .filter((c) => c.ForSale)
        .map((c) => ({ changed: c.UpdatedDate, row: () => ({ ...courseRow(c), ...ecommerceExtras, ...courseLabels(c) }) })),
    ['Name', 'Code'],
  ),
  'GET /org/ecommerce/learningpaths': windowed(
    (s) =>
      [...s.learningPaths.values()]
        .filter((p) => p.ForSale)
        .map((p) => ({
          changed: p.UpdatedDate,
          row: () => ({ ...learningPathRow(p), Code: null, ...ecommerceExtras, ...learningPathLabels(p), UpdatedBy: p.UpdatedBy }),
        })),
    ['Name'],
  ),
};

/** Shop fields the sandbox does not model beyond fixed values (labels come from catalogue-labels). */
const ecommerceExtras = {
  Currency: 'USD',
  CoursePrerequisites: null,
  LearningPathPrerequisites: null,
  CoursePreRequisites: null,
  LearningPathPreRequisites: null,
  Languages: 'en-US',
};

function contentRow(state: OrgState, type: string, kind: string, rec: { Id: string; OriginalId: number; Name: string; CreatedBy: number }, when: number) {
  return {
    ActivityType: type,
    ObjectType: kind,
    ObjectId: rec.Id,
    OriginalObjectId: rec.OriginalId,
    ObjectName: rec.Name,
    TargetObjectType: null,
    TargetObjectId: null,
    OriginalTargetObjectId: 0,
    TargetObjectName: null,
    ...actor(state, rec.CreatedBy),
    ActivityDate: when,
  };
}
