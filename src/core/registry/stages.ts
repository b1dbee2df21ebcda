// Stages are aliases (production, staging, champion), each pointing at one version, with an append-only history of
// who moved it, when, from which version and with which approval. Promotion checks the stage's rules from
// modelgate.yml; rollback moves the pointer back through the history. A refusal by a rule is a result (the command
// exits 1); a name, version or stage that does not exist is an InputError (exit 2).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { z } from "zod";

import type { Config } from "../config/config.js";
import { InputError } from "../errors.js";
import { approvalSchema, type Manifest } from "./manifest.js";
import { buildTag, compareVersions, formatVersion, parseModelName, parseStageName, parseVersion } from "./names.js";
import { MODEL_ASSET, readStoredManifest } from "./releaseFiles.js";
import type { Approval, RegistryStore, ReleaseRecord, StageEvent } from "./store.js";

export type RegistryConfig = NonNullable<Config["registry"]>;
export type StageRules = NonNullable<RegistryConfig["stages"]>[string];

/** One line of a stage history as stored: a store reading it back refuses anything else. */
export const stageEventSchema = z
  .object({
    name: z.string(),
    stage: z.string(),
    version: z.string(),
    previous: z.string().nullable(),
    action: z.enum(["promote", "rollback"]),
    by: z.string().nullable(),
    at: z.string(),
    approvals: z.array(approvalSchema),
    commit: z.string().nullable(),
    run: z.string().nullable(),
  })
  .strict();

/**
 * The versions a stage has stood at that a rollback can return to, oldest first; the last is current. A promotion
 * pushes its version, a rollback pops the current one: so a rollback of a rollback goes further back (3 → 2 → 1)
 * instead of flip-flopping between the last two. The recorded version wins if a history says otherwise.
 */
export function stageStack(history: readonly StageEvent[], stage: string): string[] {
  const stack: string[] = [];
  for (const e of history) {
    if (e.stage !== stage) continue;
    if (e.action === "rollback") stack.pop();
    if (stack[stack.length - 1] !== e.version) stack.push(e.version);
  }
  return stack;
}

/** Each stage's current version (its last event) and that event. */
export function currentStages(history: readonly StageEvent[]): Map<string, StageEvent> {
  const current = new Map<string, StageEvent>();
  for (const e of history) current.set(e.stage, e);
  return current;
}

/** The stages a version stands at now, by name. */
export function stagesOf(history: readonly StageEvent[], version: string): string[] {
  return [...currentStages(history)]
    .filter(([, e]) => e.version === version)
    .map(([s]) => s)
    .sort();
}

/** Who moves a stage, and with what on record. */
export interface StageMove {
  name: string;
  stage: string;
  by: string | null;
  approvals: readonly Approval[];
  commit: string | null;
  run: string | null;
  /** modelgate.yml's registry.stages. */
  rules?: RegistryConfig["stages"];
  now?: () => Date;
  /** Decide only: check everything, record nothing. */
  dryRun?: boolean;
}

/** What refused a move: a stage rule, or (`conflict`) another move of the stage that came first. */
export type StageRule = "gate" | "requires" | "branches" | "approvers" | "require_approval" | "conflict";

export type StageOutcome =
  | { status: "moved"; event: StageEvent; checks: string[] }
  | { status: "planned"; event: StageEvent; checks: string[] }
  | { status: "unchanged"; stage: string; version: string }
  | { status: "refused"; rule: StageRule; reason: string };

const refused = (rule: StageRule, reason: string): StageOutcome => ({ status: "refused", rule, reason });

/** `*` within a branch name segment, as in GitHub's branch rules; everything else literal. */
function branchMatches(pattern: string, branch: string): boolean {
  const re = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*");
  return new RegExp(`^${re}$`).test(branch);
}

/** The published release of a version; a draft or an unknown version is one line listing what there is. */
function publishedRelease(releases: readonly ReleaseRecord[], name: string, version: string, label: string) {
  const release = releases.find((r) => !r.draft && r.version === version);
  if (release) return release;
  const versions = releases
    .filter((r) => !r.draft)
    .map((r) => r.version)
    .sort(compareVersions);
  const draft = releases.some((r) => r.draft && r.version === version) ? " (only an unfinished draft of it)" : "";
  throw new InputError(
    undefined,
    undefined,
    `${buildTag(name, version)} is not a published version in ${label}${draft}; published: ${versions.join(", ") || "none"}`,
  );
}

/** Who may move the stage: the rules `approvers` and `require_approval`, for promotion and rollback alike. */
function checkPeople(
  stage: string,
  rules: StageRules | undefined,
  m: StageMove,
  checks: string[],
): StageOutcome | null {
  const allowed = rules?.approvers;
  const approvedBy = m.approvals.filter((a) => !allowed || allowed.includes(a.user));
  if (allowed) {
    if (!(m.by !== null && allowed.includes(m.by)) && approvedBy.length === 0)
      return refused(
        "approvers",
        `${stage} may be moved only by ${allowed.join(", ")} (or with their approval); ${m.by ?? "an unknown user"} is not one${m.approvals.length ? `, nor are the approvers on record (${m.approvals.map((a) => a.user).join(", ")})` : ""}`,
      );
    checks.push(`approvers: ${m.by !== null && allowed.includes(m.by) ? m.by : approvedBy[0]!.user} may move ${stage}`);
  }
  if (rules?.require_approval) {
    if (approvedBy.length === 0)
      return refused(
        "require_approval",
        `${stage} requires an approval on record${allowed ? ` by ${allowed.join(", ")}` : ""}, and this run has none${m.approvals.length && allowed ? " by them" : ""} (on GitHub: a job with a protected environment's required reviewers)`,
      );
    checks.push(`approval: ${approvedBy.map((a) => `${a.user} at ${a.at}`).join(", ")}`);
  }
  return null;
}

/** The version's own rules for this stage: its gate passed, its branch allowed, the stages before it held. */
function checkVersion(
  stage: string,
  version: string,
  rules: StageRules | undefined,
  manifest: Manifest | { problem: string } | null,
  history: readonly StageEvent[],
  checks: string[],
): StageOutcome | null {
  if (rules?.protected !== false || rules?.branches) {
    if (manifest === null || "problem" in manifest)
      return refused(
        rules?.protected !== false ? "gate" : "branches",
        `${stage}'s rules need ${version}'s manifest, which cannot be read: ${manifest?.problem ?? "none found"}`,
      );
    if (rules?.protected !== false) {
      const model = manifest.assets.find((a) => a.name === MODEL_ASSET);
      if (!manifest.gate.passed)
        return refused("gate", `${stage} is protected and the gate of ${version} did not pass`);
      if (!model || model.sha256 !== manifest.gate.binding.model_sha256)
        return refused("gate", `${stage} is protected and the gate in ${version}'s manifest judged another model`);
      checks.push(`gate: passed for the model ${model.sha256.slice(0, 12)}…`);
    }
    if (rules?.branches) {
      const branch = manifest.git.branch;
      if (branch === null || !rules.branches.some((p) => branchMatches(p, branch)))
        return refused(
          "branches",
          `${stage} takes versions published from ${rules.branches.join(", ")}; ${version} came from ${branch ?? "an unknown branch"}`,
        );
      checks.push(`branch: ${branch}`);
    }
  }
  for (const before of rules?.requires ?? []) {
    if (!history.some((e) => e.stage === before && e.version === version))
      return refused("requires", `${stage} takes only versions that were in ${before} first; ${version} never was`);
    checks.push(`requires: ${version} was in ${before}`);
  }
  return null;
}

async function record(store: RegistryStore, m: StageMove, event: StageEvent, checks: string[]): Promise<StageOutcome> {
  if (m.dryRun) return { status: "planned", event, checks };
  await store.recordStage(event);
  return { status: "moved", event, checks };
}

/** Point a stage at a published version, if the stage's rules allow it. */
export async function promote(store: RegistryStore, m: StageMove & { version: string }): Promise<StageOutcome> {
  const name = parseModelName(m.name);
  const stage = parseStageName(m.stage);
  const version = formatVersion(parseVersion(m.version));
  const release = publishedRelease(await store.releases(name), name, version, store.label);
  const history = await store.stageHistory(name);
  const current = stageStack(history, stage).at(-1) ?? null;
  if (current === version) return { status: "unchanged", stage, version };
  const rules = m.rules?.[stage];
  const checks: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), "modelgate-promote-"));
  try {
    const read = await readStoredManifest(store, release, dir);
    const manifest = "manifest" in read ? read.manifest : read;
    const no = checkVersion(stage, version, rules, manifest, history, checks) ?? checkPeople(stage, rules, m, checks);
    if (no) return no;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return record(store, m, event(m, name, stage, version, current, "promote"), checks);
}

/** Move a stage back to the version it held before the current one (further back on each rollback). */
export async function rollback(store: RegistryStore, m: StageMove): Promise<StageOutcome> {
  const name = parseModelName(m.name);
  const stage = parseStageName(m.stage);
  const stack = stageStack(await store.stageHistory(name), stage);
  const current = stack.at(-1);
  const target = stack.at(-2);
  if (current === undefined)
    throw new InputError(undefined, undefined, `${name}: the stage ${stage} has never pointed at a version`);
  if (target === undefined)
    throw new InputError(
      undefined,
      undefined,
      `${name}: nothing to roll ${stage} back to (it holds ${current}, and no version before it)`,
    );
  publishedRelease(await store.releases(name), name, target, store.label);
  const checks: string[] = [];
  const no = checkPeople(stage, m.rules?.[stage], m, checks);
  if (no) return no;
  return record(store, m, event(m, name, stage, target, current, "rollback"), checks);
}

function event(
  m: StageMove,
  name: string,
  stage: string,
  version: string,
  previous: string | null,
  action: StageEvent["action"],
): StageEvent {
  return {
    name,
    stage,
    version,
    previous,
    action,
    by: m.by,
    at: (m.now ?? (() => new Date()))().toISOString(),
    approvals: m.approvals.map((a) => ({ ...a })),
    commit: m.commit,
    run: m.run,
  };
}
