// Two moves of one stage at once: the one whose "from" no longer holds is refused as a result (exit 1, one line), not
// taken for unusable input, and the history keeps the move that came first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runCommand } from "../../src/commands/run.js";
import { publish } from "../../src/core/registry/publish.js";
import { planPublish } from "../../src/core/registry/publishPlan.js";
import type { StageEvent } from "../../src/core/registry/store.js";
import { LocalRegistry } from "../../src/platform/local/localRegistry.js";
import { type Gated, gatedModel, request } from "../core/registry/registryFixture.js";
import { MemoryPlatform } from "../memoryPlatform.js";
import { Sink } from "../support.js";

/** A registry where another mover records its promote just before ours lands. */
class RacedRegistry extends LocalRegistry {
  raced = false;
  override async recordStage(event: StageEvent): Promise<void> {
    if (!this.raced) {
      this.raced = true;
      await super.recordStage({ ...event, version: "0.0.1", by: "someone-else" });
    }
    return super.recordStage(event);
  }
}

let g: Gated;
beforeAll(async () => {
  g = await gatedModel("stage-conflict");
}, 60_000);
afterAll(() => g.tmp.remove());

describe("a stage moved meanwhile", () => {
  it("promote is refused with exit 1, naming the move that came first", async () => {
    const store = new RacedRegistry(g.tmp.file("reg"));
    const planned = await planPublish(store, request(g));
    if (planned.status !== "ready") throw new Error(planned.reason);
    await publish(store, planned.plan);
    const platform = new MemoryPlatform(g.tmp.path, { context: { platform: "github" }, registry: { store } });
    const out = new Sink();
    const io = { cwd: g.tmp.path, json: false, stdout: out.write, stderr: out.write, platform };
    const code = await runCommand("promote", { name: "cancer", version: "0.0.1", stage: "staging" }, io);
    expect(code).toBe(1);
    expect(out.text).toBe(
      "refused (conflict): cancer: staging moved to 0.0.1 meanwhile (this promote was from nothing): run it again\n",
    );
    expect(platform.outputs).toMatchObject({ status: "refused" });
    expect((await store.stageHistory("cancer")).map((e) => e.by)).toEqual(["someone-else"]);
  });
});
