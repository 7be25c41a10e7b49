/**
 * @litmos-kit/sandbox: a stateful local Litmos emulator for tests and development.
 * Start it with `startSandbox(options)` or the `litmos-sandbox` CLI.
 */
export { startSandbox, DEFAULT_API_KEY, DEFAULT_NOW, type Sandbox, type SandboxOptions, type Coverage } from './start-sandbox.js';
export { seedOrg, SEED_SPAN_DAYS, type SeedOptions } from './seed-org.js';
export { createPrng, type Prng } from './create-prng.js';
export { loadSpecModel, operationShape, type SpecModel, type SpecOperation } from './load-spec-model.js';
export { FAULT_HEADER, parseFaultHeader, type FaultOptions, type FaultPlan } from './faults.js';
export { deltaWindow, DELTA_MESSAGE, MAX_DELTA_MS, type DeltaWindow } from './delta-window.js';
export { RATE_LIMIT_MESSAGE, UNAUTHORIZED_MESSAGE, MISSING_SOURCE_MESSAGE, LIMIT_MESSAGE } from './handle-api-request.js';
export { formatQueryDate, formatXmlDate, formatWcfDate, formatIsoZ } from './litmos-dates.js';
export { writeXml } from './write-xml.js';
export { writeJson } from './write-json.js';
export type { OrgState, UserRecord, TeamRecord, CourseRecord } from './org-state.js';
export type { Handler, HandlerContext, HandlerResult, HandlerTable } from './handler-types.js';
export type { StateSummary } from './summarize-state.js';
export type { ClockMode, SandboxClock } from './create-clock.js';
export type { Negotiation } from './choose-format.js';
