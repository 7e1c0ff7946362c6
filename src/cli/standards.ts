import * as fs from "fs";
import * as path from "path";
import { parseStandard, StandardPackError, type Lang, type StandardPack } from "../core";

/** The package root, found from this file whether it runs from src/ (tests) or dist/src/ (the bin). */
export function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("package.json not found above " + __dirname);
    dir = up;
  }
  return dir;
}

export function availableStandards(): string[] {
  const dir = path.join(packageRoot(), "standards");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** No pack is anywhere near this; a bigger file is not a pack (and is not read into memory). */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

function fileError(
  file: string,
  code: "standard-not-found" | "standard-unreadable",
  zh: string,
  en: string,
  lang: Lang,
): StandardPackError {
  return new StandardPackError(
    {
      code,
      packId: null,
      file,
      field: "",
      messageZh: `标准包文件 ${file} ${zh}`,
      messageEn: `standards pack file ${file} ${en}`,
    },
    lang,
  );
}

/** Reads a pack file's text; every failure is a StandardPackError naming the file. */
function readPackText(file: string, lang: Lang): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw fileError(file, "standard-not-found", "不存在", "does not exist", lang);
    if (code === "EACCES" || code === "EPERM")
      throw fileError(file, "standard-unreadable", "没有读取权限", "cannot be read: permission denied", lang);
    throw fileError(
      file,
      "standard-unreadable",
      `无法读取（${code ?? "未知错误"}）`,
      `cannot be read (${code ?? "unknown error"})`,
      lang,
    );
  }
  if (!stat.isFile()) throw fileError(file, "standard-unreadable", "不是文件", "is not a file", lang);
  if (stat.size > MAX_PACK_BYTES) {
    throw fileError(
      file,
      "standard-unreadable",
      `过大（${stat.size} 字节，标准包不超过 ${MAX_PACK_BYTES} 字节）`,
      `is too large (${stat.size} bytes; a pack is at most ${MAX_PACK_BYTES} bytes)`,
      lang,
    );
  }
  try {
    return fs.readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM")
      throw fileError(file, "standard-unreadable", "没有读取权限", "cannot be read: permission denied", lang);
    throw fileError(
      file,
      "standard-unreadable",
      `无法读取（${code ?? "未知错误"}）`,
      `cannot be read (${code ?? "unknown error"})`,
      lang,
    );
  }
}

/** Loads and validates standards/<id>.json; an unknown id names the ones there are. */
export function loadStandardById(id: string, lang: Lang = "zh-CN"): StandardPack {
  const ids = availableStandards();
  if (!ids.includes(id)) {
    throw new StandardPackError(
      {
        code: "standard-unknown-id",
        packId: id,
        file: null,
        field: "",
        messageZh: `未知的标准：${id}（可用：${ids.join("、")}）`,
        messageEn: `unknown standard: ${id} (available: ${ids.join(", ")})`,
      },
      lang,
    );
  }
  const file = path.join("standards", `${id}.json`);
  return parseStandard(readPackText(path.join(packageRoot(), file), lang), file, { lang });
}

/**
 * Loads a pack from a user's path (`--standard ./my-pack.json`), validated as strictly as the bundled ones: its
 * `id` must be its file name without .json. Errors are StandardPackError with the path as the user wrote it.
 */
export function loadStandardFromFile(file: string, lang: Lang = "zh-CN"): StandardPack {
  return parseStandard(readPackText(file, lang), file, { lang });
}

export function toolVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}
