/** The last day Excel can show (9999-12-31) as a serial; beyond it, or below 0, a "date" is only a number. */
const MAX_SERIAL = 2_958_465;

/**
 * A date serial as its ISO date ("2024-06-01"), or null when it is not a date Excel can show (negative, beyond
 * 9999, not finite): the number then stays a number.
 */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/**
 * Whether a format shows a number as a date: a y or d, or an m with no h or s beside it (then m is minutes and
 * the format a time of day — left a number, since a budget never keys money as a time), outside quoted text,
 * escaped characters and [brackets]. Case-insensitive, as Excel reads format codes; only the first section counts.
 */
export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  const bare = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/General/gi, "")
    .replace(/AM\/PM|A\/P/gi, "");
  if (/E[+-]/i.test(bare)) return false;
  if (/[yd]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}
