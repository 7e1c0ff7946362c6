import {
  applyEdits,
  ByteBuilder,
  childrenOf,
  type Edit,
  escapeAttr,
  escapeText,
  getAttr,
  rootElement,
  tags,
  unescapeXml,
} from "./xml-edit";

/** The author our notes are written under. */
const NOTE_AUTHOR = "预算标尺 Budget Ruler";

export interface Note {
  /** 0-based. */
  row: number;
  col: number;
  address: string;
  text: string;
}

const textRun = (p: string, text: string) =>
  `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="Tahoma"/></${p}rPr><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r>`;

/** A new comments part holding `notes`. */
export function newComments(ns: string, notes: readonly Note[]): Buffer {
  const out = new ByteBuilder().push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${ns}"><authors><author>${escapeText(NOTE_AUTHOR)}</author></authors><commentList>`,
  );
  for (const n of notes)
    out.push(`<comment ref="${n.address}" authorId="0"><text>${textRun("", n.text)}</text></comment>`);
  return out.push("</commentList></comments>").toBuffer();
}

/**
 * The workbook's own comments part with our notes merged in: our author added to its authors, a note on a cell that
 * has no comment appended to the list, and on a cell that has one, our text added after the comment's own as a
 * further run (the author's words are kept). Returns the part and the notes that need a new VML shape.
 */
export function mergeComments(xml: string, notes: readonly Note[]): { xml: string; added: Note[] } {
  const root = rootElement(xml);
  if (!root || root.open.local !== "comments" || root.open.kind === "empty")
    throw new Error("comments part without comments");
  const p = root.open.qname.slice(0, root.open.qname.length - root.open.local.length);
  const edits: Edit[] = [];
  const kids = childrenOf(xml, root);
  const authors = kids.find((k) => k.open.local === "authors");
  const list = kids.find((k) => k.open.local === "commentList");
  let authorId = 0;
  const authorXml = `<${p}author>${escapeText(NOTE_AUTHOR)}</${p}author>`;
  if (!authors) {
    edits.push([root.open.end, 0, `<${p}authors>${authorXml}</${p}authors>`]);
  } else {
    const names = childrenOf(xml, authors)
      .filter((a) => a.open.local === "author")
      .map((a) => unescapeXml(xml.slice(a.open.end, a.contentEnd)));
    authorId = names.indexOf(NOTE_AUTHOR);
    if (authorId < 0) {
      authorId = names.length;
      edits.push(
        authors.open.kind === "empty"
          ? [
              authors.open.start,
              authors.end - authors.open.start,
              `<${authors.open.qname}>${authorXml}</${authors.open.qname}>`,
            ]
          : [authors.contentEnd, 0, authorXml],
      );
    }
  }
  const existing = new Map<string, { text: { contentEnd: number; beforeExtras: number } | null }>();
  if (list && list.open.kind !== "empty") {
    for (const c of childrenOf(xml, list)) {
      if (c.open.local !== "comment") continue;
      const ref = (getAttr(c.open.attrs, "ref") ?? "").replace(/\$/g, "").toUpperCase();
      const text = c.open.kind === "empty" ? undefined : childrenOf(xml, c).find((k) => k.open.local === "text");
      let spot: { contentEnd: number; beforeExtras: number } | null = null;
      if (text && text.open.kind !== "empty") {
        // Runs go after <t> and the other runs, before any phonetic runs (CT_Rst: t?, r*, rPh*, phoneticPr?).
        const extra = childrenOf(xml, text).find((k) => k.open.local === "rPh" || k.open.local === "phoneticPr");
        spot = { contentEnd: text.contentEnd, beforeExtras: extra ? extra.open.start : text.contentEnd };
      }
      existing.set(ref, { text: spot });
    }
  }
  const added: Note[] = [];
  const fresh: string[] = [];
  for (const n of notes) {
    const has = existing.get(n.address);
    if (has?.text) {
      edits.push([has.text.beforeExtras, 0, textRun(p, `\n\n${n.text}`)]);
    } else if (!has) {
      fresh.push(
        `<${p}comment ref="${n.address}" authorId="${authorId}"><${p}text>${textRun(p, n.text)}</${p}text></${p}comment>`,
      );
      added.push(n);
    }
  }
  if (fresh.length) {
    if (!list) edits.push([root.contentEnd, 0, `<${p}commentList>${fresh.join("")}</${p}commentList>`]);
    else if (list.open.kind === "empty")
      edits.push([
        list.open.start,
        list.end - list.open.start,
        `<${list.open.qname}>${fresh.join("")}</${list.open.qname}>`,
      ]);
    else edits.push([list.contentEnd, 0, fresh.join("")]);
  }
  return { xml: applyEdits(xml, edits), added };
}

const VML_NS = {
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
};
const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** The VML shape Excel draws a note with: hidden, beside its cell, about three columns by six rows. */
function shape(id: number, n: Note, z: number): string {
  const anchor = `${n.col + 1}, 15, ${Math.max(0, n.row - 1)}, 10, ${n.col + 4}, 15, ${n.row + 6}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:216pt;height:108pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
  );
}

/** The blocks of 1,024 shape ids (o:idmap) a VML part claims. */
export function idBlocks(vml: string): number[] {
  const m = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(vml);
  return m
    ? m[1]
        .split(/[\s,]+/)
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0)
    : [];
}

/** A new VML drawing for `notes`, its shape ids in blocks from `firstBlock` on. */
export function newVml(notes: readonly Note[], firstBlock: number): Buffer {
  const blocks = Array.from({ length: Math.max(1, Math.ceil(notes.length / 1024)) }, (_, i) => firstBlock + i);
  const out = new ByteBuilder().push(
    `<xml xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>${SHAPE_TYPE}`,
  );
  notes.forEach((n, i) => out.push(shape(firstBlock * 1024 + 1 + i, n, i + 1)));
  return out.push("</xml>").toBuffer();
}

/**
 * The sheet's own VML drawing with shapes for `notes` added at its end (after its own shapes, which are left as they
 * are), with the note shape type and the namespaces they use declared if it lacks them; ids above its own, in a new
 * block (from `freeBlock`) when its blocks are full.
 */
export function mergeVml(vml: string, notes: readonly Note[], freeBlock: number): string {
  if (!notes.length) return vml;
  const close = vml.lastIndexOf("</xml>");
  const open = [...tags(vml)].find((t) => t.local === "xml" && t.kind === "open");
  if (close < 0 || !open) throw new Error("VML drawing without its <xml> root");
  const edits: Edit[] = [];
  const missing = Object.entries(VML_NS).filter(([prefix, uri]) => getAttr(open.attrs, `xmlns:${prefix}`) !== uri);
  if (missing.some(([prefix]) => getAttr(open.attrs, `xmlns:${prefix}`) !== undefined))
    throw new Error("VML prefixes bound to other namespaces");
  if (missing.length)
    edits.push([open.end - 1, 0, missing.map(([prefix, uri]) => ` xmlns:${prefix}="${escapeAttr(uri)}"`).join("")]);
  let maxId = 0;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
  const blocks = idBlocks(vml);
  const ids: number[] = [];
  const claimed = new Set(blocks);
  let id = maxId + 1;
  for (let i = 0; i < notes.length; i++) {
    if (id % 1024 === 0) id++;
    if (!claimed.has(Math.floor(id / 1024))) {
      claimed.add(freeBlock);
      blocks.push(freeBlock);
      id = freeBlock++ * 1024 + 1;
    }
    ids.push(id++);
  }
  const idmap = /(<o:idmap\b[^>]*\bdata=")([^"]*)(")/.exec(vml);
  let shapes = notes.map((n, i) => shape(ids[i], n, 1000 + i)).join("");
  if (!/\bid="_x0000_t202"/.test(vml)) shapes = SHAPE_TYPE + shapes;
  if (idmap) edits.push([idmap.index + idmap[1].length, idmap[2].length, blocks.join(",")]);
  else
    shapes = `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>${shapes}`;
  edits.push([close, 0, shapes]);
  return applyEdits(vml, edits);
}
