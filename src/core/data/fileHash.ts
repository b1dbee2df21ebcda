import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

import { unreadable } from "../errors.js";
import { assertRegularFile } from "../regularFile.js";

/** sha256 of a file, streamed (any size, bounded memory); /dev/zero or a FIFO is refused, not hashed for ever. */
export async function sha256File(path: string): Promise<string> {
  await assertRegularFile(path);
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (e) {
    throw unreadable(path, e);
  }
  return hash.digest("hex");
}
