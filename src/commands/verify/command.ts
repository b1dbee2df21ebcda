import { defineCommand, flag, type InputOf, text } from "../command.js";
import { registryInput } from "../registryInput.js";

const inputs = {
  ref: text("The version to check: `<name>@<version>` or `<name>@<stage>`.", {
    required: true,
    positional: true,
    placeholder: "<name@version|stage>",
  }),
  registry: registryInput(),
  attestation: flag(
    "Also require a GitHub build-provenance attestation naming the model's sha256 (its statement is checked, not its Sigstore signature: `gh attestation verify` does that).",
  ),
};

export type VerifyInput = InputOf<typeof inputs>;

export const verify = defineCommand({
  name: "verify",
  words: ["verify"],
  summary:
    "At deploy time: download every file of a version and check its sha256 and size against the manifest, and the gate's binding to the model; exit 1 on any mismatch.",
  inputs,
  outputs: [
    { name: "verified", description: "`true` when every check holds." },
    { name: "version", description: "The version checked." },
  ],
  run: async (input, io) => (await import("./run.js")).runVerify(input, io),
});
