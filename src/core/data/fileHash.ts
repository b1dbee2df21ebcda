import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

import { unreadable } from "../errors.js";

/** sha256 of a file, streamed (files of any size, bounded memory). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (e) {
    throw unreadable(path, e);
  }
  return hash.digest("hex");
}
