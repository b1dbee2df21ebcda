import { defineCommand, type InputOf, text } from "../command.js";
import { registryInput } from "../registryInput.js";

const inputs = {
  ref: text("The version: `<name>@<version>` or `<name>@<stage>` (churn@1.4.0, churn@production).", {
    required: true,
    positional: true,
    placeholder: "<name@version|stage>",
  }),
  registry: registryInput(),
};

export type RegistryShowInput = InputOf<typeof inputs>;

export const registryShow = defineCommand({
  name: "registry-show",
  words: ["registry", "show"],
  summary:
    "Show one version: its manifest (files, digests, metrics, gate, lineage, approvals) and the model's stage history.",
  inputs,
  outputs: [],
  run: async (input, io) => (await import("./run.js")).runRegistryShow(input, io),
});
