// upsertComment on an in-memory thread with faults: a create whose answer was lost is found, not posted twice; a
// permission error or a call the adapter already retried is not tried again; two runs at once end with one comment.
import { describe, expect, it } from "vitest";

import {
  CommentCallError,
  CommentPermissionError,
  type CommentThread,
  upsertComment,
} from "../../../src/core/comment/applyComment.js";
import { markedBody, type ThreadComment } from "../../../src/core/comment/commentPlan.js";

type Op = "identity" | "list" | "create" | "update" | "remove";

/** A thread in memory; `faults` lists what the next calls of each kind do instead of answering. */
class MemoryThread implements CommentThread {
  readonly label = "acme/repo#1";
  readonly maxBodyChars = 65_536;
  comments: ThreadComment[] = [];
  calls: Op[] = [];
  private next = 100;
  /** Runs just before a create is carried out: another run's create lands between our listing and ours. */
  beforeCreate: (() => void) | null = null;
  constructor(private readonly faults: Partial<Record<Op, ("error" | "lost" | "denied" | "spent")[]>> = {}) {}

  private fault(op: Op, done?: () => void): void {
    this.calls.push(op);
    const f = this.faults[op]?.shift();
    if (f === "denied") throw new CommentPermissionError("403 Resource not accessible by integration");
    if (f === "spent") throw new CommentCallError("GitHub POST /x: HTTP 502, 4 times in a row: gave up");
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
    this.beforeCreate?.();
    this.beforeCreate = null;
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

  it("a failed create is looked for, then tried again; other calls are not retried here (the adapters do)", async () => {
    const t = new MemoryThread({ create: ["error", "error"] });
    expect((await upsertComment(t, { key: "k", body: "x", mode: "update" })).action).toBe("created");
    expect(ours(t)).toHaveLength(1);
    expect(t.calls.filter((c) => c === "create")).toHaveLength(3);
    const down = new MemoryThread({ list: ["error"] });
    await expect(upsertComment(down, { key: "k", body: "x", mode: "update" })).rejects.toThrow("502");
    expect(down.calls.filter((c) => c === "list")).toHaveLength(1);
  });

  it("gives up after three creates, and never repeats a permission error or a call whose retries are spent", async () => {
    const down = new MemoryThread({ create: ["error", "error", "error"] });
    await expect(upsertComment(down, { key: "k", body: "x", mode: "update" })).rejects.toThrow("502");
    expect(down.calls.filter((c) => c === "create")).toHaveLength(3);
    const denied = new MemoryThread({ create: ["denied"] });
    await expect(upsertComment(denied, { key: "k", body: "x", mode: "update" })).rejects.toBeInstanceOf(
      CommentPermissionError,
    );
    expect(denied.calls.filter((c) => c === "create")).toHaveLength(1);
    const spent = new MemoryThread({ create: ["spent"] });
    await expect(upsertComment(spent, { key: "k", body: "x", mode: "update" })).rejects.toBeInstanceOf(
      CommentCallError,
    );
    expect(spent.calls).toEqual(["identity", "list", "create"]);
  });

  it("another run's comment created between our listing and our create: the younger goes, the oldest keeps our body", async () => {
    const t = new MemoryThread();
    t.beforeCreate = () => t.comments.push({ id: "50", body: markedBody("k", "other run"), authorId: "1" });
    const r = await upsertComment(t, { key: "k", body: "ours", mode: "update" });
    expect(ours(t).map((c) => [c.id, c.body])).toEqual([["50", markedBody("k", "ours")]]);
    expect(r).toMatchObject({ action: "updated", id: "50", deleted: 1 });
    // The other run, settling after us, sees one comment (its own, the oldest) and changes nothing.
    const same = new MemoryThread();
    same.beforeCreate = () => same.comments.push({ id: "50", body: markedBody("k", "same"), authorId: "1" });
    expect(await upsertComment(same, { key: "k", body: "same", mode: "update" })).toMatchObject({
      action: "unchanged",
      id: "50",
      deleted: 1,
    });
    expect(ours(same)).toHaveLength(1);
  });

  it("a younger comment of another run is deleted and ours, the oldest, kept; ages go by id, not listing order", async () => {
    const t = new MemoryThread();
    // Listed first but younger (a larger id): a platform may list equal creation times in any order.
    t.beforeCreate = () => t.comments.unshift({ id: "900", body: markedBody("k", "other run"), authorId: "1" });
    const r = await upsertComment(t, { key: "k", body: "ours", mode: "update" });
    expect(r).toMatchObject({ action: "created", id: "100", deleted: 1 });
    expect(ours(t).map((c) => [c.id, c.body])).toEqual([["100", markedBody("k", "ours")]]);
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
