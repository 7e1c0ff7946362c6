import { settleSheet, type CellValue, type MergedRange, type SheetSnapshot } from "../core";
import { decodeA1, decodeRange } from "./a1";
import { cellValue } from "./cell-value";
import { XlsxReadError } from "./errors";
import { slideFormula } from "./shared-formula";
import type { CellStyles } from "./styles";
import { walkXml } from "./xml";

export interface SheetLimits {
  maxRows: number;
  maxCells: number;
}

export interface SheetContext {
  name: string;
  hidden: boolean;
  strings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  limits: SheetLimits;
}

/**
 * The cells of one row that hold something, in the order read: memory in proportion to what the sheet holds, however
 * far apart its cells stand (one cell at XFD costs one entry, not 16,384).
 */
interface RowCells {
  /** Every cell from column A on, one after another (most rows): the arrays are the row, padded, not copied. */
  contiguous: boolean;
  cols: number[];
  values: CellValue[];
  formulas: (string | null)[];
  formats: (string | null)[];
}

/**
 * One worksheet part into a snapshot sheet, streaming: only cells that hold a value or a formula are kept, and
 * merges are kept as ranges. Nothing a worksheet declares — dimensions, data validations, conditional formats,
 * hyperlinks, whole-column ranges — is ever expanded: those elements are passed over unread, and the snapshot's
 * extent is that of the cells that exist. The row and cell limits are measured on those cells, as they are read.
 */
export function readWorksheet(part: string, data: Uint8Array, ctx: SheetContext): SheetSnapshot {
  // By row number; rows come in order, so this grows as an array does (a Map of 100,000 rows cost a third of the read).
  const rows: (RowCells | undefined)[] = [];
  // The row being filled: cells of a row come together, so it is looked up once per row, not per cell.
  let lastRow = -1;
  let lastCells: RowCells | undefined;
  const merges: MergedRange[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let maxRow = 0;
  let maxCol = 0;

  let row = 0;
  let col = 0;
  let inSheetData = false;
  // The cell being read.
  let type: string | undefined;
  let style = 0;
  let text: string | null = null; // <v> or the inline string's <t> runs
  let formulaText: string | null = null;
  let formulaShared: { si: string; master: boolean } | null = null;
  let hasFormula = false;
  let collecting: "v" | "f" | "t" | null = null;
  let phonetic = 0;
  let inInline = false;

  const tooLarge = (zh: string, en: string, flag: string, value: string) =>
    new XlsxReadError("too-large", part, zh, en, { flag, value });
  const keep = (value: CellValue, formula: string | null) => {
    if (row > ctx.limits.maxRows)
      throw tooLarge(
        `工作表“${ctx.name}”第 ${row} 行有内容，超过行数上限 ${ctx.limits.maxRows}`,
        `sheet "${ctx.name}" has content on row ${row}, over the ${ctx.limits.maxRows}-row limit`,
        "--max-rows",
        String(Math.max(row, 1_048_576)),
      );
    let cells = lastRow === row ? lastCells : rows[row];
    if (!cells) {
      cells = { contiguous: true, cols: [], values: [], formulas: [], formats: [] };
      while (rows.length < row) rows.push(undefined);
      rows[row] = cells;
    }
    lastRow = row;
    lastCells = cells;
    if (col !== cells.cols.length + 1) cells.contiguous = false;
    cells.cols.push(col);
    cells.values.push(value);
    cells.formulas.push(formula);
    cells.formats.push(ctx.styles.format(style));
    if (row > maxRow) maxRow = row;
    if (col > maxCol) maxCol = col;
  };

  walkXml(part, data, {
    open(name, a) {
      switch (name) {
        case "sheetData":
          inSheetData = true;
          return;
        case "row": {
          const r = Number(a.r);
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          col = 0;
          return;
        }
        case "c": {
          if (!inSheetData) return;
          const pos = a.r ? decodeA1(a.r) : null;
          if (pos) {
            col = pos.col;
            if (pos.row !== row) row = pos.row;
          } else col++;
          type = a.t;
          style = Number(a.s ?? 0) || 0;
          text = null;
          formulaText = null;
          formulaShared = null;
          hasFormula = false;
          inInline = false;
          return;
        }
        case "v":
          text = "";
          collecting = "v";
          return;
        case "f":
          hasFormula = a.t !== "dataTable";
          formulaText = "";
          formulaShared = a.t === "shared" && a.si !== undefined ? { si: a.si, master: a.ref !== undefined } : null;
          collecting = "f";
          return;
        case "is":
          inInline = true;
          text = "";
          return;
        case "t":
          if (inInline && phonetic === 0) collecting = "t";
          return;
        case "rPh":
          phonetic++;
          return;
        case "mergeCell": {
          const range = a.ref ? decodeRange(a.ref) : null;
          if (range && (range.bottom > range.top || range.right > range.left))
            merges.push({ top: range.top - 1, left: range.left - 1, bottom: range.bottom - 1, right: range.right - 1 });
          return;
        }
        default:
      }
    },
    close(name) {
      switch (name) {
        case "sheetData":
          inSheetData = false;
          return;
        case "v":
        case "f":
        case "t":
          collecting = null;
          return;
        case "rPh":
          phonetic--;
          return;
        case "is":
          inInline = false;
          return;
        case "c": {
          if (!inSheetData) return;
          const raw = text;
          const value = cellValue(
            inInline || type === "inlineStr" ? "inlineStr" : type,
            raw,
            ctx.strings,
            ctx.styles.format(style),
            ctx.date1904,
          );
          const formula = hasFormula ? formulaOf() : null;
          if (value !== null || formula !== null) keep(value, formula);
          return;
        }
        default:
      }
    },
    wantText: () => collecting !== null,
    text(t) {
      if (collecting === "f") formulaText = (formulaText ?? "") + t;
      else text = (text ?? "") + t;
    },
  });

  function formulaOf(): string | null {
    const own = formulaText?.trim() ?? "";
    if (formulaShared) {
      if (formulaShared.master && own) {
        shared.set(formulaShared.si, { formula: own, row, col });
        return `=${own}`;
      }
      const master = shared.get(formulaShared.si);
      if (master) return `=${slideFormula(master.formula, master, { row, col })}`;
    }
    return own ? `=${own}` : null;
  }

  overCells();
  // Covered cells emptied, the extent and the merges settled as for every host (core/snapshot/normalise.ts).
  return settleSheet(denseSheet(ctx, rows, maxRow, maxCol, merges));

  /** The content's extent over the cell limit: checked as cells arrive, so a wide sheet is refused before it is built. */
  function overCells(): void {
    if (maxRow * maxCol <= ctx.limits.maxCells) return;
    throw tooLarge(
      `工作表“${ctx.name}”有内容的区域 ${maxRow} 行 × ${maxCol} 列 = ${maxRow * maxCol} 个单元格，超过上限 ${ctx.limits.maxCells}`,
      `sheet "${ctx.name}" has content across ${maxRow} rows × ${maxCol} columns = ${maxRow * maxCol} cells, over the ${ctx.limits.maxCells}-cell limit`,
      "--max-cells",
      String(maxRow * maxCol),
    );
  }
}

function denseSheet(
  ctx: SheetContext,
  rows: (RowCells | undefined)[],
  maxRow: number,
  maxCol: number,
  merges: MergedRange[],
): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= maxRow; r++) {
    // Packed arrays (pushed, not `new Array(n)`): holey ones made the audit of a snapshot twice as slow.
    const cells = rows[r];
    const own = cells?.contiguous === true;
    const v: CellValue[] = own ? cells.values : [];
    const f: (string | null)[] = own ? cells.formulas : [];
    const n: (string | null)[] = own ? cells.formats : [];
    if (cells && !own) {
      for (let c = 0; c < maxCol; c++) {
        v.push(null);
        f.push(null);
        n.push(null);
      }
      for (let i = 0; i < cells.cols.length; i++) {
        const c = cells.cols[i] - 1;
        v[c] = cells.values[i];
        f[c] = cells.formulas[i];
        n[c] = cells.formats[i];
      }
    }
    for (let c = v.length; c < maxCol; c++) {
      v.push(null);
      f.push(null);
      n.push(null);
    }
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  return { name: ctx.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges, hidden: ctx.hidden };
}
