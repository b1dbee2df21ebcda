import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { InputError } from "../../src/core/errors.js";
import { assertRegularFile } from "../../src/core/regularFile.js";

describe("assertRegularFile", () => {
  it("accepts a regular file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mg-regular-"));
    await writeFile(join(dir, "a.csv"), "a\n1\n");
    await expect(assertRegularFile(join(dir, "a.csv"))).resolves.toBeUndefined();
  });

  it("refuses a character device, a FIFO, a directory and a missing file in one line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mg-regular-"));
    execFileSync("mkfifo", [join(dir, "pipe")]);
    await expect(assertRegularFile("/dev/zero")).rejects.toThrow("/dev/zero: cannot be read: it is a character device");
    await expect(assertRegularFile(join(dir, "pipe"))).rejects.toThrow(/pipe: cannot be read: it is a FIFO/);
    await expect(assertRegularFile(dir)).rejects.toThrow(/it is a directory/);
    await expect(assertRegularFile(join(dir, "none"))).rejects.toBeInstanceOf(InputError);
  });
});
