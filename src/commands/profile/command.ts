import { defineCommand, file, type InputOf, output } from "../command.js";
import { readInputs } from "../readOptions.js";

const inputs = {
  data: file("The data to profile.", { required: true, config: "data.path" }),
  out: output("Where to write the profile (JSON).", { required: true }),
  edgesFrom: file(
    "Count numeric columns on fixed bins taken from this profile (its bins, else its deciles), so profiles of shards and of another table merge and compare exactly.",
  ),
  schema: file("Read columns as the schema's types (default: detected, one extra pass).", { config: "schema" }),
  ...readInputs,
};

export type ProfileInput = InputOf<typeof inputs>;

export const profile = defineCommand({
  name: "profile",
  words: ["profile"],
  summary: "Profile data: counts, nulls, moments, quantile, distinct and top-value sketches (mergeable).",
  inputs,
  outputs: [
    { name: "profile-path", description: "Path of the profile written." },
    { name: "rows", description: "Rows profiled." },
  ],
  run: async (input, io) => (await import("./run.js")).runProfile(input, io),
});
