// `npm run demo`: the pipeline so far, on the bundled loans example, offline and without an account.
// It runs the committed CLI bundle, as a user's CI would, and checks each step behaves as it should.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, ".demo");
mkdirSync(out, { recursive: true });
const fixtures = join(root, "test/fixtures");
const rel = (p) => p.slice(root.length);

function step(title, args, expect, why = "the gate stops bad data") {
  console.log(
    `\n\u001b[1m▶ ${title}\u001b[0m\n  $ modelgate ${args.map((a) => (a.startsWith(root) ? rel(a) : a.includes(" ") ? `"${a}"` : a)).join(" ")}`,
  );
  const r = spawnSync(process.execPath, [join(root, "bin/modelgate.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, MODELGATE_PLATFORM: "local" },
  });
  process.stdout.write((r.stdout ?? "").replace(/^/gm, "  "));
  process.stderr.write((r.stderr ?? "").replace(/^/gm, "  "));
  if (r.status !== expect) {
    console.error(`\n✗ expected exit ${expect}, got ${r.status}`);
    process.exit(1);
  }
  console.log(`  → exit ${r.status}${expect === 1 ? ` (expected: ${why})` : ""}`);
}

// A current batch with defects a pipeline meets: a typo'd state, an impossible age, a duplicated id, a bad date.
const lines = readFileSync(join(fixtures, "loans_current_control.csv"), "utf8").split("\n");
const bad = lines.slice(0, 2001);
bad[11] = bad[11].replace(/,(CA|TX|NY|FL|IL|PA|OH|GA|NC|MI),/, ",Calif.,");
bad[21] = bad[21].replace(/^([^,]*,[^,]*,)\d+,/, "$1150,");
bad[31] = bad[31].replace(/^[^,]*/, bad[5].split(",")[0]);
bad[41] = bad[41].replace(/^([^,]*,)[^,]*/, "$12023-02-30");
writeFileSync(join(out, "loans_current_bad.csv"), `${bad.join("\n")}\n`);

const schema = join(out, "schema.yml");
step(
  "Infer a schema from the reference data",
  ["schema", "infer", "--data", join(fixtures, "loans_reference.csv"), "--out", schema, "--target", "default"],
  0,
);
// Adopt the observed age range as a rule, as a reviewer would after reading the inferred comments.
writeFileSync(
  schema,
  readFileSync(schema, "utf8").replace(
    "  - name: age\n    type: integer\n",
    "  - name: age\n    type: integer\n    min: 18\n    max: 90\n",
  ),
);
step(
  "Validate the current batch (and profile it in the same pass)",
  [
    "validate",
    "--data",
    join(fixtures, "loans_current_control.csv"),
    "--schema",
    schema,
    "--profile",
    join(out, "current.profile.json"),
    "--junit",
    join(out, "junit.xml"),
    "--report",
    join(out, "validation.json"),
  ],
  0,
);
step(
  "Validate a batch with defects",
  ["validate", "--data", join(out, "loans_current_bad.csv"), "--schema", schema],
  1,
);
step(
  "Profile the reference data",
  [
    "profile",
    "--data",
    join(fixtures, "loans_reference.csv"),
    "--out",
    join(out, "reference.profile.json"),
    "--schema",
    schema,
  ],
  0,
);
step(
  "Merge shard profiles (here: reference + current)",
  [
    "profile",
    "merge",
    join(out, "reference.profile.json"),
    join(out, "current.profile.json"),
    "--out",
    join(out, "merged.profile.json"),
  ],
  0,
);

// The model half: train (the example trainer, run the way a team's own command runs), evaluate the ONNX file
// itself, and gate it; then a deliberately worse model is stopped by the gate with the good one as baseline.
for (const [params, name] of [
  ["params.yaml", "model"],
  ["params-worse.yaml", "worse"],
]) {
  const trainer = `node examples/breast-cancer/train.mjs --data test/fixtures/breast_cancer_train.csv --target target --out .demo/${name}.onnx --metrics .demo/${name}.train.json --params examples/breast-cancer/${params}`;
  step(
    `Train ${name === "model" ? "a model" : "a deliberately worse model"} with the team's own command`,
    [
      "train",
      "--command",
      trainer,
      "--params",
      join(root, "examples/breast-cancer", params),
      "--metrics",
      join(out, `${name}.train.json`),
      "--artifacts",
      join(out, `${name}.onnx`),
      "--data-files",
      join(fixtures, "breast_cancer_train.csv"),
      "--out",
      join(out, `${name}.run.json`),
    ],
    0,
  );
}
const holdout = join(fixtures, "breast_cancer_holdout.csv");
step(
  "Evaluate the ONNX model on the holdout (onnxruntime)",
  [
    "evaluate",
    "--model",
    join(out, "model.onnx"),
    "--data",
    holdout,
    "--target",
    "target",
    "--out",
    join(out, "evaluation.json"),
  ],
  0,
);
step(
  "Evaluate the worse model",
  [
    "evaluate",
    "--model",
    join(out, "worse.onnx"),
    "--data",
    holdout,
    "--target",
    "target",
    "--out",
    join(out, "worse.evaluation.json"),
  ],
  0,
);
step(
  "Gate the model",
  [
    "gate",
    "--evaluation",
    join(out, "evaluation.json"),
    "--rule",
    "accuracy >= 0.95",
    "--rule",
    "roc_auc >= 0.98",
    "--rule",
    "latency_p95_ms <= 20",
    "--out",
    join(out, "gate.json"),
  ],
  0,
);
step(
  "Gate the worse model against it as baseline",
  [
    "gate",
    "--evaluation",
    join(out, "worse.evaluation.json"),
    "--baseline",
    join(out, "evaluation.json"),
    "--rule",
    "accuracy >= baseline - 0.01",
    "--rule",
    "log_loss <= baseline + 10%",
    "--out",
    join(out, "worse.gate.json"),
  ],
  1,
  "the gate stops a worse model",
);
console.log(`\n✓ demo complete: outputs in ${rel(out)}/`);
