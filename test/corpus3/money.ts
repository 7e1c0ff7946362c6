import Decimal from "decimal.js";

/**
 * Exact money for the generator: a private Decimal constructor with enough precision for ratios and proportional
 * spreads (the engine's own Decimal configuration is never touched). All money is held in 元.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = Decimal;
export type Unit = "元" | "万元";

export const d = (x: Decimal.Value): Decimal => new Dec(x);
export const ZERO = d(0);
const WAN = d(10000);

export const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), ZERO);

/** "1234.5", never an exponent, no trailing zeros. */
export function str(x: Decimal): string {
  const s = new Dec(x).toFixed();
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** A 元 amount in the given unit. */
export const inUnit = (yuan: Decimal, unit: Unit): Decimal => (unit === "万元" ? yuan.div(WAN) : new Dec(yuan));

export const round = (x: Decimal, dp: number): Decimal => new Dec(x).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);

/** The number Excel stores for an exact decimal. */
export const num = (x: Decimal): number => Number(str(x));

/** "80,000.00" */
export function thousands(x: Decimal, dp: number): string {
  const [i, f] = new Dec(x).toFixed(dp).split(".");
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return f ? `${grouped}.${f}` : grouped;
}

/** ASCII digits and the decimal point to their full-width forms ("３", "１２．５"). */
export function fullWidth(s: string): string {
  return s.replace(/[0-9.]/g, (ch) => (ch === "." ? "．" : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const SMALL = ["", "拾", "佰", "仟"];
const BIG = ["", "万", "亿"];

/** 人民币大写 of a 元 amount: 870780 → 捌拾柒万零柒佰捌拾元整. */
export function daxie(yuan: Decimal): string {
  const fen = round(yuan, 2).times(100).toNumber();
  const int = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  let out = "";
  if (int > 0) {
    const groups: number[] = [];
    for (let n = int; n > 0; n = Math.floor(n / 10000)) groups.push(n % 10000);
    let needZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const v = groups[g];
      if (v === 0) {
        needZero = out !== "";
        continue;
      }
      if (out !== "" && (needZero || v < 1000)) out += "零";
      needZero = false;
      let part = "";
      let zero = false;
      for (let k = 3; k >= 0; k--) {
        const digit = Math.floor(v / 10 ** k) % 10;
        if (digit === 0) {
          zero = part !== "";
          continue;
        }
        if (zero) part += "零";
        zero = false;
        part += DIGITS[digit] + SMALL[k];
      }
      out += part + BIG[g];
    }
    out += "元";
  }
  if (jiao === 0 && f === 0) return (out || "零元") + "整";
  if (jiao > 0) out += DIGITS[jiao] + "角";
  else if (int > 0) out += "零";
  if (f > 0) out += DIGITS[f] + "分";
  return out;
}
