// manifest.json: the lineage record of a published version — what it is (every file with its sha256 and size), how it
// was judged (metrics, the gate's verdict bound to the model, the holdout and the rules), what it was made from
// (data, schema, commit), who ran and who approved it, and when. `verify` checks a release against it.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

import { z } from "zod";

import { readJsonFile } from "../config/jsonFile.js";
import { InputError, unreadable } from "../errors.js";
import type { Evaluation } from "../evaluate/evaluate.js";
import type { GateResult } from "../gate/gate.js";
import { assertRegularFile } from "../regularFile.js";
import type { RunRecord } from "../train/run.js";
import type { Approval, AssetFile } from "./store.js";

export const MANIFEST_FILE = "manifest.json";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "expected a sha256 (64 lowercase hex digits)");

export const approvalSchema = z
  .object({
    user: z.string().min(1),
    at: z.string().min(1),
    source: z.enum(["github-environment", "gitlab-deployment", "gitlab-manual-job", "local"]),
    environment: z.string().optional(),
    comment: z.string().optional(),
  })
  .strict();

export const manifestSchema = z.object({
  kind: z.literal("modelgate.manifest"),
  // The format's version, as in every modelgate output; the model's own version is model_version.
  version: z.literal(1),
  name: z.string(),
  model_version: z.string(),
  tag: z.string(),
  /** Every other file of the release (the manifest cannot hold its own digest). */
  assets: z.array(z.object({ name: z.string(), sha256, size: z.number().int().nonnegative() }).strict()),
  metrics: z.record(z.string(), z.number()),
  gate: z
    .object({
      passed: z.boolean(),
      rules: z.array(
        z
          .object({
            rule: z.string(),
            metric: z.string(),
            passed: z.boolean(),
            actual: z.number(),
            bound: z.number(),
            baseline: z.number().nullable(),
          })
          .strict(),
      ),
      baseline: z.string().nullable(),
      /** sha256 of gate.json as published. */
      sha256,
      binding: z.object({ model_sha256: sha256, data_sha256: sha256, config_sha256: sha256 }).strict(),
    })
    .strict(),
  data: z
    .object({
      holdout_sha256: sha256,
      /** The training data run.json hashed, when run.json was given. */
      training: z.array(z.object({ path: z.string(), sha256: z.string() }).strict()).nullable(),
    })
    .strict(),
  schema_sha256: sha256.nullable(),
  config_sha256: sha256,
  git: z.object({ commit: z.string().nullable(), branch: z.string().nullable() }).strict(),
  ci: z.object({ run_url: z.string().nullable(), triggered_by: z.string().nullable() }).strict(),
  approvals: z.array(approvalSchema),
  published_at: z.string(),
  tools: z.object({ modelgate: z.string(), node: z.string() }).strict(),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** What a manifest is built from: the outputs as loaded, and what the run knows about itself. */
export interface ManifestInput {
  name: string;
  version: string;
  tag: string;
  /** Every asset but the manifest, as they will be uploaded. */
  assets: readonly AssetFile[];
  evaluation: Evaluation;
  gate: GateResult;
  gateSha256: string;
  run: RunRecord | null;
  schemaSha256: string | null;
  /** The commit and branch of this run; absent, run.json's. */
  git?: { commit: string | null; branch: string | null };
  ci: { run_url: string | null; triggered_by: string | null };
  approvals: readonly Approval[];
  publishedAt: string;
  tools: { modelgate: string; node: string };
}

/** The manifest of one version (publish refuses unbound gates before building one, so the binding is whole here). */
export function buildManifest(i: ManifestInput): Manifest {
  const { binding } = i.gate;
  if (binding.model_sha256 === null || binding.data_sha256 === null)
    throw new InputError(undefined, undefined, "the gate is not bound to a model and a holdout");
  return {
    kind: "modelgate.manifest",
    version: 1,
    name: i.name,
    model_version: i.version,
    tag: i.tag,
    assets: i.assets.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size })),
    metrics: Object.fromEntries(Object.entries(i.evaluation.metrics).filter(([, v]) => Number.isFinite(v))),
    gate: {
      passed: i.gate.passed,
      rules: i.gate.rules.map((r) => ({
        rule: r.rule,
        metric: r.metric,
        passed: r.passed,
        actual: r.actual,
        bound: r.bound,
        baseline: r.baseline,
      })),
      baseline: i.gate.baseline?.label ?? null,
      sha256: i.gateSha256,
      binding: {
        model_sha256: binding.model_sha256,
        data_sha256: binding.data_sha256,
        config_sha256: binding.config_sha256,
      },
    },
    data: {
      holdout_sha256: i.evaluation.data.sha256,
      training: i.run ? i.run.data.map((d) => ({ path: d.path, sha256: d.sha256 })) : null,
    },
    schema_sha256: i.schemaSha256,
    config_sha256: binding.config_sha256,
    git: i.git ?? i.run?.git ?? { commit: null, branch: null },
    ci: i.ci,
    approvals: i.approvals.map((a) => ({ ...a })),
    published_at: i.publishedAt,
    tools: i.tools,
  };
}

/** The manifest as text: the bytes that are hashed, uploaded and verified. */
export function manifestText(m: Manifest): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

/** A manifest value checked against the format; one line naming `label` and the field when it is not one. */
export function parseManifest(value: unknown, label: string): Manifest {
  if ((value as { kind?: unknown } | null)?.kind !== "modelgate.manifest")
    throw new InputError(label, undefined, 'not a modelgate manifest (kind must be "modelgate.manifest")');
  const parsed = manifestSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.join(".");
  throw new InputError(label, path ? { path } : undefined, issue.message);
}

/** Read manifest.json from disk. */
export async function readManifest(file: string, label = file): Promise<Manifest> {
  return parseManifest(await readJsonFile(file).catch((e: unknown) => Promise.reject(relabel(e, file, label))), label);
}

function relabel(e: unknown, file: string, label: string): unknown {
  return e instanceof InputError && e.file === file ? new InputError(label, e.place, e.problem, { cause: e }) : e;
}

/** A file's sha256 and size, streamed (any size, bounded memory); only a regular file is read. */
export async function describeFile(name: string, path: string): Promise<AssetFile> {
  await assertRegularFile(path);
  const hash = createHash("sha256");
  let size = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } catch (e) {
    throw unreadable(path, e);
  }
  // The size is what was hashed, not stat's: a file that grows while read is described as the bytes hashed.
  return { name, path, sha256: hash.digest("hex"), size };
}
