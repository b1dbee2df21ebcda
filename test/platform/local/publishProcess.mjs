// One publisher as its own process, for test/platform/local/localRegistry.test.ts: plans a publish, says it is ready,
// waits for the go file (so two of them publish at the same moment), publishes, and prints the outcome as JSON.
import { existsSync, writeFileSync } from "node:fs";
import { setTimeout } from "node:timers/promises";

import { register } from "tsx/esm/api";

register();
const [root, dir, commit, version, onConflict, ready, go] = process.argv.slice(2);
const { LocalRegistry } = await import("../../../src/platform/local/localRegistry.ts");
const { planPublish } = await import("../../../src/core/registry/publishPlan.ts");
const { publish } = await import("../../../src/core/registry/publish.ts");

const store = new LocalRegistry(root);
const planned = await planPublish(store, {
  name: "cancer",
  version,
  files: { model: `${dir}/model.onnx`, gate: `${dir}/gate.json`, evaluation: `${dir}/evaluation.json` },
  configSha256: null,
  git: { commit, branch: "main" },
  ci: { run_url: null, triggered_by: null },
  approvals: [],
  tools: { modelgate: "test", node: process.version },
});
writeFileSync(ready, "");
while (!existsSync(go)) await setTimeout(5);
try {
  const outcome = await publish(store, planned.plan, { onConflict });
  process.stdout.write(JSON.stringify({ status: outcome.status, version: outcome.release.version }));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: e.name, message: e.message }));
}
