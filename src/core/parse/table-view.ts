import type { ColumnRole } from "../model/types";
import type { TableFrame } from "./find-tables";
import type { SheetGrid } from "./grid";
import { isBlank } from "./text";

/** One table of a sheet as its readers see it: the grid, the frame, and each role's cell in a row. */
export class TableView {
  constructor(
    readonly grid: SheetGrid,
    readonly frame: TableFrame,
  ) {}

  colOf(role: ColumnRole): number | undefined {
    return this.frame.columns.get(role);
  }

  textAt(r: number, role: ColumnRole): string {
    const c = this.colOf(role);
    return c === undefined ? "" : this.grid.text(r, c);
  }

  blankAt(r: number, role: ColumnRole): boolean {
    const c = this.colOf(role);
    return c === undefined || isBlank(this.grid.raw(r, c));
  }
}
