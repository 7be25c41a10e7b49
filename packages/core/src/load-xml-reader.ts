import type { XmlReader } from './decode-body.js';

let reader: Promise<XmlReader> | undefined;

/**
 * Loads core's XML reader (parse-xml-root.ts) on first use. Bundlers put a dynamically imported
 * module in a chunk of its own, so an application that only ever reads JSON never loads it.
 */
export function loadXmlReader(): Promise<XmlReader> {
  reader ??= import('./parse-xml-root.js').then((module) => module.parseXmlRoot);
  return reader;
}
