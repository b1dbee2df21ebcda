// Reading a version back at deploy time: `verify name@stage|version` downloads every file and checks it against the
// manifest, and the gate's binding inside it; `pull` downloads one file and lets it appear under its name only once
// its sha256 is the manifest's (a mismatch leaves nothing behind). A mismatch is a result (the command exits 1).
// Asked to, verify also reads the platform's build-provenance attestation of the model (attestation.ts).
import { randomBytes } from "node:crypto";
import { lstat, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

import { errorMessage, InputError } from "../errors.js";
import { loadOutput } from "../report/outputs.js";
import { type AttestationPolicy, checkAttestation } from "./attestation.js";
import { describeFile, type Manifest, MANIFEST_FILE } from "./manifest.js";
import { buildTag, type ModelRef, parseAssetName, parseModelRef } from "./names.js";
import { fetchAsset, MODEL_ASSET, readStoredManifest } from "./releaseFiles.js";
import { currentStages } from "./stages.js";
import type { AssetFile, RegistryStore, ReleaseRecord } from "./store.js";

export interface VerifyCheck {
  check: string;
  ok: boolean;
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  release: ReleaseRecord;
  /** The stage the version was reached through, when asked as name@stage. */
  stage: string | null;
  manifest: Manifest | null;
  checks: VerifyCheck[];
}

export type PullResult =
  | { ok: true; release: ReleaseRecord; stage: string | null; file: string; asset: AssetFile }
  | { ok: false; release: ReleaseRecord; stage: string | null; problem: string };

const short = (sha: string) => `${sha.slice(0, 12)}…`;

/** The published release `name@version` names, or the one `name@stage` points at now; none is one line. */
export async function resolveRelease(
  store: RegistryStore,
  ref: ModelRef | string,
): Promise<{ release: ReleaseRecord; stage: string | null }> {
  const r = typeof ref === "string" ? parseModelRef(ref) : ref;
  let version: string;
  if (r.stage !== undefined) {
    const event = currentStages(await store.stageHistory(r.name)).get(r.stage);
    if (!event)
      throw new InputError(
        undefined,
        undefined,
        `${r.name}@${r.stage}: the stage ${r.stage} points at no version in ${store.label}`,
      );
    version = event.version;
  } else version = r.version;
  const release = (await store.releases(r.name)).find((x) => !x.draft && x.version === version);
  if (!release)
    throw new InputError(
      undefined,
      undefined,
      `${buildTag(r.name, version)} is not a published version in ${store.label}`,
    );
  return { release, stage: r.stage ?? null };
}

export interface VerifyOptions {
  /** Whether the model's build-provenance attestation is checked too (default skip: not every release has one). */
  attestation?: AttestationPolicy;
}

/** Every file of the version against its manifest, the gate's binding to the model, and when asked the model's
 * attestation; `ok` only if all hold. */
export async function verifyRelease(
  store: RegistryStore,
  ref: ModelRef | string,
  o: VerifyOptions = {},
): Promise<VerifyResult> {
  const policy = o.attestation ?? "skip";
  if (policy === "require" && !store.attestations)
    throw new InputError(
      undefined,
      undefined,
      `attestations are GitHub's: --attestation needs --registry github (this registry is ${store.label})`,
    );
  const { release, stage } = await resolveRelease(store, ref);
  const checks: VerifyCheck[] = [];
  const add = (check: string, ok: boolean, detail: string) => checks.push({ check, ok, detail });
  const dir = await mkdtemp(join(tmpdir(), "modelgate-verify-"));
  try {
    const read = await readStoredManifest(store, release, dir);
    if (!("manifest" in read)) {
      add(MANIFEST_FILE, false, read.problem);
      return { ok: false, release, stage, manifest: null, checks };
    }
    const m = read.manifest;
    add(MANIFEST_FILE, true, `the manifest of ${m.tag}, as the store recorded it (sha256 ${short(read.file.sha256)})`);
    const got = new Map<string, AssetFile>();
    for (const want of m.assets) {
      if (!release.assets.some((a) => a.name === want.name)) {
        add(want.name, false, "listed in the manifest, missing from the release");
        continue;
      }
      let file: AssetFile;
      try {
        file = await fetchAsset(store, release, want.name, dir);
      } catch (e) {
        add(want.name, false, `cannot be downloaded (${errorMessage(e)})`);
        continue;
      }
      const ok = file.sha256 === want.sha256 && file.size === want.size;
      if (ok) got.set(want.name, file);
      add(
        want.name,
        ok,
        ok
          ? `sha256 ${short(file.sha256)}, ${file.size} bytes, as the manifest says`
          : `downloaded sha256 ${short(file.sha256)} (${file.size} bytes), the manifest says ${short(want.sha256)} (${want.size} bytes)`,
      );
    }
    for (const a of release.assets)
      if (a.name !== MANIFEST_FILE && !m.assets.some((x) => x.name === a.name))
        add(a.name, false, "in the release, but not in the manifest");
    await checkGate(m, got, add);
    if (policy !== "skip" && store.attestations) {
      const model = got.get(MODEL_ASSET);
      if (!model) add("attestation", false, `needs ${MODEL_ASSET} intact in the release`);
      else {
        const { ok, detail } = checkAttestation(model.sha256, await store.attestations(model.sha256), store.label);
        add("attestation", ok, detail);
      }
    }
    return { ok: checks.every((c) => c.ok), release, stage, manifest: m, checks };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The verdict published must be a pass bound to this model, this holdout and these rules. */
async function checkGate(
  m: Manifest,
  got: ReadonlyMap<string, AssetFile>,
  add: (check: string, ok: boolean, detail: string) => void,
): Promise<void> {
  const model = got.get(MODEL_ASSET);
  const gateFile = got.get("gate.json");
  if (!model || !gateFile) {
    add("gate binding", false, `needs ${!model ? MODEL_ASSET : "gate.json"} intact in the release`);
    return;
  }
  let gate;
  try {
    gate = await loadOutput("gate", gateFile.path);
  } catch (e) {
    add("gate binding", false, errorMessage(e).replace(gateFile.path, "gate.json"));
    return;
  }
  const problems = [
    !gate.passed && "gate.json says the gate failed",
    !m.gate.passed && "the manifest says the gate failed",
    gateFile.sha256 !== m.gate.sha256 && "gate.json is not the one the manifest's gate section names",
    gate.binding.model_sha256 !== model.sha256 &&
      `gate.json judged the model ${short(gate.binding.model_sha256 ?? "none")}, the release holds ${short(model.sha256)}`,
    gate.binding.data_sha256 !== m.data.holdout_sha256 && "gate.json judged another holdout than the manifest names",
    gate.binding.config_sha256 !== m.config_sha256 && "gate.json judged other rules than the manifest names",
  ].filter((p): p is string => typeof p === "string");
  add(
    "gate binding",
    problems.length === 0,
    problems.length ? problems.join("; ") : `passed, bound to the model ${short(model.sha256)} and the holdout`,
  );
  const evalFile = got.get("evaluation.json");
  if (!evalFile) return;
  try {
    const ev = await loadOutput("evaluation", evalFile.path);
    const ok = ev.model.sha256 === model.sha256 && ev.data.sha256 === m.data.holdout_sha256;
    add(
      "evaluation binding",
      ok,
      ok ? "of this model on that holdout" : "evaluation.json is of another model or holdout",
    );
  } catch (e) {
    add("evaluation binding", false, errorMessage(e).replace(evalFile.path, "evaluation.json"));
  }
}

/**
 * Download one file of a version (the model by default) to `to`: it arrives under a temporary name beside `to` and
 * is renamed only once its sha256 and size are the manifest's; otherwise nothing is left at either name.
 */
export async function pull(
  store: RegistryStore,
  ref: ModelRef | string,
  o: { to: string; asset?: string },
): Promise<PullResult> {
  const asset = parseAssetName(o.asset ?? MODEL_ASSET);
  const { release, stage } = await resolveRelease(store, ref);
  const existing = await lstat(o.to).catch(() => null);
  if (existing?.isDirectory()) throw new InputError(o.to, undefined, "is a directory: give the file to write");
  if (!(await lstat(dirname(o.to)).catch(() => null))?.isDirectory())
    throw new InputError(o.to, undefined, "cannot be written: its folder does not exist");
  const dir = await mkdtemp(join(tmpdir(), "modelgate-pull-"));
  const part = join(dirname(o.to), `.${basename(o.to)}.${randomBytes(6).toString("hex")}.part`);
  try {
    const read = await readStoredManifest(store, release, dir);
    if (!("manifest" in read)) return { ok: false, release, stage, problem: read.problem };
    const want = read.manifest.assets.find((a) => a.name === asset);
    if (!want)
      throw new InputError(
        undefined,
        undefined,
        `${release.tag} has no ${asset} (its files: ${read.manifest.assets.map((a) => a.name).join(", ")})`,
      );
    await store.download(release, asset, part);
    const file = await describeFile(asset, part);
    if (file.sha256 !== want.sha256 || file.size !== want.size)
      return {
        ok: false,
        release,
        stage,
        problem: `${release.tag}: ${asset} as downloaded has sha256 ${short(file.sha256)} (${file.size} bytes), the manifest says ${short(want.sha256)} (${want.size} bytes); nothing was written to ${o.to}`,
      };
    await rename(part, o.to);
    return { ok: true, release, stage, file: o.to, asset: { ...file, path: o.to } };
  } finally {
    await rm(part, { force: true });
    await rm(dir, { recursive: true, force: true });
  }
}
