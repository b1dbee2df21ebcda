// Reading a release's files back: each download lands in a fresh folder and is described by what arrived (sha256 and
// size of the bytes on disk), never by what the store says; a release's manifest says which model it holds, which
// is how a re-run recognises its own release or interrupted draft.
import { mkdtemp } from "node:fs/promises";
import { join } from "node:path";

import { errorMessage } from "../errors.js";
import { describeFile, type Manifest, MANIFEST_FILE, readManifest } from "./manifest.js";
import type { AssetFile, RegistryStore, ReleaseRecord, StoredAsset } from "./store.js";

export const MODEL_ASSET = "model.onnx";

/** Download one file of a release into a fresh folder under `dir`; what arrived, hashed from disk. */
export async function fetchAsset(
  store: RegistryStore,
  release: ReleaseRecord,
  name: string,
  dir: string,
): Promise<AssetFile> {
  const to = join(await mkdtemp(join(dir, "fetch-")), name);
  await store.download(release, name, to);
  return describeFile(name, to);
}

/** Whether a stored file is the one expected: complete, of its size, and of its sha256 when the store keeps one. */
export function storedMatches(stored: StoredAsset, expected: { sha256: string; size: number }): boolean {
  return (
    stored.complete && stored.size === expected.size && (stored.sha256 === null || stored.sha256 === expected.sha256)
  );
}

/**
 * A release's manifest, downloaded and checked against the store's own record of it; `problem` says why there is
 * none to read (an interrupted draft may hold no manifest yet, or half of one).
 */
export async function readStoredManifest(
  store: RegistryStore,
  release: ReleaseRecord,
  dir: string,
): Promise<{ manifest: Manifest; file: AssetFile } | { problem: string }> {
  const stored = release.assets.find((a) => a.name === MANIFEST_FILE);
  if (!stored) return { problem: `${release.tag} has no ${MANIFEST_FILE}` };
  if (!stored.complete)
    return {
      // In a draft, an upload cut short; in a published version, a file changed (or cut) after publishing.
      problem: release.draft
        ? `${release.tag}: the upload of ${MANIFEST_FILE} never finished`
        : `${release.tag}: ${MANIFEST_FILE} as stored is not the file published (not whole, or changed since)`,
    };
  let file: AssetFile;
  try {
    file = await fetchAsset(store, release, MANIFEST_FILE, dir);
  } catch (e) {
    return { problem: `${release.tag}: ${MANIFEST_FILE} cannot be downloaded (${errorMessage(e)})` };
  }
  if (!storedMatches(stored, file))
    return { problem: `${release.tag}: ${MANIFEST_FILE} as downloaded differs from the store's record of it` };
  let manifest: Manifest;
  try {
    manifest = await readManifest(file.path, `${release.tag}: ${MANIFEST_FILE}`);
  } catch (e) {
    return { problem: errorMessage(e) };
  }
  if (manifest.name !== release.name || manifest.model_version !== release.version || manifest.tag !== release.tag)
    return {
      problem: `${release.tag}: ${MANIFEST_FILE} is the manifest of ${manifest.tag}, not of this release`,
    };
  return { manifest, file };
}

/** What makes two publishes the same: the model's bytes, from the same commit (when known). */
export interface Identity {
  model_sha256: string;
  commit: string | null;
}

export function identityOf(m: Manifest): Identity {
  const model = m.assets.find((a) => a.name === MODEL_ASSET);
  return { model_sha256: model?.sha256 ?? m.gate.binding.model_sha256, commit: m.git.commit };
}

export function sameIdentity(a: Identity, b: Identity): boolean {
  return a.model_sha256 === b.model_sha256 && a.commit === b.commit;
}

/** How another release's identity differs from ours, for the one line that refuses its version. */
export function identityDifference(theirs: Identity, ours: Identity): string {
  if (theirs.model_sha256 !== ours.model_sha256)
    return `it holds the model with sha256 ${theirs.model_sha256.slice(0, 12)}…, this is ${ours.model_sha256.slice(0, 12)}…`;
  return `it holds this model, published from commit ${theirs.commit ?? "(unknown)"}, not ${ours.commit ?? "(unknown)"}`;
}

/**
 * The releases of a model that hold this identity: published ones and drafts (an interrupted publish of ours).
 * A published release whose stored model cannot be ours (another size or digest) is passed over without a download.
 */
export async function releasesOf(
  store: RegistryStore,
  releases: readonly ReleaseRecord[],
  identity: Identity,
  model: { sha256: string; size: number },
  dir: string,
): Promise<{ published: ReleaseRecord[]; drafts: ReleaseRecord[] }> {
  const published: ReleaseRecord[] = [];
  const drafts: ReleaseRecord[] = [];
  for (const r of releases) {
    if (!r.draft) {
      const stored = r.assets.find((a) => a.name === MODEL_ASSET);
      if (!stored || !storedMatches(stored, model)) continue;
    }
    const read = await readStoredManifest(store, r, dir);
    if (!("manifest" in read) || !sameIdentity(identityOf(read.manifest), identity)) continue;
    (r.draft ? drafts : published).push(r);
  }
  return { published, drafts };
}
