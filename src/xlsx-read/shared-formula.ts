import { columnIndex, columnLetters } from "../core";

/**
 * A shared formula as it reads in another cell of its range: every relative A1 reference moved by the offset
 * between the two cells, absolute parts ($A, $1) kept — what Excel shows in the cell. References inside string
 * literals, function names (LOG10(…)), sheet-qualified names and defined names are left alone.
 */
const CANDIDATE = /("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/g;

export function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number },
): string {
  const dr = to.row - from.row;
  const dc = to.col - from.col;
  if (!dr && !dc) return formula;
  return formula.replace(
    CANDIDATE,
    (
      match,
      str: string | undefined,
      sheet: string | undefined,
      colAbs: string,
      letters: string,
      rowAbs: string,
      digits: string,
      offset: number,
      whole: string,
    ) => {
      if (str !== undefined) return match;
      const before = offset > 0 ? whole[offset - 1] : "";
      // Part of a longer name (MAX2016, _xlfn.X1): not a reference.
      if (!sheet && /[\w.$]/.test(before)) return match;
      let col = columnIndex(letters) + 1;
      if (col > 16_384) return match;
      let row = Number(digits);
      if (!colAbs) col += dc;
      if (!rowAbs) row += dr;
      if (col < 1 || row < 1) return `${sheet ?? ""}#REF!`;
      return `${sheet ?? ""}${colAbs}${columnLetters(col - 1)}${rowAbs}${row}`;
    },
  );
}
