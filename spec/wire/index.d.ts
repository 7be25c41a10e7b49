export { acceptsJsonExplicitly, chooseFormat, formatParameter, type WireFormat } from './choose-format.js';
export * from './error-bodies.js';
