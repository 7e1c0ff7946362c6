import { applyEdits, childrenOf, type Edit, type Element, escapeAttr, getAttr, rootElement, setAttr } from "./xml-edit";

/** The order of a styleSheet's children (CT_Stylesheet): a list that is missing is inserted at its place. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellStyleXfs" | "cellXfs";

/** A styles part for a package that has none: Excel's defaults. */
export const DEFAULT_STYLES = (ns: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${ns}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Excel's built-in number formats the report sheets use, by code. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** How a cell of an added report sheet looks. */
export interface ReportStyle {
  /** "title": the document's title, bold and large. */
  font: "normal" | "bold" | "link" | "bold-link" | "title";
  fill: string | null;
  format: string | null;
  wrap: boolean;
  /** A cell of a printed table: a thin grey border all round. */
  border?: boolean;
  /** Centred (a header or the title) or set at the bottom (a signature line); top otherwise when wrapped. */
  align?: "center" | "bottom";
}

/**
 * The styles part of the original, with new fills, fonts, number formats and cell formats appended: every entry
 * already there keeps its index and its text, so every cell of the workbook keeps its look. A flagged cell gets a
 * copy of its own cell format (font, border, number format, alignment, protection) with the flag's fill.
 */
export class StylesEditor {
  private readonly root: Element;
  private readonly lists = new Map<string, Element>();
  private readonly xfs: string[];
  private readonly counts: Record<ListName, number>;
  private borderId: number | null = null;
  private readonly added: Record<ListName, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellStyleXfs: [],
    cellXfs: [],
  };
  private readonly p: string;
  private readonly fillIds = new Map<string, number>();
  private readonly flagXfs = new Map<string, number>();
  private readonly reportXfs = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private nextFormat = 164;
  private readonly font0: string;

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    if (!root || root.open.local !== "styleSheet") throw new Error("styles part without a styleSheet");
    this.root = root;
    this.p = root.open.qname.slice(0, root.open.qname.length - root.open.local.length);
    for (const child of childrenOf(xml, root))
      if (!this.lists.has(child.open.local)) this.lists.set(child.open.local, child);
    const kids = (name: string) => {
      const list = this.lists.get(name);
      return list ? childrenOf(xml, list) : [];
    };
    this.xfs = kids("cellXfs")
      .filter((e) => e.open.local === "xf")
      .map((e) => xml.slice(e.open.start, e.end));
    const fonts = kids("fonts").filter((e) => e.open.local === "font");
    this.font0 = fonts.length ? xml.slice(fonts[0].open.start, fonts[0].end) : "";
    this.counts = {
      numFmts: kids("numFmts").filter((e) => e.open.local === "numFmt").length,
      fonts: fonts.length,
      fills: kids("fills").filter((e) => e.open.local === "fill").length,
      borders: kids("borders").filter((e) => e.open.local === "border").length,
      cellStyleXfs: kids("cellStyleXfs").filter((e) => e.open.local === "xf").length,
      cellXfs: this.xfs.length,
    };
    for (const nf of kids("numFmts")) {
      const id = Number(getAttr(nf.open.attrs, "numFmtId"));
      const code = getAttr(nf.open.attrs, "formatCode");
      if (!Number.isInteger(id)) continue;
      this.nextFormat = Math.max(this.nextFormat, id + 1);
      if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
    }
    // A workbook whose lists are empty still needs the entries every cell format points at (index 0).
    if (!this.counts.fonts)
      this.add("fonts", `<${this.p}font><${this.p}sz val="11"/><${this.p}name val="Calibri"/></${this.p}font>`);
    if (!this.counts.fills) {
      this.add("fills", `<${this.p}fill><${this.p}patternFill patternType="none"/></${this.p}fill>`);
      this.add("fills", `<${this.p}fill><${this.p}patternFill patternType="gray125"/></${this.p}fill>`);
    }
    if (!this.counts.borders)
      this.add(
        "borders",
        `<${this.p}border><${this.p}left/><${this.p}right/><${this.p}top/><${this.p}bottom/><${this.p}diagonal/></${this.p}border>`,
      );
    if (!this.counts.cellStyleXfs)
      this.add("cellStyleXfs", `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
    if (!this.counts.cellXfs) {
      const xf0 = `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
      this.add("cellXfs", xf0);
      this.xfs.push(xf0);
    }
  }

  private add(list: ListName, xml: string): number {
    this.added[list].push(xml);
    return this.counts[list]++;
  }

  /** A cell format like `style` (the cell's own) with a solid fill of `rgb` ("FFC7CE"). */
  flagged(style: number, rgb: string): number {
    const key = `${style}\u0000${rgb}`;
    const known = this.flagXfs.get(key);
    if (known !== undefined) return known;
    const fill = this.fill(rgb);
    const base = this.xfs[style] ?? this.xfs[0];
    const open = /^<[^\s/>]+/.exec(base)![0];
    const tagEnd = base.indexOf(">");
    const selfClosing = base[tagEnd - 1] === "/";
    let attrs = base.slice(open.length, selfClosing ? tagEnd - 1 : tagEnd);
    attrs = setAttr(setAttr(attrs, "fillId", String(fill)), "applyFill", "1");
    const xf = `${open}${attrs}${selfClosing ? "/>" : ">"}${base.slice(tagEnd + 1)}`;
    const id = this.add("cellXfs", xf);
    this.flagXfs.set(key, id);
    return id;
  }

  private fill(rgb: string): number {
    const known = this.fillIds.get(rgb);
    if (known !== undefined) return known;
    const p = this.p;
    const id = this.add(
      "fills",
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    this.fillIds.set(rgb, id);
    return id;
  }

  private font(kind: ReportStyle["font"]): number {
    if (kind === "normal") return 0;
    const known = this.fontIds.get(kind);
    if (known !== undefined) return known;
    const p = this.p;
    // The workbook's own font (size, name, family, charset, scheme), bold or as a link.
    const part = (name: string) => {
      const m = new RegExp(`<${p}${name}\\b[^>]*/>`).exec(this.font0);
      return m ? m[0] : "";
    };
    const bold = kind === "bold" || kind === "bold-link" || kind === "title" ? `<${p}b/>` : "";
    const link = kind === "link" || kind === "bold-link";
    const size = kind === "title" ? `<${p}sz val="16"/>` : part("sz");
    const xml = `<${p}font>${bold}${link ? `<${p}u/>` : ""}${size}${link ? `<${p}color rgb="FF0563C1"/>` : part("color")}${part("name")}${part("family")}${part("charset")}${part("scheme")}</${p}font>`;
    const id = this.add("fonts", xml);
    this.fontIds.set(kind, id);
    return id;
  }

  private format(code: string | null): number {
    if (code === null) return 0;
    if (BUILT_IN[code] !== undefined) return BUILT_IN[code];
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.add("numFmts", `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    this.formatIds.set(code, id);
    return id;
  }

  private thinBorder(): number {
    if (this.borderId !== null) return this.borderId;
    const p = this.p;
    const side = (n: string) => `<${p}${n} style="thin"><${p}color rgb="FFBFBFBF"/></${p}${n}>`;
    this.borderId = this.add(
      "borders",
      `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`,
    );
    return this.borderId;
  }

  /** The cell format of a report sheet's cell. */
  report(style: ReportStyle): number {
    const key = `${style.font}\u0000${style.fill}\u0000${style.format}\u0000${style.wrap}\u0000${style.border ?? false}\u0000${style.align ?? ""}`;
    const known = this.reportXfs.get(key);
    if (known !== undefined) return known;
    const font = this.font(style.font);
    const fill = style.fill ? this.fill(style.fill) : 0;
    const fmt = this.format(style.format);
    const border = style.border ? this.thinBorder() : 0;
    const p = this.p;
    const aligned = style.wrap || style.align !== undefined;
    const applies = `${fmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}${border ? ' applyBorder="1"' : ""}${aligned ? ' applyAlignment="1"' : ""}`;
    const alignment =
      style.align === "center"
        ? `<${p}alignment horizontal="center" vertical="center"${style.wrap ? ' wrapText="1"' : ""}/>`
        : style.align === "bottom"
          ? `<${p}alignment vertical="bottom"${style.wrap ? ' wrapText="1"' : ""}/>`
          : style.wrap
            ? `<${p}alignment vertical="top" wrapText="1"/>`
            : "";
    const head = `<${p}xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}`;
    const xf = alignment ? `${head}>${alignment}</${p}xf>` : `${head}/>`;
    const id = this.add("cellXfs", xf);
    this.reportXfs.set(key, id);
    return id;
  }

  get changed(): boolean {
    return Object.values(this.added).some((a) => a.length > 0);
  }

  /** The part's text with the additions: each list's new entries before its close tag, its count updated. */
  toString(): string {
    const edits: Edit[] = [];
    const p = this.p;
    for (const name of Object.keys(this.added) as ListName[]) {
      const items = this.added[name];
      if (!items.length) continue;
      const list = this.lists.get(name);
      if (list) {
        const hasCount = getAttr(list.open.attrs, "count") !== undefined;
        const attrs = hasCount ? setAttr(list.open.attrs, "count", String(this.counts[name])) : list.open.attrs;
        if (list.open.kind === "empty") {
          edits.push([
            list.open.start,
            list.open.end - list.open.start,
            `<${list.open.qname}${attrs.replace(/\s*$/, "")}>${items.join("")}</${list.open.qname}>`,
          ]);
        } else {
          if (hasCount) edits.push([list.open.start, list.open.end - list.open.start, `<${list.open.qname}${attrs}>`]);
          edits.push([list.contentEnd, 0, items.join("")]);
        }
      } else {
        // Inserted before the first list that comes after it in the schema's order, or at the end.
        const rank = ORDER.indexOf(name);
        const after = childrenOf(this.xml, this.root).find((c) => ORDER.indexOf(c.open.local) > rank);
        const at = after ? after.open.start : this.root.contentEnd;
        edits.push([at, 0, `<${p}${name} count="${this.counts[name]}">${items.join("")}</${p}${name}>`]);
      }
    }
    if (this.root.open.kind === "empty") throw new Error("empty styleSheet");
    return applyEdits(this.xml, edits);
  }
}
