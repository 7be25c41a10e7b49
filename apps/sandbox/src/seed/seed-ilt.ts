/**
 * Instructor-led training: an ILT module in every third course (up to ten), each with a past and
 * a future one-day session and registrations of people assigned to the course.
 */
import type { IltModuleRecord, SessionRecord } from '../state/ilt-records.js';
import { newLitmosId } from '../state/litmos-id.js';
import type { OrgState } from '../state/org-state.js';
import type { CourseRecord, UserRecord } from '../state/records.js';
import type { Prng } from './create-prng.js';
import { DAY, HOUR, wholeSecond } from './seed-context.js';

/** Who can teach and who can attend, per course. */
interface SessionPeople {
  readonly instructors: readonly UserRecord[];
  readonly learners: ReadonlyMap<string, string[]>;
}

/** Instructor-led modules in a few courses, with past and future sessions and registrations. */
export function seedIlt(state: OrgState, p: Prng, courses: readonly CourseRecord[], now: number): void {
  const owner = state.users.get(state.ownerId)!.OriginalId;
  const instructors = [...state.users.values()].filter((u) => u.AccessLevel === 'Administrator' || u.AccessLevel === 'Account_Owner');
  const learners = new Map<string, string[]>();
  for (const r of state.userCourses) if (r.Active) learners.set(r.CourseId, [...(learners.get(r.CourseId) ?? []), r.UserId]);
  for (const course of courses.filter((_, i) => i % 3 === 0).slice(0, 10)) {
    const when = wholeSecond(course.CreatedDate + p.int(0, 5) * DAY);
    const mod: IltModuleRecord = {
      Id: newLitmosId(p, state.usedIds),
      CourseId: course.Id,
      Code: `${course.Code}-ILT`,
      Name: `${course.Name}: classroom`,
      Description: 'Half a day with a trainer.',
      CreatedDate: when,
      UpdatedDate: when,
      CreatedBy: owner,
      UpdatedBy: owner,
    };
    state.iltModules.set(mod.Id, mod);
    // One session in the past and one in the future, each a single day.
    for (const offsetDays of [-p.int(3, 40), p.int(3, 40)]) {
      const session = seedSession(state, p, mod, course, Math.floor((now + offsetDays * DAY) / DAY) * DAY, now, { instructors, learners });
      state.sessions.set(session.Id, session);
    }
  }
}

/** A one-day session of `mod` on `day` (midnight UTC); registered people of a past session mostly attended. */
function seedSession(state: OrgState, p: Prng, mod: IltModuleRecord, course: CourseRecord, day: number, now: number, people: SessionPeople): SessionRecord {
  const past = day < now;
  const [startHour, endHour] = p.pick([
    [9, 12],
    [13, 17],
    [10, 16],
  ] as const);
  const location = p.pick([
    [1201, 'Bristol Training Centre'],
    [1202, 'Chicago Office'],
    [1203, 'Online'],
  ] as const);
  const created = wholeSecond(Math.min(now - DAY, Math.max(mod.CreatedDate, day - 30 * DAY)));
  const session: SessionRecord = {
    Id: newLitmosId(p, state.usedIds),
    ModuleId: mod.Id,
    CourseId: course.Id,
    Name: `${course.Code} ${past ? 'morning' : 'afternoon'} session`,
    InstructorUserId: p.pick(people.instructors).Id,
    SessionType: location[0] === 1203 ? 2 : 1,
    Days: [
      {
        Id: newLitmosId(p, state.usedIds),
        StartDate: day + startHour * HOUR,
        EndDate: day + endHour * HOUR,
        StartTime: clock12(startHour),
        EndTime: clock12(endHour),
        SendReminder: true,
        ReminderValue: 1,
        ReminderMetric: 'days',
        CreatedDate: created,
      },
    ],
    TimeZone: 'GMT Standard Time',
    Location: location[1],
    LocationId: location[0],
    Slots: p.pick([null, 12, 20]),
    EnableWaitList: p.chance(0.3),
    registrations: new Map(),
    CreatedDate: created,
    UpdatedDate: created,
    CreatedBy: mod.CreatedBy,
    UpdatedBy: mod.CreatedBy,
  };
  for (const userId of p.sample(people.learners.get(course.Id) ?? [], 6)) {
    const attended = past && p.chance(0.8);
    session.registrations.set(userId, {
      EventStatus: 1,
      Score: attended ? p.int(60, 100) : 0,
      Completed: attended,
      attended: past ? { [session.Days[0]!.Id]: attended } : {},
    });
  }
  return session;
}

/** `9:00AM`, `1:00PM`: Litmos' session clock times. */
export function clock12(hour: number, minute = 0): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}:${String(minute).padStart(2, '0')}${hour < 12 ? 'AM' : 'PM'}`;
}
