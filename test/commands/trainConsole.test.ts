// `modelgate train` and what crosses into the training command and back: the runner's internal credentials and
// modelgate's own tokens stay out of the command's environment (a command that prints its environment shows it),
// and the command's own output reaches the console as it came (its workflow commands are its own, like a `run:`
// step's), while modelgate's lines around it are made inert.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { WITHHELD_FROM_TRAINING } from "../../src/commands/train/childEnv.js";
import { makeTemp, runCli, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("train-console");
});
afterAll(() => tmp.remove());
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A training command that prints its environment as one JSON line. */
const PRINT_ENV = `node -e "console.log(JSON.stringify(process.env))"`;

describe("the training command's environment", () => {
  it("has neither the runner's internal credentials nor modelgate's tokens; the job's own tokens stay", async () => {
    // What a JavaScript action's process gets from the runner, and what a workflow passes on purpose.
    const given: Record<string, string> = {
      ACTIONS_RUNTIME_TOKEN: "runtime-secret",
      ACTIONS_RUNTIME_URL: "https://pipelines.example/runtime/",
      ACTIONS_RESULTS_URL: "https://results.example/",
      ACTIONS_CACHE_URL: "https://cache.example/",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-secret",
      ACTIONS_ID_TOKEN_REQUEST_URL: "https://oidc.example/token",
      "INPUT_GITHUB-TOKEN": "ghs_action_input",
      MODELGATE_GITHUB_TOKEN: "ghp_modelgate",
      MODELGATE_GITLAB_TOKEN: "glpat-modelgate",
      GITHUB_TOKEN: "ghs_passed_by_the_workflow",
      CI_JOB_TOKEN: "job-token",
      TRAINING_SEED: "42",
    };
    for (const [k, v] of Object.entries(given)) vi.stubEnv(k, v);
    const r = await runCli(tmp.path, ["train", "--command", PRINT_ENV, "--out", "run.json"]);
    expect(r.code, r.stderr).toBe(0);
    const env = JSON.parse(r.stdout.split("\n")[0]!) as Record<string, string>;
    for (const name of WITHHELD_FROM_TRAINING) expect(env, name).not.toHaveProperty(name);
    expect(Object.keys(given).filter((k) => k in env)).toEqual(["GITHUB_TOKEN", "CI_JOB_TOKEN", "TRAINING_SEED"]);
    expect(env.GITHUB_TOKEN).toBe("ghs_passed_by_the_workflow");
    expect(env.PATH).toBe(process.env.PATH);
    // None of the withheld values is anywhere in what the command saw.
    const seen = JSON.stringify(env);
    for (const v of ["runtime-secret", "oidc-secret", "ghs_action_input", "ghp_modelgate", "glpat-modelgate"])
      expect(seen).not.toContain(v);
  });
});

describe("the training command's output", () => {
  // Its own workflow commands (a mask it sets, a group) and colours, then a line of modelgate's naming a file.
  const command = `printf '::add-mask::s3cr3t\\n::group::epochs\\n\\033[32mloss 0.1\\033[0m\\r\\n::endgroup::\\n'; touch "$(printf 'm\\033[31m.onnx')"`;

  it("passes through as it came, while modelgate's own lines are inert", async () => {
    const r = await runCli(tmp.path, ["train", "--command", command, "--artifacts", "m\u001b[31m.onnx"]);
    expect(r.code, r.stderr).toBe(0);
    expect(
      r.stdout.startsWith("::add-mask::s3cr3t\n::group::epochs\n\u001b[32mloss 0.1\u001b[0m\r\n::endgroup::\n"),
    ).toBe(true);
    // modelgate's summary line names the artifact: its escape is shown, not obeyed.
    const own = r.stdout.split("\n").slice(4).join("\n");
    expect(own).toContain("m␛[31m.onnx");
    expect(own).not.toContain("\u001b");
  });

  it("with --json goes to stderr as it came; stdout is the run record", async () => {
    const r = await runCli(tmp.path, ["train", "--json", "--command", command, "--out", "run.json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("::add-mask::s3cr3t\n::group::epochs\n\u001b[32mloss 0.1\u001b[0m\r\n");
    expect((JSON.parse(r.stdout) as { kind: string }).kind).toBe("modelgate.run");
  });
});
