/**
 * Every operation handler the sandbox has, by operation shape. A handler only serves requests
 * when the spec has a matching operation; the rest of the spec's operations answer 501.
 */
import type { HandlerTable } from './handlerTypes.js';
import { activityHandlers } from './handlers/activityHandlers.js';
import { bulkImportHandlers } from './handlers/bulkImportHandlers.js';
import { catalogueHandlers } from './handlers/catalogueHandlers.js';
import { collectionHandlers } from './handlers/collectionHandlers.js';
import { courseHandlers } from './handlers/courseHandlers.js';
import { gamificationHandlers } from './handlers/gamificationHandlers.js';
import { iltEcommerceHandlers, iltHandlers } from './handlers/iltHandlers.js';
import { orgDeltaHandlers } from './handlers/orgDeltaHandlers.js';
import { teamHandlers } from './handlers/teamHandlers.js';
import { userHandlers } from './handlers/userHandlers.js';

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
};
