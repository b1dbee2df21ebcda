import { defineCommand, flag, type InputOf, text } from "../command.js";
import { modelNameInput, registryInput } from "../registryInput.js";

const inputs = {
  name: modelNameInput(),
  stage: text("The stage to move back to the version it held before its current one.", {
    required: true,
    placeholder: "<stage>",
  }),
  registry: registryInput(),
  dryRun: flag("Check only: say what would move, record nothing."),
};

export type RollbackInput = InputOf<typeof inputs>;

export const rollback = defineCommand({
  name: "rollback",
  words: ["rollback"],
  summary:
    "Move a stage back to the version it pointed at before (each rollback one step further back in its history).",
  action: {
    dir: "rollback",
    token:
      "Token for the releases, the stage deployments and the run's approvals: the job needs `contents: read`, `deployments: write` and `actions: read`.",
  },
  inputs,
  outputs: [
    { name: "status", description: "`moved`, `planned` (--dry-run) or `refused`." },
    { name: "version", description: "The version the stage points at now." },
    { name: "previous", description: "The version it pointed at before." },
  ],
  run: async (input, io, context) => (await import("../stageMove.js")).runStageMove("rollback", input, io, context),
});
