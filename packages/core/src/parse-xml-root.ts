/**
 * A small XML reader for the documents REST APIs such as Litmos (WCF) and iSpring Learn send: a
 * root element, nested elements, text, `i:nil` and the predefined entities. It builds the plain
 * tree the schema-directed decoder walks, in one pass and without a regular expression on the
 * hot path, which makes it several times faster than a general XML library on these documents.
 *
 * The tree:
 * - an element with `i:nil="true"` is `null`, whatever its content or namespace prefix;
 * - an element with child elements is an object, children by local name (namespace prefixes
 *   dropped), in document order; a name that repeats holds an array; text beside child
 *   elements that is not only whitespace is kept under `#text`;
 * - any other element is its text, exactly as sent (`''` when empty), entities decoded;
 * - attributes other than `nil` carry no data here and are dropped.
 *
 * Document type declarations are refused: no API this reads sends one, and they are the door to
 * entity-expansion and external-entity attacks.
 */

/** The root element of an XML document. */
export interface XmlRoot {
  /** The root's local name (`Users` for `<Users>` and `<a:Users>`). */
  readonly name: string;
  /** The root's value, as described in this module's header. */
  readonly content: XmlValue;
}

/** A value of the XML tree: text, `null` for `i:nil`, or an element's children by name. */
export type XmlValue = string | null | XmlElement;

/** The children of an element by local name; a repeated name holds an array. */
export interface XmlElement {
  readonly [name: string]: XmlValue | XmlValue[];
}

/** Deeper nesting than this is refused: no API document comes close, and a tree this deep is an attack. */
const MAX_DEPTH = 256;

const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const EQUALS = 61; // =
const COLON = 58; // :

/** One open element. Frames are reused by depth, so parsing allocates no frame per element. */
interface Frame {
  raw: string;
  local: string;
  children: Record<string, XmlValue | XmlValue[]> | undefined;
  text: string;
  nil: boolean;
}

/**
 * Parses an XML document and returns its root element as a plain tree.
 * @throws {Error} with a readable reason when the text is not one complete, well-formed XML
 *   document (a truncated body, two roots, a mismatched end tag, a DOCTYPE).
 */
export function parseXmlRoot(text: string): XmlRoot {
  return new XmlReader(text).read();
}

class XmlReader {
  readonly #text: string;
  #pos = 0;
  /** Where the next `&` is at or after `#pos` (-1: none left): found once, so text scans stay linear. */
  #nextAmp = -2;
  readonly #frames: Frame[] = [];
  #depth = 0;
  #root: XmlRoot | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  read(): XmlRoot {
    const text = this.#text;
    const end = text.length;
    // A byte order mark may open the document.
    if (text.charCodeAt(0) === 0xfeff) this.#pos = 1;
    while (this.#pos < end) {
      const lt = text.indexOf('<', this.#pos);
      if (lt === -1) {
        this.#addText(this.#pos, end);
        this.#pos = end;
        break;
      }
      if (lt > this.#pos) this.#addText(this.#pos, lt);
      const next = text.charCodeAt(lt + 1);
      if (next === SLASH) this.#endTag(lt);
      else if (next === BANG) this.#markup(lt);
      else if (next === QUESTION) this.#skipPast('?>', lt, 'processing instruction');
      else this.#startTag(lt);
    }
    if (this.#depth > 0) {
      throw new Error(`the XML ends before its root element <${this.#frames[0]?.raw}> is closed (truncated body?)`);
    }
    if (!this.#root) throw new Error('the body holds no XML element');
    return this.#root;
  }

  /** Text between tags: kept for the open element; outside the root only whitespace may appear. */
  #addText(from: number, to: number): void {
    if (this.#depth === 0) {
      if (!isBlank(this.#text, from, to)) {
        throw new Error(this.#root ? 'the body holds text after its root element' : 'the body holds no XML element');
      }
      return;
    }
    const frame = this.#frames[this.#depth - 1] as Frame;
    // Indentation between child elements carries nothing; text alone in an element is kept exactly.
    if (frame.children && isBlank(this.#text, from, to)) return;
    frame.text += this.#decode(from, to);
  }

  #startTag(lt: number): void {
    const text = this.#text;
    if (this.#depth === 0 && this.#root) throw new Error('the body holds 2 top-level elements');
    let i = lt + 1;
    const nameStart = i;
    let colon = -1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === GT || c === SLASH || c <= 32) break;
      if (c === COLON) colon = i;
    }
    if (i === nameStart || i >= text.length) throw this.#cut(lt);
    const raw = text.slice(nameStart, i);
    const local = colon === -1 ? raw : text.slice(colon + 1, i);
    // Attributes: only `nil` (any prefix) carries meaning.
    let nil = false;
    let selfClosing = false;
    for (;;) {
      while (i < text.length && text.charCodeAt(i) <= 32) i++;
      if (i >= text.length) throw this.#cut(lt);
      const c = text.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (text.charCodeAt(i + 1) !== GT) throw new Error(`malformed tag <${raw}> at offset ${lt}`);
        selfClosing = true;
        i += 2;
        break;
      }
      const attrStart = i;
      let attrColon = -1;
      for (; i < text.length; i++) {
        const a = text.charCodeAt(i);
        if (a === EQUALS || a <= 32 || a === GT || a === SLASH) break;
        if (a === COLON) attrColon = i;
      }
      while (i < text.length && text.charCodeAt(i) <= 32) i++;
      if (text.charCodeAt(i) !== EQUALS) throw new Error(`malformed attribute in <${raw}> at offset ${attrStart}`);
      const attrEnd = i;
      i++;
      while (i < text.length && text.charCodeAt(i) <= 32) i++;
      const quote = text[i];
      if (quote !== '"' && quote !== "'") {
        if (i >= text.length) throw this.#cut(lt);
        throw new Error(`malformed attribute in <${raw}> at offset ${attrStart}`);
      }
      const close = text.indexOf(quote, i + 1);
      if (close === -1) throw this.#cut(lt);
      const nameFrom = attrColon === -1 ? attrStart : attrColon + 1;
      // `i:nil="true"` (XML Schema instance); some documented examples drop the prefix.
      if (text.startsWith('nil', nameFrom) && nameFrom + 3 === trimEnd(text, attrStart, attrEnd)) {
        const value = text.slice(i + 1, close).trim();
        nil = value === 'true' || value === '1';
      }
      i = close + 1;
    }
    this.#pos = i;
    if (selfClosing) {
      this.#close(local, nil ? null : '');
      return;
    }
    // The common leaf, `<Name>text</Name>`, is read without opening a frame.
    const lt2 = text.indexOf('<', i);
    if (lt2 !== -1 && text.charCodeAt(lt2 + 1) === SLASH && text.startsWith(raw, lt2 + 2) && text.charCodeAt(lt2 + 2 + raw.length) === GT) {
      this.#pos = lt2 + 3 + raw.length;
      this.#close(local, nil ? null : this.#decode(i, lt2));
      return;
    }
    if (this.#depth >= MAX_DEPTH) throw new Error(`the XML nests deeper than ${MAX_DEPTH} elements`);
    let frame = this.#frames[this.#depth];
    if (frame) {
      frame.raw = raw;
      frame.local = local;
      frame.children = undefined;
      frame.text = '';
      frame.nil = nil;
    } else {
      frame = { raw, local, children: undefined, text: '', nil };
      this.#frames.push(frame);
    }
    this.#depth++;
  }

  #endTag(lt: number): void {
    const text = this.#text;
    const gt = text.indexOf('>', lt + 2);
    if (gt === -1) throw this.#cut(lt);
    const raw = text.slice(lt + 2, trimEnd(text, lt + 2, gt));
    const frame = this.#frames[this.#depth - 1];
    if (!frame) throw new Error(`unexpected end tag </${raw}> at offset ${lt}`);
    if (frame.raw !== raw) throw new Error(`end tag </${raw}> at offset ${lt} does not close <${frame.raw}>`);
    this.#pos = gt + 1;
    this.#depth--;
    let value: XmlValue;
    if (frame.nil) value = null;
    else if (frame.children) {
      if (frame.text !== '' && !isBlank(frame.text, 0, frame.text.length)) frame.children['#text'] = frame.text;
      value = frame.children;
    } else value = frame.text;
    this.#close(frame.local, value);
  }

  /** Hands a finished element to its parent (or makes it the root). */
  #close(name: string, value: XmlValue): void {
    if (this.#depth === 0) {
      this.#root = { name, content: value };
      return;
    }
    const parent = this.#frames[this.#depth - 1] as Frame;
    parent.children ??= {};
    const children = parent.children;
    const previous = children[name];
    // Own properties only: `constructor` or `toString` elements are data, not Object.prototype.
    if (previous === undefined || !Object.hasOwn(children, name)) {
      // Assigned, `__proto__` would replace the object's prototype; defined, it is data.
      if (name === '__proto__') Object.defineProperty(children, name, { value, enumerable: true, writable: true, configurable: true });
      else children[name] = value;
    } else if (Array.isArray(previous)) previous.push(value);
    else children[name] = [previous, value];
  }

  /** `<!-- … -->`, `<![CDATA[ … ]]>`; a DOCTYPE is refused. */
  #markup(lt: number): void {
    const text = this.#text;
    if (text.startsWith('<!--', lt)) {
      this.#skipPast('-->', lt, 'comment');
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close === -1) throw this.#cut(lt);
      if (this.#depth === 0) throw new Error('the body holds character data outside its root element');
      (this.#frames[this.#depth - 1] as Frame).text += text.slice(lt + 9, close);
      this.#pos = close + 3;
    } else if (text.startsWith('<!DOCTYPE', lt)) {
      throw new Error('the XML declares a document type (DOCTYPE), which is not accepted');
    } else {
      throw new Error(`malformed markup at offset ${lt}`);
    }
  }

  #skipPast(terminator: string, lt: number, what: string): void {
    const close = this.#text.indexOf(terminator, lt + 2);
    if (close === -1) throw new Error(`the XML ends inside a ${what} (truncated body?)`);
    this.#pos = close + terminator.length;
  }

  /** The text from `from` to `to` with entities and character references decoded. */
  #decode(from: number, to: number): string {
    if (this.#nextAmp !== -1 && this.#nextAmp < from) this.#nextAmp = this.#text.indexOf('&', from);
    if (this.#nextAmp === -1 || this.#nextAmp >= to) return this.#text.slice(from, to);
    return decodeEntities(this.#text.slice(from, to));
  }

  #cut(lt: number): Error {
    const open = this.#frames[0]?.raw;
    return new Error(
      open && this.#depth > 0
        ? `the XML ends before its root element <${open}> is closed (truncated body?)`
        : `the XML ends inside a tag at offset ${lt} (truncated body?)`,
    );
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && text.charCodeAt(to - 1) <= 32) to--;
  return to;
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five predefined entities and character references. Anything else that starts with
 * `&` (an HTML entity, which XML without a DTD cannot declare) is left as written.
 */
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] as string;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}
