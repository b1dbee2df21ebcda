// The model registry on GitHub: each version a release tagged `model/<name>/v<semver>` whose assets are the files,
// each stage's history a series of deployments of those tags (githubStageHistory.ts). Drafts are how a release is built atomically (GitHub
// shows nothing of a draft as a version) and they are what works with immutable releases: a published release's
// assets are never touched here. Files go up and down as streams from and to disk, never whole in memory.
import { createReadStream, createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import type { Agent } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream } from "node:stream/web";

import { errorMessage, InputError } from "../../core/errors.js";
import { readAttestationBundle } from "../../core/registry/attestation.js";
import { buildTag, parseAssetName, parseModelName, parseTag } from "../../core/registry/names.js";
import {
  type AssetFile,
  type AttestationRecord,
  type RegistryStore,
  type ReleaseRecord,
  type StageEvent,
  type StoredAsset,
  VersionTaken,
} from "../../core/registry/store.js";
import { assertRegularFile } from "../../core/regularFile.js";
import { ATTEMPT_TIMEOUT_SECONDS } from "../retry.js";
import { githubVerdict, type Octokit } from "./githubClient.js";
import { appendStageEvent, readStageHistory } from "./githubStageHistory.js";
import { type FetchLike, streamingFetch } from "./streamingFetch.js";

/** A transfer gets at least this many bytes a second before its deadline ends it (1 GB: about 17 minutes). */
const TRANSFER_FLOOR_BYTES_PER_SECOND = 1024 * 1024;
/** Uploads of one file, the first included: a 502 or a lost connection is cleaned up after and tried again. */
const UPLOAD_ATTEMPTS = 3;

type GithubRelease = Awaited<ReturnType<Octokit["rest"]["repos"]["getRelease"]>>["data"];
type GithubAsset = GithubRelease["assets"][number];

export interface GithubRegistryOptions {
  owner: string;
  repo: string;
  /** The commit a new version's tag points at (GITHUB_SHA); absent: the default branch. */
  commit?: string;
  /** Progress lines (an upload tried again). */
  say?: (line: string) => void;
}

/** A file on disk as a request body that reopens the file each time it is read: a retried request sends it whole. */
class FileBody {
  constructor(readonly path: string) {}
  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    yield* createReadStream(this.path) as AsyncIterable<Buffer>;
  }
}

/** An asset as the port sees it: GitHub's digest is "sha256:<hex>"; anything but `uploaded` never finished. */
export function storedAsset(a: Pick<GithubAsset, "name" | "size" | "state"> & { digest?: string | null }): StoredAsset {
  const digest = /^sha256:([0-9a-f]{64})$/.exec(a.digest ?? "")?.[1] ?? null;
  return { name: a.name, size: a.size, sha256: digest, complete: a.state === "uploaded" };
}

/** GitHub's 422 "already_exists" on a field (tag_name of a release, name of an asset). */
function alreadyExists(e: unknown, field: string): boolean {
  const err = e as { status?: number; response?: { data?: { errors?: Array<{ code?: string; field?: string }> } } };
  return (
    err.status === 422 &&
    (err.response?.data?.errors ?? []).some((x) => x.code === "already_exists" && x.field === field)
  );
}

/** How long a transfer of `bytes` may take. */
const transferDeadline = (bytes: number) =>
  Math.max(ATTEMPT_TIMEOUT_SECONDS * 1000, Math.ceil((bytes / TRANSFER_FLOOR_BYTES_PER_SECOND) * 1000));

export class GithubRegistry implements RegistryStore {
  readonly label: string;
  private readonly repo: { owner: string; repo: string };
  private readonly where: { octokit: Octokit; repo: { owner: string; repo: string }; label: string };
  /** Where each release takes its uploads (its upload_url), by release id, from every release this store read. */
  private readonly uploadUrls = new Map<string, string>();

  constructor(
    private readonly octokit: Octokit,
    private readonly o: GithubRegistryOptions,
  ) {
    this.repo = { owner: o.owner, repo: o.repo };
    this.label = `GitHub Releases of ${o.owner}/${o.repo}`;
    this.where = { octokit, repo: this.repo, label: this.label };
  }

  private record(r: GithubRelease): ReleaseRecord | null {
    const parsed = parseTag(r.tag_name);
    if (!parsed) return null;
    this.uploadUrls.set(String(r.id), r.upload_url);
    return {
      id: String(r.id),
      name: parsed.name,
      version: parsed.version,
      tag: r.tag_name,
      draft: r.draft,
      assets: r.assets.map(storedAsset),
      url: r.html_url,
      ...(r.published_at ? { publishedAt: r.published_at } : {}),
    };
  }

  private own(r: GithubRelease): ReleaseRecord {
    const record = this.record(r);
    if (!record) throw new Error(`${this.label}: release ${r.id} has the tag ${r.tag_name}, not a model version's`);
    return record;
  }

  async releases(name: string): Promise<ReleaseRecord[]> {
    const prefix = `model/${parseModelName(name, "model name")}/v`;
    const all = await this.octokit.paginate(this.octokit.rest.repos.listReleases, { ...this.repo, per_page: 100 });
    return all
      .filter((r) => r.tag_name.startsWith(prefix))
      .map((r) => this.record(r))
      .filter((r): r is ReleaseRecord => r !== null && r.name === name);
  }

  async createDraft(o: { name: string; version: string; tag: string; notes: string }): Promise<ReleaseRecord> {
    if (o.tag !== buildTag(o.name, o.version)) throw new Error(`${o.tag} is not the tag of ${o.name} ${o.version}`);
    try {
      const { data } = await this.octokit.rest.repos.createRelease({
        ...this.repo,
        tag_name: o.tag,
        ...(this.o.commit ? { target_commitish: this.o.commit } : {}),
        name: `${o.name} v${o.version}`,
        body: o.notes,
        draft: true,
      });
      return this.own(data);
    } catch (e) {
      if (alreadyExists(e, "tag_name")) throw new VersionTaken(o.tag);
      throw e;
    }
  }

  /** Refuse to touch a published release: with immutable releases GitHub would refuse too, and without them a
   * version that changed after publishing would no longer be what was gated. */
  private draftOnly(release: ReleaseRecord, what: string): void {
    if (!release.draft)
      throw new Error(`${this.label}: ${release.tag} is published; ${what} would change a published version`);
  }

  private async assets(release: ReleaseRecord): Promise<GithubAsset[]> {
    return this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, {
      ...this.repo,
      release_id: Number(release.id),
      per_page: 100,
    });
  }

  /**
   * The fetch an upload to `baseUrl` goes through, with the agent @actions/github made for GITHUB_API_URL (through
   * HTTPS_PROXY when set) if it speaks that URL's protocol.
   */
  private uploadFetch(baseUrl: string): FetchLike {
    const request = this.octokit.request.endpoint.DEFAULTS.request as {
      agent?: Agent & { protocol?: string; defaultPort?: number };
    };
    const agent = request?.agent;
    const protocol = agent?.protocol ?? (agent?.defaultPort === 443 ? "https:" : "http:");
    return streamingFetch(agent && protocol === new URL(baseUrl).protocol ? agent : undefined);
  }

  private async uploadUrl(release: ReleaseRecord): Promise<string> {
    const known = this.uploadUrls.get(release.id);
    if (known) return known;
    const { data } = await this.octokit.rest.repos.getRelease({ ...this.repo, release_id: Number(release.id) });
    this.own(data);
    return data.upload_url;
  }

  async uploadAsset(release: ReleaseRecord, asset: AssetFile): Promise<StoredAsset> {
    this.draftOnly(release, `uploading ${asset.name}`);
    const name = parseAssetName(asset.name, "asset");
    await assertRegularFile(asset.path);
    const { size } = await stat(asset.path);
    // The upload host is the release's own (uploads.github.com, or /api/uploads on GitHub Enterprise Server).
    const baseUrl = (await this.uploadUrl(release)).replace(/\/repos\/.*$/, "");
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await this.octokit.rest.repos.uploadReleaseAsset({
          ...this.repo,
          baseUrl,
          release_id: Number(release.id),
          name,
          // Streamed: octokit hands a non-plain object to fetch as it is, and this fetch sends it as it is read.
          data: new FileBody(asset.path) as unknown as string,
          headers: { "content-type": "application/octet-stream", "content-length": size },
          request: { deadlineMs: transferDeadline(size), fetch: this.uploadFetch(baseUrl) },
        });
        if (data.name !== name)
          throw new InputError(asset.path, undefined, `GitHub stored it as ${data.name}, not ${name}: rename the file`);
        return storedAsset(data);
      } catch (e) {
        if (githubVerdict(e)?.kind !== "failed" || attempt >= UPLOAD_ATTEMPTS) throw e;
        // A 502 or a lost connection: GitHub may have kept the file after all, or an empty `starter` asset that
        // blocks the name until it is deleted.
        const left = (await this.assets(release)).find((a) => a.name === name);
        if (left?.state === "uploaded" && left.size === size) return storedAsset(left);
        if (left) await this.octokit.rest.repos.deleteReleaseAsset({ ...this.repo, asset_id: left.id });
        this.o.say?.(
          `GitHub: the upload of ${name} to ${release.tag} failed (${errorMessage(e)})${left ? `; removed the ${left.state} asset it left` : ""}; upload ${attempt + 1} of ${UPLOAD_ATTEMPTS}`,
        );
      }
    }
  }

  async deleteAsset(release: ReleaseRecord, name: string): Promise<void> {
    this.draftOnly(release, `deleting ${name}`);
    for (const a of (await this.assets(release)).filter((x) => x.name === name))
      await this.octokit.rest.repos.deleteReleaseAsset({ ...this.repo, asset_id: a.id });
  }

  async publish(release: ReleaseRecord): Promise<ReleaseRecord> {
    try {
      const { data } = await this.octokit.rest.repos.updateRelease({
        ...this.repo,
        release_id: Number(release.id),
        draft: false,
      });
      return this.own(data);
    } catch (e) {
      // Another release of this tag was published first: GitHub keeps one release per tag.
      if (alreadyExists(e, "tag_name")) throw new VersionTaken(release.tag);
      throw e;
    }
  }

  async deleteRelease(release: ReleaseRecord): Promise<void> {
    this.draftOnly(release, "deleting it");
    try {
      await this.octokit.rest.repos.deleteRelease({ ...this.repo, release_id: Number(release.id) });
    } catch (e) {
      if ((e as { status?: number }).status !== 404) throw e;
    }
  }

  async download(release: ReleaseRecord, name: string, to: string): Promise<void> {
    const asset = (await this.assets(release)).find((a) => a.name === name && a.state === "uploaded");
    if (!asset) throw new InputError(undefined, undefined, `${release.tag} has no file ${name} in ${this.label}`);
    // GitHub answers with a redirect to its file store, which fetch follows (without the token, another origin).
    const response = await this.octokit.rest.repos.getReleaseAsset({
      ...this.repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" },
      request: { parseSuccessResponseBody: false, deadlineMs: transferDeadline(asset.size) },
    });
    try {
      await pipeline(Readable.fromWeb(response.data as unknown as ReadableStream<Uint8Array>), createWriteStream(to));
    } catch (e) {
      await rm(to, { force: true });
      throw e;
    }
  }

  stageHistory(name: string): Promise<StageEvent[]> {
    return readStageHistory(this.where, name);
  }

  recordStage(event: StageEvent): Promise<void> {
    return appendStageEvent(this.where, event);
  }

  /** The repository's attestations of a file of this sha256, their statements read (not their signatures checked). */
  async attestations(sha256: string): Promise<AttestationRecord[]> {
    const records: AttestationRecord[] = [];
    let after: string | undefined;
    try {
      do {
        const { data, headers } = await this.octokit.rest.repos.listAttestations({
          ...this.repo,
          subject_digest: `sha256:${sha256}`,
          per_page: 100,
          ...(after ? { after } : {}),
        });
        for (const a of data.attestations ?? []) records.push(readAttestationBundle(a.bundle));
        after = nextCursor(headers.link);
      } while (after);
    } catch (e) {
      // GitHub answers 404 when no attestation names the digest.
      if ((e as { status?: number }).status !== 404) throw e;
    }
    return records;
  }
}

/** The `after` cursor of a Link header's next page: attestations are paged by cursor, not by page number (and
 * octokit's paginate would not find the list, a field of the body rather than the body). */
function nextCursor(link: string | undefined): string | undefined {
  const next = /<([^<>]+)>;\s*rel="next"/.exec(link ?? "")?.[1];
  return next ? (new URL(next).searchParams.get("after") ?? undefined) : undefined;
}
