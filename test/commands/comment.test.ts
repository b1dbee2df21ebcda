// `modelgate comment` on the local platform: --full-report-url is linked from a cut body's notice, so anything but
// an http(s) address is one line and exit 2 (as report's link flags), before anything is posted.
import { existsSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeTemp, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("comment");
  await tmp.write("body.md", "## Report\nok\n");
});
afterAll(() => tmp.remove());

describe("comment --full-report-url", () => {
  it.each(["javascript:alert(1)", "see the run", "ftp://files.example/report"])(
    "refuses %s in one line, posting nothing",
    async (url) => {
      const r = await runCli(tmp.path, ["comment", "--body-file", "body.md", "--full-report-url", url]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `modelgate: --full-report-url must be an http:// or https:// address, not ${JSON.stringify(url)}\n`,
      );
      expect(existsSync(tmp.file(".modelgate"))).toBe(false);
    },
  );

  it("takes an http(s) address", async () => {
    const r = await runCli(tmp.path, [
      "comment",
      "--body-file",
      "body.md",
      "--full-report-url",
      "https://ci.example/1",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(tmp.file(".modelgate/comment-1.md"))).toBe(true);
  });
});
