// Releases and their assets in the fake GitHub, with GitHub's semantics: drafts visible to writers only, one
// published release per tag (422 already_exists), uploads on their own host (as uploads.github.com) streamed to disk
// and hashed into a `digest`, an asset in state `starter` from the moment its upload begins until it completes (so a
// failed upload leaves one, as GitHub's 502 does: "This may leave an empty asset with a state of starter"), a name
// taken by any asset refused (422 already_exists), and immutable releases whose published assets cannot change.
// The fake keeps no file in memory: bytes go to a folder on disk and are served from there.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { join } from "node:path";

import type { Reply } from "./githubRoutes.js";
import type { FakeState, FakeToken, FakeUser } from "./githubServer.js";

export interface FakeAsset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  /** 0 while `starter`, as GitHub reports a stuck upload. */
  size: number;
  /** "sha256:<hex>" once uploaded, null before. */
  digest: string | null;
  state: "uploaded" | "starter";
  /** Where its bytes are on disk. */
  file: string;
  uploader: FakeUser;
  createdAt: string;
  updatedAt: string;
  downloads: number;
}
export interface FakeRelease {
  id: number;
  repo: string;
  tag: string;
  target: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  /** Published while the repository had immutable releases on: its assets and tag can no longer change. */
  immutable: boolean;
  author: FakeUser;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  assets: FakeAsset[];
}
/** How the next upload fails: "502" takes the whole body, then answers 502 leaving a `starter` asset; "midway"
 * drops the connection after half the body, leaving one too. */
export type UploadFault = "502" | "midway";

export interface ReleaseContext {
  state: FakeState;
  apiUrl: string;
  webUrl: string;
  uploadOrigin: string;
  blobOrigin: string;
  assetDir: string;
  now(): string;
  userJson(u: FakeUser): Record<string, unknown>;
  linkHeader(base: string, query: URLSearchParams, page: number, pages: number): string | undefined;
}

const DOCS = "https://docs.github.com/rest";
// git check-ref-format's rules, as GitHub applies them to a new tag.
const BAD_REF = /(^|\/)\.|\.\.|[\s~^:?*[\\]|\p{Cc}|@\{|\/\/|\/$|\.lock$|\.$|^@$/u;

function alreadyExists(resource: string, field: string, doc: string): Reply {
  return {
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [{ resource, code: "already_exists", field }],
      documentation_url: `${DOCS}/${doc}`,
      status: "422",
    },
  };
}

function unprocessable(message: string, doc: string): Reply {
  return { status: 422, body: { message, documentation_url: `${DOCS}/${doc}`, status: "422" } };
}

export function createReleaseRoutes(ctx: ReleaseContext) {
  const { state, apiUrl, webUrl } = ctx;
  let nextRelease = 150_000_001;
  let nextAsset = 250_000_001;
  const uploadFaults: UploadFault[] = [];

  const inRepo = (repo: string, who: FakeToken) =>
    state.releases.filter((r) => r.repo === repo && (who.canWrite || !r.draft));
  const findRelease = (repo: string, id: number, who: FakeToken) => inRepo(repo, who).find((r) => r.id === id);
  function findAsset(repo: string, id: number, who: FakeToken) {
    for (const release of inRepo(repo, who)) {
      const asset = release.assets.find((a) => a.id === id);
      if (asset) return { release, asset };
    }
    return undefined;
  }
  const takenBy = (r: FakeRelease, tag: string) =>
    state.releases.find((o) => o !== r && o.repo === r.repo && !o.draft && o.tag === tag);

  function assetJson(r: FakeRelease, a: FakeAsset): Record<string, unknown> {
    return {
      url: `${apiUrl}/repos/${r.repo}/releases/assets/${a.id}`,
      browser_download_url: `${webUrl}/${r.repo}/releases/download/${r.tag}/${encodeURIComponent(a.name)}`,
      id: a.id,
      node_id: `RA_kwDO${Buffer.from(String(a.id)).toString("base64url")}`,
      name: a.name,
      label: a.label,
      state: a.state,
      content_type: a.contentType,
      size: a.size,
      digest: a.digest,
      download_count: a.downloads,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      uploader: ctx.userJson(a.uploader),
    };
  }

  function releaseJson(r: FakeRelease): Record<string, unknown> {
    const base = `${apiUrl}/repos/${r.repo}`;
    // A draft has no tag yet: GitHub names its page "untagged-…".
    const page = r.draft ? `untagged-${r.id.toString(16)}` : r.tag;
    return {
      url: `${base}/releases/${r.id}`,
      html_url: `${webUrl}/${r.repo}/releases/tag/${page}`,
      assets_url: `${base}/releases/${r.id}/assets`,
      upload_url: `${ctx.uploadOrigin}/repos/${r.repo}/releases/${r.id}/assets{?name,label}`,
      tarball_url: r.draft ? null : `${base}/tarball/${r.tag}`,
      zipball_url: r.draft ? null : `${base}/zipball/${r.tag}`,
      id: r.id,
      node_id: `RE_kwDO${Buffer.from(String(r.id)).toString("base64url")}`,
      tag_name: r.tag,
      target_commitish: r.target,
      name: r.name,
      body: r.body,
      draft: r.draft,
      prerelease: r.prerelease,
      immutable: r.immutable,
      created_at: r.createdAt,
      published_at: r.publishedAt,
      updated_at: r.updatedAt,
      author: ctx.userJson(r.author),
      assets: r.assets.map((a) => assetJson(r, a)),
    };
  }

  function page<T>(all: T[], path: string, query: URLSearchParams): Reply {
    const perPage = Math.min(100, Math.max(1, Number(query.get("per_page") ?? 30)));
    const at = Math.max(1, Number(query.get("page") ?? 1));
    const link = ctx.linkHeader(`${apiUrl}${path}`, query, at, Math.ceil(all.length / perPage));
    return { status: 200, headers: link ? { link } : {}, body: all.slice((at - 1) * perPage, at * perPage) };
  }

  async function removeAsset(r: FakeRelease, a: FakeAsset): Promise<void> {
    r.assets = r.assets.filter((x) => x !== a);
    await rm(a.file, { force: true });
  }

  const handler = (
    method: string,
    template: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
    who: FakeToken,
    headers: Record<string, string>,
  ): Reply | undefined => {
    const repo = `${params.owner}/${params.repo}`;
    const input = (body ?? {}) as Record<string, unknown>;
    const forbidden = (doc: string): Reply => ({
      status: 403,
      body: { message: "Resource not accessible by integration", documentation_url: `${DOCS}/${doc}`, status: "403" },
    });
    const notFound = (doc: string): Reply => ({
      status: 404,
      body: { message: "Not Found", documentation_url: `${DOCS}/${doc}`, status: "404" },
    });
    switch (`${method} ${template}`) {
      case "GET /repos/{owner}/{repo}/releases": {
        // Newest first, as GitHub lists them.
        const all = [...inRepo(repo, who)].reverse().map(releaseJson);
        return page(all, `/repos/${repo}/releases`, query);
      }
      case "POST /repos/{owner}/{repo}/releases": {
        const doc = "releases/releases#create-a-release";
        if (!who.canWrite) return forbidden(doc);
        const tag = String(input.tag_name);
        if (BAD_REF.test(tag)) return unprocessable(`tag_name is not a valid tag: ${tag}`, doc);
        const draft = input.draft === true;
        const stamp = ctx.now();
        const release: FakeRelease = {
          id: nextRelease++,
          repo,
          tag,
          target: typeof input.target_commitish === "string" ? input.target_commitish : "main",
          name: typeof input.name === "string" ? input.name : null,
          body: typeof input.body === "string" ? input.body : null,
          draft,
          prerelease: input.prerelease === true,
          immutable: !draft && state.immutableReleases.has(repo),
          author: who.user,
          createdAt: stamp,
          publishedAt: draft ? null : stamp,
          updatedAt: stamp,
          assets: [],
        };
        if (takenBy(release, tag)) return alreadyExists("Release", "tag_name", doc);
        state.releases.push(release);
        return {
          status: 201,
          headers: { location: `${apiUrl}/repos/${repo}/releases/${release.id}` },
          body: releaseJson(release),
        };
      }
      case "GET /repos/{owner}/{repo}/releases/tags/{tag}": {
        // Drafts have no tag: only a published release is found by it.
        const r = inRepo(repo, who).find((x) => !x.draft && x.tag === params.tag);
        return r ? { status: 200, body: releaseJson(r) } : notFound("releases/releases#get-a-release-by-tag-name");
      }
      case "GET /repos/{owner}/{repo}/releases/{release_id}": {
        const r = findRelease(repo, Number(params.release_id), who);
        return r ? { status: 200, body: releaseJson(r) } : notFound("releases/releases#get-a-release");
      }
      case "PATCH /repos/{owner}/{repo}/releases/{release_id}": {
        const doc = "releases/releases#update-a-release";
        const r = findRelease(repo, Number(params.release_id), who);
        if (!r) return notFound(doc);
        if (!who.canWrite) return forbidden(doc);
        const tag = typeof input.tag_name === "string" ? input.tag_name : r.tag;
        const publishing = input.draft === false && r.draft;
        if (r.immutable && (tag !== r.tag || input.draft === true))
          return unprocessable("Cannot modify an immutable release's tag or draft state", doc);
        if (BAD_REF.test(tag)) return unprocessable(`tag_name is not a valid tag: ${tag}`, doc);
        if ((publishing || !r.draft) && takenBy(r, tag)) return alreadyExists("Release", "tag_name", doc);
        r.tag = tag;
        if (typeof input.target_commitish === "string" && r.draft) r.target = input.target_commitish;
        if (typeof input.name === "string") r.name = input.name;
        if (typeof input.body === "string") r.body = input.body;
        if (typeof input.prerelease === "boolean") r.prerelease = input.prerelease;
        r.updatedAt = ctx.now();
        if (publishing) {
          r.draft = false;
          r.publishedAt = r.updatedAt;
          r.immutable = state.immutableReleases.has(repo);
        } else if (input.draft === true) {
          r.draft = true;
          r.publishedAt = null;
        }
        return { status: 200, body: releaseJson(r) };
      }
      case "DELETE /repos/{owner}/{repo}/releases/{release_id}": {
        const doc = "releases/releases#delete-a-release";
        const r = findRelease(repo, Number(params.release_id), who);
        if (!r) return notFound(doc);
        if (!who.canWrite) return forbidden(doc);
        state.releases = state.releases.filter((x) => x !== r);
        for (const a of r.assets) void rm(a.file, { force: true });
        return { status: 204 };
      }
      case "GET /repos/{owner}/{repo}/releases/{release_id}/assets": {
        const r = findRelease(repo, Number(params.release_id), who);
        if (!r) return notFound("releases/assets#list-release-assets");
        return page(
          r.assets.map((a) => assetJson(r, a)),
          `/repos/${repo}/releases/${r.id}/assets`,
          query,
        );
      }
      case "POST /repos/{owner}/{repo}/releases/{release_id}/assets":
        // The API host does not take uploads: they go to the release's upload_url.
        return notFound("releases/assets#upload-a-release-asset");
      case "GET /repos/{owner}/{repo}/releases/assets/{asset_id}": {
        const hit = findAsset(repo, Number(params.asset_id), who);
        if (!hit) return notFound("releases/assets#get-a-release-asset");
        if (!/application\/octet-stream/.test(headers.accept ?? ""))
          return { status: 200, body: assetJson(hit.release, hit.asset) };
        hit.asset.downloads += 1;
        return { status: 302, headers: { location: `${ctx.blobOrigin}/release-assets/${hit.asset.id}?sig=fake` } };
      }
      case "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}": {
        const doc = "releases/assets#delete-a-release-asset";
        const hit = findAsset(repo, Number(params.asset_id), who);
        if (!hit) return notFound(doc);
        if (!who.canWrite) return forbidden(doc);
        if (hit.release.immutable) return unprocessable("Cannot delete an asset of an immutable release", doc);
        void removeAsset(hit.release, hit.asset);
        return { status: 204 };
      }
      default:
        return undefined;
    }
  };

  /** The uploads host's one operation, reading the body as it arrives (never whole into memory). */
  async function upload(
    req: IncomingMessage,
    params: Record<string, string>,
    query: URLSearchParams,
    who: FakeToken,
  ): Promise<{ reply?: Reply; bytes: number; dropped?: boolean }> {
    const doc = "releases/assets#upload-a-release-asset";
    const drain = async () => {
      let n = 0;
      for await (const chunk of req) n += (chunk as Buffer).length;
      return n;
    };
    const r = findRelease(`${params.owner}/${params.repo}`, Number(params.release_id), who);
    if (!r) return { reply: notFoundReply(doc), bytes: await drain() };
    if (!who.canWrite)
      return {
        reply: { status: 403, body: { message: "Resource not accessible by integration", status: "403" } },
        bytes: await drain(),
      };
    if (r.immutable)
      return { reply: unprocessable("Cannot upload assets to an immutable release", doc), bytes: await drain() };
    // GitHub renames what it does not keep in a file name (a space becomes a dot).
    const name = String(query.get("name")).replace(/[^\w.@+-]/g, ".");
    if (r.assets.some((a) => a.name === name))
      return { reply: alreadyExists("ReleaseAsset", "name", doc), bytes: await drain() };
    const declared = Number(req.headers["content-length"]);
    const stamp = ctx.now();
    const asset: FakeAsset = {
      id: nextAsset++,
      name,
      label: query.get("label"),
      contentType: req.headers["content-type"] ?? "application/octet-stream",
      size: 0,
      digest: null,
      state: "starter",
      file: join(ctx.assetDir, String(nextAsset - 1)),
      uploader: who.user,
      createdAt: stamp,
      updatedAt: stamp,
      downloads: 0,
    };
    // The record exists from the start: whatever ends the upload early leaves it as `starter`.
    r.assets.push(asset);
    const fault = uploadFaults.shift();
    const hash = createHash("sha256");
    const out = createWriteStream(asset.file);
    let bytes = 0;
    for await (const chunk of req) {
      const buf = chunk as Buffer;
      bytes += buf.length;
      hash.update(buf);
      if (!out.write(buf)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      if (fault === "midway" && bytes >= declared / 2) {
        out.end();
        return { bytes, dropped: true };
      }
    }
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (fault === "502" || bytes !== declared)
      return { reply: { status: 502, body: { message: "Bad Gateway" } }, bytes };
    Object.assign(asset, {
      size: bytes,
      digest: `sha256:${hash.digest("hex")}`,
      state: "uploaded",
      updatedAt: ctx.now(),
    });
    const location = `${apiUrl}/repos/${r.repo}/releases/assets/${asset.id}`;
    return { reply: { status: 201, headers: { location }, body: assetJson(r, asset) }, bytes };
  }

  function notFoundReply(doc: string): Reply {
    return { status: 404, body: { message: "Not Found", documentation_url: `${DOCS}/${doc}`, status: "404" } };
  }

  /** The asset a blob URL names, for the blob server. */
  function assetById(id: number): FakeAsset | undefined {
    return state.releases.flatMap((r) => r.assets).find((a) => a.id === id && a.state === "uploaded");
  }

  return Object.assign(handler, {
    upload,
    assetById,
    failUpload: (kind: UploadFault, times: number) => {
      for (let i = 0; i < times; i++) uploadFaults.push(kind);
    },
  });
}
