/** Text helpers shared by the XML writers (answers and error bodies). */

/** The XML Schema instance namespace Litmos declares on every root. */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** Escapes text content and attribute values. */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
