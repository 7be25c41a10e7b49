/**
 * @litmos-kit/sandbox: a stateful local Litmos emulator for tests and development.
 * Start it with `startSandbox(options)` or the `litmos-sandbox` CLI.
 */
export { startSandbox, DEFAULT_API_KEY, DEFAULT_NOW, type Sandbox, type SandboxOptions, type Coverage } from './startSandbox.js';
export { seedOrg, SEED_SPAN_DAYS, type SeedOptions } from './seedOrg.js';
export { createPrng, type Prng } from './createPrng.js';
export { loadSpecModel, operationShape, type SpecModel, type SpecOperation } from './loadSpecModel.js';
export { FAULT_HEADER, parseFaultHeader, type FaultOptions, type FaultPlan } from './faults.js';
export { deltaWindow, DELTA_MESSAGE, MAX_DELTA_MS, type DeltaWindow } from './deltaWindow.js';
export { RATE_LIMIT_MESSAGE, UNAUTHORIZED_MESSAGE, MISSING_SOURCE_MESSAGE, LIMIT_MESSAGE } from './handleApiRequest.js';
export { formatQueryDate, formatXmlDate, formatWcfDate, formatIsoZ } from './litmosDates.js';
export { writeXml } from './writeXml.js';
export { writeJson } from './writeJson.js';
export type { OrgState, UserRecord, TeamRecord, CourseRecord } from './OrgState.js';
export type { Handler, HandlerContext, HandlerResult, HandlerTable } from './handlerTypes.js';
export type { StateSummary } from './summarizeState.js';
export type { ClockMode, SandboxClock } from './createClock.js';
export type { Negotiation } from './chooseFormat.js';
