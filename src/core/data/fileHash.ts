import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

import { unreadable } from "../errors.js";
import { assertRegularFile } from "../regularFile.js";

// Every sha256 modelgate writes (models, data, artifacts, a gate's config) is lowercase hex of the bytes: digests
// taken at different steps (a model read whole by evaluate, a file streamed by train or card) are compared as
// bindings, so they are computed here, one way.

/** sha256 of bytes, or of a string's UTF-8 encoding, as lowercase hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

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
