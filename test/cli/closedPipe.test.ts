// A reader that goes away mid-run (`modelgate publish | head -1`) must not stop a publish half done: the bundle, run as
// a user runs it, finishes the release and exits with its own code, whatever it could no longer print.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Gated, gatedModel } from "../core/registry/registryFixture.js";
import { ROOT } from "../support.js";

let g: Gated;
beforeAll(async () => {
  g = await gatedModel("closed-pipe");
}, 60_000);
afterAll(() => g.tmp.remove());

describe("a closed pipe", () => {
  it("publish goes on after its reader closed stdout and stderr, and exits 0 with the version published", async () => {
    const registry = join(g.tmp.path, "reg");
    const child = spawn(
      process.execPath,
      [
        join(ROOT, "bin/modelgate.js"),
        ...["publish", "--name", "cancer", "--registry", `local:${registry}`, "--model", g.model],
        ...["--gate", g.gate, "--evaluation", g.evaluation],
      ],
      { cwd: g.tmp.path, env: { ...process.env, MODELGATE_PLATFORM: "local" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    // The first line read, the reader leaves (as `head -1` does): later writes meet a closed pipe.
    await new Promise<void>((done) =>
      child.stderr.once("data", () => {
        child.stdout.destroy();
        child.stderr.destroy();
        done();
      }),
    );
    const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
    expect(code).toBe(0);
    expect(readdirSync(join(registry, "cancer"))).toContain("0.0.1");
    expect(readdirSync(join(registry, "cancer", "0.0.1")).sort()).toEqual(
      [".release.json", "evaluation.json", "gate.json", "manifest.json", "model.onnx"].sort(),
    );
  }, 60_000);
});
