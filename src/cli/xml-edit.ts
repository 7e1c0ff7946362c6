/**
 * Editing package XML as text: the annotated copy changes a part by inserting elements and setting attributes at
 * known places, so everything else in it — whitespace, prefixes, attribute order, rich text, unknown extensions —
 * stays byte for byte as the workbook's writer left it. Nothing here re-serialises a part.
 */

/** One tag of the markup: where it starts and ends in the text, its qualified and local name, its attribute text. */
export interface Tag {
  kind: "open" | "close" | "empty";
  qname: string;
  local: string;
  /** Index of "<". */
  start: number;
  /** Index just after ">". */
  end: number;
  /** The text between the name and ">" (or "/>"). */
  attrs: string;
}

/** The tag starting at `i` (a "<" that opens an element or closes one), or null for comments, PIs, CDATA, DTDs. */
function tagAt(xml: string, i: number): { tag: Tag | null; next: number } {
  if (xml.startsWith("<!--", i)) return { tag: null, next: end(xml.indexOf("-->", i), 3, xml) };
  if (xml.startsWith("<![CDATA[", i)) return { tag: null, next: end(xml.indexOf("]]>", i), 3, xml) };
  if (xml.startsWith("<?", i)) return { tag: null, next: end(xml.indexOf("?>", i), 2, xml) };
  if (xml.startsWith("<!", i)) return { tag: null, next: end(xml.indexOf(">", i), 1, xml) };
  let j = i + 1;
  let quote = "";
  for (; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") break;
  }
  const close = xml[i + 1] === "/";
  const m = /^[^\s/>]+/.exec(xml.slice(i + (close ? 2 : 1), Math.min(j, i + 300)));
  const qname = m ? m[0] : "";
  const empty = !close && xml[j - 1] === "/";
  const attrs = xml.slice(i + (close ? 2 : 1) + qname.length, empty ? j - 1 : j);
  return {
    tag: {
      kind: close ? "close" : empty ? "empty" : "open",
      qname,
      local: localOf(qname),
      start: i,
      end: j + 1,
      attrs,
    },
    next: j + 1,
  };
}

function end(at: number, len: number, xml: string): number {
  return at < 0 ? xml.length : at + len;
}

function localOf(qname: string): string {
  const k = qname.indexOf(":");
  return k < 0 ? qname : qname.slice(k + 1);
}

/** Every element tag between `from` and `to`, in order. */
export function* tags(xml: string, from = 0, to = xml.length): Generator<Tag> {
  let i = xml.indexOf("<", from);
  while (i >= 0 && i < to) {
    const { tag, next } = tagAt(xml, i);
    if (tag) yield tag;
    i = xml.indexOf("<", next);
  }
}

/** An element: its open tag, and for one that is not empty, where its content ends (its close tag's start). */
export interface Element {
  open: Tag;
  /** Start of the close tag, or open.end for an empty element. */
  contentEnd: number;
  /** Just after the whole element. */
  end: number;
}

/** The root element of a part (its end found from the last close tag of the text). */
export function rootElement(xml: string): Element | null {
  for (const t of tags(xml)) {
    if (t.kind === "close") return null;
    if (t.kind === "empty") return { open: t, contentEnd: t.end, end: t.end };
    const closeAt = xml.lastIndexOf(`</${t.qname}`);
    if (closeAt < t.end) return null;
    return { open: t, contentEnd: closeAt, end: xml.indexOf(">", closeAt) + 1 };
  }
  return null;
}

/**
 * The child elements of `parent`, in order, with their extent. Scans the parent's whole content: use it on parts
 * and stretches of parts that are small (styles, the workbook, relationships, a sheet's tail), not on sheetData.
 */
export function childrenOf(xml: string, parent: Element, from = parent.open.end, to = parent.contentEnd): Element[] {
  const out: Element[] = [];
  let depth = 0;
  let current: Tag | null = null;
  for (const t of tags(xml, from, to)) {
    if (t.kind === "open") {
      if (depth === 0) current = t;
      depth++;
    } else if (t.kind === "close") {
      depth--;
      if (depth === 0 && current) {
        out.push({ open: current, contentEnd: t.start, end: t.end });
        current = null;
      }
    } else if (depth === 0) out.push({ open: t, contentEnd: t.end, end: t.end });
  }
  return out;
}

/** An attribute of a tag's attribute text by qualified name (unescaped), or undefined. */
export function getAttr(attrs: string, qname: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${qname.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  if (!m) return undefined;
  return unescapeXml(m[2] ?? m[3] ?? "");
}

/** An attribute by local name, whatever its prefix (xmlns declarations excepted). */
export function getAttrLocal(attrs: string, local: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:(?!xmlns)[\\w.-]+:)?${local}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  if (!m) return undefined;
  return unescapeXml(m[2] ?? m[3] ?? "");
}

/** The attribute text with `qname` set to `value` (replaced in place, or added at the end). */
export function setAttr(attrs: string, qname: string, value: string): string {
  const re = new RegExp(`(^|\\s)(${qname.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(attrs)) return attrs.replace(re, (_, pre: string, eq: string) => `${pre}${eq}"${escapeAttr(value)}"`);
  return `${attrs.replace(/\s+$/, "")} ${qname}="${escapeAttr(value)}"`;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (whole, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE_ATTR = /[&<>_"\n\r\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeAttr(s: string): string {
  if (!NEEDS_ESCAPE_ATTR.test(s)) return s;
  return escapeText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/**
 * Text as SpreadsheetML stores it (ST_Xstring): XML-escaped, characters XML 1.0 cannot carry written as _xHHHH_,
 * and a literal "_x0041_" protected as "_x005F_x0041_" so that no reader decodes it.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

/** A part's text and how to turn edited text back into bytes of the same encoding (and byte-order mark). */
export interface DecodedPart {
  text: string;
  encode(text: string): Buffer;
}

export function decodePart(data: Uint8Array): DecodedPart {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0x3c && b[1] === 0x00)) {
    const bom = b[0] === 0xff;
    return {
      text: b.toString("utf16le", bom ? 2 : 0),
      encode: (t) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(t, "utf16le")]),
    };
  }
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0x00 && b[1] === 0x3c)) {
    const bom = b[0] === 0xfe;
    const swapped = Buffer.from(b.subarray(bom ? 2 : 0));
    swapped.swap16();
    return {
      text: swapped.toString("utf16le"),
      encode: (t) => {
        const le = Buffer.from(t, "utf16le");
        le.swap16();
        return Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), le]);
      },
    };
  }
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  return {
    text: b.toString("utf8", bom ? 3 : 0),
    encode: (t) => Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(t, "utf8")]),
  };
}

/** Edits of a text: [at, length to remove, text to insert], applied in one pass (any order given). */
export type Edit = [number, number, string];

export function applyEdits(text: string, edits: Edit[]): string {
  if (!edits.length) return text;
  const sorted = edits
    .map((e, i) => [...e, i] as [number, number, string, number])
    .sort((a, b) => a[0] - b[0] || a[3] - b[3]);
  const out: string[] = [];
  let pos = 0;
  for (const [at, len, insert] of sorted) {
    if (at < pos) throw new Error("overlapping edits");
    out.push(text.slice(pos, at), insert);
    pos = at + len;
  }
  out.push(text.slice(pos));
  return out.join("");
}

/**
 * Text built piece by piece into UTF-8 bytes, a megabyte at a time: a part of a hundred thousand notes or rows never
 * stands in the JavaScript heap as one string (the bytes live outside it, as Buffers do).
 */
export class ByteBuilder {
  private pieces: string[] = [];
  private length = 0;
  private readonly chunks: Buffer[] = [];
  push(text: string): this {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length > 1 << 20) this.flush();
    return this;
  }
  private flush(): void {
    if (!this.pieces.length) return;
    this.chunks.push(Buffer.from(this.pieces.join(""), "utf8"));
    this.pieces = [];
    this.length = 0;
  }
  toBuffer(): Buffer {
    this.flush();
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
  }
}
