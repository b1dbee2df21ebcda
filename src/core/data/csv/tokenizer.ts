import { InputError } from "../../errors.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The problem reported for a quote that is still open where the data ends. */
export const UNCLOSED_QUOTE = "a quoted field is never closed";

/** Field flag: the field was quoted; with ESCAPED it also holds doubled quotes to undo. */
export const QUOTED = 1;
export const ESCAPED = 2;

/** The field boundaries of up to `capacity` records, pointing into `buf`. */
export interface FieldBatch {
  buf: Uint8Array;
  rows: number;
  width: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /** 1-based line on which each record starts. */
  lines: Int32Array;
}

/**
 * Splits bytes into records and fields (RFC 4180: quoted fields, doubled quotes, newlines inside quotes, CRLF).
 * Fully blank lines are skipped. A record's field count must equal `width` once it is set.
 */
export class CsvTokenizer {
  private pos = 0;
  private line = 1;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  lines: Int32Array;
  rows = 0;
  width: number;

  constructor(
    private readonly file: string,
    private readonly delimiter: number,
    readonly capacity: number,
    width: number,
    /** Reading the header: any field count up to `width` is taken, and becomes the width. */
    private readonly header = false,
  ) {
    this.width = width;
    const n = capacity * Math.max(width, 1);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.lines = new Int32Array(capacity);
  }

  get position(): number {
    return this.pos;
  }

  get currentLine(): number {
    return this.line;
  }

  /** Restart on a new buffer whose byte 0 is where `position` was. */
  rebase(): void {
    this.pos = 0;
    this.rows = 0;
  }

  /** Begin a new batch in the same buffer. */
  startBatch(): void {
    this.rows = 0;
  }

  /** The line the first record starts on. */
  startAt(line: number): void {
    this.line = line;
  }

  skip(bytes: number): void {
    this.pos += bytes;
  }

  /**
   * Tokenize whole records of `b[0, len)` from the current position until the batch is full.
   * With `final`, the data ends at `len`; otherwise a record cut at `len` is left for the next buffer.
   */
  fill(b: Uint8Array, len: number, final: boolean): void {
    const d = this.delimiter;
    const width = this.width;
    const starts = this.starts;
    const ends = this.ends;
    const flags = this.flags;
    while (this.rows < this.capacity && this.pos < len) {
      const recordStart = this.pos;
      const recordLine = this.line;
      let i = recordStart;
      // A blank line (LF or CRLF alone) is no record.
      if (b[i] === LF) {
        this.pos = i + 1;
        this.line++;
        continue;
      }
      if (b[i] === CR && i + 1 < len && b[i + 1] === LF) {
        this.pos = i + 2;
        this.line++;
        continue;
      }
      const base = this.rows * width;
      let f = 0;
      let complete = false;
      for (;;) {
        if (f >= width) this.tooMany(recordLine, b, i, len);
        const k = base + f;
        if (i < len && b[i] === QUOTE) {
          const open = i;
          const openLine = this.line;
          i++;
          let flag = QUOTED;
          let closed = -1;
          while (i < len) {
            const c = b[i]!;
            if (c === QUOTE) {
              if (i + 1 < len && b[i + 1] === QUOTE) {
                flag |= ESCAPED;
                i += 2;
                continue;
              }
              if (i + 1 >= len && !final) break; // the next buffer may start with the other quote
              closed = i;
              break;
            }
            if (c === LF) this.line++;
            i++;
          }
          if (closed < 0) {
            if (final) throw new InputError(this.file, { line: openLine }, UNCLOSED_QUOTE);
            break;
          }
          starts[k] = open + 1;
          ends[k] = closed;
          flags[k] = flag;
          i = closed + 1;
          if (i < len && b[i] === CR && (i + 1 >= len || b[i + 1] === LF)) i++;
          if (i < len && b[i] !== d && b[i] !== LF) {
            throw new InputError(
              this.file,
              { line: this.line },
              `unexpected text after the closing quote of field ${f + 1}`,
            );
          }
        } else {
          const s = i;
          let c = 0;
          while (i < len && (c = b[i]!) !== d && c !== LF) i++;
          starts[k] = s;
          ends[k] = i > s && b[i - 1] === CR && (i < len ? c === LF : final) ? i - 1 : i;
          flags[k] = 0;
        }
        f++;
        if (i >= len) {
          complete = final;
          break;
        }
        if (b[i] === d) {
          i++;
          continue;
        }
        // b[i] is LF
        i++;
        this.line++;
        complete = true;
        break;
      }
      if (!complete) {
        this.pos = recordStart;
        this.line = recordLine;
        return;
      }
      if (this.header) this.width = f;
      else if (f !== width)
        throw new InputError(this.file, { line: recordLine }, `${f} fields, but the header has ${width}`);
      this.lines[this.rows] = recordLine;
      this.rows++;
      this.pos = i;
    }
  }

  private tooMany(line: number, b: Uint8Array, i: number, len: number): never {
    let n = this.width;
    // Count the rest of the record's fields for the message.
    let inQuote = false;
    for (let j = i; j < len; j++) {
      const c = b[j]!;
      if (c === QUOTE) inQuote = !inQuote;
      else if (!inQuote && c === this.delimiter) n++;
      else if (!inQuote && c === LF) break;
    }
    if (this.header) throw new InputError(this.file, { line }, `more than ${this.width} columns`);
    throw new InputError(this.file, { line }, `${n + 1} fields, but the header has ${this.width}`);
  }
}
