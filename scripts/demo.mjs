// `npm run demo`: the pipeline so far, on the bundled loans example, offline and without an account.
// It runs the committed CLI bundle, as a user's CI would, and checks each step behaves as it should.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, ".demo");
mkdirSync(out, { recursive: true });
// The model registry is a local folder here (GitHub Releases or GitLab Releases in CI): emptied so each demo run
// publishes its first version afresh.
rmSync(join(out, "registry"), { recursive: true, force: true });
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
// The model card, from the pipeline's outputs: it ships with the model.
step(
  "Model card from the pipeline's outputs and the team's card.yml",
  [
    "card",
    ...[
      "--evaluation",
      join(out, "evaluation.json"),
      "--run",
      join(out, "model.run.json"),
      "--gate",
      join(out, "gate.json"),
    ],
    ...["--info", join(root, "examples/breast-cancer/card.yml"), "--out", join(out, "MODEL_CARD.md")],
    ...["--mct", join(out, "model_card.json")],
  ],
  0,
);
// The registry half: the gated model becomes a versioned release (the model, its card, evaluation, gate, run and a
// manifest of digests and lineage), promoted through stages under modelgate.yml's rules; a worse model is then gated
// against what production holds, and refused.
const config = join(out, "modelgate.yml");
writeFileSync(
  config,
  [
    "# The demo's modelgate.yml: the gate's rules (publish checks gate.json was judged under them) and the registry.",
    "gate:",
    "  rules:",
    '    - "accuracy >= 0.95"',
    '    - "roc_auc >= 0.98"',
    '    - "latency_p95_ms <= 20"',
    "registry:",
    "  url: local:.demo/registry",
    "  name: breast-cancer",
    "  stages:",
    "    production:",
    "      requires: [staging]",
    "",
  ].join("\n"),
);
const published = [
  ...[
    "--model",
    join(out, "model.onnx"),
    "--gate",
    join(out, "gate.json"),
    "--evaluation",
    join(out, "evaluation.json"),
  ],
  ...["--holdout", holdout, "--card", join(out, "MODEL_CARD.md"), "--run", join(out, "model.run.json")],
  ...["--schema", join(out, "schema.yml")],
];
step(
  "Publish the gated model: version auto, every file verified by sha256",
  ["publish", "--config", config, ...published],
  0,
);
step("Publish it again: nothing is published twice", ["publish", "--config", config, ...published], 0);
step(
  "Promote to production before staging: modelgate.yml's stage rules refuse",
  ["promote", "--config", config, "--version", "0.0.1", "--stage", "production"],
  1,
  "production requires staging first",
);
for (const stage of ["staging", "production"])
  step(`Promote 0.0.1 to ${stage}`, ["promote", "--config", config, "--version", "0.0.1", "--stage", stage], 0);
step("The registry: versions, stages, metrics, approvals", ["registry", "list", "--config", config], 0);
step(
  "At deploy time: verify what production points at (every sha256, the gate's binding)",
  ["verify", "--config", config, "breast-cancer@production"],
  0,
);
step(
  "Pull the production model (written only once its sha256 is the manifest's)",
  ["registry", "pull", "--config", config, "breast-cancer@production", "--out", join(out, "production.onnx")],
  0,
);
step(
  "Gate the worse model against production's published evaluation",
  [
    "gate",
    ...["--config", config, "--evaluation", join(out, "worse.evaluation.json")],
    ...["--baseline", "registry:breast-cancer@production"],
    ...["--rule", "accuracy >= baseline - 0.01", "--rule", "log_loss <= baseline + 10%"],
    ...["--out", join(out, "worse.gate.json")],
  ],
  1,
  "the gate stops a model worse than production",
);
step(
  "Publishing the worse model is refused: its gate failed",
  [
    "publish",
    ...["--config", config, "--model", join(out, "worse.onnx"), "--gate", join(out, "worse.gate.json")],
    ...["--evaluation", join(out, "worse.evaluation.json"), "--rule", "accuracy >= baseline - 0.01"],
    ...["--rule", "log_loss <= baseline + 10%"],
  ],
  1,
  "only a model that passed its gate ships",
);
// Drift: the control batch against the reference, then a batch whose incomes rose 30 % and state mix moved.
const controlLines = readFileSync(join(fixtures, "loans_current_control.csv"), "utf8").trimEnd().split("\n");
const [income, state] = ["income", "state"].map((name) => controlLines[0].split(",").indexOf(name));
const shifted = controlLines.map((line, i) => {
  if (i === 0) return line;
  const cells = line.split(",");
  if (cells[income] !== "") cells[income] = (Number(cells[income]) * 1.3).toFixed(2);
  if (i % 2 === 0) cells[state] = "CA";
  return cells.join(",");
});
writeFileSync(join(out, "loans_current_shifted.csv"), `${shifted.join("\n")}\n`);
step(
  "Drift: the control batch against the reference (same process, no drift)",
  [
    "drift",
    ...["--reference", join(fixtures, "loans_reference.csv"), "--current", join(fixtures, "loans_current_control.csv")],
    ...["--out", join(out, "drift-control.json")],
  ],
  0,
);
step(
  "Drift: a batch with incomes up 30 % and half the states CA (HTML report written)",
  [
    "drift",
    ...["--reference", join(fixtures, "loans_reference.csv"), "--current", join(out, "loans_current_shifted.csv")],
    ...["--dataset-threshold", "0.2", "--out", join(out, "drift.json"), "--report", join(out, "drift.md")],
    ...["--html", join(out, "drift.html")],
  ],
  1,
  "drift stops the pipeline when the data moved",
);
step(
  "Profile the reference on its own deciles, then drift from profiles only (no raw reference needed)",
  ["profile", "--data", join(fixtures, "loans_reference.csv"), "--out", join(out, "ref0.profile.json")],
  0,
);
step(
  "… the reference binned on those edges",
  [
    "profile",
    ...["--data", join(fixtures, "loans_reference.csv"), "--edges-from", join(out, "ref0.profile.json")],
    ...["--out", join(out, "reference.profile.json")],
  ],
  0,
);
step(
  "… and drift of the shifted batch from the reference profile",
  [
    "drift",
    ...["--reference", join(out, "reference.profile.json"), "--current", join(out, "loans_current_shifted.csv")],
    ...["--dataset-threshold", "0.2", "--out", join(out, "drift-profiles.json")],
  ],
  1,
  "the same columns drift from profiles",
);
step(
  "Prediction drift: the model itself scores the training data and the holdout, and its answers are compared",
  [
    "drift",
    ...["--reference", join(fixtures, "breast_cancer_train.csv"), "--current", holdout, "--target", "target"],
    ...["--model", join(out, "model.onnx"), "--out", join(out, "drift-predictions.json")],
  ],
  0,
);
// The reviewer's view: one report of everything, "posted" to the local thread (.modelgate/comments.json) twice to
// show the second run updates the same comment.
for (const time of ["", " again (the same comment is updated, not duplicated)"])
  step(
    `The pull request report, posted${time}`,
    [
      "report",
      ...["--validation", join(out, "validation.json"), "--run", join(out, "model.run.json")],
      ...["--evaluation", join(out, "evaluation.json"), "--gate", join(out, "gate.json")],
      ...["--drift", join(out, "drift.json"), "--card", join(out, "MODEL_CARD.md")],
      ...["--out", join(out, "report.md"), "--post"],
    ],
    0,
  );
console.log(`\n✓ demo complete: outputs in ${rel(out)}/ (the posted comment: .modelgate/comment-1.md)`);
