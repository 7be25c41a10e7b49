// Shared helpers of the sandbox tests: start small sandboxes, call them, build delta windows.

import { startServer } from '../../../test-support/start-server.js';
import { FIXED_NOW, type Sandbox, type SandboxOptions, startSandbox } from '../src/index.js';
import { formatRangeParam } from '../src/wire/wire-dates.js';

/** A small sandbox frozen at a fixed date: fast to seed and with deterministic timestamps. */
export function startSmall(options: SandboxOptions = {}): Promise<Sandbox> {
  return startServer('Litmos sandbox', () => startSandbox({ users: 300, seed: 7, clock: 'frozen', rateLimit: false, now: FIXED_NOW, ...options }), {
    stop: (s) => s.close(),
  });
}

/** A decoded answer. */
export interface Reply {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly text: string;
}

/** Options of `call`. */
export interface CallOptions {
  readonly method?: string;
  readonly format?: 'xml' | 'json';
  readonly query?: Record<string, string | number | boolean>;
  readonly headers?: Record<string, string>;
  /** Body text; a Content-Type header must come with it. */
  readonly body?: string;
  /** Leave out the apikey header. */
  readonly noKey?: boolean;
  /** Leave out `source`. */
  readonly noSource?: boolean;
}

/** Calls the sandbox API at `path` (relative to `/v1.svc`). */
export async function call(sandbox: Sandbox, path: string, options: CallOptions = {}): Promise<Reply> {
  const url = new URL(`${sandbox.url}${path}`);
  if (!options.noSource) url.searchParams.set('source', 'sandbox-tests');
  if (options.format === 'json') url.searchParams.set('format', 'json');
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = { ...(options.noKey ? {} : { apikey: sandbox.apiKey }), ...options.headers };
  const res = await fetch(url, { method: options.method ?? 'GET', headers, ...(options.body !== undefined ? { body: options.body } : {}) });
  return { status: res.status, statusText: res.statusText, headers: res.headers, text: await res.text() };
}

/** Calls and parses a JSON answer (asserting nothing). */
export async function callJson<T = unknown>(sandbox: Sandbox, path: string, options: CallOptions = {}): Promise<{ reply: Reply; data: T }> {
  const reply = await call(sandbox, path, { ...options, format: 'json' });
  return { reply, data: (reply.text ? JSON.parse(reply.text) : undefined) as T };
}

/** `since`/`to` query values for a window of `[from, from + days)`. */
export function window(from: number, to: number): { since: string; to: string } {
  return { since: formatRangeParam(from), to: formatRangeParam(to) };
}

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** Reads all pages of a JSON list, advancing `start` by the rows received. */
export async function readAll<T>(sandbox: Sandbox, path: string, query: Record<string, string | number> = {}, limit = 1000): Promise<T[]> {
  const all: T[] = [];
  for (let start = 0; ; ) {
    const { reply, data } = await callJson<T[]>(sandbox, path, { query: { ...query, start, limit } });
    if (reply.status !== 200) throw new Error(`${path}: ${reply.status} ${reply.text}`);
    all.push(...data);
    if (data.length < limit) return all;
    start += data.length;
  }
}

/**
 * 7-day windows covering `[from, now + 1 h)`, aligned backwards from `now + 1 h` so the last one
 * ends in the future: Litmos only includes today's changes when `to` lies after now.
 */
export function exportWindows(now: number, from: number): Array<{ since: string; to: string }> {
  const out: Array<{ since: string; to: string }> = [];
  for (let to = now + HOUR; to > from; to -= 7 * DAY) out.unshift(window(Math.max(from, to - 7 * DAY), to));
  return out;
}

/**
 * A request path for an operation with real Ids in its path parameters, picked from the state so
 * the answer has content: a person with courses, learning paths and teams; a team with what the
 * operation lists; an ILT module, session and day for the instructor-led calls.
 */
export function pathFor(sandbox: Sandbox, op: { path: string }): string {
  const s = sandbox.state;
  const user = [...s.users.values()].find(
    (u) =>
      s.userCourses.some((r) => r.UserId === u.Id && r.Active) &&
      s.userLearningPaths.some((r) => r.UserId === u.Id) &&
      s.teamUsers.some((l) => l.UserId === u.Id),
  )!;
  const teams = [...s.teams.values()];
  const team = op.path.includes('learningpaths')
    ? s.teams.get(s.teamLearningPaths[0]!.TeamId)!
    : teams.find((t) => teams.some((c) => c.ParentTeamId === t.Id) && s.teamUsers.some((l) => l.TeamId === t.Id && l.IsTeamLeader))!;
  const session = [...s.sessions.values()].find((x) => x.registrations.size > 0)!;
  const ilt = /\/(sessions|ilt|events|registration|sessiondays)(\/|$)/.test(op.path) || op.path.startsWith('/instructors/');
  const course = ilt ? s.courses.get(session.CourseId)! : s.courses.get(s.userCourses.find((r) => r.UserId === user.Id)!.CourseId)!;
  const path = s.learningPaths.get(s.userLearningPaths[0]!.LearningPathId)!;
  const mod = ilt ? session.ModuleId : s.courseModules.find((l) => l.CourseId === course.Id)!.ModuleId;
  const bySegment: Record<string, string> = {
    users: user.Id,
    teams: team.Id,
    courses: course.Id,
    learningpaths: path.Id,
    modules: mod,
    coursecustomfields: 'CcfCategory01',
  };
  // Parameters whose preceding segment is ambiguous are picked by name.
  const byName: Record<string, string> = {
    collectionId: [...s.collections.keys()][0]!,
    listingId: [...s.listings.keys()][0]!,
    tokenId: [...s.tokens.keys()][0]!,
    bulkImportId: s.bulkImports[0]!.Id,
    sessionId: session.Id,
    sessionDayId: session.Days[0]!.Id,
    eventId: session.ModuleId,
    instructorId: session.InstructorUserId,
    attended: 'true',
  };
  const segments = op.path.split('/');
  return segments
    .map((seg, i) => {
      const param = /^\{(.+)\}$/.exec(seg)?.[1];
      if (!param) return seg;
      return encodeURIComponent(byName[param] ?? bySegment[segments[i - 1]!.toLowerCase()] ?? 'unknown');
    })
    .join('/');
}
