import type { XmlReader } from './decode-body.js';

let reader: Promise<XmlReader> | undefined;

/**
 * Loads core's XML reader (parse-xml-root.ts) on first use. Bundlers put a dynamically imported
 * module in a chunk of its own, so an application that only ever reads JSON never loads it. It
 * comes with the decoders' slow path (decode-slow-path.ts), which every XML body needs too: one
 * chunk for both compresses better than two.
 */
export function loadXmlReader(): Promise<XmlReader> {
  reader ??= import('./decode-slow-path.js').then(({ parseXmlRoot }) => parseXmlRoot);
  return reader;
}
