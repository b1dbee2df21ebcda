// The in-memory Platform the command tests use: it must record what it is asked to show in the order asked, and its
// thread must refuse what GitHub and GitLab refuse, or a command test could pass on a call a real platform rejects.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { postComment } from "../src/commands/post.js";
import { CommentPermissionError } from "../src/core/comment/applyComment.js";
import { markerOf } from "../src/core/comment/commentPlan.js";
import { MemoryPlatform, MemoryThread } from "./memoryPlatform.js";
import { harness } from "./platform/platformHarness.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mg-memory-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("MemoryPlatform", () => {
  it("records messages, summaries, annotations, outputs, groups and masks as given", async () => {
    const p = new MemoryPlatform(dir, { context: { platform: "github", branch: "feature" } });
    expect(p.context).toEqual({ platform: "github", branch: "feature", workspace: dir });
    p.info("one");
    p.warning("careful");
    p.startGroup("outer");
    p.startGroup("inner");
    p.endGroup();
    await p.writeSummary("## a\n");
    await p.writeSummary("## b\n");
    p.annotate([{ level: "error", message: "m", file: "d.csv", line: 3 }]);
    p.annotate([{ level: "notice", message: "n" }]);
    await p.setOutputs({ passed: false, count: 1 });
    await p.setOutputs({ passed: true });
    p.mask("s3cr3t");
    expect(p.infos).toEqual(["one"]);
    expect(p.warnings).toEqual(["careful"]);
    expect(p.groups).toEqual([
      { title: "outer", ended: false },
      { title: "inner", ended: true },
    ]);
    expect(p.summaries).toEqual(["## a\n", "## b\n"]);
    expect(p.summary).toBe("## a\n## b\n");
    expect(p.annotations.map((a) => a.message)).toEqual(["m", "n"]);
    expect(p.outputCalls).toEqual([{ passed: false, count: 1 }, { passed: true }]);
    expect(p.outputs).toEqual({ passed: true, count: 1 });
    expect(p.masks).toEqual(["s3cr3t"]);
  });

  it("keeps a file with its size and sha256, or says why not; serves an earlier run's file", async () => {
    await writeFile(join(dir, "r.html"), "<p>hi</p>");
    const p = new MemoryPlatform(dir, { context: { runUrl: "https://ci.example/runs/5" } });
    expect(await p.keepFile({ file: join(dir, "r.html"), retentionDays: 3 })).toEqual({
      id: 1,
      bytes: 9,
      // sha256sum of the same 9 bytes.
      sha256: "0a4735281db700223af63abc387c351f64ea6961a1ef955631df08d96169e772",
      url: "https://ci.example/runs/5/artifacts/1",
    });
    expect(p.kept[0]).toMatchObject({ file: join(dir, "r.html"), retentionDays: 3 });
    const refusing = new MemoryPlatform(dir, { keepUnavailable: "no runtime token" });
    expect(await refusing.keepFile({ file: join(dir, "r.html") })).toEqual({ unavailable: "no runtime token" });

    const withRun = new MemoryPlatform(dir, {
      runFiles: [
        { branch: "main", artifact: "e.json", content: '{"a":1}', run: "https://ci.example/runs/4", sha: "f" },
      ],
    });
    const to = join(dir, "got.json");
    expect(await withRun.runFile({ branch: "main", artifact: "e.json", job: "evaluate", to })).toEqual({
      file: to,
      run: "https://ci.example/runs/4",
      sha: "f",
    });
    expect(await readFile(to, "utf8")).toBe('{"a":1}');
    expect(await withRun.runFile({ branch: "dev", artifact: "e.json", job: "evaluate", to })).toEqual({
      unavailable: 'no run on dev kept "e.json"',
    });
  });
});

describe("MemoryThread", () => {
  it("takes postComment's create, update and unchanged, leaving others' comments alone", async () => {
    const thread = new MemoryThread({
      comments: [{ id: "4", body: `${markerOf("modelgate")}\nquoted`, authorId: "9" }],
    });
    const p = new MemoryPlatform(dir, { thread });
    const post = (body: string) => postComment(harness(p, dir).io, { key: "modelgate", body, mode: "update" });
    expect(await post("v1")).toMatchObject({ posted: true, action: "created", id: "5" });
    expect(await post("v2")).toMatchObject({ posted: true, action: "updated", id: "5" });
    expect(await post("v2")).toMatchObject({ action: "unchanged", id: "5" });
    expect(p.comments).toEqual([
      { id: "4", body: `${markerOf("modelgate")}\nquoted`, authorId: "9" },
      { id: "5", body: `${markerOf("modelgate")}\nv2`, authorId: "1" },
    ]);
    expect(p.threadCalls).toEqual([undefined, undefined, undefined]);
    expect(p.infos).toEqual([
      "comment created on memory#1",
      "comment updated on memory#1",
      "comment unchanged on memory#1",
    ]);
  });

  it("refuses a body over its limit, an edit of another's comment, and an unknown id, as the platforms do", async () => {
    const thread = new MemoryThread({ maxBodyChars: 10, comments: [{ id: "1", body: "theirs", authorId: "9" }] });
    await expect(thread.create("x".repeat(11))).rejects.toThrow(/over the 10 allowed/);
    await expect(thread.update("1", "mine")).rejects.toBeInstanceOf(CommentPermissionError);
    await expect(thread.remove("1")).rejects.toBeInstanceOf(CommentPermissionError);
    await expect(thread.update("7", "mine")).rejects.toThrow(/no comment 7/);
    await thread.remove("7"); // already gone: resolves
    expect(thread.comments).toEqual([{ id: "1", body: "theirs", authorId: "9" }]);
    expect(thread.headSha).toBeUndefined();
    expect(await new MemoryThread({ headSha: "a".repeat(40) }).headSha!()).toBe("a".repeat(40));
  });

  it("no thread: postComment keeps the body in the summary and says why", async () => {
    const p = new MemoryPlatform(dir, { thread: { unavailable: "not a pull request" } });
    const r = await postComment(harness(p, dir).io, { key: "modelgate", body: "## kept", mode: "update" });
    expect(r.posted).toBe(false);
    expect(p.summary).toContain("## kept");
    expect(p.warnings.join("\n")).toContain("not a pull request");
    expect(p.comments).toEqual([]);
  });
});
