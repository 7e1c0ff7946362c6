import { CATEGORIES, type Category, type ColumnRole, type HardwareClass } from "./types";
import type { ColumnCorrection, Corrections, LineCorrection } from "./corrections";
import { COLUMN_ROLE_LABELS } from "../labels/categories";
import { jsonErrorPosition } from "../standards/json-position";
import { LocalizedError } from "../errors";

/** A corrections file that cannot be used: where and why, in both languages. */
export class CorrectionsError extends LocalizedError {
  constructor(zh: string, en: string) {
    super("invalid-corrections", zh, en);
  }
}

const ROLES = Object.keys(COLUMN_ROLE_LABELS) as ColumnRole[];
const CLASSES: readonly HardwareClass[] = ["A", "B", "C"];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === "string" && v.trim() !== "" && v.length <= 500;

function fail(file: string, field: string, zh: string, en: string): never {
  throw new CorrectionsError(
    `更正文件 ${file} 无效：${field} ${zh}`,
    `The corrections file ${file} is not valid: ${field} ${en}`,
  );
}

function lineCorrection(file: string, v: unknown, at: string): LineCorrection {
  if (!isObject(v)) fail(file, at, "应为对象", "should be an object");
  for (const k of Object.keys(v))
    if (!["sheet", "name", "occurrence", "category", "hardwareClass"].includes(k))
      fail(file, `${at}.${k}`, "是未知字段", "is not a known field");
  if (!text(v.sheet)) fail(file, `${at}.sheet`, "应为工作表名称", "should be a sheet name");
  if (!text(v.name))
    fail(file, `${at}.name`, "应为该行的名称（如“LED拼接屏”）", 'should be the line\'s name (e.g. "LED拼接屏")');
  if (
    v.occurrence !== undefined &&
    !(Number.isInteger(v.occurrence) && (v.occurrence as number) >= 0 && (v.occurrence as number) < 100000)
  ) {
    fail(
      file,
      `${at}.occurrence`,
      "应为非负整数（同名行中的第几行，从 0 起）",
      "should be a whole number from 0 (which of the same-named lines)",
    );
  }
  if (v.category === undefined && v.hardwareClass === undefined)
    fail(file, at, "应至少给出 category 或 hardwareClass", "should give category or hardwareClass");
  if (v.category !== undefined && !CATEGORIES.includes(v.category as Category))
    fail(
      file,
      `${at}.category`,
      `应为费用类别之一：${CATEGORIES.join("、")}`,
      `should be one of the categories: ${CATEGORIES.join(", ")}`,
    );
  if (v.hardwareClass !== undefined && !CLASSES.includes(v.hardwareClass as HardwareClass))
    fail(file, `${at}.hardwareClass`, "应为 A、B 或 C", "should be A, B or C");
  return v as unknown as LineCorrection;
}

function columnCorrection(file: string, v: unknown, at: string): ColumnCorrection {
  if (!isObject(v)) fail(file, at, "应为对象", "should be an object");
  for (const k of Object.keys(v))
    if (!["sheet", "header", "column", "role"].includes(k))
      fail(file, `${at}.${k}`, "是未知字段", "is not a known field");
  if (!text(v.sheet)) fail(file, `${at}.sheet`, "应为工作表名称", "should be a sheet name");
  if (v.header === undefined && v.column === undefined)
    fail(
      file,
      at,
      "应给出 header（表头文字）或 column（列字母）",
      "should give header (the header text) or column (its letter)",
    );
  if (v.header !== undefined && !text(v.header))
    fail(file, `${at}.header`, "应为表头文字", "should be the header text");
  if (v.column !== undefined && !(typeof v.column === "string" && /^[A-Za-z]{1,3}$/.test(v.column)))
    fail(file, `${at}.column`, '应为列字母（如 "G"）', 'should be a column letter (e.g. "G")');
  if (!("role" in v) || (v.role !== null && !ROLES.includes(v.role as ColumnRole)))
    fail(
      file,
      `${at}.role`,
      `应为列用途之一：${ROLES.join("、")}，或 null（不参与检查）`,
      `should be one of the roles: ${ROLES.join(", ")}, or null (no role)`,
    );
  return v as unknown as ColumnCorrection;
}

/**
 * The reviewer's corrections from the text of a JSON file (`--overrides FILE.json`):
 * `{ "lines": [{ "sheet", "name", "occurrence"?, "category"?, "hardwareClass"? }], "columns": [{ "sheet", "header" | "column", "role" }] }`.
 * Strict: unknown fields, categories or roles are refused with the field named. Pure.
 */
export function parseCorrections(textOfFile: string, file: string): Corrections {
  let json: unknown;
  try {
    json = JSON.parse(textOfFile);
  } catch (err) {
    const at = jsonErrorPosition(textOfFile, err);
    fail(
      file,
      `第 ${at.line} 行第 ${at.column} 列`,
      "不是有效的 JSON",
      `is not valid JSON (line ${at.line}, column ${at.column})`,
    );
  }
  if (!isObject(json))
    fail(
      file,
      "（整体）",
      '应为对象 { "lines": [...], "columns": [...] }',
      'should be an object { "lines": [...], "columns": [...] }',
    );
  for (const k of Object.keys(json))
    if (!["lines", "columns", "$comment"].includes(k)) fail(file, k, "是未知字段", "is not a known field");
  const out: Corrections = {};
  if (json.lines !== undefined) {
    if (!Array.isArray(json.lines) || json.lines.length > 100000) fail(file, "lines", "应为数组", "should be an array");
    out.lines = json.lines.map((v, i) => lineCorrection(file, v, `lines[${i}]`));
  }
  if (json.columns !== undefined) {
    if (!Array.isArray(json.columns) || json.columns.length > 10000)
      fail(file, "columns", "应为数组", "should be an array");
    out.columns = json.columns.map((v, i) => columnCorrection(file, v, `columns[${i}]`));
  }
  return out;
}
