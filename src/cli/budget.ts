/** What checking one file may cost; the worker checking it is stopped beyond either. */
export interface FileBudget {
  /** --max-seconds: wall-clock time for one file, reading, audit and annotated copy included. */
  seconds: number;
  /** --max-memory-mb: the JavaScript heap of the worker checking it. */
  memoryMb: number;
}

export const DEFAULT_BUDGET: FileBudget = { seconds: 60, memoryMb: 1024 };

/** The result entry of a file stopped for its time budget: `too-slow`, naming the budget and the flag. */
export function overTime(
  file: string,
  budget: FileBudget,
  en: boolean,
  /** Whether the host has a flag to raise the limit (the CLI); the offline page has none to name. */
  raisable = true,
): { code: string; message: string } {
  const more = String(Math.ceil(budget.seconds * 4));
  const zh = `检查 ${file} 用时超过 ${budget.seconds} 秒的上限，已停止（其他文件照常检查）`;
  const english = `Checking ${file} took longer than the ${budget.seconds}-second limit and was stopped (the other files are checked as usual)`;
  if (!raisable) return { code: "too-slow", message: en ? english : zh };
  return {
    code: "too-slow",
    message: en
      ? `${english}; to check it anyway, raise the limit, e.g. --max-seconds ${more}`
      : `${zh}；如确需检查，请加大上限，例如 --max-seconds ${more}`,
  };
}

/** The result entry of a file stopped for its memory budget: `too-large`, naming the budget and the flag. */
export function overMemory(file: string, budget: FileBudget, en: boolean): { code: string; message: string } {
  const more = String(budget.memoryMb * 2);
  return {
    code: "too-large",
    message: en
      ? `Checking ${file} needed more than the ${budget.memoryMb} MB memory limit and was stopped (the other files are checked as usual); to check it anyway, raise the limit, e.g. --max-memory-mb ${more}`
      : `检查 ${file} 所需内存超过 ${budget.memoryMb} MB 的上限，已停止（其他文件照常检查）；如确需检查，请加大上限，例如 --max-memory-mb ${more}`,
  };
}
