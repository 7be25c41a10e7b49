// @litmos-kit/core/decode: reading a body at hand in one step, XML reader included. An entry of
// its own because the XML reader is large: the call pipeline loads it only for the first XML
// body, and a bundle that imports the main or internal entry must not reach it statically (with
// code splitting, esbuild keeps a chunk that any re-export reaches).
export { decodeResponse } from './decode-response.js';
export { parseXmlRoot, type XmlElement, type XmlRoot, type XmlValue } from './parse-xml-root.js';
