/**
 * @litmos-kit/sandbox: a stateful local Litmos emulator for tests and development.
 * Start it with `startSandbox(options)` or the `litmos-sandbox` CLI.
 */

export type { Negotiation } from './choose-format.js';
export type { ClockMode, SandboxClock } from './create-clock.js';
export { createPrng, type Prng } from './create-prng.js';
export { DELTA_MESSAGE, type DeltaWindow, deltaWindow, MAX_DELTA_MS } from './delta-window.js';
export { FAULT_HEADER, type FaultOptions, type FaultPlan, parseFaultHeader } from './faults.js';
export { LIMIT_MESSAGE, MISSING_SOURCE_MESSAGE, RATE_LIMIT_MESSAGE, UNAUTHORIZED_MESSAGE } from './handle-api-request.js';
export type { Handler, HandlerContext, HandlerResult, HandlerTable } from './handler-types.js';
export { formatIsoZ, formatQueryDate, formatWcfDate, formatXmlDate } from './litmos-dates.js';
export { loadSpecModel, operationShape, type SpecModel, type SpecOperation } from './load-spec-model.js';
export type { CourseRecord, OrgState, TeamRecord, UserRecord } from './org-state.js';
export { SEED_SPAN_DAYS, type SeedOptions, seedOrg } from './seed-org.js';
export { type Coverage, DEFAULT_API_KEY, DEFAULT_NOW, type Sandbox, type SandboxOptions, startSandbox } from './start-sandbox.js';
export type { StateSummary } from './summarize-state.js';
export { writeJson } from './write-json.js';
export { writeXml } from './write-xml.js';
