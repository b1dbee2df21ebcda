// The report action as the runner runs it (dist/report.js under Node 20 and 24, inputs as INPUT_* variables)
// posting to a fake GitHub that checks every request against GitHub's OpenAPI description.
import { execFile } from "node:child_process";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { markerOf } from "../../src/core/comment/commentPlan.js";
import { type FakeGithub, startFakeGithub } from "../fakes/githubServer.js";
import { findNode24, fixture, makeTemp, ROOT, type TempDir } from "../support.js";

const run = promisify(execFile);
let tmp: TempDir;
let gh: FakeGithub;

beforeAll(async () => {
  tmp = await makeTemp("report-action");
  for (const k of ["gate", "evaluation", "drift"]) await copyFile(fixture(`report/${k}.json`), tmp.file(`${k}.json`));
  await writeFile(tmp.file("event.json"), JSON.stringify({ pull_request: { number: 3 } }));
  gh = await startFakeGithub();
  gh.addToken("ghs_secret_token", { kind: "installation" });
});
afterAll(async () => {
  await gh.close();
  await tmp.remove();
});

function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

/** Asynchronous: the fake server answers from this process while the action runs. */
async function runReport(node: string, inputs: Record<string, string>) {
  await writeFile(tmp.file("out.txt"), "");
  await writeFile(tmp.file("summary.md"), "");
  const r = await run(node, [`${ROOT}/dist/report.js`], {
    cwd: tmp.path,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: "true",
      GITHUB_REPOSITORY: "octo/models",
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: "https://github.example",
      GITHUB_RUN_ID: "5",
      GITHUB_SHA: "f".repeat(40),
      GITHUB_EVENT_PATH: tmp.file("event.json"),
      GITHUB_OUTPUT: tmp.file("out.txt"),
      GITHUB_STEP_SUMMARY: tmp.file("summary.md"),
      GITHUB_WORKSPACE: tmp.path,
      "INPUT_GITHUB-TOKEN": "ghs_secret_token",
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    },
  }).catch((e: { code: number; stdout: string; stderr: string }) => ({
    stdout: e.stdout,
    stderr: e.stderr,
    code: e.code,
  }));
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: outputs(await readFile(tmp.file("out.txt"), "utf8")),
    summary: await readFile(tmp.file("summary.md"), "utf8"),
  };
}

const node24 = findNode24();
const runtimes: [string, string | null][] = [
  ["Node 20 (this process)", process.execPath],
  ["Node 24", node24],
];

describe.each(runtimes)("dist/report.js under %s", (_name, node) => {
  it.skipIf(!node)("posts one comment, updates it on the next push, and writes the summary and outputs", async () => {
    const first = await runReport(node!, {
      gate: "gate.json",
      evaluation: "evaluation.json",
      drift: "drift.json",
      post: "true",
    });
    expect(first.outputs).toMatchObject({ passed: "false", posted: "true", "comment-action": "created" });
    expect(first.summary.split("\n")[0]).toBe("## ❌ modelgate: drift found");
    const second = await runReport(node!, { gate: "gate.json", evaluation: "evaluation.json", post: "true" });
    expect(second.outputs).toMatchObject({
      passed: "true",
      "comment-action": "updated",
      "comment-id": first.outputs["comment-id"],
    });
    const comments = gh.comments("octo/models", 3).filter((c) => c.body.startsWith(markerOf("modelgate")));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("## ✅ modelgate: all checks pass");
    // The token is registered as a secret and appears nowhere else in the log.
    // The mask goes to stderr (the runner reads commands there too): stdout stays free for a payload.
    const lines = [first.stdout, first.stderr, second.stdout, second.stderr]
      .join("\n")
      .split("\n")
      .filter((l) => l.includes("ghs_secret_token"));
    expect(new Set(lines)).toEqual(new Set(["::add-mask::ghs_secret_token"]));
    expect(first.stdout).not.toContain("ghs_secret_token");
    expect(gh.violations).toEqual([]);
    gh.state.comments.clear();
  });
});
