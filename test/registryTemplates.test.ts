// The release templates, parsed: the GitHub workflows that publish, promote and roll back a model, and the GitLab
// components publish.yml and promote.yml. What they must keep: the approval gate (a protected environment, a manual
// job, require-approval), least-privilege permissions that still cover what each action's token needs, one
// release or stage move of a model at a time, only the default branch publishing, the attestation fed the digest
// publish verified, and GitLab inputs that are all declared, all used, and passed as the commands' own flags.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";
import { isMap, isScalar, parse, parseAllDocuments, parseDocument, type Scalar, type YAMLMap } from "yaml";

import { inputName } from "../src/commands/command.js";
import { COMMANDS } from "../src/commands/registry.js";
import { ROOT } from "./support.js";

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string | { name: string; url?: string };
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress"?: boolean };
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const ACTION = /^modelgate\/modelgate\/actions\/([a-z-]+)@v0$/;

/** An action's inputs and outputs, and the permissions its `github-token` description asks of the job. */
function action(name: string) {
  const yml = parse(read(`actions/${name}/action.yml`)) as {
    inputs: Record<string, { description: string }>;
    outputs: Record<string, unknown>;
  };
  const token = yml.inputs["github-token"]?.description ?? "";
  return {
    inputs: Object.keys(yml.inputs),
    outputs: Object.keys(yml.outputs),
    permissions: Object.fromEntries([...token.matchAll(/`([a-z-]+): (read|write)`/g)].map((m) => [m[1]!, m[2]!])),
  };
}

const envName = (job: Job) => (typeof job.environment === "string" ? job.environment : job.environment?.name);
const modelgateSteps = (job: Job) => job.steps.filter((s) => ACTION.test(s.uses ?? ""));
const stepOf = (job: Job, name: string) => job.steps.find((s) => s.uses === `modelgate/modelgate/actions/${name}@v0`)!;

/** Each job's permissions, each with the comment on its line (why it is there). */
function permissionComments(file: string): Record<string, Record<string, string | null | undefined>> {
  const doc = parseDocument(read(file));
  const jobs = doc.get("jobs", true) as YAMLMap<Scalar<string>, YAMLMap>;
  return Object.fromEntries(
    jobs.items.map((job) => {
      const permissions = job.value!.get("permissions", true);
      const lines = isMap(permissions) ? permissions.items : [];
      return [
        job.key.value,
        Object.fromEntries(
          lines.map((p) => [String((p.key as Scalar).value), isScalar(p.value) ? p.value.comment : undefined]),
        ),
      ];
    }),
  );
}

describe("workflow-templates/modelgate-model-release.yml", () => {
  const FILE = "workflow-templates/modelgate-model-release.yml";
  const wf = parse(read(FILE)) as Workflow;
  const { gate, publish, promote } = wf.jobs as Record<"gate" | "publish" | "promote", Job>;

  it("runs on pushes to the default branch and by hand, and only the default branch publishes", () => {
    expect(wf.on).toEqual({ push: { branches: ["$default-branch"] }, workflow_dispatch: null });
    // workflow_dispatch may be run on any branch: the publish job checks the ref itself.
    expect(publish.if).toBe("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)");
    expect(publish.needs).toBe("gate");
  });

  it("gives nothing by default, and each job exactly the permissions listed, each with a comment saying why", () => {
    expect(wf.permissions).toEqual({});
    expect(gate.permissions).toEqual({ contents: "read" });
    expect(publish.permissions).toEqual({
      contents: "write",
      actions: "read",
      "id-token": "write",
      attestations: "write",
    });
    expect(promote.permissions).toEqual({ contents: "read", deployments: "write", actions: "read" });
    for (const [job, lines] of Object.entries(permissionComments(FILE)))
      for (const [permission, why] of Object.entries(lines))
        expect(why?.trim(), `${job} ${permission}`).toMatch(/\w{3}/);
  });

  it("grants each modelgate step the permissions its action's github-token asks for", () => {
    for (const [name, job] of Object.entries(wf.jobs))
      for (const step of modelgateSteps(job)) {
        const asked = action(ACTION.exec(step.uses!)![1]!).permissions;
        for (const [permission, level] of Object.entries(asked)) {
          const given = job.permissions?.[permission];
          expect(
            given === level || (given === "write" && level === "read"),
            `${name}: ${step.uses} ${permission}`,
          ).toBe(true);
        }
      }
  });

  it("passes only inputs the modelgate actions declare", () => {
    const steps = Object.values(wf.jobs).flatMap(modelgateSteps);
    expect(steps.map((s) => ACTION.exec(s.uses!)![1])).toEqual(["evaluate", "gate", "card", "publish", "promote"]);
    for (const s of steps) {
      const declared = action(ACTION.exec(s.uses!)![1]!).inputs;
      for (const key of Object.keys(s.with ?? {})) expect(declared, `${s.uses} ${key}`).toContain(key);
    }
  });

  it("publishes in the production environment, with require-approval, exactly the files the gate job uploaded", () => {
    expect(envName(publish)).toBe("production");
    const step = stepOf(publish, "publish");
    expect(step.with!["require-approval"]).toBe("true");
    expect(step.with!.name).toBe("${{ env.MODEL }}");
    const upload = gate.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    const download = publish.steps.find((s) => s.uses?.startsWith("actions/download-artifact@"))!;
    expect(download.with!.name).toBe(upload.with!.name);
    const uploaded = upload.with!.path!.trim().split("\n");
    for (const [input, file] of [
      ["model", "model.onnx"],
      ["gate", "gate.json"],
      ["evaluation", "evaluation.json"],
      ["card", "MODEL_CARD.md"],
    ] as const) {
      expect(uploaded, file).toContain(file);
      expect(step.with![input], input).toBe(`${download.with!.path}/${file}`);
    }
    // The rules publish compares gate.json's binding with are the rules the gate judged.
    expect(step.with!.rule).toBe(stepOf(gate, "gate").with!.rule);
    expect(step.with!.rule).toBe("${{ env.RULES }}");
    expect(wf.env!.RULES!.trim().split("\n").length).toBeGreaterThan(0);
  });

  it("publishes one release of a model at a time: a concurrency group per model, queued, never cancelled", () => {
    expect(publish.concurrency).toEqual({
      group: "modelgate-${{ needs.gate.outputs.model }}",
      "cancel-in-progress": false,
    });
    // A job's concurrency cannot read `env`: the gate job hands the model's name on.
    expect(gate.outputs!.model).toBe("${{ env.MODEL }}");
    expect(wf.env!.MODEL).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
  });

  it("attests the published model after publishing, fed the model digest the publish step output", () => {
    const publishAt = publish.steps.indexOf(stepOf(publish, "publish"));
    const id = publish.steps[publishAt]!.id!;
    expect(id).toMatch(/\S/);
    const attestAt = publish.steps.findIndex((s) =>
      /^actions\/(attest-build-provenance|attest)@v\d+$/.test(s.uses ?? ""),
    );
    expect(attestAt).toBeGreaterThan(publishAt);
    const attest = publish.steps[attestAt]!;
    expect(attest.with).toEqual({
      "subject-name": "model.onnx",
      "subject-digest": `sha256:\${{ steps.${id}.outputs.model-sha256 }}`,
    });
    expect(action("publish").outputs).toContain("model-sha256");
    expect(publish.outputs!.version).toBe(`\${{ steps.${id}.outputs.version }}`);
  });

  it("promotes the published version to production in the production environment, one move of a stage at a time", () => {
    expect(envName(promote)).toBe("production");
    expect(promote.needs).toEqual(["gate", "publish"]);
    expect(stepOf(promote, "promote").with).toEqual({
      name: "${{ env.MODEL }}",
      version: "${{ needs.publish.outputs.version }}",
      stage: "production",
    });
    expect(promote.concurrency).toEqual({
      group: "modelgate-${{ needs.gate.outputs.model }}-production",
      "cancel-in-progress": false,
    });
    expect(action("promote").outputs).toEqual(expect.arrayContaining(["status", "version", "previous"]));
  });
});

describe("workflow-templates/modelgate-model-rollback.yml", () => {
  const FILE = "workflow-templates/modelgate-model-rollback.yml";
  const wf = parse(read(FILE)) as Workflow & {
    on: { workflow_dispatch: { inputs: Record<string, { required?: boolean; default?: string }> } };
  };
  const job = wf.jobs.rollback!;

  it("is run by hand with the model and the stage, in the production environment", () => {
    expect(Object.keys(wf.on)).toEqual(["workflow_dispatch"]);
    const inputs = wf.on.workflow_dispatch.inputs;
    expect(Object.keys(inputs)).toEqual(["model", "stage"]);
    expect(inputs.model!.required).toBe(true);
    expect(inputs.stage!.default).toBe("production");
    expect(envName(job)).toBe("production");
    expect(stepOf(job, "rollback").with).toEqual({ name: "${{ inputs.model }}", stage: "${{ inputs.stage }}" });
  });

  it("has exactly the permissions of a stage move, each with a comment, and the rollback action's token needs", () => {
    expect(wf.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: "read", deployments: "write", actions: "read" });
    expect(job.permissions).toMatchObject(action("rollback").permissions);
    expect(Object.keys(action("rollback").permissions).sort()).toEqual(["actions", "contents", "deployments"]);
    for (const [permission, why] of Object.entries(permissionComments(FILE).rollback!))
      expect(why?.trim(), permission).toMatch(/\w{3}/);
  });

  it("moves a stage in the same concurrency group as the release workflow's promotion of it", () => {
    expect(job.concurrency).toEqual({
      group: "modelgate-${{ inputs.model }}-${{ inputs.stage }}",
      "cancel-in-progress": false,
    });
    const release = parse(read("workflow-templates/modelgate-model-release.yml")) as Workflow;
    const same = (group: string, model: string, stage: string) =>
      group.replace(model, "<model>").replace(stage, "<stage>");
    expect(same(job.concurrency!.group, "${{ inputs.model }}", "${{ inputs.stage }}")).toBe(
      same(release.jobs.promote!.concurrency!.group, "${{ needs.gate.outputs.model }}", "production"),
    );
  });
});

// ---- GitLab components

interface Input {
  default?: unknown;
  type?: string;
  options?: string[];
  description: string;
}
interface GitlabJob {
  stage: string;
  needs?: unknown;
  when?: string;
  rules: { if: string; when: string }[];
  environment: { name: string; deployment_tier?: string };
  resource_group: string;
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; reports: { dotenv: string } };
}

function component(file: string) {
  const text = read(`templates/${file}`);
  const [header, body] = parseAllDocuments(text);
  expect(header!.errors).toEqual([]);
  expect(body!.errors).toEqual([]);
  return {
    text,
    comment: text.slice(0, text.indexOf("\nspec:")),
    inputs: (header!.toJS() as { spec: { inputs: Record<string, Input> } }).spec.inputs,
    jobs: body!.toJS() as Record<string, GitlabJob>,
  };
}

/** The modelgate calls of a job: the command's words and the flags given, `--flag "$[[ inputs.x ]]"` as pairs. */
function calls(job: GitlabJob) {
  return job.script.flatMap((line) =>
    line
      .split("$[[ inputs.cli ]] ")
      .slice(1)
      .map((part) => ({
        words: /^[a-z]+(?: [a-z]+)?(?= --|$)/.exec(part.trim())![0],
        flags: [...part.matchAll(/--([a-z-]+)/g)].map((m) => m[1]!),
        fromInputs: [...part.matchAll(/--([a-z-]+) "\$\[\[ inputs\.([a-z_]+) \]\]"/g)].map(
          (m): [flag: string, input: string] => [m[1]!, m[2]!],
        ),
      })),
  );
}

const DEFAULT_BRANCH = "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH";

describe.each(["publish.yml", "promote.yml"])("GitLab component templates/%s", (file) => {
  const c = component(file);

  it("declares every input it interpolates, and interpolates every input it declares", () => {
    const used = new Set([...JSON.stringify(c.jobs).matchAll(/\$\[\[ inputs\.([a-z_]+) \]\]/g)].map((m) => m[1]!));
    expect([...used].sort()).toEqual(Object.keys(c.inputs).sort());
  });

  it("calls modelgate commands with flags they have, each input handed over as the flag of its own name", () => {
    for (const job of Object.values(c.jobs))
      for (const call of calls(job)) {
        const command = COMMANDS.find((x) => x.words.join(" ") === call.words);
        expect(command, call.words).toBeDefined();
        const flags = Object.keys(command!.inputs).map(inputName);
        for (const flag of call.flags) expect(flags, `${call.words} --${flag}`).toContain(flag);
        // The docs generator describes such an input by the command's flag: only if the names agree.
        for (const [flag, input] of call.fromInputs) expect(input, flag).toBe(flag.replaceAll("-", "_"));
      }
  });

  it("runs every job only on the default branch, by hand (or as the inputs say), in a protected environment", () => {
    for (const [name, job] of Object.entries(c.jobs)) {
      expect(job.when, name).toBeUndefined(); // GitLab refuses job-level `when` beside `rules`
      expect(job.rules, name).toHaveLength(1);
      expect(job.rules[0]!.if, name).toBe(DEFAULT_BRANCH);
      expect(job.environment.name, name).toMatch(/\$\[\[ inputs\.(name|stage) \]\]/);
    }
  });

  it("locks the model's registry: every job in the resource group of the model, named per model", () => {
    for (const [name, job] of Object.entries(c.jobs)) {
      expect(job.resource_group, name).toBe("modelgate-$[[ inputs.name ]]");
      expect(name).toContain("$[[ inputs.name ]]");
    }
  });

  it("keeps the outputs as a dotenv report, the file modelgate writes them to, named after the job", () => {
    for (const [name, job] of Object.entries(c.jobs)) {
      expect(job.artifacts.when, name).toBe("always");
      expect(job.artifacts.reports.dotenv, name).toBe(job.variables.MODELGATE_DOTENV);
      expect(job.variables.MODELGATE_DOTENV, name).toBe(`${name}.env`);
    }
  });

  it("names its token in the component's comment: api scope, Developer role, a protected variable", () => {
    expect(c.comment).toContain("MODELGATE_GITLAB_TOKEN");
    expect(c.comment).toMatch(/api\s+scope/);
    expect(c.comment).toMatch(/Developer\s+role/);
    expect(c.comment).toMatch(/protected[\s\S]*hides it from[\s\S]*unprotected branches/);
  });
});

describe("templates/publish.yml", () => {
  const c = component("publish.yml");
  const [name, job] = Object.entries(c.jobs)[0]!;

  it("is one manual job (an input can make it automatic), needing the jobs that evaluated and gated", () => {
    expect(Object.keys(c.jobs)).toEqual(["modelgate-publish-$[[ inputs.name ]]"]);
    expect(job.rules[0]!.when).toBe("$[[ inputs.when ]]");
    expect(c.inputs.when).toMatchObject({ default: "manual", options: ["manual", "on_success"] });
    expect(job.needs).toBe("$[[ inputs.needs ]]");
    expect(c.inputs.needs).toMatchObject({
      type: "array",
      default: [{ job: "modelgate-train", optional: true }, "modelgate-evaluate", "modelgate-gate"],
    });
  });

  it("needs by default the jobs of the train, evaluate and gate components, as they name them by default", () => {
    for (const [needed, file] of [
      ["modelgate-train", "train.yml"],
      ["modelgate-evaluate", "evaluate.yml"],
      ["modelgate-gate", "gate.yml"],
    ] as const) {
      const other = component(file);
      const prefix = String(other.inputs.job_prefix!.default);
      const names = Object.keys(other.jobs).map((n) => n.replace("$[[ inputs.job_prefix ]]", prefix));
      expect(names, file).toContain(needed);
    }
  });

  it("deploys to models/<name>/<environment>, a production-tier environment to protect", () => {
    expect(job.environment).toEqual({
      name: "models/$[[ inputs.name ]]/$[[ inputs.environment ]]",
      deployment_tier: "production",
    });
    expect(c.inputs.environment!.default).toBe("production");
  });

  it("publishes to the GitLab registry and requires an approval unless told otherwise", () => {
    const [call] = calls(job);
    expect(call!.words).toBe("publish");
    expect(call!.fromInputs).toContainEqual(["registry", "registry"]);
    expect(c.inputs.registry!.default).toBe("gitlab");
    expect(c.inputs.require_approval).toMatchObject({ type: "boolean", default: true });
    // The switch is on unless the input is false.
    expect(job.script.join("\n")).toContain(
      '$(test "$[[ inputs.require_approval ]]" = false || echo --require-approval)',
    );
    expect(call!.flags).toContain("require-approval");
    expect(name).toBe("modelgate-publish-$[[ inputs.name ]]");
  });
});

describe("templates/promote.yml", () => {
  const c = component("promote.yml");
  const promote = c.jobs["modelgate-promote-$[[ inputs.name ]]-$[[ inputs.stage ]]"]!;
  const rollback = c.jobs["modelgate-rollback-$[[ inputs.name ]]-$[[ inputs.stage ]]"]!;

  it("has a manual promote job per model and stage, deploying to the stage's environment", () => {
    expect(Object.keys(c.jobs)).toHaveLength(2);
    expect(promote.rules[0]!.when).toBe("manual");
    expect(promote.environment.name).toBe("$[[ inputs.stage ]]");
    expect(calls(promote).map((x) => x.words)).toEqual(["promote"]);
    expect(calls(promote)[0]!.fromInputs).toEqual([
      ["name", "name"],
      ["version", "version"],
      ["stage", "stage"],
      ["registry", "registry"],
    ]);
  });

  it("takes the version the publish job of the same model put in its dotenv report, when that job ran", () => {
    expect(c.inputs.version!.default).toBe("$MODELGATE_VERSION");
    expect(promote.needs).toEqual([{ job: "modelgate-publish-$[[ inputs.name ]]", optional: true }]);
    const publish = component("publish.yml");
    expect(Object.keys(publish.jobs)).toContain("modelgate-publish-$[[ inputs.name ]]");
    expect(action("publish").outputs).toContain("version"); // MODELGATE_VERSION in the dotenv report
  });

  it("has a manual rollback job of the same stage (an input leaves it out), locked with the publish job", () => {
    expect(rollback.rules[0]!.when).toBe("$[[ inputs.rollback ]]");
    expect(c.inputs.rollback).toMatchObject({ default: "manual", options: ["manual", "never"] });
    expect(rollback.environment.name).toBe("$[[ inputs.stage ]]");
    expect(rollback.needs).toEqual([]);
    expect(calls(rollback).map((x) => x.words)).toEqual(["rollback"]);
    expect(rollback.resource_group).toBe(
      component("publish.yml").jobs["modelgate-publish-$[[ inputs.name ]]"]!.resource_group,
    );
  });

  it("keeps the pipeline stage apart from the model's stage: `stage` is the flag, `job_stage` the pipeline's", () => {
    for (const job of [promote, rollback]) expect(job.stage).toBe("$[[ inputs.job_stage ]]");
    expect(c.inputs.stage!.default).toBeUndefined();
  });
});
