/**
 * Where a JSON text stops being JSON. JSON.parse says "at position N" for most errors, nothing for some
 * ("Unexpected token ' ', … is not valid JSON" in Node 20) and "line L column C" in newer engines; when it
 * gives no offset, a small scanner finds the first offending character itself.
 */
export interface JsonErrorPosition {
  /** 0-based offset into the text (text.length when the text ends too early). */
  offset: number;
  /** 1-based line and column (columns count UTF-16 code units, as editors mostly do for CJK text). */
  line: number;
  column: number;
  /** The character at the offset, or null at the end of the text. */
  char: string | null;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - start + 1 };
}

function offsetFromMessage(text: string, message: string): number | null {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Math.min(Number(pos[1]), text.length);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split("\n");
    const line = Math.min(Number(lc[1]), lines.length);
    let offset = 0;
    for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
    return Math.min(offset + Number(lc[2]) - 1, text.length);
  }
  if (/end of (JSON )?input/i.test(message)) return text.length;
  return null;
}

/** Offset of the first character that breaks the JSON grammar (RFC 8259), text.length if it ends early, -1 if valid. */
export function scanJsonError(text: string): number {
  let i = 0;
  const n = text.length;
  class Stop {
    constructor(readonly at: number) {}
  }
  const ws = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = (): never => {
    throw new Stop(i);
  };
  const expect = (ch: string) => (text[i] === ch ? i++ : fail());
  const str = () => {
    expect('"');
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        if (text[i] === "u") {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? "")) fail();
            i++;
          }
        } else if (i < n && '"\\/bfnrt'.includes(text[i])) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? "")) fail();
    while (/[0-9]/.test(text[i] ?? "")) i++;
  };
  const num = () => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else digits();
    if (text[i] === ".") {
      i++;
      digits();
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      digits();
    }
  };
  const literal = (word: string) => {
    for (const ch of word) expect(ch);
  };
  let depth = 0;
  const value = (): void => {
    ws();
    const c = text[i];
    // No pack nests this deep; stopping here keeps a crafted text from overflowing the stack.
    if ((c === "{" || c === "[") && ++depth > 1000) fail();
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void (i++, depth--);
      for (;;) {
        ws();
        str();
        ws();
        expect(":");
        value();
        ws();
        if (text[i] === ",") i++;
        else return void (expect("}"), depth--);
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void (i++, depth--);
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else return void (expect("]"), depth--);
      }
    }
    if (c === '"') return str();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    if (c === "-" || /[0-9]/.test(c ?? "")) return num();
    fail();
  };
  try {
    value();
    ws();
    return i < n ? i : -1;
  } catch (e) {
    if (e instanceof Stop) return Math.min(e.at, n);
    throw e;
  }
}

/** The position of a JSON.parse failure on `text`, from the engine's message or, failing that, the scanner. */
export function jsonErrorPosition(text: string, error: unknown): JsonErrorPosition {
  const message = error instanceof Error ? error.message : String(error);
  let offset = offsetFromMessage(text, message);
  if (offset === null) {
    const scanned = scanJsonError(text);
    offset = scanned < 0 ? text.length : scanned;
  }
  const { line, column } = lineColumn(text, offset);
  return { offset, line, column, char: offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : null };
}
