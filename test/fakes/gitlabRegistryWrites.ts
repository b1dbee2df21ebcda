// The fake GitLab's registry writes: a generic package upload takes the file as the raw request body (Workhorse's
// request-body uploader: a multipart form would be stored as the file, so one is a violation here), hashed and
// written to disk as it arrives, and can be cut midway or paused between chunks; a download is streamed back; a
// release is created with its links validated as Releases::Link does; a deployment as Deployments API does, a
// protected environment refusing those it does not list.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, rmSync } from "node:fs";
import { join } from "node:path";

import type { RegistryCall } from "./gitlabRegistryRoutes.js";
import {
  deploymentJson,
  type FakeDeployment,
  type FakeLink,
  type FakePackageFile,
  type FakeRelease,
  packageFileRecordJson,
  type ProjectRegistry,
  releaseJson,
  type Where,
} from "./gitlabRegistryState.js";
import type { FakeProject, FakeUser, RecordedRequest } from "./gitlabServer.js";

const FILEPATH = /^\/(?:[-.\w]+\/?)*[\da-zA-Z]+$/; // Releases::Link::FILEPATH_REGEX
const LINK_TYPES = ["other", "runbook", "package", "image"];

export interface WritesEnv {
  dir: string;
  id: () => number;
  tick: () => string;
  violations: string[];
  where: (p: FakeProject) => Where;
  userJson: (u: FakeUser) => Record<string, unknown>;
  /** The test's hook run on each chunk of an upload, if any. */
  onUploadChunk: () => ((received: number, rec: RecordedRequest) => Promise<void> | void) | null;
}

export function registryWrites(o: WritesEnv) {
  const { dir, id } = o;
  const where = o.where;
  async function receive(c: RegistryCall, p: FakeProject, name: string, version: string, fileName: string) {
    const { req, rec } = c;
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim();
    if (type === "multipart/form-data")
      o.violations.push(
        `PUT ${rec.path}: a multipart body; GitLab stores the raw request body as the file, form and all`,
      );
    const path = join(dir, `upload-${id()}`);
    const out = createWriteStream(path);
    const hashes = ["sha256", "md5", "sha1"].map((h) => createHash(h));
    const cut = rec.fault && "cutBodyAfter" in rec.fault ? rec.fault.cutBodyAfter : null;
    let size = 0;
    let chunks = 0;
    const drop = () => {
      out.destroy();
      rmSync(path, { force: true });
    };
    try {
      for await (const chunk of req) {
        const buf = chunk as Buffer;
        size += buf.length;
        chunks++;
        rec.body = { streamed: size, chunks };
        if (cut !== null && size >= cut) {
          // The connection dies midway: Workhorse never hands an incomplete body to Rails, so nothing is stored.
          drop();
          return void req.socket.destroy();
        }
        for (const h of hashes) h.update(buf);
        if (!out.write(buf)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
        await o.onUploadChunk()?.(size, rec);
      }
    } catch {
      // The client went away midway (its file changed, its deadline passed): nothing is stored.
      return drop();
    }
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (req.readableAborted) return void rmSync(path, { force: true });
    const r = p.registry;
    let pkg = r.packages.find((x) => x.name === name && x.version === version);
    if (!r.duplicatesAllowed && pkg?.files.some((f) => f.fileName === fileName)) {
      rmSync(path, { force: true });
      return c.send(400, { message: "400 Bad request - Duplicate package is not allowed" });
    }
    if (!pkg) r.packages.push((pkg = { id: id(), name, version, status: "default", createdAt: o.tick(), files: [] }));
    if (c.params.status === "hidden") pkg.status = "hidden";
    const [sha256, md5, sha1] = hashes.map((h) => h.digest("hex")) as [string, string, string];
    const file: FakePackageFile = {
      id: id(),
      packageId: pkg.id,
      fileName,
      size,
      sha256,
      md5,
      sha1,
      createdAt: o.tick(),
      path,
    };
    pkg.files.push(file);
    if (c.params.select === "package_file") return c.send(200, packageFileRecordJson(file));
    c.send(201, { message: "201 Created" });
  }

  function serve(c: RegistryCall, file: FakePackageFile) {
    const { res, rec } = c;
    rec.status = 200;
    res.writeHead(200, {
      ...{ "content-type": "application/octet-stream", "content-length": String(file.size) },
      "content-disposition": `attachment; filename="${file.fileName}"`,
      ...(file.sha256 ? { "x-checksum-sha256": file.sha256 } : {}),
    });
    const cut = rec.fault && "cutBodyAfter" in rec.fault ? rec.fault.cutBodyAfter : null;
    if (cut === null) return void createReadStream(file.path).pipe(res);
    const stream = createReadStream(file.path, { end: Math.max(0, cut - 1) });
    stream.on("data", (d) => res.write(d));
    stream.on("end", () => res.socket?.destroy());
  }

  function createRelease(c: RegistryCall, p: FakeProject): void | Promise<void> {
    const r = p.registry;
    const tagName = String(c.params.tag_name);
    const problem = (message: string) => {
      o.violations.push(`POST ${c.rec.path}: ${message}`);
      c.send(400, { message });
    };
    const links: FakeLink[] = [];
    const assets = (c.params.assets ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(assets))
      if (key !== "links") return problem(`assets[${key}] is not a documented parameter`);
    const given = assets.links ?? [];
    if (!Array.isArray(given)) return problem("assets[links] is invalid");
    for (const [i, raw] of given.entries()) {
      const l = raw as Record<string, unknown>;
      const extra = Object.keys(l).filter(
        (k) => !["name", "url", "direct_asset_path", "filepath", "link_type"].includes(k),
      );
      if (extra.length) return problem(`assets[links][${i}][${extra[0]}] is not a documented parameter`);
      if (typeof l.name !== "string" || typeof l.url !== "string")
        return problem(`assets[links][${i}][name/url] is missing`);
      const filepath = (l.direct_asset_path ?? l.filepath ?? null) as string | null;
      const linkType = (l.link_type ?? "other") as string;
      let scheme = "";
      try {
        scheme = new URL(l.url).protocol;
      } catch {
        // not a URL: refused below
      }
      if (!["http:", "https:", "ftp:"].includes(scheme))
        return problem("Validation failed: Links url is blocked: Only allowed schemes are http, https, ftp");
      if (links.some((x) => x.name === l.name)) return problem("Validation failed: Links name has already been taken");
      if (links.some((x) => x.url === l.url)) return problem("Validation failed: Links url has already been taken");
      if (filepath !== null && (!FILEPATH.test(filepath) || filepath.length > 128))
        return problem("Validation failed: Links filepath is invalid");
      if (!LINK_TYPES.includes(linkType)) return problem(`assets[links][${i}][link_type] does not have a valid value`);
      links.push({ id: id(), name: l.name, url: l.url, filepath, linkType });
    }
    const exists = () => r.releases.some((x) => x.tagName === tagName);
    if (exists()) return c.send(409, { message: "Release already exists" });
    let sha = r.tags.get(tagName);
    if (!sha) {
      const ref = c.params.ref === undefined ? undefined : String(c.params.ref);
      if (ref === undefined) return c.send(422, { message: "Ref is not specified" });
      sha = /^[0-9a-f]{40}$/.test(ref) ? ref : (r.branches.get(ref) ?? r.tags.get(ref));
      if (!sha) return c.send(400, { message: `Target ${ref} is invalid` });
      if (/\.\.|[\s~^:?*[\\]|\/$|\.lock$|^\//.test(tagName)) return c.send(400, { message: "Tag name invalid" });
    }
    const tagSha = sha;
    const insert = () => {
      if (exists())
        return c.send(400, {
          message:
            'PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_releases_on_project_id_and_tag"',
        });
      r.tags.set(tagName, tagSha);
      const at = o.tick();
      const release: FakeRelease = {
        ...{ tagName, name: c.params.name === undefined ? tagName : String(c.params.name), sha: tagSha },
        description: c.params.description === undefined ? "" : String(c.params.description),
        ...{ createdAt: at, releasedAt: c.params.released_at === undefined ? at : String(c.params.released_at) },
        ...{ author: c.auth.user, links },
      };
      r.releases.push(release);
      c.send(201, releaseJson(release, where(p), o.userJson));
    };
    if (!r.releaseInsertRace) return insert();
    return new Promise<void>((resolve) => setImmediate(() => resolve(insert())));
  }

  function createDeployment(c: RegistryCall, p: FakeProject) {
    const r = p.registry;
    const name = String(c.params.environment);
    const ref = String(c.params.ref);
    const sha = String(c.params.sha);
    const allowed = r.deployers.get(name);
    if (allowed && !allowed.has(c.auth.user.username)) return c.send(403, { message: "403 Forbidden" });
    const tag = String(c.params.tag) === "true";
    if (!(tag ? r.tags.has(ref) : r.branches.has(ref)))
      return c.send(400, { message: { ref: ["The branch or tag does not exist"] } });
    if (!/^[0-9a-f]{40}$/.test(sha)) return c.send(400, { message: { sha: ["The commit does not exist"] } });
    const environment = environmentOf(r, name);
    const deployment: FakeDeployment = {
      ...{ id: id(), iid: r.deployments.length + 1, environment, ref, sha, tag, status: String(c.params.status) },
      ...{ user: c.auth.user, createdAt: o.tick(), jobId: null, approvals: [] },
    };
    r.deployments.push(deployment);
    c.send(201, deploymentJson(deployment, where(p), o.userJson, undefined, false));
  }

  function environmentOf(r: ProjectRegistry, name: string) {
    let e = r.environments.get(name);
    if (!e) r.environments.set(name, (e = { id: id(), name, createdAt: o.tick() }));
    return e;
  }

  return { receive, serve, createRelease, createDeployment, environmentOf };
}
