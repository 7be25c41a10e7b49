/** Text helpers of the XML readers and writers: escaping for answers, decoding for request bodies. */

/** The XML Schema instance namespace Litmos declares on every root. */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#xD;' };

/**
 * Escapes text content and attribute values. A carriage return is written as `&#xD;`, as WCF's
 * writer does, because an XML reader turns a raw one into a line feed.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => ESCAPES[c]!);
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes the references of XML text in one pass: the five predefined entities and numeric
 * character references (`&#10;`, `&#x2019;`), so `&amp;#10;` stays the literal text `&#10;`.
 * @returns the text, or undefined when it holds a reference XML does not allow (an undefined
 *   entity such as `&nbsp;`, or a character XML 1.0 cannot carry), which .NET's reader refuses.
 */
export function decodeXmlText(text: string): string | undefined {
  let bad = false;
  const out = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) {
      bad = true;
      return whole;
    }
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!isXmlChar(code)) bad = true;
      return bad ? whole : String.fromCodePoint(code);
    }
    const char = PREDEFINED[ref];
    if (char === undefined) bad = true;
    return char ?? whole;
  });
  return bad ? undefined : out;
}

/** Whether a code point may appear in an XML 1.0 document (tab, LF, CR and the ranges of the `Char` production). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
