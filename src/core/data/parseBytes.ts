// Byte-level cell parsers: the CSV hot path parses straight from the file buffer, without making strings.
// Other formats reuse them through `toBytes` so every format agrees on what a number, boolean or datetime is.

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];
const latin1 = new TextDecoder("latin1");

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A decimal number (optional sign, digits, fraction, exponent); NaN when the bytes are not one. */
export function parseNumber(b: Uint8Array, s: number, e: number): number {
  if (s === e) return NaN;
  let i = s;
  let c = b[i]!;
  if (c === 32 || b[e - 1] === 32) return parseSlow(b, s, e);
  let neg = false;
  if (c === 45 || c === 43) {
    neg = c === 45;
    if (++i === e) return NaN;
    c = b[i]!;
  }
  let mant = 0;
  let digits = 0;
  let fracDigits = 0;
  const intStart = i;
  // Leading zeros do not count towards the 15 significant digits of the exact fast path.
  while (c === 48 && i < e) c = b[++i]!;
  while (i < e && (c = b[i]! - 48) >= 0 && c <= 9) {
    mant = mant * 10 + c;
    digits++;
    i++;
  }
  let any = i > intStart;
  if (i < e && b[i] === 46) {
    i++;
    const fracStart = i;
    while (i < e && (c = b[i]! - 48) >= 0 && c <= 9) {
      mant = mant * 10 + c;
      if (mant !== 0) digits++;
      i++;
    }
    fracDigits = i - fracStart;
    any = any || fracDigits > 0;
  }
  if (!any) return NaN;
  if (i === e) {
    if (digits <= 15 && fracDigits <= 22) {
      const v = fracDigits === 0 ? mant : mant / POW10[fracDigits]!;
      return neg ? -v : v;
    }
    return parseSlow(b, s, e);
  }
  c = b[i]!;
  if (c !== 101 && c !== 69) return NaN;
  i++;
  let exp = 0;
  let eneg = false;
  if (i < e && (b[i] === 45 || b[i] === 43)) {
    eneg = b[i] === 45;
    i++;
  }
  const expStart = i;
  while (i < e && (c = b[i]! - 48) >= 0 && c <= 9) {
    if (exp < 100000) exp = exp * 10 + c;
    i++;
  }
  if (i === expStart || i !== e) return NaN;
  const scale = (eneg ? -exp : exp) - fracDigits;
  // Exact fast path: a mantissa below 2^53 times an exact power of ten is one correctly rounded IEEE operation.
  if (digits <= 15 && scale >= -22 && scale <= 22) {
    const v = scale >= 0 ? mant * POW10[scale]! : mant / POW10[-scale]!;
    return neg ? -v : v;
  }
  return parseSlow(b, s, e);
}

// Long mantissas, big exponents and padded cells: let the engine's correctly rounded parser decide.
function parseSlow(b: Uint8Array, s: number, e: number): number {
  const text = latin1.decode(b.subarray(s, e)).trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return NaN;
  const v = Number(text);
  return Number.isFinite(v) ? v : NaN;
}

/** An integer written without fraction or exponent; NaN otherwise. Exact up to 2^53. */
export function parseInteger(b: Uint8Array, s: number, e: number): number {
  let i = s;
  while (i < e && b[i] === 32) i++;
  while (e > i && b[e - 1] === 32) e--;
  if (i === e) return NaN;
  let neg = false;
  const c0 = b[i]!;
  if (c0 === 45 || c0 === 43) {
    neg = c0 === 45;
    i++;
  }
  if (i === e) return NaN;
  let v = 0;
  for (; i < e; i++) {
    const c = b[i]!;
    if (!isDigit(c)) return NaN;
    v = v * 10 + (c - 48);
  }
  if (v > Number.MAX_SAFE_INTEGER) return NaN;
  return neg ? -v : v;
}

function lowerEq(b: Uint8Array, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((b[s + k]! | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** 1 for true, 0 for false, NaN otherwise. Words in any case; `1`/`0` too, unless `wordsOnly`. */
export function parseBoolean(b: Uint8Array, s: number, e: number, wordsOnly = false): number {
  if (lowerEq(b, s, e, "true")) return 1;
  if (lowerEq(b, s, e, "false")) return 0;
  if (!wordsOnly && e - s === 1) {
    if (b[s] === 49) return 1;
    if (b[s] === 48) return 0;
  }
  return NaN;
}

function num2(b: Uint8Array, i: number): number {
  const a = b[i]! - 48;
  const c = b[i + 1]! - 48;
  return a >= 0 && a <= 9 && c >= 0 && c <= 9 ? a * 10 + c : -1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!;
}

/**
 * ISO 8601 calendar date or date-time: `YYYY-MM-DD`, then optionally `T` or a space, `HH:MM[:SS[.fff…]]`,
 * then optionally `Z` or `±HH[:]MM`. Epoch milliseconds in UTC (no offset means UTC); NaN otherwise.
 */
export function parseDatetime(b: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n < 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return NaN;
  const y = num2(b, s) * 100 + num2(b, s + 2);
  const mo = num2(b, s + 5);
  const d = num2(b, s + 8);
  if (num2(b, s) < 0 || num2(b, s + 2) < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  // Date.UTC reads years 0-99 as 1900-1999; 400 years later is the same calendar, 146097 days on.
  let ms = y < 100 ? Date.UTC(y + 400, mo - 1, d) - 146097 * 86400000 : Date.UTC(y, mo - 1, d);
  if (n === 10) return ms;
  let i = s + 10;
  const sep = b[i];
  if ((sep !== 84 && sep !== 32 && sep !== 116) || e - i < 6 || b[i + 3] !== 58) return NaN;
  const hh = num2(b, i + 1);
  const mm = num2(b, i + 4);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return NaN;
  ms += (hh * 60 + mm) * 60000;
  i += 6;
  if (i < e && b[i] === 58) {
    const ss = e - i >= 3 ? num2(b, i + 1) : -1;
    if (ss < 0 || ss > 60) return NaN;
    ms += ss * 1000;
    i += 3;
    if (i < e && (b[i] === 46 || b[i] === 44)) {
      i++;
      let scale = 100;
      const start = i;
      while (i < e && isDigit(b[i]!)) {
        ms += (b[i]! - 48) * scale;
        scale /= 10;
        i++;
      }
      if (i === start) return NaN;
    }
  }
  if (i === e) return ms;
  const z = b[i];
  if ((z === 90 || z === 122) && i + 1 === e) return ms;
  if (z === 43 || z === 45) {
    const oh = num2(b, i + 1);
    let j = i + 3;
    if (j < e && b[j] === 58) j++;
    const om = j === e ? 0 : num2(b, j);
    if (j !== e) j += 2;
    if (oh < 0 || oh > 23 || om < 0 || om > 59 || j !== e) return NaN;
    const off = (oh * 60 + om) * 60000;
    return z === 43 ? ms - off : ms + off;
  }
  return NaN;
}

const scratch = { buf: new Uint8Array(256) };
const encoder = new TextEncoder();

/** The UTF-8 bytes of a string in a reused scratch buffer, so other formats share the byte parsers. */
export function toBytes(text: string): { b: Uint8Array; n: number } {
  if (text.length * 3 > scratch.buf.length) scratch.buf = new Uint8Array(text.length * 3 + 16);
  const { written } = encoder.encodeInto(text, scratch.buf);
  return { b: scratch.buf, n: written };
}

/** Bits of the types a cell's text fits, for type detection. */
export const FITS_INTEGER = 1;
export const FITS_NUMBER = 2;
export const FITS_BOOLEAN = 4;
export const FITS_DATETIME = 8;
export const FITS_ALL = 15;

/** Which types these bytes could be read as. Booleans by word only (`0`/`1` columns are integers). */
export function classify(b: Uint8Array, s: number, e: number): number {
  let m = 0;
  const c = b[s]!;
  if (isDigit(c) || c === 45 || c === 43 || c === 46 || c === 32) {
    if (!Number.isNaN(parseInteger(b, s, e))) m |= FITS_INTEGER | FITS_NUMBER;
    else if (!Number.isNaN(parseNumber(b, s, e))) m |= FITS_NUMBER;
    if (e - s >= 10 && !Number.isNaN(parseDatetime(b, s, e))) m |= FITS_DATETIME;
  } else if (!Number.isNaN(parseBoolean(b, s, e, true))) m |= FITS_BOOLEAN;
  return m;
}
