import { SaxesParser } from "saxes";
import { XlsxReadError } from "./errors";

/**
 * A streaming walk over one XML part with saxes: elements by their local name (the prefix of Open XML SDK's
 * `<x:c>` or any other is dropped, so prefixed and Strict markup read the same), attributes by local name too.
 * Nothing is built: handlers see each element as it opens and closes, and text only where they ask for it.
 * DTDs are not processed (saxes never expands declared entities): an entity the XML standard does not define
 * is an error, so an entity bomb costs nothing.
 */
export interface XmlHandlers {
  open(name: string, attrs: Attrs): void;
  close?(name: string): void;
  /** Text inside the element most recently opened; called only while `wantText()` is true. */
  text?(text: string): void;
  wantText?(): boolean;
}

export type Attrs = Record<string, string>;

/** The part of a qualified name after its prefix: "x:c" → "c", "r:id" → "id". */
function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

/**
 * An attribute by its local name: SpreadsheetML's own attributes are unprefixed (r, t, s, ref …), so they are read
 * as they are; the few that carry a prefix (r:id on <sheet>, whatever the prefix) are found by their local name.
 */
export function attr(a: Attrs, local: string): string | undefined {
  const plain = a[local];
  if (plain !== undefined) return plain;
  const suffix = `:${local}`;
  for (const k in a) if (k.endsWith(suffix) && !k.startsWith("xmlns")) return a[k];
  return undefined;
}

/** Characters fed to saxes at a time: large enough to be fast, small enough never to double a big part in memory. */
const CHUNK = 1 << 16;

/**
 * Walks `data` (UTF-8, or UTF-16 with its byte-order mark) with `handlers`. A malformed part is an
 * XlsxReadError naming it, the line and what saxes found wrong.
 */
export function walkXml(part: string, data: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let failure: Error | null = null;
  parser.on("error", (err) => {
    // Stray text before or after the root element ("foo" ahead of <worksheet>) costs nothing to pass over, as
    // LibreOffice and Excel do; any other error in the markup stops the part.
    if (/outside of root node/i.test(err.message)) return;
    failure ??= err;
  });
  parser.on("opentag", (node) => {
    handlers.open(localName(node.name), node.attributes as Attrs);
    if (node.isSelfClosing) handlers.close?.(localName(node.name));
  });
  parser.on("closetag", (node) => {
    if (!node.isSelfClosing) handlers.close?.(localName(node.name));
  });
  if (handlers.text) {
    const text = handlers.text.bind(handlers);
    const want = handlers.wantText?.bind(handlers) ?? (() => true);
    parser.on("text", (t) => {
      if (want()) text(t);
    });
    parser.on("cdata", (t) => {
      if (want()) text(t);
    });
  }
  const encoding = encodingOf(data);
  const decoder = new TextDecoder(encoding, { fatal: false });
  try {
    if (hasDoctype(data, encoding)) {
      // Package XML may not carry a DTD (ECMA-376 Part 2); a part that does gets its DTD dropped and the entities
      // it would declare left unexpanded (an entity bomb reads as nothing), as LibreOffice reads such files.
      parser.write(withoutDtd(new TextDecoder(encoding).decode(data)));
      if (!failure) parser.close();
    } else {
      for (let i = 0; i < data.length && !failure; i += CHUNK) {
        parser.write(decoder.decode(data.subarray(i, Math.min(data.length, i + CHUNK)), { stream: true }));
      }
      if (!failure) {
        const rest = decoder.decode();
        if (rest) parser.write(rest);
        parser.close();
      }
    }
  } catch (err) {
    if (err instanceof XlsxReadError) throw err;
    failure ??= err as Error;
  }
  if (failure) throw malformed(part, failure);
}

/** Whether the prolog (before the root element) declares a document type. */
function hasDoctype(data: Uint8Array, encoding: string): boolean {
  const head = new TextDecoder(encoding).decode(data.subarray(0, 4096));
  return /<!DOCTYPE/i.test(head);
}

/** The text without its DOCTYPE declaration, and without references to entities XML itself does not define. */
function withoutDtd(text: string): string {
  const start = text.search(/<!DOCTYPE/i);
  let end = text.indexOf(">", start);
  const bracket = text.indexOf("[", start);
  if (bracket >= 0 && bracket < end) {
    const close = text.indexOf("]", bracket);
    end = close < 0 ? text.length : text.indexOf(">", close);
  }
  const rest = end < 0 ? "" : text.slice(end + 1);
  return (
    text.slice(0, start) + rest.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[A-Za-z_:][\w.:-]*;/g, "")
  );
}

/** UTF-8 unless a byte-order mark or the first "<" (as 00 3C or 3C 00) says UTF-16. */
function encodingOf(data: Uint8Array): string {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0x3c && data[1] === 0x00)) return "utf-16le";
  if ((data[0] === 0xfe && data[1] === 0xff) || (data[0] === 0x00 && data[1] === 0x3c)) return "utf-16be";
  return "utf-8";
}

/** saxes reports "file:line:column: what"; keep the position and say what in plain words where we can. */
function malformed(part: string, err: Error): XlsxReadError {
  const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/.exec(err.message ?? "");
  const line = m ? m[1] : "?";
  const what = m ? m[3] : String(err.message ?? err);
  const entity = /entity/i.test(what);
  const truncated = /unclosed|end of|unexpected end/i.test(what);
  const zh = entity
    ? `${part} 第 ${line} 行使用了未定义的实体（XML 文档类型声明中的实体不被读取）`
    : truncated
      ? `${part} 的 XML 在第 ${line} 行处不完整（文件可能被截断）`
      : `${part} 的 XML 在第 ${line} 行格式错误`;
  const en = entity
    ? `${part} line ${line} uses an undefined entity (entities declared in a DOCTYPE are not read)`
    : truncated
      ? `the XML of ${part} is incomplete at line ${line} (the file may be truncated)`
      : `the XML of ${part} is malformed at line ${line} (${what})`;
  return new XlsxReadError("corrupt-file", part, zh, en);
}
