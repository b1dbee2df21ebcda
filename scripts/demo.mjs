// `npm run demo` (after `npm ci`): the whole pipeline on one dataset, offline and without an account. A team
// keeps a breast-cancer classifier in a repository; a pull request brings a new batch of data and a retrained
// model. The demo validates the data, trains, evaluates the ONNX model itself, gates it, writes its card,
// publishes it to a local registry and promotes it, stops a worse model and a drifted batch, and posts one
// report. It runs the committed CLI bundle, as a user's CI would, and checks each step ends as it should.
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
const train = join(fixtures, "breast_cancer_train.csv");
const holdout = join(fixtures, "breast_cancer_holdout.csv");
const rel = (p) => p.slice(root.length);
// Bold titles on a terminal only: a CI log or a file gets plain text.
const bold = (t) => (process.stdout.isTTY ? `\u001b[1m${t}\u001b[0m` : t);

function step(title, args, expect, why) {
  console.log(
    `\n${bold(`▶ ${title}`)}\n  $ modelgate ${args.map((a) => (a.startsWith(root) ? rel(a) : a.includes(" ") ? `"${a}"` : a)).join(" ")}`,
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

/** A CSV as header + rows of cells (the breast-cancer files have no quoted fields, only quoted-free names with spaces). */
function table(file) {
  const [header, ...rows] = readFileSync(file, "utf8").trimEnd().split("\n");
  return { header: header.split(","), rows: rows.map((r) => r.split(",")) };
}
const writeTable = (file, t) => writeFileSync(file, `${[t.header, ...t.rows].map((r) => r.join(",")).join("\n")}\n`);

// modelgate.yml of the demo: the gate's rules (publish checks gate.json was judged under them) and the registry.
const config = join(out, "modelgate.yml");
writeFileSync(
  config,
  [
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

// 1. The data. A schema from the training data, with the measurement ranges a reviewer adopts; the new batch (the
// holdout) passes, a batch with defects does not.
const schema = join(out, "schema.yml");
step(
  "Infer a schema from the training data",
  ["schema", "infer", "--data", train, "--out", schema, "--target", "target"],
  0,
);
writeFileSync(
  schema,
  readFileSync(schema, "utf8")
    .replace(
      "  - name: mean radius\n    type: number\n",
      "  - name: mean radius\n    type: number\n    min: 0\n    max: 50\n",
    )
    .replace(
      "  - name: mean area\n    type: number\n",
      "  - name: mean area\n    type: number\n    min: 0\n    max: 5000\n",
    ),
);
step(
  "Validate the new batch (and profile it in the same pass)",
  [
    ...["validate", "--data", holdout, "--schema", schema, "--profile", join(out, "current.profile.json")],
    ...["--junit", join(out, "junit.xml"), "--report", join(out, "validation.json")],
  ],
  0,
);
const bad = table(holdout);
const [radius, area, target] = ["mean radius", "mean area", "target"].map((n) => bad.header.indexOf(n));
bad.rows[3][radius] = "-14.2"; // a sign lost in an export
bad.rows[7][area] = "n/a"; // text in a number column
bad.rows[11][target] = ""; // a sample never labelled
writeTable(join(out, "batch_with_defects.csv"), bad);
step(
  "Validate a batch with defects",
  ["validate", "--data", join(out, "batch_with_defects.csv"), "--schema", schema],
  1,
  "validation stops bad data",
);

// 2. The model: train with the team's own command (a good model, and a deliberately worse one), evaluate the ONNX
// files themselves with onnxruntime, gate, and write the card.
for (const [params, name] of [
  ["params.yaml", "model"],
  ["params-worse.yaml", "worse"],
]) {
  const trainer = `node examples/breast-cancer/train.mjs --data test/fixtures/breast_cancer_train.csv --target target --out .demo/${name}.onnx --metrics .demo/${name}.train.json --params examples/breast-cancer/${params}`;
  step(
    `Train ${name === "model" ? "the model" : "a deliberately worse model"} with the team's own command`,
    [
      ...["train", "--command", trainer, "--params", join(root, "examples/breast-cancer", params)],
      ...["--metrics", join(out, `${name}.train.json`), "--artifacts", join(out, `${name}.onnx`)],
      ...["--data-files", train, "--out", join(out, `${name}.run.json`)],
    ],
    0,
  );
  step(
    `Evaluate ${name === "model" ? "it" : "the worse model"} on the holdout (onnxruntime)`,
    [
      ...["evaluate", "--model", join(out, `${name}.onnx`), "--data", holdout, "--target", "target"],
      ...["--out", join(out, name === "model" ? "evaluation.json" : "worse.evaluation.json")],
    ],
    0,
  );
}
step(
  "Gate the model on modelgate.yml's rules (JUnit for GitLab's test widget too)",
  [
    ...["gate", "--config", config, "--evaluation", join(out, "evaluation.json")],
    ...["--out", join(out, "gate.json"), "--junit", join(out, "gate-junit.xml")],
  ],
  0,
);
step(
  "Model card from the pipeline's outputs and the team's card.yml",
  [
    ...["card", "--evaluation", join(out, "evaluation.json"), "--run", join(out, "model.run.json")],
    ...["--gate", join(out, "gate.json"), "--info", join(root, "examples/breast-cancer/card.yml")],
    ...["--out", join(out, "MODEL_CARD.md"), "--mct", join(out, "model_card.json")],
  ],
  0,
);

// 3. The registry: the gated model becomes a versioned release (model, card, evaluation, gate, run, schema and a
// manifest of digests and lineage), promoted through stages under modelgate.yml's rules.
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
  ...["--schema", schema],
];
step(
  "Publish the gated model: version auto, every file verified by sha256",
  ["publish", "--config", config, ...published],
  0,
);
step("Publish it again: nothing is published twice", ["publish", "--config", config, ...published], 0);
step(
  "Promote to production before staging",
  ["promote", "--config", config, "--version", "0.0.1", "--stage", "production"],
  1,
  "modelgate.yml's stage rules want staging first",
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

// 4. A worse model: gated against what production holds, and refused by publish.
const worseRules = ["--rule", "accuracy >= baseline - 0.01", "--rule", "log_loss <= baseline + 10%"];
step(
  "Gate the worse model against production's published evaluation",
  [
    ...["gate", "--config", config, "--evaluation", join(out, "worse.evaluation.json")],
    ...["--baseline", "registry:breast-cancer@production", ...worseRules, "--out", join(out, "worse.gate.json")],
  ],
  1,
  "the gate stops a model worse than production",
);
step(
  "Publish the worse model",
  [
    ...["publish", "--config", config, "--model", join(out, "worse.onnx"), "--gate", join(out, "worse.gate.json")],
    ...["--evaluation", join(out, "worse.evaluation.json"), ...worseRules],
  ],
  1,
  "only a model that passed its gate ships",
);

// 5. Drift: the new batch against the training data (same population), then a batch measured by a recalibrated
// scanner (every size measurement 25 % larger); then the same from profiles, and the model's own answers.
step(
  "Drift: the new batch against the training data",
  ["drift", "--reference", train, "--current", holdout, "--target", "target", "--out", join(out, "drift-holdout.json")],
  0,
);
const scanner = table(holdout);
const sizes = scanner.header.flatMap((n, i) => (/radius|perimeter|area/.test(n) ? [i] : []));
for (const row of scanner.rows) for (const i of sizes) row[i] = (Number(row[i]) * 1.25).toPrecision(6);
writeTable(join(out, "batch_recalibrated.csv"), scanner);
step(
  `Drift: a batch from a recalibrated scanner (${sizes.length} size columns 25 % larger; HTML report written)`,
  [
    ...["drift", "--reference", train, "--current", join(out, "batch_recalibrated.csv"), "--target", "target"],
    ...["--dataset-threshold", "0.2", "--out", join(out, "drift.json"), "--report", join(out, "drift.md")],
    ...["--html", join(out, "drift.html")],
  ],
  1,
  "drift stops the pipeline when the data moved",
);
step(
  "Profile the training data (mergeable: shards profiled apart add up)",
  ["profile", "--data", train, "--out", join(out, "train.profile.json"), "--schema", schema],
  0,
);
step(
  "Merge shard profiles (here: the training data and the new batch, as two shards of one history)",
  [
    ...["profile", "merge", join(out, "train.profile.json"), join(out, "current.profile.json")],
    ...["--out", join(out, "merged.profile.json")],
  ],
  0,
);
step(
  "Drift of the recalibrated batch from the training profile alone (no raw training data needed)",
  [
    ...["drift", "--reference", join(out, "train.profile.json"), "--current", join(out, "batch_recalibrated.csv")],
    ...["--target", "target", "--dataset-threshold", "0.2", "--out", join(out, "drift-profiles.json")],
  ],
  1,
  "the same columns drift from profiles",
);
step(
  "Prediction drift: the model itself scores the training data and the recalibrated batch",
  [
    ...["drift", "--reference", train, "--current", join(out, "batch_recalibrated.csv"), "--target", "target"],
    ...["--model", join(out, "model.onnx"), "--dataset-threshold", "0.2", "--out", join(out, "drift-predictions.json")],
  ],
  1,
  "the model's answers moved with the data",
);

// 6. The reviewer's view: one report of everything — with what would ship against production, since modelgate.yml
// names the model — "posted" to the local thread (.modelgate/comments.json) twice: the second run updates the same
// comment.
for (const time of ["", " again (the same comment is updated, not duplicated)"])
  step(
    `The pull request report, posted${time}`,
    [
      ...["report", "--config", config, "--validation", join(out, "validation.json")],
      ...["--run", join(out, "model.run.json")],
      ...["--evaluation", join(out, "evaluation.json"), "--gate", join(out, "gate.json")],
      ...["--drift", join(out, "drift.json"), "--card", join(out, "MODEL_CARD.md")],
      ...["--out", join(out, "report.md"), "--post"],
    ],
    0,
  );
console.log(`\n✓ demo complete: outputs in ${rel(out)}/ (the posted comment: .modelgate/comment-1.md)`);
