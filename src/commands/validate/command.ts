import { defineCommand, file, type InputOf, output } from "../command.js";
import { readInputs } from "../readOptions.js";

const inputs = {
  data: file("The data file to validate.", { required: true, config: "data.path" }),
  schema: file("The schema file (YAML or JSON).", { required: true, config: "schema" }),
  ...readInputs,
  profile: output("Also write the data profile (JSON) here, from the same pass.", { config: "validate.profile" }),
  junit: output("Write a JUnit XML report here (one test case per rule per column).", { config: "validate.junit" }),
  report: output("Write the JSON validation report here.", { config: "validate.report" }),
};

export type ValidateInput = InputOf<typeof inputs>;

export const validate = defineCommand({
  name: "validate",
  words: ["validate"],
  summary: "Validate tabular data against a schema, in one streaming pass.",
  action: { dir: "validate-data" },
  inputs,
  outputs: [
    { name: "valid", description: "`true` when every check passed." },
    { name: "report-path", description: "Path of the JSON validation report." },
    { name: "rows", description: "Rows read." },
    { name: "checks", description: "Checks run." },
    { name: "failed-checks", description: "Checks that failed." },
    { name: "violations", description: "Cells, rows or columns that broke a rule." },
    { name: "profile-path", description: "Path of the profile, when one was written." },
  ],
  run: async (input, io) => (await import("./run.js")).runValidate(input, io),
});
