// Carrying out a publish plan against any RegistryStore: draft → upload each file streamed → verify each stored file
// (size and sha256: the store's digest when it keeps one, else downloaded and hashed) → publish. Nothing is visible as
// a version before the last step. A re-run completes its own interrupted draft or finds its release published; a
// version another publisher took is VersionTaken, or with `auto` and onConflict "next" the next version.
// Two runs of the very same publish (same model, same commit) at the same instant may share one draft; one of them
// then publishes and the other reports "already published", or stops with an error that a re-run turns into that.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { errorMessage } from "../errors.js";
import { describeFile, type Manifest, MANIFEST_FILE, manifestText } from "./manifest.js";
import { buildTag, nextVersion } from "./names.js";
import { manifestFor, type PublishPlan } from "./publishPlan.js";
import {
  fetchAsset,
  identityDifference,
  identityOf,
  readStoredManifest,
  releasesOf,
  sameIdentity,
} from "./releaseFiles.js";
import { type AssetFile, type RegistryStore, type ReleaseRecord, type StoredAsset, VersionTaken } from "./store.js";

export interface PublishOptions {
  /** A version taken meanwhile: "fail" (VersionTaken), or "next" — with `auto` only — the next version. */
  onConflict?: "fail" | "next";
  /** Each step as it happens (the outcome's log holds them all too). */
  onStep?: (line: string) => void;
  /** How many versions `auto` tries before giving up (default 10). */
  maxVersions?: number;
}

export interface PublishOutcome {
  status: "published" | "already-published";
  release: ReleaseRecord;
  /** The version's manifest as stored (for already-published, the one published before). */
  manifest: Manifest;
  log: string[];
}

const short = (sha: string) => `${sha.slice(0, 12)}…`;

/** VersionTaken, saying why (the message the command prints). */
const taken = (tag: string, why: string): VersionTaken =>
  Object.assign(new VersionTaken(tag), { message: `${tag} is already published (${why})` });

/** A version that cannot be had, and why: moved past with `auto` and "next", else thrown as VersionTaken. */
class Conflict {
  constructor(
    readonly version: string,
    readonly why: string,
  ) {}
}

/** Apply a plan: returns what was published, or the release that already holds this publish. */
export async function publish(
  store: RegistryStore,
  plan: PublishPlan,
  o: PublishOptions = {},
): Promise<PublishOutcome> {
  const log: string[] = [];
  const step = (line: string) => {
    log.push(line);
    o.onStep?.(line);
  };
  // The plan's time is the publishing time: a re-run planned at the same instant rebuilds the very same manifest.
  const at = new Date(plan.manifest.published_at);
  const dir = await mkdtemp(join(tmpdir(), "modelgate-publish-"));
  try {
    let version = plan.version;
    for (let attempt = 1; ; attempt++) {
      const got = await attemptVersion(store, plan, version, manifestFor(plan, version, at), dir, step);
      if (!(got instanceof Conflict)) return { ...got, log };
      const tag = buildTag(plan.name, got.version);
      if (plan.auto === null || o.onConflict !== "next")
        throw taken(tag, `${got.why}${plan.auto ? "; with on_conflict: next, publish takes the next version" : ""}`);
      if (attempt >= (o.maxVersions ?? 10))
        throw taken(tag, `and the ${attempt - 1} versions before it: other publishers keep taking them`);
      const listed = (await store.releases(plan.name)).filter((r) => !r.draft).map((r) => r.version);
      // The listing may lag behind the publish that beat us (GitHub's is eventually consistent): never go back.
      version = nextVersion([...listed, got.version], plan.auto);
      step(`${tag} was taken (${got.why}): trying ${version}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One version: the release found, published, or the conflict that moves on. */
async function attemptVersion(
  store: RegistryStore,
  plan: PublishPlan,
  version: string,
  manifest: Manifest,
  dir: string,
  step: (line: string) => void,
): Promise<Omit<PublishOutcome, "log"> | Conflict> {
  const tag = buildTag(plan.name, version);
  const manifestPath = join(await mkdtemp(join(dir, "manifest-")), MANIFEST_FILE);
  await writeFile(manifestPath, manifestText(manifest));
  const files = [await describeFile(MANIFEST_FILE, manifestPath), ...plan.assets];
  const model = plan.assets[0]!;

  const found = await existing(store, plan, tag, dir);
  if (found.published) {
    await dropDrafts(store, found.ownDrafts, step, "the version is published");
    if ("manifest" in found.published) {
      step(`${tag} is already published with this model (${short(plan.identity.model_sha256)})`);
      return { status: "already-published", release: found.published.release, manifest: found.published.manifest };
    }
    return new Conflict(version, found.published.why);
  }
  const [resumed, ...stale] = found.ownDrafts;
  await dropDrafts(store, stale, step, "another draft of this publish is completed instead");
  let draft = resumed;
  if (draft) step(`completing the interrupted draft of ${tag}`);
  else {
    try {
      draft = await store.createDraft({ name: plan.name, version, tag, notes: notes(plan, version) });
    } catch (e) {
      if (e instanceof VersionTaken) return new Conflict(version, "published meanwhile");
      throw e;
    }
    step(`created the draft ${tag}`);
  }

  try {
    draft = await fill(store, draft, files, dir, step);
    const released = await store.publish(draft);
    step(`published ${tag} (${files.length} files; model sha256 ${short(model.sha256)})`);
    return { status: "published", release: released, manifest };
  } catch (e) {
    // Whoever beat us, our draft can never be published now: it goes, and the winner decides what we report.
    const after = await existing(store, plan, tag, dir).catch(() => null);
    if (!after) throw e;
    if (!(e instanceof VersionTaken) && !after.published) {
      step(`stopped: ${errorMessage(e)} (the draft stays; run publish again to complete it)`);
      throw e;
    }
    // Best effort: the draft may be gone already, and what happened to the version matters more.
    await dropDrafts(store, [draft], step, "another publisher took the version").catch((err: unknown) =>
      step(`could not remove the draft ${tag}: ${errorMessage(err)}`),
    );
    if (after.published && "manifest" in after.published) {
      step(`${tag} was published meanwhile with this model`);
      return { status: "already-published", release: after.published.release, manifest: after.published.manifest };
    }
    return new Conflict(version, after.published?.why ?? "published meanwhile");
  }
}

/** The release of this tag published already (ours, or why it is not), and the drafts of this publish. */
async function existing(
  store: RegistryStore,
  plan: PublishPlan,
  tag: string,
  dir: string,
): Promise<{
  published: { release: ReleaseRecord; manifest: Manifest } | { release: ReleaseRecord; why: string } | null;
  ownDrafts: ReleaseRecord[];
}> {
  const sameTag = (await store.releases(plan.name)).filter((r) => r.tag === tag);
  const model = plan.assets[0]!;
  const ownDrafts = (
    await releasesOf(
      store,
      sameTag.filter((r) => r.draft),
      plan.identity,
      model,
      dir,
    )
  ).drafts;
  const release = sameTag.find((r) => !r.draft);
  if (!release) return { published: null, ownDrafts };
  const read = await readStoredManifest(store, release, dir);
  if (!("manifest" in read)) return { published: { release, why: read.problem }, ownDrafts };
  const theirs = identityOf(read.manifest);
  if (sameIdentity(theirs, plan.identity)) return { published: { release, manifest: read.manifest }, ownDrafts };
  return { published: { release, why: identityDifference(theirs, plan.identity) }, ownDrafts };
}

async function dropDrafts(
  store: RegistryStore,
  drafts: readonly ReleaseRecord[],
  step: (line: string) => void,
  why: string,
): Promise<void> {
  for (const d of drafts) {
    await store.deleteRelease(d);
    step(`removed the draft ${d.tag} (${why})`);
  }
}

function notes(plan: PublishPlan, version: string): string {
  return `${plan.name} ${version}: model sha256 ${plan.identity.model_sha256}${plan.identity.commit ? `, commit ${plan.identity.commit}` : ""}. Published by modelgate; manifest.json is the lineage record.`;
}

/** Whether a stored file holds the expected bytes: the store's digest when it keeps one, else a download hashed. */
async function holds(
  store: RegistryStore,
  release: ReleaseRecord,
  stored: StoredAsset,
  want: AssetFile,
  dir: string,
): Promise<string | null> {
  if (!stored.complete) return "its upload never finished";
  if (stored.size !== want.size) return `${stored.size} bytes stored, ${want.size} expected`;
  if (stored.sha256 !== null) return stored.sha256 === want.sha256 ? null : `stored sha256 ${short(stored.sha256)}`;
  const got = await fetchAsset(store, release, want.name, dir);
  if (got.size !== want.size) return `${got.size} bytes downloaded, ${want.size} expected`;
  return got.sha256 === want.sha256 ? null : `downloaded sha256 ${short(got.sha256)}`;
}

/** Bring a draft to exactly `files`: wrong, incomplete or foreign files removed, missing ones uploaded and verified. */
async function fill(
  store: RegistryStore,
  draft: ReleaseRecord,
  files: readonly AssetFile[],
  dir: string,
  step: (line: string) => void,
): Promise<ReleaseRecord> {
  const kept = new Map<string, StoredAsset>();
  for (const stored of draft.assets) {
    const want = files.find((f) => f.name === stored.name);
    const wrong = want ? await holds(store, draft, stored, want, dir) : "not a file of this publish";
    if (wrong === null && !kept.has(stored.name)) {
      kept.set(stored.name, stored);
      step(`kept ${stored.name} (uploaded before, verified)`);
      continue;
    }
    await store.deleteAsset(draft, stored.name);
    step(`removed ${stored.name} (${wrong ?? "a second copy"})`);
  }
  for (const f of files) {
    if (kept.has(f.name)) continue;
    const stored = await store.uploadAsset({ ...draft, assets: [...kept.values()] }, f);
    const wrong = await holds(store, { ...draft, assets: [...kept.values(), stored] }, stored, f, dir);
    if (wrong !== null) {
      await store.deleteAsset(draft, f.name);
      throw new Error(`${store.label}: ${f.name} was stored wrong (${wrong}; sha256 ${short(f.sha256)} uploaded)`);
    }
    kept.set(f.name, stored);
    step(
      `uploaded ${f.name} (${f.size} bytes, sha256 ${short(f.sha256)}), verified by ${stored.sha256 === null ? "download" : "the store's digest"}`,
    );
  }
  // What the store lists now, not what the calls returned: a draft publishes only when it holds exactly these files.
  const listed = (await store.releases(draft.name)).find((r) => r.id === draft.id);
  if (!listed) throw new Error(`${store.label}: the draft ${draft.tag} is gone`);
  const names = listed.assets.map((a) => a.name).sort();
  const expected = files.map((f) => f.name).sort();
  const mismatch = files.find((f) => {
    const s = listed.assets.find((a) => a.name === f.name);
    return !s || !s.complete || s.size !== f.size || (s.sha256 !== null && s.sha256 !== f.sha256);
  });
  if (mismatch || names.join("\n") !== expected.join("\n"))
    throw new Error(
      `${store.label}: the draft ${draft.tag} holds ${names.join(", ") || "nothing"} before publishing, not exactly ${expected.join(", ")}${mismatch ? ` (${mismatch.name} differs)` : ""}`,
    );
  return listed;
}
