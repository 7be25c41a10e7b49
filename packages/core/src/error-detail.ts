/**
 * Reads the reason out of an error answer's body. The transport (transport.ts) loads this module
 * with the first error answer, so a client whose calls succeed never loads it; it imports
 * nothing, so a bundler gives it a chunk of its own without splitting shared code out of the
 * client's main chunk.
 */

/**
 * Finds the reason in an error body: JSON `Detail`/`Message`/`message`/`detail` (Litmos, most
 * JSON APIs), a WCF `<string>` (Litmos), an HTML title (proxies), or short plain text.
 */
export function errorDetail(body: string, response: Response): string {
  const text = body.trim();
  if (text.startsWith('{')) {
    try {
      const json = JSON.parse(text) as Record<string, unknown>;
      const detail = json.Detail ?? json.Message ?? json.message ?? json.detail;
      if (typeof detail === 'string' && detail) return detail;
    } catch {
      // not JSON after all; fall through to the other forms
    }
  }
  const xmlString = /^<string\b[^>]*>([\s\S]*?)<\/string>$/.exec(text);
  if (xmlString?.[1]) return xmlString[1].trim();
  const title = /<title>([\s\S]*?)<\/title>/i.exec(text);
  if (title?.[1]?.trim()) return title[1].trim();
  if (text && !text.startsWith('<') && text.length <= 300) return text;
  return response.statusText || `HTTP ${response.status}`;
}
