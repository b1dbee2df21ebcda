import { choice, defineCommand, file, flag, type InputOf, text } from "../command.js";
import { gateRules } from "../gate/command.js";
import { modelNameInput, registryInput } from "../registryInput.js";

const inputs = {
  name: modelNameInput(),
  model: file("The ONNX model the gate judged.", { required: true, config: "evaluation.model" }),
  gate: file("gate.json: it must have passed and be bound to this model, holdout and rules.", {
    config: "gate.out",
    default: "gate.json",
  }),
  evaluation: file("evaluate's evaluation.json, the metrics the gate judged.", {
    config: "evaluation.out",
    default: "evaluation.json",
  }),
  holdout: file("The holdout the model was evaluated on: its sha256 must be the one gate.json names.", {
    config: "evaluation.data",
  }),
  card: file("MODEL_CARD.md from `modelgate card`, published beside the model.", { config: "card.out" }),
  run: file("train's run.json (training data hashes, params, command): its lineage goes into the manifest.", {
    config: "report.run",
  }),
  schema: file("The data schema, published beside the model.", { config: "schema" }),
  profile: file("The training data's profile, published beside the model.", { config: "card.profile" }),
  version: text("An exact semantic version (`1.4.0`), or `auto`: the next after the latest published version.", {
    default: "auto",
    placeholder: "<version>",
  }),
  bump: choice("What `auto` bumps.", ["patch", "minor", "major"], { config: "registry.bump", default: "patch" }),
  onConflict: choice(
    "A version another publisher took first: fail, or (with `auto`) take the next one.",
    ["fail", "next"],
    { config: "registry.on_conflict", default: "fail" },
  ),
  requireApproval: flag(
    "Refuse unless the platform recorded an approval of this run (a GitHub environment's required reviewer; a GitLab deployment approval or the user who played a manual job).",
    { config: "registry.require_approval" },
  ),
  registry: registryInput(),
  dryRun: flag("Check and plan only: print what would be published, change nothing."),
  ...gateRules,
};

export type PublishInput = InputOf<typeof inputs>;

export const publish = defineCommand({
  name: "publish",
  words: ["publish"],
  summary:
    "Publish the gated model as a versioned release with its card, outputs and a manifest (lineage, approvals); exit 1 when its gate failed.",
  action: {
    dir: "publish",
    token:
      "Token for the releases and the run's approvals: the job needs `contents: write` (releases and their assets) and `actions: read` (who approved the environment).",
  },
  inputs,
  outputs: [
    { name: "version", description: "The version published (or already holding this model)." },
    { name: "tag", description: "Its release tag, `model/<name>/v<version>`." },
    { name: "release-url", description: "The release's page, where the registry has one." },
    { name: "model-sha256", description: "sha256 of the published model.onnx." },
    { name: "status", description: "`published`, `already-published`, `planned` (--dry-run) or `refused`." },
  ],
  run: async (input, io) => (await import("./run.js")).runPublish(input, io),
});
