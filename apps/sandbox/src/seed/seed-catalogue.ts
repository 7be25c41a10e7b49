/**
 * The course catalogue: courses (a few sold in the shop), their eLearning modules, and learning
 * paths made of courses.
 */

import { newLitmosId } from '../state/litmos-id.js';
import type { OrgState } from '../state/org-state.js';
import type { CourseRecord, LearningPathRecord, ModuleRecord } from '../state/records.js';
import { type SeedContext, seededAudit } from './seed-context.js';
import { DEPARTMENTS, LEVELS, MODULE_TYPES, TOPICS } from './seed-vocabulary.js';

/** Seeds courses with their modules: one course per 50 people, between 4 and 300. Returns the count. */
export function seedCourses(ctx: SeedContext, size: number): number {
  const { state } = ctx;
  const cp = ctx.root.fork('courses');
  const courseCount = Math.min(300, Math.max(4, Math.round(size / 50)));
  for (let i = 0; i < courseCount; i++) {
    const originalId = ++state.counters.course;
    const code = `C${String(i + 1).padStart(3, '0')}`;
    // Some courses are sold in the shop; the fourth always is, so even a small org has one.
    const forSale = i % 7 === 3 || cp.chance(0.1);
    const course: CourseRecord = {
      Id: newLitmosId(ctx.ids, state.usedIds),
      OriginalId: originalId,
      Code: code,
      Name: `${cp.pick(TOPICS)} ${cp.pick(LEVELS)} ${i + 1}`,
      Description: cp.chance(0.9) ? 'A short course for every team member.' : null,
      Active: cp.chance(0.95),
      ForSale: forSale,
      Price: forSale ? cp.int(5, 99) + 0.99 : 0,
      EcommerceShortDescription: forSale ? 'Learn it in twenty minutes' : null,
      EcommerceLongDescription: null,
      CourseCodeForBulkImport: `${originalId}-${code}`,
      AccessTillDate: null,
      AccessTillDays: forSale ? 90 : null,
      CompliantTillDays: cp.chance(0.3) ? 365 : null,
      TimeLimitDate: null,
      TimeLimitDays: cp.chance(0.4) ? 30 : null,
      DisplayOrder: i + 1,
      IncludeInLibrary: cp.chance(0.8),
      CourseImageURL: cp.chance(0.3) ? `https://cdn.sandbox-org.example/courses/${code.toLowerCase()}.png` : null,
      deleted: false,
      ...seededAudit(ctx, cp, ctx.start),
    };
    state.courses.set(course.Id, course);
    const moduleCount = cp.int(2, 6);
    for (let m = 0; m < moduleCount; m++) {
      const type = cp.pick(MODULE_TYPES);
      const mod: ModuleRecord = {
        Id: newLitmosId(ctx.ids, state.usedIds),
        OriginalId: ++state.counters.module,
        Code: `${code}-M${m + 1}`,
        Name: `${course.Name}: part ${m + 1}`,
        Description: cp.chance(0.7) ? `Part ${m + 1} of ${course.Name}.` : null,
        Active: true,
        Passmark: type === 'Quiz' || type === 'Assessment' ? cp.pick([70, 80]) : null,
        ModuleType: type,
        ...seededAudit(ctx, cp, course.CreatedDate),
      };
      state.modules.set(mod.Id, mod);
      state.courseModules.push({ CourseId: course.Id, ModuleId: mod.Id, Active: true, ...seededAudit(ctx, cp, mod.CreatedDate) });
    }
  }
  return courseCount;
}

/** Seeds learning paths of 2 to 5 courses each: one per six courses, at least two. */
export function seedLearningPaths(ctx: SeedContext, courseCount: number): void {
  const { state } = ctx;
  const lp = ctx.root.fork('learningpaths');
  const courses = [...state.courses.values()];
  const pathCount = Math.max(2, Math.round(courseCount / 6));
  for (let i = 0; i < pathCount; i++) {
    // Every fourth path is sold in the shop, so even a small org has one for /org/ecommerce.
    const forSale = i % 4 === 1;
    const path: LearningPathRecord = {
      Id: newLitmosId(ctx.ids, state.usedIds),
      OriginalId: ++state.counters.learningPath,
      Name: `${lp.pick(DEPARTMENTS)} Path ${i + 1}`,
      Description: lp.chance(0.8) ? 'Courses to take in order.' : null,
      Active: lp.chance(0.95),
      ForSale: forSale,
      Price: forSale ? lp.int(20, 199) + 0.99 : 0,
      EcommerceShortDescription: forSale ? 'A complete programme' : null,
      EcommerceLongDescription: null,
      AccessTillDate: null,
      AccessTillDays: null,
      DisplayOrder: i + 1,
      IncludeInLibrary: lp.chance(0.7),
      IsCourseOrderOptional: lp.chance(0.3),
      IsEquivalency: false,
      ImageURL: null,
      deleted: false,
      ...seededAudit(ctx, lp, ctx.start),
    };
    state.learningPaths.set(path.Id, path);
    for (const course of lp.sample(courses, lp.int(2, 5))) {
      state.learningPathCourses.push({
        LearningPathId: path.Id,
        CourseId: course.Id,
        Active: true,
        ...seededAudit(ctx, lp, Math.max(path.CreatedDate, course.CreatedDate)),
      });
    }
  }
}

/** The modules of each course, in link order. */
export function modulesByCourse(state: OrgState): Map<string, ModuleRecord[]> {
  const modulesOf = new Map<string, ModuleRecord[]>();
  for (const link of state.courseModules) {
    const list = modulesOf.get(link.CourseId) ?? [];
    list.push(state.modules.get(link.ModuleId)!);
    modulesOf.set(link.CourseId, list);
  }
  return modulesOf;
}

/** The course Ids of each learning path, in path order. */
export function coursesByPath(state: OrgState): Map<string, string[]> {
  const coursesOfPath = new Map<string, string[]>();
  for (const link of state.learningPathCourses) coursesOfPath.set(link.LearningPathId, [...(coursesOfPath.get(link.LearningPathId) ?? []), link.CourseId]);
  return coursesOfPath;
}
