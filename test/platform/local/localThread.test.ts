// The local "pull request" is .modelgate/comments.json: its ids name files (comment-<id>.md), so a crafted or
// hand-edited file must not make modelgate write outside .modelgate.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { beforeEach, describe, expect, it } from "vitest";

import { postComment } from "../../../src/commands/post.js";
import { markerOf } from "../../../src/core/comment/commentPlan.js";
import { InputError } from "../../../src/core/errors.js";
import { LocalPlatform } from "../../../src/platform/local/localPlatform.js";
import { harness } from "../platformHarness.js";

let dir: string;
let cwd: string;
const commentsFile = () => join(cwd, ".modelgate", "comments.json");

async function seed(comments: unknown): Promise<void> {
  await mkdir(join(cwd, ".modelgate"), { recursive: true });
  await writeFile(commentsFile(), JSON.stringify({ comments }));
}

const post = (body: string) =>
  postComment(harness(new LocalPlatform(cwd, () => {}), cwd).io, { key: "modelgate", body, mode: "update" });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mg-local-"));
  cwd = join(dir, "a", "b", "project");
  await mkdir(cwd, { recursive: true });
});

describe("the local comment thread", () => {
  it("creates comment-1.md and updates it in place", async () => {
    expect(await post("v1")).toMatchObject({ posted: true, action: "created", id: "1" });
    expect(await post("v2")).toMatchObject({ posted: true, action: "updated", id: "1" });
    expect(await readFile(join(cwd, ".modelgate", "comment-1.md"), "utf8")).toBe(`${markerOf("modelgate")}\nv2`);
  });

  it.each([
    ["a path that climbs out", "../../../evil"],
    ["an absolute path", "/tmp/evil"],
    ["a path inside", "x/y"],
    ["a number with a sign", "-1"],
    ["an empty id", ""],
  ])(
    "refuses a comments.json whose id is %s, in one line naming the file and the place, writing nothing",
    async (_what, id) => {
      await seed([{ id, body: `${markerOf("modelgate")}\nold`, authorId: "local" }]);
      const before = await readFile(commentsFile(), "utf8");
      const e = await post("new").catch((x: unknown) => x);
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toMatch(
        /^\.modelgate\/comments\.json: at comments\.0\.id: a comment id must be a plain number/,
      );
      expect(await readFile(commentsFile(), "utf8")).toBe(before);
      expect(await readdir(join(cwd, ".modelgate"))).toEqual(["comments.json"]);
      // "comment-../../../evil.md" joined below .modelgate would be the project's parent's evil.md.
      for (const up of [1, 2, 3]) expect(existsSync(join(cwd, ...Array<string>(up).fill(".."), "evil.md"))).toBe(false);
    },
  );

  it("refuses a comments.json of the wrong shape or not JSON, naming the file", async () => {
    await seed([{ id: 1, body: "x", authorId: "local" }]);
    await expect(post("new")).rejects.toThrow(/^\.modelgate\/comments\.json: at comments\.0\.id: /);
    await writeFile(commentsFile(), "{ not json");
    await expect(post("new")).rejects.toThrow(/^\.modelgate\/comments\.json: not valid JSON/);
  });

  it("refuses a comments.json that is not a regular file (a FIFO would hang the read)", async () => {
    await mkdir(commentsFile(), { recursive: true });
    await expect(post("new")).rejects.toThrow(/comments\.json: cannot be read: it is a directory, not a regular file/);
  });

  it("writes comments.json through a link planted at its temporary name without following it", async () => {
    // A repository can carry .modelgate/comments.json.tmp as a link to a file of the user's.
    const victim = join(dir, "victim.txt");
    await writeFile(victim, "keep me\n");
    await mkdir(join(cwd, ".modelgate"), { recursive: true });
    await symlink(victim, `${commentsFile()}.tmp`);
    expect(await post("v1")).toMatchObject({ posted: true, action: "created", id: "1" });
    expect(await readFile(victim, "utf8")).toBe("keep me\n");
    expect(JSON.parse(await readFile(commentsFile(), "utf8"))).toMatchObject({ comments: [{ id: "1" }] });
  });
});
