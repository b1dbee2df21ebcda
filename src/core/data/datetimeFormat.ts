import type { DatetimeParser } from "./types.js";

const DIRECTIVES: Record<string, { min: number; max: number; width: number }> = {
  Y: { min: 0, max: 9999, width: 4 },
  m: { min: 1, max: 12, width: 2 },
  d: { min: 1, max: 31, width: 2 },
  H: { min: 0, max: 23, width: 2 },
  M: { min: 0, max: 59, width: 2 },
  S: { min: 0, max: 60, width: 2 },
};

/** The strftime directives a datetime `format` may use. */
export const FORMAT_DIRECTIVES = "%Y %m %d %H %M %S %f %z %%";

type Token = { kind: "lit"; byte: number } | { kind: "num"; key: string } | { kind: "frac" } | { kind: "zone" };

/** Compile a strftime-style format (`%d/%m/%Y %H:%M`) to a byte parser; throws on an unknown directive. */
export function compileDatetimeFormat(format: string): DatetimeParser {
  const tokens: Token[] = [];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== "%") {
      const code = ch.charCodeAt(0);
      if (code > 127) throw new Error(`only ASCII text may stand between directives, not ${JSON.stringify(ch)}`);
      tokens.push({ kind: "lit", byte: code });
      continue;
    }
    const d = format[++i];
    if (d === "%") tokens.push({ kind: "lit", byte: 37 });
    else if (d === "f") tokens.push({ kind: "frac" });
    else if (d === "z") tokens.push({ kind: "zone" });
    else if (d && DIRECTIVES[d]) tokens.push({ kind: "num", key: d });
    else throw new Error(`unknown directive %${d ?? ""} (known: ${FORMAT_DIRECTIVES})`);
  }
  return (b, s, e) => {
    const f: Record<string, number> = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0 };
    let ms = 0;
    let offset = 0;
    let i = s;
    for (const t of tokens) {
      if (t.kind === "lit") {
        if (b[i] !== t.byte) return NaN;
        i++;
      } else if (t.kind === "num") {
        const spec = DIRECTIVES[t.key]!;
        let v = 0;
        let n = 0;
        while (n < spec.width && i < e && b[i]! >= 48 && b[i]! <= 57) {
          v = v * 10 + (b[i++]! - 48);
          n++;
        }
        if (n === 0 || v < spec.min || v > spec.max) return NaN;
        f[t.key] = v;
      } else if (t.kind === "frac") {
        let scale = 100;
        const start = i;
        while (i < e && b[i]! >= 48 && b[i]! <= 57) {
          ms += (b[i++]! - 48) * scale;
          scale /= 10;
        }
        if (i === start) return NaN;
      } else {
        if (i < e && (b[i] === 90 || b[i] === 122)) {
          i++;
          continue;
        }
        const sign = b[i] === 43 ? -1 : b[i] === 45 ? 1 : 0;
        if (sign === 0) return NaN;
        i++;
        const digits: number[] = [];
        while (i < e && digits.length < 4) {
          if (b[i] === 58) {
            i++;
            continue;
          }
          if (b[i]! < 48 || b[i]! > 57) break;
          digits.push(b[i++]! - 48);
        }
        if (digits.length !== 4) return NaN;
        offset = sign * ((digits[0]! * 10 + digits[1]!) * 60 + digits[2]! * 10 + digits[3]!) * 60000;
      }
    }
    if (i !== e) return NaN;
    const day = new Date(Date.UTC(2000, f.m! - 1, f.d!));
    day.setUTCFullYear(f.Y!);
    if (day.getUTCDate() !== f.d) return NaN; // 31 February and the like
    return day.getTime() + ((f.H! * 60 + f.M!) * 60 + f.S!) * 1000 + ms + offset;
  };
}
