import { stat } from "node:fs/promises";

import { InputError, unreadable } from "./errors.js";

/** What a path is, in words, when it is not a regular file (for the one line that refuses it). */
function kindOf(s: Awaited<ReturnType<typeof stat>>): string {
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Refuse anything but a regular file before reading it: /dev/zero never ends and a FIFO blocks until a writer
 * comes, so either would hang a job or fill its memory instead of failing in one line.
 */
export async function assertRegularFile(file: string): Promise<void> {
  const s = await stat(file).catch((e: unknown) => Promise.reject(unreadable(file, e)));
  if (!s.isFile()) throw new InputError(file, undefined, `cannot be read: it is ${kindOf(s)}, not a regular file`);
}
