/**
 * The labels Litmos keeps on courses and learning paths (tags, topics, skills, categories),
 * derived from the seeded record itself: its name is built from a topic and a level (courses) or
 * a department (learning paths), so the labels agree with the name, cost no extra random draws,
 * and are the same for the same seed. A record whose name follows no seeded pattern (one created
 * through the API) gets its first words as its topic.
 */
import { DEPARTMENTS, LEVELS, TOPICS } from '../seed/seed-vocabulary.js';
import type { CourseRecord, LearningPathRecord } from './records.js';

/** Categories a course is filed under (also the value of its `Category` custom field). */
const CATEGORIES = ['Compliance', 'Skills', 'Onboarding'] as const;

/** The topic a name starts with: a seeded topic or department, else its first two words. */
function topicOf(name: string, vocabulary: readonly string[]): string {
  return vocabulary.find((word) => name.startsWith(word)) ?? name.split(/\s+/).slice(0, 2).join(' ');
}

/** The category of a course. */
export function courseCategory(course: CourseRecord): string {
  return CATEGORIES[course.OriginalId % CATEGORIES.length]!;
}

/** A course's labels: `Tags` comma-separated (topic, level, category), `Topics`, `Skills`. */
export function courseLabels(course: CourseRecord): { Tags: string; Topics: string; Skills: string } {
  const topic = topicOf(course.Name, TOPICS);
  const level = LEVELS.find((word) => course.Name.includes(` ${word} `));
  const tags = [topic, level, courseCategory(course)].filter((tag): tag is string => Boolean(tag)).map((tag) => tag.toLowerCase());
  return { Tags: tags.join(', '), Topics: topic, Skills: `${topic} at work` };
}

/** A learning path's labels: `Tags` comma-separated, `Topics` (its department), `Skills`. */
export function learningPathLabels(path: LearningPathRecord): { Tags: string; Topics: string; Skills: string } {
  const department = topicOf(path.Name, DEPARTMENTS);
  return { Tags: `${department.toLowerCase()}, learning path`, Topics: department, Skills: `${department} essentials` };
}
