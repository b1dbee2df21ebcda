import { defineCommand, type InputOf, text } from "../command.js";
import { registryInput } from "../registryInput.js";

const inputs = {
  name: text("The model's name in the registry.", { required: true, config: "registry.name", placeholder: "<model>" }),
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
