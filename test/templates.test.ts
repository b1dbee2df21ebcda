import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";

import { inputName } from "../src/commands/command.js";
import { COMMANDS } from "../src/commands/registry.js";

const ROOT = join(import.meta.dirname, "..");

interface Input {
  default?: unknown;
  type?: string;
  description: string;
}
interface Rule {
  if: string;
  when?: string;
}
interface GitlabJob {
  stage: string;
  rules?: Rule[];
  when?: string;
  needs?: (string | { job: string; optional?: boolean })[];
  allow_failure?: unknown;
  resource_group?: string;
  parallel?: { matrix: Record<string, string>[] };
  variables?: Record<string, string>;
  script: string[];
  artifacts?: { when?: string; paths?: string[] | string; reports?: { dotenv?: string; junit?: string } };
}

/** A GitLab component: its `spec: inputs` and its jobs, by name as written (`$[[ inputs.job_prefix ]]gate`). */
function component(file: string) {
  const text = readFileSync(join(ROOT, "templates", file), "utf8");
  const [header, body] = parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>);
  return {
    text,
    inputs: (header!.spec as { inputs: Record<string, Input> }).inputs,
    jobs: body as Record<string, GitlabJob>,
  };
}

/** A text as GitLab makes it when every input takes its default (an input without one stays as written). */
function withDefaults(text: string, inputs: Record<string, Input>): string {
  return text.replace(/\$\[\[ inputs\.([a-z_]+) \]\]/g, (m, key: string) => {
    const value = inputs[key]?.default;
    return typeof value === "string" ? value : m;
  });
}

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
const TEMPLATES = readdirSync(join(ROOT, "templates")).filter((f) => f.endsWith(".yml"));

describe.each([
  "validate-data.yml",
  "train.yml",
  "evaluate.yml",
  "gate.yml",
  "card.yml",
  "drift.yml",
  "drift-sharded.yml",
  "drift-monitor.yml",
  "report.yml",
])("GitLab component templates/%s", (file) => {
  const { inputs, jobs } = component(file);

  it("declares every input it interpolates, and interpolates every input it declares", () => {
    const body = JSON.stringify(jobs);
    const used = new Set([...body.matchAll(/\$\[\[ inputs\.([a-z_]+) \]\]/g)].map((m) => m[1]!));
    expect([...used].sort()).toEqual(Object.keys(inputs).sort());
  });

  it("calls modelgate commands with flags those commands have", () => {
    const calls = Object.values(jobs).flatMap(cliCalls);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      const spec = specByWords(call.words);
      expect(spec, call.words.join(" ")).toBeDefined();
      for (const flag of call.flags)
        expect(Object.keys(spec!.inputs).map(inputName), `${spec!.name} --${flag}`).toContain(flag);
    }
  });
});

/** The stage components, each one job named by job_prefix: the default names are the ones users already have. */
const STAGES: Record<string, { command: string; job: string }> = {
  "validate-data.yml": { command: "validate", job: "modelgate-validate-data" },
  "train.yml": { command: "train", job: "modelgate-train" },
  "evaluate.yml": { command: "evaluate", job: "modelgate-evaluate" },
  "gate.yml": { command: "gate", job: "modelgate-gate" },
  "card.yml": { command: "card", job: "modelgate-card" },
  "drift.yml": { command: "drift", job: "modelgate-drift" },
  "report.yml": { command: "report", job: "modelgate-report" },
};
const MERGE_REQUEST = '$CI_PIPELINE_SOURCE == "merge_request_event"';

describe.each(Object.keys(STAGES))("GitLab stage component templates/%s", (file) => {
  const { inputs, jobs } = component(file);
  const [name, job] = Object.entries(jobs)[0]!;

  it("is one job named by job_prefix (default modelgate-), so the component can be included twice", () => {
    expect(Object.keys(jobs)).toHaveLength(1);
    expect(name).toMatch(/^\$\[\[ inputs\.job_prefix \]\][a-z-]+$/);
    expect(inputs.job_prefix!.default).toBe("modelgate-");
    expect(withDefaults(name, inputs)).toBe(STAGES[file]!.job);
  });

  it("writes its outputs to a dotenv file named after its job, and keeps it as the dotenv report", () => {
    expect(job.variables!.MODELGATE_DOTENV).toBe(`${name}.env`);
    expect(job.artifacts!.reports!.dotenv).toBe(`${name}.env`);
  });

  it("runs in merge request pipelines, and in branch pipelines only while the branch has no open merge request", () => {
    expect(job.when).toBeUndefined(); // GitLab refuses job-level `when` beside `rules`
    expect(job.rules!.map((r) => r.if)).toEqual([
      MERGE_REQUEST,
      "$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS",
      "$CI_COMMIT_BRANCH",
    ]);
    expect(job.rules!.map((r) => r.when ?? "on_success")).toEqual(
      file === "report.yml" ? ["always", "never", "always"] : ["on_success", "never", "on_success"],
    );
  });

  it.skipIf(file === "drift.yml" || file === "report.yml")(
    "takes every input of its command, handed over as the flag of its name (the docs generator describes it so)",
    () => {
      const script = job.script.join("\n");
      const command = COMMANDS.find((c) => c.name === STAGES[file]!.command)!;
      for (const flag of Object.keys(command.inputs).map(inputName)) {
        const key = flag.replaceAll("-", "_");
        expect(inputs, key).toHaveProperty(key);
        expect(script).toContain(`--${flag} "$[[ inputs.${key} ]]"`);
      }
    },
  );

  it("keeps its outputs as artifacts, a failed step's too (the report names what it found)", () => {
    expect(job.artifacts!.paths).toBeDefined();
    if (file !== "card.yml") expect(job.artifacts!.when).toBe("always");
  });
});

describe("the stage components fit together", () => {
  const evaluate = component("evaluate.yml");
  const gate = component("gate.yml");
  const card = component("card.yml");
  const train = component("train.yml");
  const defaultName = (c: ReturnType<typeof component>) => withDefaults(Object.keys(c.jobs)[0]!, c.inputs);

  it("gate.yml writes the rules as JUnit and declares the junit report, so the merge request test widget lists them", () => {
    const [job] = Object.values(gate.jobs);
    expect(job!.script.join("\n")).toContain('--junit "$[[ inputs.junit ]]"');
    expect(job!.artifacts!.reports!.junit).toBe("$[[ inputs.junit ]]");
    expect(job!.artifacts!.paths).toEqual(["$[[ inputs.out ]]", "$[[ inputs.junit ]]"]);
    expect(gate.inputs.junit!.default).toMatch(/\.xml$/);
  });

  it("gate.yml waits for the evaluate job, by the name evaluate.yml gives it, and takes its baseline from that job", () => {
    const [job] = Object.values(gate.jobs);
    expect(job!.needs).toEqual([{ job: "$[[ inputs.evaluate_job ]]", optional: true }]);
    expect(gate.inputs.evaluate_job!.default).toBe(defaultName(evaluate));
    expect(gate.inputs.baseline_job!.default).toBe(defaultName(evaluate));
  });

  it("card.yml waits for the train, evaluate and gate jobs by the names their components give them", () => {
    const [job] = Object.values(card.jobs);
    expect(job!.needs).toEqual(
      ["train_job", "evaluate_job", "gate_job"].map((k) => ({ job: `$[[ inputs.${k} ]]`, optional: true })),
    );
    expect(card.inputs.train_job!.default).toBe(defaultName(train));
    expect(card.inputs.evaluate_job!.default).toBe(defaultName(evaluate));
    expect(card.inputs.gate_job!.default).toBe(defaultName(gate));
  });

  it("keeps the JSON each stage writes as an artifact for the jobs after it", () => {
    expect(Object.values(evaluate.jobs)[0]!.artifacts!.paths).toEqual([
      "$[[ inputs.out ]]",
      "$[[ inputs.predictions ]]",
    ]);
    expect(Object.values(card.jobs)[0]!.artifacts!.paths).toEqual(["$[[ inputs.out ]]", "$[[ inputs.mct ]]"]);
    expect(Object.values(train.jobs)[0]!.artifacts!.paths).toBe("$[[ inputs.paths ]]");
    expect(train.inputs.paths!.default).toContain(train.inputs.out!.default);
  });
});

describe("every GitLab component", () => {
  it("writes each job's outputs to a dotenv file no other job of any component writes", () => {
    const names = TEMPLATES.flatMap((file) => {
      const { inputs, jobs } = component(file);
      return Object.values(jobs).flatMap((j) => {
        const dotenv = j.artifacts?.reports?.dotenv;
        if (!dotenv) return [];
        expect(j.variables?.MODELGATE_DOTENV, file).toBe(dotenv);
        return [withDefaults(dotenv, inputs)];
      });
    });
    expect(names.length).toBeGreaterThanOrEqual(11);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("calls no curl: the images need Node only", () => {
    for (const file of TEMPLATES) expect(component(file).text, file).not.toMatch(/\bcurl\b/);
  });
});

describe("templates/validate-data.yml", () => {
  it("publishes the JUnit report so the merge request shows findings", () => {
    const [job] = Object.values(component("validate-data.yml").jobs);
    expect(job!.artifacts!.when).toBe("always");
    expect(job!.artifacts!.reports!.junit).toBe("$[[ inputs.junit ]]");
  });
});

describe.each(["drift.yml", "drift-sharded.yml", "drift-monitor.yml"])("templates/%s", (file) => {
  it("keeps the HTML report and drift.json as artifacts, and the verdict as dotenv", () => {
    const { jobs } = component(file);
    const last = Object.values(jobs).at(-1)!;
    expect(last.artifacts!.when).toBe("always");
    expect((last.artifacts!.paths as string[]).join(" ")).toMatch(/html/);
    expect(last.artifacts!.reports!.dotenv).toBe(last.variables!.MODELGATE_DOTENV);
  });
});

describe("templates/report.yml", () => {
  const { inputs, jobs } = component("report.yml");
  const job = jobs["$[[ inputs.job_prefix ]]report"]!;

  it("posts the note on merge request pipelines, even after a failed step", () => {
    expect(job.rules![0]).toEqual({ if: MERGE_REQUEST, when: "always" });
    expect(job.script[0]).toMatch(/ report .* --post$/);
  });

  it("runs after every stage (.post by default), so the artifacts of all of them reach it", () => {
    expect(inputs.stage!.default).toBe(".post");
  });

  it("hands over every output input, present or not: a missing one is named in the note, and only exit 1 is allowed", () => {
    for (const key of ["validation", "run", "evaluation", "gate", "drift", "card"])
      expect(job.script[0]).toContain(`--${key} "$[[ inputs.${key} ]]"`);
    expect(job.allow_failure).toEqual({ exit_codes: [1] });
  });

  it("runs one report job at a time per branch and key (resource_group), so two pipelines never both create the note", () => {
    expect(job.resource_group).toBe("modelgate-report-$[[ inputs.key ]]-$CI_COMMIT_REF_SLUG");
  });

  it("keeps the report and the not-posted fallback file as artifacts", () => {
    expect(job.artifacts!.when).toBe("always");
    expect(job.artifacts!.paths).toEqual(["$[[ inputs.out ]]", "modelgate-comment-$[[ inputs.key ]].md"]);
  });
});

describe("templates/drift-monitor.yml", () => {
  const { jobs } = component("drift-monitor.yml");
  const job = jobs["modelgate-drift-monitor"]!;

  it("never runs twice at once (resource_group): one issue or training trigger per drift at a time", () => {
    expect(job.resource_group).toBe("modelgate-drift-monitor");
  });

  it("looks for its open issue by label before opening one, and updates that one instead", () => {
    const script = job.script.join("\n");
    expect(script).toContain('MODELGATE_ISSUE_LABEL="$[[ inputs.issue_label ]]"');
    expect(script).toMatch(/call\("GET", `\/issues\?\$\{query\}`/);
    expect(script).toContain("state=opened&labels=${encodeURIComponent(label)}");
    expect(script).toMatch(/call\("PUT", `\/issues\/\$\{open\.iid\}`/);
  });
});

describe("templates/drift-sharded.yml", () => {
  const { jobs } = component("drift-sharded.yml");
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
