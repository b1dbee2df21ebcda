import { defineCommand, file, type InputOf, lines, number, output, text } from "../command.js";
import { registryInput } from "../registryInput.js";

/** What decides the verdict besides the files: publish reads the same to check gate.json's rules hash. */
export const gateRules = {
  rule: lines(
    'A rule, repeatable: "accuracy >= 0.95", "f1 >= baseline - 0.01", "rmse <= baseline + 5%", "fairness.sex.demographic_parity_difference <= 0.1". One per line as an action input.',
    { config: "gate.rules", placeholder: "<rule>" },
  ),
  direction: lines(
    'Which way is better for a metric, repeatable: "calibration_gap=lower" (defaults: lower for losses, errors, latencies, sizes and fairness differences; higher otherwise).',
    {
      config: "gate.directions",
      placeholder: "<metric=higher|lower>",
      fromConfig: (v) =>
        v && typeof v === "object" ? Object.entries(v).map(([k, d]) => `${k}=${String(d)}`) : undefined,
    },
  ),
  resamples: number("Paired bootstrap resamples for rules `with N% confidence`.", {
    min: 100,
    max: 100_000,
    integer: true,
    default: 1000,
    config: "gate.resamples",
  }),
  seed: number("Seed of the bootstrap's resampling: the same inputs give the same interval.", {
    min: 0,
    max: 2 ** 32 - 1,
    integer: true,
    default: 0,
    config: "gate.seed",
  }),
};

const inputs = {
  evaluation: file("The candidate's evaluation.json (or a metrics file).", {
    required: true,
    config: ["gate.evaluation", "evaluation.out"],
  }),
  baseline: file(
    "A baseline evaluation.json or metrics file (JSON/YAML; nested keys become dotted names), or `registry:<name>@<stage|version>`: the evaluation.json published with that version (e.g. `registry:churn@production`), sha256-verified.",
    { config: "gate.baseline", schemes: ["registry:"] },
  ),
  registry: registryInput(),
  baselineRun: text(
    'Take the baseline from the newest successful CI run on this branch ("base": the target branch of the pull/merge request): its kept evaluation.json (see --baseline-artifact). The token needs actions: read on GitHub; CI_JOB_TOKEN does on GitLab.',
    { config: "gate.baseline_run", placeholder: "<branch>" },
  ),
  baselineArtifact: text(
    "The file that run kept: on GitHub the artifact's name (a zipped one is opened), on GitLab the path in the job's artifacts.",
    { config: "gate.baseline_artifact", default: "evaluation.json", placeholder: "<name>" },
  ),
  baselineJob: text("GitLab: the job whose artifacts hold it.", {
    config: "gate.baseline_job",
    default: "evaluate",
    placeholder: "<job>",
  }),
  predictions: file("The candidate's per-row predictions (evaluate --predictions), for rules `with N% confidence`.", {
    config: ["gate.predictions", "evaluation.predictions"],
  }),
  baselinePredictions: file("The baseline model's per-row predictions on the same holdout.", {
    config: "gate.baseline_predictions",
  }),
  ...gateRules,
  out: output("Where to write gate.json.", { config: "gate.out", default: "gate.json" }),
  junit: output(
    "Also write the rules as a JUnit XML report here: one test case per rule (GitLab's merge request test widget).",
    {
      config: "gate.junit",
    },
  ),
};

export type GateInput = InputOf<typeof inputs>;

export const gate = defineCommand({
  name: "gate",
  words: ["gate"],
  summary: "Gate a model's evaluation against thresholds and a baseline; exit 1 when a rule fails.",
  action: { dir: "gate" },
  inputs,
  outputs: [
    { name: "passed", description: "`true` when every rule holds." },
    { name: "gate-path", description: "Path of gate.json." },
    { name: "failed-rules", description: "How many rules failed." },
  ],
  run: async (input, io) => (await import("./run.js")).runGateCommand(input, io),
});
