import { createOfficeBridge } from "../../src/excel/office-bridge";
import type { FakeWorkbook } from "./fake-excel";

/** The real Office.js adapter over a fake Excel workbook. */
export const bridgeFor = (book: FakeWorkbook) =>
  createOfficeBridge({ run: book.run as never, isSetSupported: book.isSetSupported });
