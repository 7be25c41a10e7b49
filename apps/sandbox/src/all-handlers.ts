/**
 * Every operation handler the sandbox has, by operation shape. A handler only serves requests
 * when the spec has a matching operation; the rest of the spec's operations answer 501.
 */
import type { HandlerTable } from './handler-types.js';
import { activityHandlers } from './handlers/activity-handlers.js';
import { bulkImportHandlers } from './handlers/bulk-import-handlers.js';
import { catalogueHandlers } from './handlers/catalogue-handlers.js';
import { collectionHandlers } from './handlers/collection-handlers.js';
import { courseHandlers } from './handlers/course-handlers.js';
import { gamificationHandlers } from './handlers/gamification-handlers.js';
import { iltEcommerceHandlers, iltHandlers } from './handlers/ilt-handlers.js';
import { lrsHandlers } from './handlers/lrs-handlers.js';
import { orgDeltaHandlers } from './handlers/org-delta-handlers.js';
import { teamHandlers } from './handlers/team-handlers.js';
import { userHandlers } from './handlers/user-handlers.js';

/** The built-in handlers. */
export const allHandlers: HandlerTable = {
  ...userHandlers,
  ...teamHandlers,
  ...courseHandlers,
  ...orgDeltaHandlers,
  ...activityHandlers,
  ...gamificationHandlers,
  ...catalogueHandlers,
  ...collectionHandlers,
  ...bulkImportHandlers,
  ...iltHandlers,
  ...iltEcommerceHandlers,
  ...lrsHandlers,
};
