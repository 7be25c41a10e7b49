/** Records of instructor-led training: ILT modules, their sessions, session days and registrations. */
import type { Audited } from './records.js';

/** An instructor-led (ILT) module of a course. Kept apart from the eLearning modules so it does
 * not count towards a course's completion percentage. */
export interface IltModuleRecord extends Audited {
  Id: string;
  CourseId: string;
  Code: string;
  Name: string;
  Description: string | null;
}

/** One day of an ILT session. */
export interface SessionDayRecord {
  Id: string;
  StartDate: number;
  EndDate: number;
  StartTime: string;
  EndTime: string;
  SendReminder: boolean;
  ReminderValue: number;
  ReminderMetric: string;
  CreatedDate: number;
}

/** A person's place in an ILT session. */
export interface SessionRegistration {
  EventStatus: number;
  Score: number;
  Completed: boolean;
  /** Attendance by session day Id. */
  attended: Record<string, boolean>;
}

/** An ILT session (one or more days) of an ILT module. */
export interface SessionRecord extends Audited {
  Id: string;
  ModuleId: string;
  CourseId: string;
  Name: string;
  InstructorUserId: string;
  SessionType: number;
  Days: SessionDayRecord[];
  TimeZone: string;
  Location: string | null;
  LocationId: number;
  Slots: number | null;
  EnableWaitList: boolean;
  registrations: Map<string, SessionRegistration>;
}
