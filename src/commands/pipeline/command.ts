import { defineCommand } from "../command.js";

export const pipeline = defineCommand({
  name: "pipeline",
  words: ["pipeline"],
  summary:
    "Run every stage modelgate.yml configures, in order (validate, train, evaluate, gate, drift, card, report); a stage whose input stage failed is skipped, and one table says how each ended.",
  inputs: {},
  outputs: [
    {
      name: "stages",
      description:
        "How each stage ended, as JSON: passed, failed, error, skipped (an earlier stage it needs did not pass) or not configured.",
    },
  ],
  run: async (_input, io, context) => (await import("./run.js")).runPipeline(io, context.configFile),
});
