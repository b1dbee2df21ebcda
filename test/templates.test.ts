import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

import { VALIDATE } from "../src/commands/specs.js";

const ROOT = join(import.meta.dirname, "..");

describe("GitLab component templates/validate-data.yml", () => {
  const [header, job] = parseAllDocuments(readFileSync(join(ROOT, "templates/validate-data.yml"), "utf8")).map(
    (d) => d.toJS() as Record<string, unknown>,
  );

  it("declares spec: inputs for every validate flag (snake_case), with the CLI flags in the script", () => {
    const inputs = (header!.spec as { inputs: Record<string, unknown> }).inputs;
    const script = JSON.stringify(job);
    for (const opt of VALIDATE.options) {
      const key = opt.name.replaceAll("-", "_");
      expect(inputs, key).toHaveProperty(key);
      expect(script).toContain(`--${opt.name} \\"$[[ inputs.${key} ]]\\"`);
    }
  });

  it("publishes the JUnit and dotenv reports so the merge request shows findings", () => {
    const artifacts = (
      job!["modelgate-validate-data"] as { artifacts: { when: string; reports: Record<string, string> } }
    ).artifacts;
    expect(artifacts.when).toBe("always");
    expect(artifacts.reports.junit).toBe("$[[ inputs.junit ]]");
    expect(artifacts.reports.dotenv).toBe("modelgate.env");
  });
});
