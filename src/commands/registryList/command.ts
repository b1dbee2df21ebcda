import { defineCommand, type InputOf } from "../command.js";
import { modelNameInput, registryInput } from "../registryInput.js";

const inputs = {
  name: modelNameInput(),
  registry: registryInput(),
};

export type RegistryListInput = InputOf<typeof inputs>;

export const registryList = defineCommand({
  name: "registry-list",
  words: ["registry", "list"],
  summary: "List a model's published versions, newest first, with their stages, headline metrics and approvals.",
  inputs,
  outputs: [],
  run: async (input, io) => (await import("./run.js")).runRegistryList(input, io),
});
