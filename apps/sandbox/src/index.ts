/**
 * @litmos-kit/sandbox: a stateful local Litmos emulator for tests and development.
 * Start it with `startSandbox(options)` or the `litmos-sandbox` CLI.
 */

export { type ChangeRange, inChangeRange, MAX_DELTA_MS, readChangeRange } from './api/change-range.js';
export {
  DELTA_RANGE_MESSAGE,
  LIMIT_MESSAGE,
  MISSING_SOURCE_MESSAGE,
  RATE_LIMIT_MESSAGE,
  REFUSED_CALL_STATUS,
  REFUSED_KEY_MESSAGE,
  UNAUTHORIZED_MESSAGE,
} from './api/messages.js';
export { Refusal } from './api/refusal.js';
export type { Handler, HandlerContext, HandlerResult, HandlerTable } from './handlers/handler-types.js';
export { createPrng, type Prng } from './seed/create-prng.js';
export { SEED_SPAN_DAYS, type SeedOptions, seedOrg } from './seed/seed-org.js';
export type { ClockMode, SandboxClock } from './server/create-clock.js';
export { FAULT_HEADER, type FaultOptions, type FaultPlan, parseFaultHeader } from './server/fault-plan.js';
export { type Coverage, DEFAULT_API_KEY, FIXED_NOW, MAX_USERS, type Sandbox, type SandboxOptions } from './server/sandbox-options.js';
export { startSandbox } from './server/start-sandbox.js';
export { loadSpecModel, operationShape, type SpecModel, type SpecOperation } from './spec-model/load-spec-model.js';
export type { OrgState } from './state/org-state.js';
export type { CourseRecord, TeamRecord, UserRecord } from './state/records.js';
export type { StateSummary } from './state/summarize-state.js';
export type { Negotiation } from './wire/choose-format.js';
export { DEFAULT_JSON_DATE_OFFSET, formatIsoUtc, formatRangeParam, formatWcfJsonDate, formatXmlDateTime } from './wire/wire-dates.js';
export { writeJsonDocument } from './wire/write-json.js';
export { writeXmlDocument } from './wire/write-xml.js';
