// Deciding a publish, as data: the files at hand are checked against the gate's binding (only the model, holdout and
// rules that were gated may ship), described (sha256, size), and given a version; publish.ts carries the plan out and
// `--dry-run` prints it. Reading the store happens here (the versions taken, a re-run's own release); writing never.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";

import { sha256File } from "../data/fileHash.js";
import { InputError } from "../errors.js";
import type { Evaluation } from "../evaluate/evaluate.js";
import type { GateResult } from "../gate/gate.js";
import { checkBindings } from "../report/bindings.js";
import { loadOutput } from "../report/outputs.js";
import type { RunRecord } from "../train/run.js";
import { buildManifest, describeFile, type Manifest, type ManifestInput } from "./manifest.js";
import {
  buildTag,
  type Bump,
  compareVersions,
  nextVersion,
  parseAssetName,
  parseModelName,
  parseVersionRequest,
} from "./names.js";
import {
  type Identity,
  identityDifference,
  identityOf,
  MODEL_ASSET,
  readStoredManifest,
  releasesOf,
  sameIdentity,
} from "./releaseFiles.js";
import type { Approval, AssetFile, RegistryStore } from "./store.js";

/** The files of a publish: the model, the gate and evaluation that judged it, and what else ships beside them. */
export interface PublishFiles {
  model: string;
  gate: string;
  evaluation: string;
  card?: string;
  run?: string;
  schema?: string;
  profile?: string;
  /** The holdout itself, when at hand: its sha256 must be the one the evaluation and the gate name. */
  holdout?: string;
}

export interface PublishRequest {
  name: string;
  /** An exact semantic version, or `auto`. */
  version: string;
  /** What `auto` bumps (default patch). */
  bump?: Bump;
  files: PublishFiles;
  /**
   * The config_sha256 the gate rules at hand give (gateConfigSha256 of modelgate.yml's gate section): gate.json must
   * carry it. Null when no rules are at hand (the gate ran on --rule flags): the plan then says it was not checked.
   */
  configSha256: string | null;
  git?: { commit: string | null; branch: string | null };
  ci: { run_url: string | null; triggered_by: string | null };
  approvals: readonly Approval[];
  tools: { modelgate: string; node: string };
  now?: () => Date;
  /** A file's name in messages (relative to the working directory); absent, the path as given. */
  shown?: (path: string) => string;
}

/** What the store holds of this publish when planned: publish.ts looks again when it applies the plan. */
export type Existing =
  | { state: "new" }
  | { state: "already-published"; version: string }
  | { state: "draft"; version: string }
  | { state: "taken"; version: string; difference: string };

export interface PublishPlan {
  name: string;
  version: string;
  tag: string;
  /** With `auto`, the bump: a version another publisher takes first moves the plan on to the next (when allowed). */
  auto: Bump | null;
  /** Every asset but the manifest, in upload order (the manifest goes first, the model next). */
  assets: AssetFile[];
  /** The manifest of `version`; manifestFor() gives it for another version. */
  manifest: Manifest;
  identity: Identity;
  /** What was checked, one line each, for the command and --dry-run to print. */
  checks: string[];
  existing: Existing;
  /** The manifest's makings, kept to rebuild it for another version. */
  readonly basis: Omit<ManifestInput, "name" | "version" | "tag" | "publishedAt">;
}

/** The plan, or why the gate's verdict forbids publishing (a result: the command exits 1). */
export type Planned =
  { status: "ready"; plan: PublishPlan } | { status: "refused"; reason: string; failedRules: string[] };

const short = (sha: string) => `${sha.slice(0, 12)}…`;

/** The gate must be bound to this model and holdout (and rules, when at hand); one line names the first mismatch. */
function checkBinding(
  gate: GateResult,
  evaluation: Evaluation,
  model: AssetFile,
  r: PublishRequest,
  show: (p: string) => string,
): string[] {
  const g = show(r.files.gate);
  const ev = show(r.files.evaluation);
  const m = show(r.files.model);
  const { model_sha256, data_sha256, config_sha256 } = gate.binding;
  if (model_sha256 === null || data_sha256 === null)
    throw new InputError(
      g,
      { path: model_sha256 === null ? "binding.model_sha256" : "binding.data_sha256" },
      "the gate judged a metrics file, not an evaluation of a model on a holdout: publish needs the gate.json of `modelgate evaluate`'s evaluation.json",
    );
  if (model_sha256 !== model.sha256)
    throw new InputError(
      g,
      { path: "binding.model_sha256" },
      `the gate judged the model with sha256 ${short(model_sha256)}, but ${m} has sha256 ${short(model.sha256)}: publish the model that was gated, or gate this one`,
    );
  if (evaluation.model.sha256 !== model.sha256)
    throw new InputError(
      ev,
      { path: "model.sha256" },
      `the evaluation is of the model with sha256 ${short(evaluation.model.sha256)}, but ${m} has sha256 ${short(model.sha256)}`,
    );
  checkBindings({ gate, evaluation }, { gate: g, evaluation: ev });
  const checks = [
    `model: ${m} has sha256 ${short(model.sha256)}, the one the gate judged`,
    `holdout: the gate judged the holdout ${show(evaluation.data.path)} with sha256 ${short(data_sha256)}, as ${ev} says`,
  ];
  if (r.configSha256 === null)
    checks.push(
      "rules: not compared (no gate rules at hand: neither --rule nor modelgate.yml's gate.rules); gate.json's own rules were used",
    );
  else if (r.configSha256 !== config_sha256)
    throw new InputError(
      g,
      { path: "binding.config_sha256" },
      `the gate was judged under other rules than the ones at hand (--rule, or modelgate.yml's gate.rules, directions and bootstrap settings; config sha256 ${short(config_sha256)} in gate.json, ${short(r.configSha256)} here): run the gate again`,
    );
  else checks.push(`rules: the gate's config sha256 ${short(config_sha256)} is the one the rules at hand give`);
  return checks;
}

/** Names of files in a release: fixed, so a pull or a baseline knows where to look. */
function assetList(r: PublishRequest): [name: string, path: string][] {
  const f = r.files;
  const schemaExt = f.schema ? extname(f.schema).toLowerCase() : "";
  const list: [string, string | undefined][] = [
    [MODEL_ASSET, f.model],
    ["MODEL_CARD.md", f.card],
    ["evaluation.json", f.evaluation],
    ["gate.json", f.gate],
    ["run.json", f.run],
    [`schema${[".json", ".yml", ".yaml"].includes(schemaExt) ? schemaExt : ".yml"}`, f.schema],
    ["profile.json", f.profile],
  ];
  return list.flatMap(([name, path]) => (path === undefined ? [] : [[parseAssetName(name, "asset"), path]]));
}

/** Check the files against the gate and plan the publish: the version to take and what the store holds of it. */
export async function planPublish(store: RegistryStore, r: PublishRequest): Promise<Planned> {
  const show = r.shown ?? ((p: string) => p);
  const name = parseModelName(r.name);
  const asked = parseVersionRequest(r.version, r.bump ?? "patch");
  const gate = await loadOutput("gate", r.files.gate);
  const evaluation = await loadOutput("evaluation", r.files.evaluation);
  const run: RunRecord | null = r.files.run ? await loadOutput("run", r.files.run) : null;
  const assets = await Promise.all(assetList(r).map(([n, p]) => describeFile(n, p)));
  const model = assets[0]!;
  const checks = checkBinding(gate, evaluation, model, r, show);
  if (r.files.holdout !== undefined) {
    const holdout = await sha256File(r.files.holdout);
    if (holdout !== evaluation.data.sha256)
      throw new InputError(
        show(r.files.holdout),
        undefined,
        `has sha256 ${short(holdout)}, but the gate judged the holdout with sha256 ${short(evaluation.data.sha256)}`,
      );
    checks.push(`holdout: ${show(r.files.holdout)} is that holdout`);
  }
  if (!gate.passed) {
    const failed = gate.rules.filter((x) => !x.passed).map((x) => x.rule);
    return {
      status: "refused",
      reason: `${show(r.files.gate)}: the gate failed (${failed.length} of ${gate.rules.length} rules: ${failed.map((x) => JSON.stringify(x)).join(", ")}); only a model that passed its gate is published`,
      failedRules: failed,
    };
  }
  checks.unshift(`gate: passed, ${gate.rules.length} of ${gate.rules.length} rules hold`);
  const basis = {
    assets,
    evaluation,
    gate,
    gateSha256: assets.find((a) => a.name === "gate.json")!.sha256,
    run,
    schemaSha256: assets.find((a) => a.name.startsWith("schema."))?.sha256 ?? null,
    ...(r.git ? { git: r.git } : {}),
    ci: r.ci,
    approvals: r.approvals,
    tools: r.tools,
  };
  const identity: Identity = {
    model_sha256: model.sha256,
    commit: (r.git ?? run?.git)?.commit ?? null,
  };
  const { version, existing } = await chooseVersion(store, name, asked, identity, model);
  const publishedAt = (r.now ?? (() => new Date()))().toISOString();
  const plan: PublishPlan = {
    name,
    version,
    tag: buildTag(name, version),
    auto: asked.auto ? asked.bump : null,
    assets,
    manifest: buildManifest({ ...basis, name, version, tag: buildTag(name, version), publishedAt }),
    identity,
    checks,
    existing,
    basis,
  };
  return { status: "ready", plan };
}

/** The plan's manifest for a version (another one after a conflict), published at `at`. */
export function manifestFor(plan: PublishPlan, version: string, at: Date): Manifest {
  return buildManifest({
    ...plan.basis,
    name: plan.name,
    version,
    tag: buildTag(plan.name, version),
    publishedAt: at.toISOString(),
  });
}

/**
 * The version to publish: the one asked, or with `auto` the version a re-run already has (published, or an
 * interrupted draft of ours), else the next after the highest published one.
 */
async function chooseVersion(
  store: RegistryStore,
  name: string,
  asked: ReturnType<typeof parseVersionRequest>,
  identity: Identity,
  model: AssetFile,
): Promise<{ version: string; existing: Existing }> {
  const releases = await store.releases(name);
  const published = releases.filter((x) => !x.draft);
  const dir = await mkdtemp(join(tmpdir(), "modelgate-plan-"));
  try {
    if (!asked.auto) {
      const version = asked.version;
      const taken = published.find((x) => x.version === version);
      if (taken) {
        const read = await readStoredManifest(store, taken, dir);
        if (!("manifest" in read)) return { version, existing: { state: "taken", version, difference: read.problem } };
        const theirs = identityOf(read.manifest);
        if (sameIdentity(theirs, identity)) return { version, existing: { state: "already-published", version } };
        return { version, existing: { state: "taken", version, difference: identityDifference(theirs, identity) } };
      }
      const mine = await releasesOf(
        store,
        releases.filter((x) => (x.draft && x.version === version) || !x.draft),
        identity,
        model,
        dir,
      );
      // The same model from the same commit under a second version would be a duplicate release.
      const elsewhere = mine.published.sort((a, b) => compareVersions(b.version, a.version))[0];
      if (elsewhere)
        throw new InputError(
          undefined,
          undefined,
          `--version ${version}: this model from this commit is already published as ${elsewhere.version} (${elsewhere.tag}); a second version of it would be a duplicate release (give --version ${elsewhere.version} or auto)`,
        );
      return { version, existing: mine.drafts.length ? { state: "draft", version } : { state: "new" } };
    }
    const mine = await releasesOf(store, releases, identity, model, dir);
    const done = mine.published.sort((a, b) => compareVersions(b.version, a.version))[0];
    if (done) return { version: done.version, existing: { state: "already-published", version: done.version } };
    const takenVersions = new Set(published.map((x) => x.version));
    const resumable = mine.drafts.find((d) => !takenVersions.has(d.version));
    if (resumable) return { version: resumable.version, existing: { state: "draft", version: resumable.version } };
    return { version: nextVersion([...takenVersions], asked.bump), existing: { state: "new" } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
