import { defineCommand, files, type InputOf, output } from "../command.js";

const inputs = {
  profiles: files("The profiles to merge (comma-separated for the action; positional on the CLI).", {
    required: true,
    positional: true,
    placeholder: "<profiles...>",
  }),
  out: output("Where to write the merged profile.", { required: true }),
};

export type ProfileMergeInput = InputOf<typeof inputs>;

export const profileMerge = defineCommand({
  name: "profile-merge",
  words: ["profile", "merge"],
  summary: "Merge profiles of shards into the profile of the whole.",
  inputs,
  outputs: [
    { name: "profile-path", description: "Path of the merged profile." },
    { name: "rows", description: "Rows in the merged profile." },
  ],
  run: async (input, io) => (await import("./run.js")).runProfileMerge(input, io),
});
