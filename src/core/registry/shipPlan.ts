// What a pull/merge request would ship, as data for its sticky comment: the version `publish --version auto` would
// take (or the one already holding this very model), the model's digest, the headline metrics against the version a
// stage (production) points at now, and the exact commands that ship it. A failed gate ships nothing and says why;
// a registry that cannot be reached or read is a note, never a failure: the comment is about the gate first.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { errorMessage } from "../errors.js";
import { type Direction, headlineMetrics, metricDirection } from "../metrics/catalogue.js";
import type { Outputs } from "../report/outputs.js";
import { buildTag, type Bump, compareVersions, nextVersion, parseModelName, parseStageName } from "./names.js";
import { identityOf, MODEL_ASSET, readStoredManifest, storedMatches } from "./releaseFiles.js";
import { currentStages } from "./stages.js";
import type { RegistryStore, ReleaseRecord } from "./store.js";

export const DEFAULT_SHIP_STAGE = "production";

export interface ShipRequest {
  name: string;
  /** The stage to compare with and promote to (default production). */
  stage?: string;
  /** The candidate's evaluation; absent when none was given or its step wrote none. */
  evaluation?: Outputs["evaluation"];
  gate?: Outputs["gate"];
  /** What `auto` bumps (modelgate.yml's registry.bump; default patch). */
  bump?: Bump;
  /** Stages that must hold a version before this stage takes it (the stage's `requires` rule). */
  requires?: readonly string[];
  /** The model file as the commands should name it (default: the path evaluation.json records). */
  modelFile?: string;
  /** The `--registry` the commands must repeat (absent: the default registry of where they run). */
  registry?: string;
}

/** A word for a shell command line: as it is when plain, else single-quoted. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

/** One headline metric, the candidate's value beside the stage's. */
export interface MetricDelta {
  metric: string;
  candidate: number;
  /** The value in the stage's manifest; null when it has none (or there is no stage version to compare with). */
  current: number | null;
  /** candidate − current, or null without both. */
  delta: number | null;
  direction: Direction;
  change: "better" | "worse" | "same" | null;
}

export interface ShipCommands {
  /** Null when the version is published already. */
  publish: string | null;
  promote: string;
  /** The pull/merge request comment that promotes it. */
  comment: string;
}

export type ShipOutcome =
  | { status: "ships"; version: string; tag: string; existing: "new" | "already-published"; commands: ShipCommands }
  /** Nothing ships: the gate failed, judged another model, or was not given. */
  | { status: "blocked"; reason: string; failedRules: string[] }
  /** The version cannot be told (no evaluation, no registry). */
  | { status: "unknown"; reason: string };

export interface ShipPlan {
  name: string;
  stage: string;
  model: { sha256: string; bytes: number } | null;
  outcome: ShipOutcome;
  /** The registry read, by its label; null when none could be. */
  registry: string | null;
  /** The version the stage points at now and its manifest's metrics (null when unreadable); null for none. */
  current: { version: string; metrics: Record<string, number> | null } | null;
  deltas: MetricDelta[];
  /** What the plan could not tell, or must warn about, one line each. */
  notes: string[];
}

const short = (sha: string) => `${sha.slice(0, 12)}…`;

/** Why the gate lets nothing ship, or null when it passed for this very model. */
function blockedBy(gate: Outputs["gate"] | undefined, modelSha256: string): ShipOutcome | null {
  if (!gate)
    return {
      status: "blocked",
      reason: "no gate verdict was given: only a model whose gate passed is published",
      failedRules: [],
    };
  const bound = gate.binding.model_sha256;
  if (bound !== modelSha256)
    return {
      status: "blocked",
      reason:
        bound === null
          ? "the gate judged a metrics file, not this model: publish needs the gate of its evaluation"
          : `the gate judged another model (sha256 ${short(bound)}), not this one (${short(modelSha256)})`,
      failedRules: [],
    };
  if (gate.passed) return null;
  const failed = gate.rules.filter((r) => !r.passed).map((r) => r.rule);
  return {
    status: "blocked",
    reason: `the gate failed (${failed.length} of ${gate.rules.length} rules): only a model whose gate passed is published`,
    failedRules: failed,
  };
}

/** The headline metrics of the candidate beside the stage's, with which way is better. */
export function metricDeltas(
  candidate: Readonly<Record<string, number>>,
  current: Readonly<Record<string, number>> | null,
): MetricDelta[] {
  return headlineMetrics(candidate).map(([metric, value]) => {
    const direction = metricDirection(metric);
    const was = current?.[metric];
    const now = was !== undefined && Number.isFinite(was) ? was : null;
    const delta = now !== null && Number.isFinite(value) ? value - now : null;
    const change =
      delta === null ? null : delta === 0 ? "same" : (direction === "higher") === delta > 0 ? "better" : "worse";
    return { metric, candidate: value, current: now, delta, direction, change };
  });
}

/** The highest published version whose model.onnx is this model (by the store's digest, else by its manifest). */
async function publishedAs(
  store: RegistryStore,
  published: readonly ReleaseRecord[],
  model: { sha256: string; bytes: number },
  dir: string,
): Promise<string | null> {
  const found: string[] = [];
  for (const r of published) {
    const stored = r.assets.find((a) => a.name === MODEL_ASSET);
    if (!stored || !storedMatches(stored, { sha256: model.sha256, size: model.bytes })) continue;
    if (stored.sha256 === null) {
      const read = await readStoredManifest(store, r, dir);
      if (!("manifest" in read) || identityOf(read.manifest).model_sha256 !== model.sha256) continue;
    }
    found.push(r.version);
  }
  return found.sort(compareVersions).at(-1) ?? null;
}

/** The stage's version now and its manifest's metrics; a version the registry lacks or cannot read is a note. */
async function stageNow(
  store: RegistryStore,
  name: string,
  stage: string,
  published: readonly ReleaseRecord[],
  dir: string,
  notes: string[],
): Promise<ShipPlan["current"]> {
  const event = currentStages(await store.stageHistory(name)).get(stage);
  if (!event) return null;
  const release = published.find((r) => r.version === event.version);
  if (!release) {
    notes.push(`${stage} points at ${event.version}, which is not a published version: no metrics to compare with`);
    return { version: event.version, metrics: null };
  }
  const read = await readStoredManifest(store, release, dir);
  if ("manifest" in read) return { version: event.version, metrics: read.manifest.metrics };
  notes.push(`the metrics of ${stage} (${event.version}) cannot be read: ${read.problem}`);
  return { version: event.version, metrics: null };
}

function ships(
  name: string,
  stage: string,
  version: string,
  existing: "new" | "already-published",
  where: { model: string | null; registry: string | undefined },
): ShipOutcome {
  const registry = where.registry ? ` --registry ${shellWord(where.registry)}` : "";
  const model = where.model ? ` --model ${shellWord(where.model)}` : "";
  return {
    status: "ships",
    version,
    tag: buildTag(name, version),
    existing,
    commands: {
      publish: existing === "new" ? `modelgate publish --name ${name} --version ${version}${model}${registry}` : null,
      promote: `modelgate promote --name ${name} --version ${version} --stage ${stage}${registry}`,
      comment: `/modelgate promote ${stage}`,
    },
  };
}

/**
 * What would ship, read from the registry (`store`), or from none when it cannot be had here (`unavailable` says
 * why). Reads only; an error reading the registry becomes a note, and the version is then unknown.
 */
export async function planShip(store: RegistryStore | { unavailable: string }, r: ShipRequest): Promise<ShipPlan> {
  const name = parseModelName(r.name, "model name");
  const stage = parseStageName(r.stage ?? DEFAULT_SHIP_STAGE, "stage name");
  const e = r.evaluation;
  const model = e ? { sha256: e.model.sha256, bytes: e.model.bytes } : null;
  const base = { name, stage, model, registry: null, current: null, deltas: [], notes: [] };
  if (!e || !model)
    return {
      ...base,
      outcome: { status: "unknown", reason: "no evaluation was given (or its step wrote none): the model is unknown" },
    };
  const blocked = blockedBy(r.gate, model.sha256);
  const unknown = (why: string): ShipPlan => ({
    ...base,
    outcome: blocked ?? {
      status: "unknown",
      reason: "the version publish would take cannot be told without the registry",
    },
    deltas: metricDeltas(e.metrics, null),
    notes: [why],
  });
  if ("unavailable" in store) return unknown(`no registry can be read here (${store.unavailable})`);

  const notes: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), "modelgate-ship-"));
  try {
    const published = (await store.releases(name)).filter((x) => !x.draft);
    const current = await stageNow(store, name, stage, published, dir, notes);
    let outcome = blocked;
    if (!outcome) {
      const done = await publishedAs(store, published, model, dir);
      const next = nextVersion(
        published.map((x) => x.version),
        r.bump ?? "patch",
      );
      const where = { model: r.modelFile ?? e.model.path ?? null, registry: r.registry };
      outcome = done ? ships(name, stage, done, "already-published", where) : ships(name, stage, next, "new", where);
      const before = (r.requires ?? []).filter((s) => s !== stage);
      if (before.length > 0 && !(done && current?.version === done))
        notes.push(`${stage} takes only versions that were in ${before.join(", ")} first: promote there before`);
    }
    return {
      ...base,
      outcome,
      registry: store.label,
      current,
      deltas: metricDeltas(e.metrics, current?.metrics ?? null),
      notes,
    };
  } catch (err) {
    return unknown(`${store.label} cannot be read (${errorMessage(err)})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
