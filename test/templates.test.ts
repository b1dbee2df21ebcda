import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";

import { inputName } from "../src/commands/command.js";
import { COMMANDS } from "../src/commands/registry.js";
import { validate as VALIDATE } from "../src/commands/validate/command.js";

const ROOT = join(import.meta.dirname, "..");

describe("GitLab component templates/validate-data.yml", () => {
  const [header, job] = parseAllDocuments(readFileSync(join(ROOT, "templates/validate-data.yml"), "utf8")).map(
    (d) => d.toJS() as Record<string, unknown>,
  );

  it("declares spec: inputs for every validate flag (snake_case), with the CLI flags in the script", () => {
    const inputs = (header!.spec as { inputs: Record<string, unknown> }).inputs;
    const script = JSON.stringify(job);
    for (const name of Object.keys(VALIDATE.inputs).map(inputName)) {
      const key = name.replaceAll("-", "_");
      expect(inputs, key).toHaveProperty(key);
      expect(script).toContain(`--${name} \\"$[[ inputs.${key} ]]\\"`);
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

/** The modelgate commands a GitLab job's script runs, with the flags each passes. */
function cliCalls(job: unknown): { words: string[]; flags: string[] }[] {
  const calls: { words: string[]; flags: string[] }[] = [];
  // One script entry is one shell command line (up to a `;`): a call's flags are the ones on its own line.
  for (const entry of (job as { script?: string[] }).script ?? [])
    for (const command of entry.split(";"))
      for (const part of command.split("$[[ inputs.cli ]] ").slice(1)) {
        const words = /^[a-z ]+?(?= --| [^ ]*[/.]|$)/.exec(part.trim())![0].split(" ");
        calls.push({ words, flags: [...part.matchAll(/--([a-z-]+)/g)].map((f) => f[1]!) });
      }
  return calls;
}

const specByWords = (words: string[]) => COMMANDS.find((c) => c.words.join(" ") === words.join(" "));

describe.each(["drift.yml", "drift-sharded.yml", "drift-monitor.yml", "report.yml"])(
  "GitLab component templates/%s",
  (file) => {
    const [header, jobs] = parseAllDocuments(readFileSync(join(ROOT, "templates", file), "utf8")).map(
      (d) => d.toJS() as Record<string, unknown>,
    );
    const inputs = (header!.spec as { inputs: Record<string, unknown> }).inputs;

    it("declares every input it interpolates, and interpolates every input it declares", () => {
      const body = JSON.stringify(jobs);
      const used = new Set([...body.matchAll(/\$\[\[ inputs\.([a-z_]+) \]\]/g)].map((m) => m[1]!));
      expect([...used].sort()).toEqual(Object.keys(inputs).sort());
    });

    it("calls modelgate commands with flags those commands have", () => {
      const calls = Object.values(jobs!).flatMap(cliCalls);
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) {
        const spec = specByWords(call.words);
        expect(spec, call.words.join(" ")).toBeDefined();
        for (const flag of call.flags)
          expect(Object.keys(spec!.inputs).map(inputName), `${spec!.name} --${flag}`).toContain(flag);
      }
    });

    it.skipIf(file === "report.yml")(
      "keeps the HTML report and drift.json as artifacts, and the verdict as dotenv",
      () => {
        const withArtifacts = Object.values(jobs!).filter((j) => JSON.stringify(j).includes(" drift"));
        const last = withArtifacts.at(-1) as {
          artifacts: { when: string; paths: string[]; reports: { dotenv: string } };
        };
        expect(last.artifacts.when).toBe("always");
        expect(last.artifacts.paths.join(" ")).toMatch(/html/);
        expect(last.artifacts.reports.dotenv).toBe("modelgate-drift.env");
      },
    );
  },
);

describe("templates/report.yml", () => {
  const job = (
    parseAllDocuments(readFileSync(join(ROOT, "templates/report.yml"), "utf8"))[1]!.toJS() as Record<string, unknown>
  )["modelgate-report"] as {
    rules: { if: string; when: string }[];
    script: string[];
    artifacts: { when: string; paths: string[] };
    when?: string;
    resource_group?: string;
  };
  it("posts the note on merge request pipelines (and branch pipelines of an open MR), even after a failed step", () => {
    expect(job.when).toBeUndefined(); // GitLab refuses job-level `when` beside `rules`
    expect(job.rules.map((r) => r.when)).toEqual(["always", "always"]);
    expect(job.rules[0]!.if).toContain("merge_request_event");
    expect(job.script[0]).toMatch(/ report .* --post$/);
  });
  it("runs one report job at a time per branch and key (resource_group), so two pipelines never both create the note", () => {
    expect(job.resource_group).toBe("modelgate-report-$[[ inputs.key ]]-$CI_COMMIT_REF_SLUG");
  });
  it("keeps the report and the not-posted fallback file as artifacts", () => {
    expect(job.artifacts.when).toBe("always");
    expect(job.artifacts.paths).toEqual(["$[[ inputs.out ]]", "modelgate-comment-$[[ inputs.key ]].md"]);
  });
});

describe("templates/drift-monitor.yml", () => {
  it("never runs twice at once (resource_group): one issue or training trigger per drift at a time", () => {
    const jobs = parseAllDocuments(
      readFileSync(join(ROOT, "templates/drift-monitor.yml"), "utf8"),
    )[1]!.toJS() as Record<string, { resource_group?: string }>;
    expect(jobs["modelgate-drift-monitor"]!.resource_group).toBe("modelgate-drift-monitor");
  });
});

describe("templates/drift-sharded.yml", () => {
  const jobs = parseAllDocuments(readFileSync(join(ROOT, "templates/drift-sharded.yml"), "utf8"))[1]!.toJS() as Record<
    string,
    { parallel?: { matrix: Record<string, string>[] }; needs?: string[]; script: string[] }
  >;
  it("profiles each shard in a parallel:matrix job on the reference's edges, then merges and runs drift", () => {
    expect(jobs["modelgate-profile-shard"]!.parallel!.matrix[0]!.MODELGATE_SHARD).toBe("$[[ inputs.shards ]]");
    expect(jobs["modelgate-drift-merged"]!.needs).toEqual(["modelgate-profile-shard"]);
    expect(jobs["modelgate-drift-merged"]!.script[0]).toContain("profile merge modelgate-shards/*.profile.json");
  });
});

describe("GitHub workflow templates", () => {
  const inputsOf = (file: string) =>
    Object.keys((parse(readFileSync(join(ROOT, file), "utf8")) as { inputs: Record<string, unknown> }).inputs);
  const actionInputs: Record<string, string[]> = {
    "modelgate/modelgate@v0": inputsOf("action.yml"),
    "modelgate/modelgate/actions/drift@v0": inputsOf("actions/drift/action.yml"),
    "modelgate/modelgate/actions/evaluate@v0": inputsOf("actions/evaluate/action.yml"),
    "modelgate/modelgate/actions/gate@v0": inputsOf("actions/gate/action.yml"),
    "modelgate/modelgate/actions/card@v0": inputsOf("actions/card/action.yml"),
    "modelgate/modelgate/actions/report@v0": inputsOf("actions/report/action.yml"),
    "modelgate/modelgate/actions/comment@v0": inputsOf("actions/comment/action.yml"),
  };

  it.each(["modelgate-drift-sharded.yml", "modelgate-drift-monitor.yml", "modelgate-pr-report.yml"])(
    "%s passes only inputs the modelgate actions declare, and names real commands",
    (file) => {
      const wf = parse(readFileSync(join(ROOT, "workflow-templates", file), "utf8")) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
      };
      const steps = Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith("modelgate/")));
      expect(steps.length).toBeGreaterThan(1);
      for (const s of steps) {
        for (const key of Object.keys(s.with ?? {})) expect(actionInputs[s.uses!], `${s.uses} ${key}`).toContain(key);
        if (s.with?.command) expect(COMMANDS.map((c) => c.name)).toContain(s.with.command);
      }
    },
  );

  it("the PR report workflow never gives the fork's code a write token: the workflow_run job only downloads and posts", () => {
    const wf = parse(readFileSync(join(ROOT, "workflow-templates/modelgate-pr-report.yml"), "utf8")) as {
      jobs: Record<string, { if: string; steps: { uses?: string; run?: string }[] }>;
    };
    const post = wf.jobs["post-from-fork"]!;
    expect(post.if).toContain("workflow_run");
    expect(post.steps.some((s) => s.uses?.startsWith("actions/checkout"))).toBe(false);
    expect(post.steps.at(-1)!.uses).toBe("modelgate/modelgate/actions/comment@v0");
  });

  it("every job that posts (a comment, a report with post, an issue) runs in a concurrency group, queued not cancelled", () => {
    for (const file of readdirSync(join(ROOT, "workflow-templates")).filter((f) => f.endsWith(".yml"))) {
      const wf = parse(readFileSync(join(ROOT, "workflow-templates", file), "utf8")) as {
        concurrency?: { group: string; "cancel-in-progress"?: boolean };
        jobs: Record<
          string,
          {
            concurrency?: { group: string; "cancel-in-progress"?: boolean };
            steps: { uses?: string; run?: string; with?: Record<string, string> }[];
          }
        >;
      };
      for (const [name, job] of Object.entries(wf.jobs)) {
        const posts = job.steps.some(
          (s) =>
            s.uses === "modelgate/modelgate/actions/comment@v0" ||
            (s.uses === "modelgate/modelgate/actions/report@v0" && s.with?.post === "true") ||
            /\bgh (issue|pr) (create|comment)\b|\bgh workflow run\b/.test(s.run ?? ""),
        );
        if (!posts) continue;
        const group = job.concurrency ?? wf.concurrency;
        expect(group?.group, `${file} ${name}`).toMatch(/\S/);
        expect(group?.["cancel-in-progress"], `${file} ${name}`).toBe(false);
      }
    }
    const pr = parse(readFileSync(join(ROOT, "workflow-templates/modelgate-pr-report.yml"), "utf8")) as {
      jobs: Record<string, { concurrency: { group: string } }>;
    };
    expect(pr.jobs.gate!.concurrency.group).toContain("${{ github.event.pull_request.number }}");
    expect(pr.jobs["post-from-fork"]!.concurrency.group).toContain("${{ github.event.workflow_run.head_branch }}");
  });

  it("the workflow_run job posts only if the pull request's head is the commit the fork's run reported on", () => {
    const wf = parse(readFileSync(join(ROOT, "workflow-templates/modelgate-pr-report.yml"), "utf8")) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    const comment = wf.jobs["post-from-fork"]!.steps.at(-1)!;
    expect(comment.with).toMatchObject({
      pr: "${{ steps.pr.outputs.number }}",
      "expect-head-sha": "${{ github.event.workflow_run.head_sha }}",
    });
  });

  it("the sharded workflow fans out over the shards and merges after all of them", () => {
    const wf = parse(readFileSync(join(ROOT, "workflow-templates/modelgate-drift-sharded.yml"), "utf8")) as {
      jobs: Record<string, { needs?: string; strategy?: { matrix: Record<string, string> } }>;
    };
    expect(wf.jobs.profile!.strategy!.matrix.shard).toBe("${{ fromJSON(inputs.shards) }}");
    expect(wf.jobs.drift!.needs).toBe("profile");
  });
});

describe("every template and workflow template", () => {
  it("is valid YAML, each document without a parse error (toJS alone does not throw on one)", () => {
    for (const dir of ["templates", "workflow-templates"])
      for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".yml"))) {
        const docs = parseAllDocuments(readFileSync(join(ROOT, dir, file), "utf8"));
        const errors = (Array.isArray(docs) ? docs : [docs]).flatMap((d) => d.errors.map((e) => e.message));
        expect(errors, `${dir}/${file}`).toEqual([]);
      }
  });
});
