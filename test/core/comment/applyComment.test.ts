// upsertComment on an in-memory thread with faults: whatever fails and is retried, the thread ends with exactly
// one comment of the key carrying the body; a create whose answer was lost is found, not posted twice; a
// permission error is not retried.
import { describe, expect, it } from "vitest";

import { CommentPermissionError, type CommentThread, upsertComment } from "../../../src/core/comment/applyComment.js";
import { markedBody, type ThreadComment } from "../../../src/core/comment/commentPlan.js";

type Op = "identity" | "list" | "create" | "update" | "remove";

/** A thread in memory; `faults` lists what the next calls of each kind do instead of answering. */
class MemoryThread implements CommentThread {
  readonly label = "acme/repo#1";
  readonly maxBodyChars = 65_536;
  comments: ThreadComment[] = [];
  calls: Op[] = [];
  private next = 100;
  constructor(private readonly faults: Partial<Record<Op, ("error" | "lost" | "denied")[]>> = {}) {}

  private fault(op: Op, done?: () => void): void {
    this.calls.push(op);
    const f = this.faults[op]?.shift();
    if (f === "denied") throw new CommentPermissionError("403 Resource not accessible by integration");
    if (f === "error") throw new Error("502 Bad Gateway");
    if (f === "lost") {
      done?.(); // the server did it; the answer never arrived
      throw new Error("socket hang up");
    }
    done?.();
  }

  async identity() {
    this.fault("identity");
    return { id: "1", name: "bot" };
  }
  async list() {
    this.fault("list");
    return this.comments.map((c) => ({ ...c }));
  }
  async create(body: string) {
    const id = String(this.next++);
    let made = false;
    this.fault("create", () => {
      this.comments.push({ id, body, authorId: "1" });
      made = true;
    });
    if (!made) throw new Error("unreachable");
    return { id, url: null };
  }
  async update(id: string, body: string) {
    this.fault("update", () => {
      const c = this.comments.find((x) => x.id === id)!;
      c.body = body;
    });
    return { id, url: null };
  }
  async remove(id: string) {
    this.fault("remove", () => {
      this.comments = this.comments.filter((x) => x.id !== id);
    });
  }
}

const ours = (t: MemoryThread, key = "k") => t.comments.filter((c) => c.body.startsWith(markedBody(key, "")));

describe("upsertComment", () => {
  it("creates, then updates in place, then leaves an equal body alone", async () => {
    const t = new MemoryThread();
    expect((await upsertComment(t, { key: "k", body: "v1", mode: "update" })).action).toBe("created");
    expect((await upsertComment(t, { key: "k", body: "v2", mode: "update" })).action).toBe("updated");
    const third = await upsertComment(t, { key: "k", body: "v2", mode: "update" });
    expect(third).toMatchObject({ action: "unchanged", id: "100" });
    expect(ours(t).map((c) => c.body)).toEqual([markedBody("k", "v2")]);
  });

  it("a create whose answer was lost is found on the thread, not posted again", async () => {
    const t = new MemoryThread({ create: ["lost"] });
    const r = await upsertComment(t, { key: "k", body: "v1", mode: "update" });
    expect(r).toMatchObject({ action: "created", id: "100" });
    expect(ours(t)).toHaveLength(1);
    expect(t.calls.filter((c) => c === "create")).toHaveLength(1);
  });

  it("retries transient failures of every call, and ends with one comment", async () => {
    const t = new MemoryThread({ identity: ["error"], list: ["error", "error"], create: ["error"] });
    t.comments.push(
      { id: "1", body: markedBody("k", "old"), authorId: "1" },
      { id: "2", body: markedBody("k", "dup"), authorId: "1" },
    );
    const faulty = new MemoryThread({ update: ["error"], remove: ["error"] });
    faulty.comments = t.comments.map((c) => ({ ...c }));
    const r = await upsertComment(faulty, { key: "k", body: "new", mode: "update" });
    expect(r).toMatchObject({ action: "updated", id: "1", deleted: 1 });
    expect(ours(faulty).map((c) => c.body)).toEqual([markedBody("k", "new")]);
    const fresh = new MemoryThread({ identity: ["error"], list: ["error", "error"], create: ["error"] });
    expect((await upsertComment(fresh, { key: "k", body: "x", mode: "update" })).action).toBe("created");
    expect(ours(fresh)).toHaveLength(1);
  });

  it("gives up after three attempts, and never retries a permission error", async () => {
    const down = new MemoryThread({ list: ["error", "error", "error"] });
    await expect(upsertComment(down, { key: "k", body: "x", mode: "update" })).rejects.toThrow("502");
    expect(down.calls.filter((c) => c === "list")).toHaveLength(3);
    const denied = new MemoryThread({ create: ["denied"] });
    await expect(upsertComment(denied, { key: "k", body: "x", mode: "update" })).rejects.toBeInstanceOf(
      CommentPermissionError,
    );
    expect(denied.calls.filter((c) => c === "create")).toHaveLength(1);
  });

  it("recreate and delete leave one new comment, or none", async () => {
    const t = new MemoryThread();
    await upsertComment(t, { key: "k", body: "v1", mode: "update" });
    const re = await upsertComment(t, { key: "k", body: "v2", mode: "recreate" });
    expect(re).toMatchObject({ action: "created", deleted: 1 });
    expect(ours(t).map((c) => c.id)).toEqual([re.id]);
    const del = await upsertComment(t, { key: "k", body: "", mode: "delete" });
    expect(del).toMatchObject({ action: "deleted", id: null, deleted: 1 });
    expect(ours(t)).toEqual([]);
  });
});
