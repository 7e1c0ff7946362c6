import { SaxesParser } from "saxes";
import { centralDirectory, readEntry } from "../../src/cli/zip";

/**
 * Comparing an annotated copy with its original, part by part and element by element (issue 16): which parts
 * differ, and whether a part that differs only has what the copy may add.
 */

/** The parts of a zip by name (leading "/" dropped), inflated; a part that cannot be inflated is left out. */
export function zipPartsOf(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of centralDirectory(buf)) {
    if (e.name.endsWith("/")) continue;
    try {
      out.set(e.name.replace(/^\/+/, ""), readEntry(buf, e));
    } catch {
      // a damaged entry (copied as stored): compared by its stored bytes elsewhere
    }
  }
  return out;
}

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

export function decodeXml(data: Buffer): string {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0x3c && data[1] === 0x00))
    return new TextDecoder("utf-16le").decode(data);
  if ((data[0] === 0xfe && data[1] === 0xff) || (data[0] === 0x00 && data[1] === 0x3c))
    return new TextDecoder("utf-16be").decode(data);
  return new TextDecoder("utf-8").decode(data);
}

/** A part as a tree (text nodes kept as they are, whitespace included), or null when it is not well-formed XML. */
export function parseXml(data: Buffer): XNode | null {
  const parser = new SaxesParser({ xmlns: false });
  const root: XNode = { name: "#document", attrs: {}, children: [] };
  const stack: XNode[] = [root];
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  parser.on("opentag", (t) => {
    const node: XNode = { name: t.name, attrs: { ...(t.attributes as Record<string, string>) }, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (t) => stack[stack.length - 1].children.push(t));
  parser.on("cdata", (t) => stack[stack.length - 1].children.push(t));
  try {
    parser.write(decodeXml(data).replace(/^\uFEFF/, "")).close();
  } catch {
    return null;
  }
  return failed ? null : root;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** What a changed part may gain: elements a parent may get, attributes an element may change. */
export interface AddRules {
  /** Parent local name → child local names that may be added to it. */
  children: Record<string, string[]>;
  /** Element local name → attribute names whose value may change (or appear). */
  attrs: Record<string, string[]>;
  /** Checks an added element (e.g. a cell gets only a style, and only where a flag is); returns a problem or null. */
  added?(node: XNode, parent: XNode): string | null;
  /** Checks a changed attribute; returns a problem or null. */
  changed?(node: XNode, attr: string, before: string | undefined, after: string | undefined): string | null;
}

function sameSlot(a: XNode | string, b: XNode | string): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (a.name !== b.name) return false;
  for (const key of ["r", "Id", "PartName", "ref", "name"])
    if (b.attrs[key] !== undefined && a.attrs[key] !== b.attrs[key]) return false;
  return true;
}

/**
 * The differences between `orig` and `copy` that the rules do not allow, as readable lines: every element and text
 * of the original is in the copy, in order, with the same attributes (but those the rules let change); the copy's
 * extra elements are of the kinds the rules let each parent gain.
 */
export function additionsOnly(orig: XNode, copy: XNode, rules: AddRules, path = ""): string[] {
  const problems: string[] = [];
  const here = `${path}/${orig.name}`;
  const mayChange = new Set(rules.attrs[local(orig.name)] ?? []);
  for (const k of new Set([...Object.keys(orig.attrs), ...Object.keys(copy.attrs)])) {
    if (orig.attrs[k] === copy.attrs[k]) continue;
    if (!mayChange.has(k) && !(k.startsWith("xmlns:") && orig.attrs[k] === undefined)) {
      problems.push(`${here} @${k}: ${JSON.stringify(orig.attrs[k])} → ${JSON.stringify(copy.attrs[k])}`);
      continue;
    }
    const p = rules.changed?.(copy, k, orig.attrs[k], copy.attrs[k]);
    if (p) problems.push(`${here}: ${p}`);
  }
  const mayAdd = new Set(rules.children[local(orig.name)] ?? []);
  let k = 0;
  for (const c of copy.children) {
    const o = orig.children[k];
    if (o !== undefined && sameSlot(c, o)) {
      if (typeof o !== "string") problems.push(...additionsOnly(o, c as XNode, rules, here));
      k++;
      continue;
    }
    if (typeof c === "string") {
      problems.push(`${here}: text ${JSON.stringify(c.slice(0, 40))} added or changed`);
      continue;
    }
    if (!mayAdd.has(local(c.name))) {
      problems.push(
        `${here}: element <${c.name}> added${o !== undefined ? ` before <${typeof o === "string" ? "text" : o.name}>` : ""}`,
      );
      continue;
    }
    const p = rules.added?.(c, copy);
    if (p) problems.push(`${here}: ${p}`);
  }
  for (; k < orig.children.length; k++) {
    const o = orig.children[k];
    problems.push(
      `${here}: ${typeof o === "string" ? `text ${JSON.stringify(o.slice(0, 40))}` : `<${o.name}>`} missing from the copy`,
    );
  }
  return problems;
}

/** The attributes and children an annotated copy may add to each kind of part. */
export const COPY_RULES: Record<string, AddRules> = {
  workbook: { children: { workbook: ["definedNames"], sheets: ["sheet"], definedNames: ["definedName"] }, attrs: {} },
  rels: { children: { Relationships: ["Relationship"] }, attrs: {} },
  types: { children: { Types: ["Override", "Default"] }, attrs: {} },
  styles: {
    children: {
      styleSheet: ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"],
      numFmts: ["numFmt"],
      fonts: ["font"],
      fills: ["fill"],
      borders: ["border"],
      cellStyleXfs: ["xf"],
      cellXfs: ["xf"],
    },
    attrs: {
      numFmts: ["count"],
      fonts: ["count"],
      fills: ["count"],
      borders: ["count"],
      cellStyleXfs: ["count"],
      cellXfs: ["count"],
    },
  },
  comments: {
    children: { comments: ["authors", "commentList"], authors: ["author"], commentList: ["comment"], text: ["r"] },
    attrs: {},
  },
  vml: { children: { xml: ["shape", "shapetype", "shapelayout"] }, attrs: { idmap: ["data"] } },
};

/** Rules for a worksheet whose flagged cells are `cells` (A1 refs): only their style may change, only they may be added. */
export function sheetRules(cells: ReadonlySet<string>, refs: WeakMap<XNode, string>): AddRules {
  const ref = (n: XNode) => refs.get(n) ?? (n.attrs.r ?? "").replace(/\$/g, "").toUpperCase();
  return {
    children: { worksheet: ["legacyDrawing"], sheetData: ["row"], row: ["c"] },
    attrs: { c: ["s"] },
    changed: (node) =>
      local(node.name) === "c" && !cells.has(ref(node))
        ? `the style of ${ref(node) || "a cell without r"} changed, but it is not flagged`
        : null,
    added: (node) => {
      const name = local(node.name);
      if (name === "c")
        return cells.has(ref(node)) && !node.children.length
          ? null
          : `cell ${ref(node)} added, not a flagged empty cell`;
      if (name === "row") {
        const bad = node.children.filter(
          (c) => typeof c === "string" || local(c.name) !== "c" || !cells.has(ref(c)) || c.children.length,
        );
        return bad.length ? `row ${node.attrs.r} added with cells that are not flagged empty cells` : null;
      }
      return null;
    },
  };
}

/** The A1 reference of every <c> of a worksheet tree, cells and rows without `r` counted from the one before. */
export function cellRefs(tree: XNode): WeakMap<XNode, string> {
  const refs = new WeakMap<XNode, string>();
  const walk = (n: XNode) => {
    for (const child of n.children) {
      if (typeof child === "string") continue;
      if (local(child.name) !== "sheetData") {
        walk(child);
        continue;
      }
      let row = 0;
      for (const r of child.children) {
        if (typeof r === "string" || local(r.name) !== "row") continue;
        row = r.attrs.r ? Number(r.attrs.r) : row + 1;
        let col = 0;
        for (const c of r.children) {
          if (typeof c === "string" || local(c.name) !== "c") continue;
          const m = /^([A-Z]+)(\d+)$/.exec((c.attrs.r ?? "").replace(/\$/g, "").toUpperCase());
          col = m ? m[1].split("").reduce((k, ch) => k * 26 + ch.charCodeAt(0) - 64, 0) : col + 1;
          refs.set(c, `${columnName(col)}${m ? m[2] : row}`);
        }
      }
    }
  };
  walk(tree);
  return refs;
}

function columnName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
