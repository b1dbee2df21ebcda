// JSON for a table of 100,000 columns is a few hundred MB: one JSON.stringify of it is a string that size (past
// V8's longest string, or near the memory a wide table is allowed: issue 16), and writing it copies it again. The
// text is made here one element of the long array at a time, the same bytes JSON.stringify would give.
import { writeOutput } from "../core/outputFile.js";

/** Text pieces under this size are joined before a write: one write per column would be slow. */
const FLUSH_CHARS = 1 << 20;

/**
 * The text of `JSON.stringify(value, null, indent)`, in pieces: `value[key]` (an array) one element at a time.
 * `indent` is 0 (one line) or a number of spaces. `items`, when given, stands for `value[key]`: elements made as
 * they are written, so that they need never be held all at once.
 */
export function* jsonPieces<T extends object>(
  value: T,
  key: keyof T & string,
  indent = 0,
  items: Iterable<unknown> = value[key] as Iterable<unknown>,
): Generator<string> {
  // The object with a marker in the array's place, split around the marker.
  const marker = `\u0000${key}\u0000`;
  const text = JSON.stringify({ ...value, [key]: marker }, null, indent || undefined);
  const at = text.indexOf(JSON.stringify(marker));
  const [head, tail] = [text.slice(0, at), text.slice(at + JSON.stringify(marker).length)];
  // The array sits one level into the object, its elements two: an element is given that indentation by
  // stringifying it two arrays deep and cutting the arrays off (re-indenting each line cost more than the rest).
  const [open, close] = indent ? [`[\n${" ".repeat(indent)}[\n`, `\n${" ".repeat(indent)}]\n]`] : ["", ""];
  let n = 0;
  for (const element of items) {
    const item = indent
      ? JSON.stringify([[element]], null, indent).slice(open.length, -close.length)
      : (JSON.stringify(element) ?? "null");
    yield `${n++ ? "," : `${head}[`}${indent ? "\n" : ""}${item}`;
  }
  yield n ? `${indent ? `\n${" ".repeat(indent)}` : ""}]${tail}` : `${head}[]${tail}`;
}

/** Pieces of text joined into chunks of about FLUSH_CHARS. */
export function* chunked(pieces: Iterable<string>): Generator<string> {
  let buf: string[] = [];
  let size = 0;
  for (const p of pieces) {
    buf.push(p);
    size += p.length;
    if (size >= FLUSH_CHARS) {
      yield buf.join("");
      buf = [];
      size = 0;
    }
  }
  if (buf.length) yield buf.join("");
}

/** Write pieces of text to a file a chunk at a time, atomically as every output (core/outputFile.ts). */
export async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  await writeOutput(file, chunked(pieces));
}
