import { randomBytes } from "node:crypto";
import { lstat, open, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

import { InputError } from "./errors.js";

/**
 * Write an output file atomically: the bytes go to a temporary file beside it, which then replaces the path in
 * one rename. A reader (or a crash) never sees half a file, and a symbolic link at the path is replaced, not
 * followed, so a link planted in a repository cannot aim a write at another file. Pieces of text (an iterable) are
 * written one after another, never joined.
 */
export async function writeOutput(file: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  const existing = await lstat(file).catch(() => null);
  if (existing?.isDirectory()) throw new InputError(file, undefined, "is a directory: cannot write the output there");
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    // "wx": the temporary name is new; an existing file (or link) there is an error, never written through.
    if (typeof data === "string" || data instanceof Uint8Array) await writeFile(tmp, data, { flag: "wx" });
    else {
      // Text made in pieces (a table of 100,000 columns is past V8's longest string): written as it comes.
      const fh = await open(tmp, "wx");
      try {
        for (const piece of data) await fh.write(piece);
      } finally {
        await fh.close();
      }
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") throw new InputError(file, undefined, "cannot be written: its folder does not exist");
    if (err.code) throw new InputError(file, undefined, `cannot be written (${err.code})`, { cause: e });
    throw e;
  }
}

/** Where a path really leads (through links), or, for a file yet to be written, its folder's real path + its name. */
export async function realTarget(path: string): Promise<string> {
  const direct = await realpath(path).catch(() => null);
  if (direct) return direct;
  const dir = await realpath(dirname(path)).catch(() => dirname(path));
  return join(dir, basename(path));
}
