/**
 * The one error type a person reads, in every layer and host: a stable `code` (what a JSON report and a test
 * compare), the text in Chinese (`zh`, also `message`) and in English (`en`), and the sheet and cell when the error
 * is about one. A host shows `text(lang)`; the words are the thrower's, whole sentences naming the file, sheet or
 * cell. Errors that are only signals between two functions of one module (a zip entry that lies about its size)
 * stay plain and are turned into one of these before they leave it.
 */
export class LocalizedError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly sheet?: string,
    readonly address?: string,
  ) {
    super(zh);
    this.name = new.target.name;
  }

  /** The text in `lang`. */
  text(lang: "zh-CN" | "en-US"): string {
    return lang === "en-US" ? this.en : this.zh;
  }

  /** The English text, under the name the pane's error bar reads (toPaneError). */
  get messageEn(): string {
    return this.en;
  }
}

/**
 * Input the core's entry points (audit, buildModel, auditModel, planApproval, planFlags) cannot work with:
 * the wrong type where a snapshot, a pack or overrides belong; both languages say what was expected and where. An
 * adapter reports it as its own bug or the file's, never as a crash deep inside.
 */
export class CoreInputError extends LocalizedError {
  constructor(zh: string, en: string, code = "invalid-input") {
    super(code, zh, en);
  }
}

/** Where in a snapshot the malformed value is: the sheet (1-based index and name), and the cell when there is one. */
export interface SnapshotLocation {
  /** 1-based position of the sheet in `sheets`. */
  sheetIndex?: number;
  sheet?: string;
  /** 1-based worksheet row and A1 column letters of the cell. */
  row?: number;
  column?: string;
  /** The snapshot field holding it: "values", "formulas", "numberFormats", "merges", "origin", "name", ... */
  field?: string;
}

/** A workbook snapshot that is not what a host adapter must produce (snapshot/types.ts). */
export class SnapshotError extends CoreInputError {
  constructor(
    readonly location: SnapshotLocation,
    problem: string,
    problemEn: string,
  ) {
    super(
      `工作簿快照无效：${whereZh(location)}${problem}`,
      `Invalid workbook snapshot: ${whereEn(location)}${problemEn}`,
      "invalid-snapshot",
    );
  }
}

function whereZh(l: SnapshotLocation): string {
  const parts: string[] = [];
  if (l.sheetIndex !== undefined)
    parts.push(`第 ${l.sheetIndex} 个工作表${l.sheet !== undefined ? `“${l.sheet}”` : ""}`);
  if (l.row !== undefined) parts.push(`第 ${l.row} 行`);
  if (l.column !== undefined) parts.push(`${l.column} 列`);
  const at = parts.join(" ");
  const field = l.field ? `（${l.field}）` : "";
  return at || field ? `${at}${field}：` : "";
}

function whereEn(l: SnapshotLocation): string {
  const parts: string[] = [];
  if (l.sheetIndex !== undefined) parts.push(`sheet ${l.sheetIndex}${l.sheet !== undefined ? ` "${l.sheet}"` : ""}`);
  if (l.row !== undefined) parts.push(`row ${l.row}`);
  if (l.column !== undefined) parts.push(`column ${l.column}`);
  const at = parts.join(", ");
  const field = l.field ? ` (${l.field})` : "";
  return at || field ? `${at}${field}: ` : "";
}
