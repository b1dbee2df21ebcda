import { defineCommand, type InputOf, output, text } from "../command.js";
import { registryInput } from "../registryInput.js";

const inputs = {
  ref: text("The version: `<name>@<version>` or `<name>@<stage>`.", {
    required: true,
    positional: true,
    placeholder: "<name@version|stage>",
  }),
  asset: text("Which file of the release.", { default: "model.onnx", placeholder: "<file>" }),
  out: output("Where to write it (its folder must exist); written only once its sha256 is the manifest's.", {
    default: "model.onnx",
  }),
  registry: registryInput(),
};

export type RegistryPullInput = InputOf<typeof inputs>;

export const registryPull = defineCommand({
  name: "registry-pull",
  words: ["registry", "pull"],
  summary:
    "Download a version's file (the model by default) and verify its sha256 against the manifest; a mismatch is exit 1 and leaves no file.",
  inputs,
  outputs: [
    { name: "path", description: "Where the file was written." },
    { name: "version", description: "The version it came from." },
    { name: "sha256", description: "Its sha256." },
  ],
  run: async (input, io) => (await import("./run.js")).runRegistryPull(input, io),
});
