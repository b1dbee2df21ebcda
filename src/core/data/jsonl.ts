import { open } from "node:fs/promises";

import { InputError, jsonSyntaxProblem, unreadable } from "../errors.js";
import { validateHeader } from "./header.js";
import type { ReadOptions, TableSource } from "./types.js";
import { type ValueBatch, valueSource } from "./valueSource.js";

const CHUNK_BYTES = 4 << 20;
const BATCH_ROWS = 65_536;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Lines of a file as strings with their 1-based numbers; bytes that are not UTF-8 are an error on their line. */
async function* readLines(file: string): AsyncGenerator<{ text: string; line: number }> {
  const fh = await open(file, "r").catch((e: unknown) => {
    throw unreadable(file, e);
  });
  try {
    let buf = new Uint8Array(CHUNK_BYTES);
    let used = 0;
    let pos = 0;
    let line = 1;
    let end = false;
    while (!end || used > 0) {
      if (!end) {
        if (used === buf.length) {
          const grown = new Uint8Array(buf.length * 2);
          grown.set(buf);
          buf = grown;
        }
        const { bytesRead } = await fh.read(buf, used, buf.length - used, pos);
        pos += bytesRead;
        used += bytesRead;
        end = bytesRead === 0;
      }
      let start = 0;
      for (;;) {
        let nl = buf.indexOf(10, start);
        if (nl < 0 || nl >= used) {
          if (!end) break;
          if (start >= used) break;
          nl = used;
        }
        let stop = nl;
        if (stop > start && buf[stop - 1] === 13) stop--;
        let text: string;
        try {
          text = utf8.decode(buf.subarray(start, stop));
        } catch {
          throw new InputError(file, { line }, "the text is not valid UTF-8");
        }
        yield { text, line };
        line++;
        start = nl + 1;
      }
      buf.copyWithin(0, start, used);
      used -= Math.min(start, used);
      if (end) break;
    }
  } finally {
    await fh.close();
  }
}

function parseRecord(file: string, text: string, line: number): Record<string, unknown> | null {
  if (text.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, { line }, jsonSyntaxProblem(text, e).replace(/^line 1: /, ""));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(file, { line }, "each line must hold one JSON object");
  }
  return value as Record<string, unknown>;
}

/** Open a JSON Lines file: one object per line; the columns are every key seen, in first-seen order. Blank lines are skipped. */
export async function openJsonl(file: string, options: ReadOptions): Promise<TableSource> {
  const keys = new Map<string, number>();
  let records = 0;
  for await (const { text, line } of readLines(file)) {
    const rec = parseRecord(file, text, line);
    if (!rec) continue;
    records++;
    for (const k of Object.keys(rec)) if (!keys.has(k)) keys.set(k, keys.size);
  }
  if (records === 0) throw new InputError(file, undefined, "the file holds no JSON records");
  const names = [...keys.keys()];
  validateHeader(file, names, {});

  async function* rawBatches(): AsyncGenerator<ValueBatch> {
    let columns = names.map(() => [] as unknown[]);
    let lines: number[] = [];
    for await (const { text, line } of readLines(file)) {
      const rec = parseRecord(file, text, line);
      if (!rec) continue;
      names.forEach((k, c) => columns[c]!.push(rec[k]));
      lines.push(line);
      if (lines.length === BATCH_ROWS) {
        yield { columns, length: lines.length, lines: Int32Array.from(lines) };
        columns = names.map(() => []);
        lines = [];
      }
    }
    if (lines.length > 0) yield { columns, length: lines.length, lines: Int32Array.from(lines) };
  }
  return valueSource(file, "jsonl", names, rawBatches, options, async () => {});
}
