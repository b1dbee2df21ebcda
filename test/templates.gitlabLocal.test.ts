// The GitLab components run, not only parsed: gitlab-ci-local (with its shell executor, under Node 24) runs a
// pipeline that includes templates/drift.yml and templates/report.yml with `spec: inputs`, using the committed
// bundle as the CLI. The drift job passes with its dotenv verdict and artifacts; the report job, on a merge
// request pipeline, posts one note to the fake GitLab (gitbeaker, real HTTP) and updates it on a second run.
// Needs gitlab-ci-local (MODELGATE_GITLAB_CI_LOCAL, or .tmp/gcl as .ci/run installs it), rsync and Node 24.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { markerOf } from "../src/core/comment/commentPlan.js";
import { type FakeGitlab, startFakeGitlab } from "./fakes/gitlabServer.js";
import { findNode24, fixture, makeTemp, ROOT, type TempDir } from "./support.js";

const gcl = [process.env.MODELGATE_GITLAB_CI_LOCAL, join(ROOT, ".tmp/gcl/node_modules/.bin/gitlab-ci-local")].find(
  (p): p is string => !!p && existsSync(p),
);
const node24 = findNode24();
const rsync = spawnSync("rsync", ["--version"]).status === 0;
const missing = [!gcl && "gitlab-ci-local", !node24 && "Node 24", !rsync && "rsync"].filter(Boolean).join(", ");

const PROJECT = "acme/loans";
const BOT = "project_42_bot_modelgate";

/**
 * A project as a user has it: modelgate vendored as its committed bundle, the components under templates/, and a
 * git repository whose origin is the fake GitLab. Returns the commit step (gitlab-ci-local runs what is committed).
 */
function userProject(repo: string, templates: string[], branch: string): (message: string) => void {
  for (const f of ["bin", "dist", "package.json"])
    cpSync(join(ROOT, f), join(repo, "vendor/modelgate", f), { recursive: true });
  for (const t of templates) cpSync(join(ROOT, "templates", t), join(repo, "templates", t));
  const git = (...args: string[]) =>
    spawnSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", ...args], { cwd: repo });
  git("init", "-q", "-b", branch);
  git("remote", "add", "origin", `${fake.url}/${PROJECT}.git`);
  return (message) => {
    git("add", "-A");
    git("commit", "-qm", message);
  };
}

let tmp: TempDir;
let fake: FakeGitlab;
beforeAll(async () => {
  if (missing) return;
  tmp = await makeTemp("gitlab-ci-local");
  fake = await startFakeGitlab();
  fake.addProject(PROJECT, 42);
  fake.addMergeRequest(PROJECT, { iid: 7, sourceBranch: "feature" });
  fake.addToken("glpat-modelgate", { username: BOT, kind: "project" });
  const repo = tmp.path;
  const commit = userProject(repo, ["drift.yml", "report.yml"], "feature");
  mkdirSync(join(repo, "data"));
  for (const f of ["loans_reference.csv", "loans_current_control.csv"]) cpSync(fixture(f), join(repo, "data", f));
  writeFileSync(
    join(repo, ".gitlab-ci.yml"),
    `stages: [test, report]
include:
  - local: templates/drift.yml
    inputs:
      reference: data/loans_reference.csv
      current: data/loans_current_control.csv
      cli: node vendor/modelgate/bin/modelgate.js
  - local: templates/report.yml
    inputs:
      stage: report
      drift: drift.json
      cli: node vendor/modelgate/bin/modelgate.js
`,
  );
  commit("loans pipeline");
});
afterAll(async () => {
  if (missing) return;
  expect(fake.violations).toEqual([]);
  await fake.close();
  await tmp.remove();
});

/** One pipeline run, as a merge request pipeline of MR !7 against the fake GitLab. */
async function pipeline(cwd = tmp.path, extra: Record<string, string> = {}) {
  const vars = {
    GITLAB_CI: "true",
    CI_PIPELINE_SOURCE: "merge_request_event",
    CI_MERGE_REQUEST_IID: "7",
    CI_PROJECT_ID: "42",
    CI_PROJECT_PATH: PROJECT,
    CI_SERVER_URL: fake.url,
    MODELGATE_GITLAB_TOKEN: "glpat-modelgate",
    ...extra,
  };
  const args = [
    "--force-shell-executor",
    "--no-color",
    ...Object.entries(vars).flatMap(([k, v]) => ["--variable", `${k}=${v}`]),
  ];
  return promisify(execFile)(gcl!, args, {
    cwd,
    encoding: "utf8",
    timeout: 240_000,
    env: { ...process.env, PATH: `${dirname(node24!)}:${process.env.PATH}` },
  }).then(
    (r) => ({ code: 0, log: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, log: e.stdout + e.stderr }),
  );
}

describe.skipIf(missing !== "")(
  `GitLab components under gitlab-ci-local${missing ? ` (skipped: no ${missing})` : ""}`,
  () => {
    it("runs drift.yml and report.yml: the verdict as dotenv, artifacts kept, one MR note, updated in place", async () => {
      const first = await pipeline();
      expect(first.code, first.log).toBe(0);
      expect(first.log).toMatch(/PASS\s+modelgate-drift/);
      expect(first.log).toMatch(/PASS\s+modelgate-report/);
      const dotenv = readFileSync(
        join(tmp.path, ".gitlab-ci-local/artifacts/modelgate-drift/.gitlab-ci-reports/dotenv/modelgate-drift.env"),
        "utf8",
      );
      expect(dotenv).toMatch(/^MODELGATE_DRIFTED=false$/m);
      for (const f of ["drift.html", "drift.json", "drift.md"])
        expect(existsSync(join(tmp.path, ".gitlab-ci-local/artifacts/modelgate-drift", f)), f).toBe(true);
      const notes = () => fake.notes(PROJECT, 7).filter((n) => n.body.startsWith(markerOf("modelgate")));
      expect(notes()).toHaveLength(1);
      expect(notes()[0]!.author.username).toBe(BOT);
      expect(notes()[0]!.body).toContain("No dataset drift");

      const second = await pipeline();
      expect(second.code, second.log).toBe(0);
      expect(notes()).toHaveLength(1);
    }, 300_000);

    it("runs drift-sharded.yml: parallel:matrix profiles each shard, one job merges them and runs drift", async () => {
      const repo = join(tmp.path, "sharded");
      const commit = userProject(repo, ["drift-sharded.yml"], "main");
      // Three shards of the control batch; the reference as a profile only (no raw reference data in the repo).
      const [header, ...rows] = readFileSync(fixture("loans_current_control.csv"), "utf8").trim().split("\n");
      mkdirSync(join(repo, "data"));
      const third = Math.ceil(rows.length / 3);
      for (let k = 0; k < 3; k++)
        writeFileSync(
          join(repo, `data/shard-${k}.csv`),
          `${[header, ...rows.slice(k * third, (k + 1) * third)].join("\n")}\n`,
        );
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [join(ROOT, "bin/modelgate.js"), ...args], { cwd: repo, encoding: "utf8" });
      expect(cli("profile", "--data", fixture("loans_reference.csv"), "--out", "data/ref0.profile.json").status).toBe(
        0,
      );
      const edges = ["--edges-from", "data/ref0.profile.json"];
      expect(
        cli("profile", "--data", fixture("loans_reference.csv"), ...edges, "--out", "data/reference.profile.json")
          .status,
      ).toBe(0);
      writeFileSync(
        join(repo, ".gitlab-ci.yml"),
        `include:
  - local: templates/drift-sharded.yml
    inputs:
      reference_profile: data/reference.profile.json
      shards: [data/shard-0.csv, data/shard-1.csv, data/shard-2.csv]
      cli: node vendor/modelgate/bin/modelgate.js
`,
      );
      commit("sharded drift");
      const r = await pipeline(repo);
      expect(r.code, r.log).toBe(0);
      expect(r.log.match(/PASS\s+modelgate-profile-shard/g)).toHaveLength(3);
      expect(r.log).toMatch(/PASS\s+modelgate-drift-merged/);
      const out = join(repo, ".gitlab-ci-local/artifacts/modelgate-drift-merged");
      const merged = JSON.parse(readFileSync(join(out, "current.profile.json"), "utf8")) as { rows: number };
      expect(merged.rows).toBe(rows.length);
      const drift = JSON.parse(readFileSync(join(out, "drift.json"), "utf8")) as { from?: string; drifted: boolean };
      expect(drift).toMatchObject({ from: "profiles", drifted: false });
    }, 300_000);

    it("runs drift-monitor.yml from a schedule: on drift it opens an issue (updates the open one) or triggers training; without drift neither", async () => {
      // What the job's fetch calls reach: GitLab's issues and pipeline-trigger endpoints, recorded, with the
      // project's issues kept so the job can find the one it opened (GET filters by state and label as GitLab does).
      const calls: { path: string; headers: Record<string, unknown>; body: string }[] = [];
      const issues: { iid: number; state: string; labels: string[]; title: string; description: string }[] = [];
      const api = createServer((req, res) => {
        let body = "";
        req.on("data", (c: Buffer) => (body += c.toString("utf8")));
        req.on("end", () => {
          calls.push({ path: `${req.method} ${req.url}`, headers: req.headers, body });
          const url = new URL(req.url!, "http://x");
          const edit = /^\/api\/v4\/projects\/42\/issues\/(\d+)$/.exec(url.pathname);
          const send = (status: number, json: unknown) => {
            res.writeHead(status, { "content-type": "application/json" });
            res.end(JSON.stringify(json));
          };
          if (req.method === "GET" && url.pathname === "/api/v4/projects/42/issues")
            return send(
              200,
              issues.filter(
                (i) => i.state === url.searchParams.get("state") && i.labels.includes(url.searchParams.get("labels")!),
              ),
            );
          if (req.method === "POST" && url.pathname === "/api/v4/projects/42/issues") {
            const made = JSON.parse(body) as { title: string; description: string; labels: string };
            issues.push({ iid: issues.length + 1, state: "opened", ...made, labels: made.labels.split(",") });
            return send(201, issues.at(-1));
          }
          if (req.method === "PUT" && edit) {
            const issue = issues.find((i) => i.iid === Number(edit[1]))!;
            Object.assign(issue, JSON.parse(body));
            return send(200, issue);
          }
          send(201, { id: 1 });
        });
      });
      await new Promise<void>((r) => api.listen(0, "127.0.0.1", r));
      const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/v4`;
      try {
        const repo = join(tmp.path, "monitor");
        const commit = userProject(repo, ["drift-monitor.yml"], "main");
        mkdirSync(join(repo, "data"));
        // "Recent production data": the control batch, or a copy with incomes up 40 % and most states CA.
        const [header, ...rows] = readFileSync(fixture("loans_current_control.csv"), "utf8").trim().split("\n");
        const cols = header!.split(",");
        const [inc, st] = [cols.indexOf("income"), cols.indexOf("state")];
        const moved = rows.map((r, i) => {
          const c = r.split(",");
          if (c[inc] !== "") c[inc] = (Number(c[inc]) * 1.4).toFixed(2);
          if (i % 4 !== 0) c[st] = "CA";
          return c.join(",");
        });
        writeFileSync(join(repo, "data/control.csv"), `${[header, ...rows].join("\n")}\n`);
        writeFileSync(join(repo, "data/moved.csv"), `${[header, ...moved].join("\n")}\n`);
        const cli = (...args: string[]) =>
          spawnSync(process.execPath, [join(ROOT, "bin/modelgate.js"), ...args], { cwd: repo, encoding: "utf8" });
        const ref = fixture("loans_reference.csv");
        expect(cli("profile", "--data", ref, "--out", "data/ref0.profile.json").status).toBe(0);
        expect(
          cli("profile", "--data", ref, "--edges-from", "data/ref0.profile.json", "--out", "data/ref.profile.json")
            .status,
        ).toBe(0);
        const run = async (current: string, onDrift: string) => {
          writeFileSync(
            join(repo, ".gitlab-ci.yml"),
            `include:
  - local: templates/drift-monitor.yml
    inputs:
      fetch: cp data/${current} current.csv
      current: current.csv
      reference_profile: data/ref.profile.json
      on_drift: ${onDrift}
      dataset_threshold: "0.2"
      cli: node vendor/modelgate/bin/modelgate.js
`,
          );
          commit(`monitor ${current} ${onDrift}`);
          calls.length = 0;
          return pipeline(repo, {
            CI_PIPELINE_SOURCE: "schedule",
            CI_API_V4_URL: apiUrl,
            MODELGATE_API_TOKEN: "glpat-issues",
            MODELGATE_TRIGGER_TOKEN: "glptt-train",
          });
        };

        const quiet = await run("control.csv", "issue");
        expect(quiet.code, quiet.log).toBe(0);
        expect(quiet.log).toMatch(/PASS\s+modelgate-drift-monitor/);
        expect(calls).toEqual([]);

        const issue = await run("moved.csv", "issue");
        expect(issue.code, issue.log).toBe(0);
        expect(issue.log).toContain("drift found: issue #1 opened with the report");
        expect(calls.map((c) => c.path.replace(/\?.*/, ""))).toEqual([
          "GET /api/v4/projects/42/issues",
          "POST /api/v4/projects/42/issues",
        ]);
        for (const c of calls) expect(c.headers["private-token"]).toBe("glpat-issues");
        expect(issues).toHaveLength(1);
        expect(issues[0]!.labels).toEqual(["modelgate-drift"]);
        expect(issues[0]!.title).toMatch(/^Data drift detected \(\d{4}-\d\d-\d\d\)$/);
        expect(issues[0]!.description).toMatch(/Dataset drift/);
        expect(issues[0]!.description).toContain("income");

        // Drift again while that issue is open: the same issue is updated, no second one is opened.
        issues[0]!.description = "stale";
        const again = await run("moved.csv", "issue");
        expect(again.code, again.log).toBe(0);
        expect(again.log).toContain("drift found: issue #1 updated with the report");
        expect(calls.map((c) => c.path.replace(/\?.*/, ""))).toEqual([
          "GET /api/v4/projects/42/issues",
          "PUT /api/v4/projects/42/issues/1",
        ]);
        expect(issues).toHaveLength(1);
        expect(issues[0]!.description).toContain("income");

        const trigger = await run("moved.csv", "trigger");
        expect(trigger.code, trigger.log).toBe(0);
        expect(calls.map((c) => c.path)).toEqual(["POST /api/v4/projects/42/trigger/pipeline"]);
        expect(Object.fromEntries(new URLSearchParams(calls[0]!.body))).toEqual({
          token: "glptt-train",
          ref: "main",
          "variables[MODELGATE_RETRAIN_REASON]": "drift",
        });
      } finally {
        await new Promise<void>((r) => api.close(() => r()));
      }
    }, 300_000);
  },
);
