import { defineCommand, flag, type InputOf, text } from "../command.js";
import { modelNameInput, registryInput } from "../registryInput.js";

const inputs = {
  name: modelNameInput(),
  version: text("The published version the stage will point at (`1.4.0`).", {
    required: true,
    placeholder: "<version>",
  }),
  stage: text("The stage (an alias: production, staging, champion, …): 1-32 characters of a-z, 0-9, `_` and `-`.", {
    required: true,
    placeholder: "<stage>",
  }),
  registry: registryInput(),
  dryRun: flag("Check the stage's rules only: say what would move, record nothing."),
};

export type PromoteInput = InputOf<typeof inputs>;

export const promote = defineCommand({
  name: "promote",
  words: ["promote"],
  summary:
    "Point a stage at a published version, if modelgate.yml's stage rules allow it (gate passed, order, branches, approvers); exit 1 when refused.",
  action: {
    dir: "promote",
    token:
      "Token for the releases, the stage deployments and the run's approvals: the job needs `contents: read`, `deployments: write` and `actions: read`.",
  },
  inputs,
  outputs: [
    { name: "status", description: "`moved`, `unchanged`, `planned` (--dry-run) or `refused`." },
    { name: "version", description: "The version the stage points at now." },
    { name: "previous", description: "The version it pointed at before (empty for its first)." },
  ],
  run: async (input, io, context) => (await import("../stageMove.js")).runStageMove("promote", input, io, context),
});
