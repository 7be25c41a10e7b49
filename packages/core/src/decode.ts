// @litmos-kit/core/decode: reading a body at hand in one step, with the XML reader and the
// decoders' slow path and drift recorder (`createDecodeSlowPath`, `createDriftRecorder`, for a
// `DecodeState` made by hand). An entry of its own because the call pipeline loads those only for
// the first body that needs them, and a bundle that imports the main or internal entry must not
// reach them statically (with code splitting, esbuild keeps a chunk that any re-export reaches).
export { createDriftRecorder } from './decode-drift.js';
export { decodeResponse } from './decode-response.js';
export { createDecodeSlowPath } from './decode-slow-path.js';
export { parseXmlRoot, type XmlElement, type XmlRoot, type XmlValue } from './parse-xml-root.js';
