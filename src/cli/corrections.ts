import * as fs from "fs";
import { CorrectionsError, parseCorrections, type Corrections } from "../core";
import type { ErrorEntry } from "./file-result";

/** A corrections file is small; anything bigger is not one. */
const MAX_BYTES = 5 * 1024 * 1024;

/** Reads `--overrides FILE.json`; an unusable file is an `invalid-overrides` error naming the file and the field. */
export function loadCorrections(file: string, lang: "zh-CN" | "en-US"): Corrections | ErrorEntry {
  const en = lang === "en-US";
  try {
    const st = fs.statSync(file);
    if (!st.isFile())
      throw new CorrectionsError(`更正文件 ${file} 不是文件`, `The corrections file ${file} is not a file`);
    if (st.size > MAX_BYTES)
      throw new CorrectionsError(
        `更正文件 ${file} 过大（超过 5 MB）`,
        `The corrections file ${file} is too large (over 5 MB)`,
      );
    return parseCorrections(fs.readFileSync(file, "utf8"), file);
  } catch (err) {
    if (err instanceof CorrectionsError) return { code: "invalid-overrides", message: en ? err.messageEn : err.zh };
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? ["找不到该文件", "it does not exist"]
        : code === "EACCES"
          ? ["没有读取权限", "it cannot be read (permission denied)"]
          : [String((err as Error).message), String((err as Error).message)];
    return {
      code: "invalid-overrides",
      message: en ? `The corrections file ${file} cannot be read: ${why[1]}` : `更正文件 ${file} 无法读取：${why[0]}`,
    };
  }
}
