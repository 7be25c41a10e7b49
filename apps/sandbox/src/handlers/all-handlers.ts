/**
 * Every operation handler the sandbox has, by operation shape. A handler only serves requests
 * when the spec has a matching operation; the rest of the spec's operations answer 501.
 */

import { activityHandlers } from './activity-handlers.js';
import { bulkImportHandlers } from './bulk-import-handlers.js';
import { catalogueHandlers } from './catalogue-handlers.js';
import { collectionHandlers } from './collection-handlers.js';
import { courseHandlers } from './course-handlers.js';
import { gamificationHandlers } from './gamification-handlers.js';
import type { HandlerTable } from './handler-types.js';
import { iltAttendanceHandlers } from './ilt-attendance-handlers.js';
import { iltEcommerceHandlers, iltHandlers } from './ilt-handlers.js';
import { lrsHandlers } from './lrs-handlers.js';
import { orgDeltaHandlers } from './org-delta-handlers.js';
import { personLinkHandlers } from './person-link-handlers.js';
import { teamHandlers } from './team-handlers.js';
import { userHandlers } from './user-handlers.js';

/** The built-in handlers. */
export const allHandlers: HandlerTable = {
  ...userHandlers,
  ...personLinkHandlers,
  ...teamHandlers,
  ...courseHandlers,
  ...orgDeltaHandlers,
  ...activityHandlers,
  ...gamificationHandlers,
  ...catalogueHandlers,
  ...collectionHandlers,
  ...bulkImportHandlers,
  ...iltHandlers,
  ...iltAttendanceHandlers,
  ...iltEcommerceHandlers,
  ...lrsHandlers,
};
