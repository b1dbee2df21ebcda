// The model registry on GitLab: each version's files in the generic package registry (package = the model's name,
// version = the version), published as a GitLab Release (tag model/<name>/v<version>) whose links point at them.
// GitLab has no draft releases, so a draft is a package version without a release: an interrupted publish leaves
// one, and a re-run completes it. Publishing is creating the release, which GitLab does once per tag (409 after).
//
// One package version is shared by everyone publishing that version, so while several publishers race each one sees
// the draft as it made it: the files this store uploaded (or kept, when completing a draft) and no one else's. The
// release records each file's sha256 in its link, and whoever knows the release (its publisher at once, a loser in
// deleteRelease) deletes every other file of the package: a published version ends holding exactly its files.
// That view lives in the store object, so each publisher (each job, each process) uses a store of its own.
import { InputError } from "../../core/errors.js";
import {
  type AssetFile,
  type RegistryStore,
  type ReleaseRecord,
  type StageEvent,
  type StoredAsset,
  VersionTaken,
} from "../../core/registry/store.js";
import { assertRegularFile } from "../../core/regularFile.js";
import type { GitlabApi } from "./gitlabClient.js";
import {
  filesOf,
  genericPath,
  keptCopy,
  linkSha256,
  linkUrl,
  newestByName,
  type PackageFileJson,
  type PackageJson,
  packagesNamed,
  type ReleaseJson,
  removeFile,
  storedOf,
  tidyPackage,
} from "./gitlabPackages.js";
import { appendStageEvent, readStageHistory, STAGES_PACKAGE } from "./gitlabStageLog.js";
import { getFile, httpStatus, putFile, type TransferOptions } from "./gitlabTransfer.js";

export interface GitlabRegistryOptions {
  api: GitlabApi;
  /** The project: its numeric id (CI_PROJECT_ID) or full path. */
  project: string | number;
  /** The commit a new release's tag is created at (CI_COMMIT_SHA); a tag that exists already is kept as it is. */
  ref?: string;
  /** A line per retry or per step of tidying up. */
  say?: (line: string) => void;
  secondMs?: number;
  attemptTimeoutMs?: number;
}

/** The package of stage events is not a model: a model of that name would read them as its versions. */
function reserved(name: string): void {
  if (name === STAGES_PACKAGE)
    throw new InputError(
      undefined,
      undefined,
      `the model name ${name} is reserved on GitLab: its package holds the stage history`,
    );
}

export const releaseTag = (name: string, version: string) => `model/${name}/v${version}`;

export class GitlabRegistry implements RegistryStore {
  readonly label: string;
  private readonly api: GitlabApi;
  private readonly project: string | number;
  private readonly transfer: TransferOptions;
  /** Package file ids this store uploaded or adopted, by `name@version`: its view of a shared draft. */
  private readonly own = new Map<string, Set<number>>();
  /** Release notes given to createDraft, by tag (GitLab has no draft to keep them in until the release exists). */
  private readonly notes = new Map<string, string>();

  constructor(private readonly o: GitlabRegistryOptions) {
    this.api = o.api;
    this.project = o.project;
    this.label = `GitLab releases and generic packages of project ${o.project}`;
    this.transfer = {
      api: o.api,
      say: o.say ?? (() => {}),
      secondMs: o.secondMs,
      attemptTimeoutMs: o.attemptTimeoutMs,
    };
  }

  private ownOf(name: string, version: string): Set<number> {
    const key = `${name}@${version}`;
    let set = this.own.get(key);
    if (!set) this.own.set(key, (set = new Set()));
    return set;
  }

  /** The release of a tag, or null when there is none. */
  async release(tag: string): Promise<ReleaseJson | null> {
    try {
      return (await this.api.ProjectReleases.show(this.project, tag)) as unknown as ReleaseJson;
    } catch (e) {
      if (httpStatus(e) === 404) return null;
      throw e;
    }
  }

  private async packageFiles(name: string, version: string): Promise<[PackageJson | null, PackageFileJson[]]> {
    const pkg = (await packagesNamed(this.api, this.project, name)).get(version) ?? null;
    return [pkg, pkg ? await filesOf(this.api, this.project, pkg.id) : []];
  }

  private published(name: string, version: string, r: ReleaseJson, files: PackageFileJson[]): ReleaseRecord {
    const served = newestByName(files);
    const assets = (r.assets?.links ?? []).map((l): StoredAsset => {
      const sha = linkSha256(l.url);
      // The copy the link records; a link modelgate did not write counts what a download serves.
      const f = sha ? keptCopy(files, l.name, sha) : served.find((x) => x.file_name === l.name);
      return f ? storedOf(f) : { name: l.name, size: 0, sha256: null, complete: false };
    });
    return {
      ...{ id: r.tag_name, name, version, tag: r.tag_name, draft: false, assets },
      ...(r._links?.self ? { url: r._links.self } : {}),
      publishedAt: r.released_at ?? r.created_at,
    };
  }

  private draft(name: string, version: string, files: PackageFileJson[]): ReleaseRecord {
    const own = this.ownOf(name, version);
    const mine = files.filter((f) => own.has(f.id));
    const assets = newestByName(mine.length ? mine : files).map(storedOf);
    const tag = releaseTag(name, version);
    return { id: tag, name, version, tag, draft: true, assets };
  }

  async releases(name: string): Promise<ReleaseRecord[]> {
    reserved(name);
    const prefix = releaseTag(name, "");
    const [packages, all] = await Promise.all([
      packagesNamed(this.api, this.project, name),
      this.api.ProjectReleases.all(this.project, { perPage: 100 }) as unknown as Promise<ReleaseJson[]>,
    ]);
    const records: ReleaseRecord[] = [];
    const released = new Set<string>();
    for (const r of all) {
      const version = r.tag_name.slice(prefix.length);
      if (!r.tag_name.startsWith(prefix) || version.includes("/")) continue;
      released.add(version);
      const pkg = packages.get(version);
      records.push(this.published(name, version, r, pkg ? await filesOf(this.api, this.project, pkg.id) : []));
    }
    for (const [version, pkg] of packages) {
      if (released.has(version)) continue;
      const files = await filesOf(this.api, this.project, pkg.id);
      if (files.length) records.push(this.draft(name, version, files));
    }
    return records;
  }

  async createDraft(o: { name: string; version: string; tag: string; notes: string }): Promise<ReleaseRecord> {
    reserved(o.name);
    if (o.tag !== releaseTag(o.name, o.version))
      throw new Error(
        `${this.label}: the tag of ${o.name} ${o.version} is ${releaseTag(o.name, o.version)}, not ${o.tag}`,
      );
    if (await this.release(o.tag)) throw new VersionTaken(o.tag);
    this.notes.set(o.tag, o.notes);
    // Files already in the package belong to another publish (a live one, or one that died): not to this draft.
    return { id: o.tag, name: o.name, version: o.version, tag: o.tag, draft: true, assets: [] };
  }

  async uploadAsset(release: ReleaseRecord, asset: AssetFile): Promise<StoredAsset> {
    await assertRegularFile(asset.path);
    // Nothing is added to a published version's package.
    if (await this.release(release.tag)) throw new VersionTaken(release.tag);
    const own = this.ownOf(release.name, release.version);
    if (release.assets.length) await this.adopt(release, own);
    const path = genericPath(this.project, release.name, release.version, asset.name);
    const got = (await putFile(this.transfer, `${path}?select=package_file`, asset.path, `PUT /${path}`)) as Partial<
      PackageFileJson & { package_id: number }
    > | null;
    let file = got && typeof got.id === "number" ? (got as PackageFileJson) : undefined;
    if (!file) {
      // A GitLab that ignores select=package_file answers 201 without the file: the newest of that name is it.
      const [, files] = await this.packageFiles(release.name, release.version);
      file = files.filter((f) => f.file_name === asset.name).at(-1);
      if (!file)
        throw new Error(`${this.label}: ${asset.name} is not in ${release.name}/${release.version} after its upload`);
    }
    own.add(file.id);
    return storedOf({ ...file, file_name: asset.name });
  }

  /** The files a re-run keeps of an interrupted draft become this store's, so its view of the draft holds them. */
  private async adopt(release: ReleaseRecord, own: Set<number>): Promise<void> {
    const [, files] = await this.packageFiles(release.name, release.version);
    for (const a of release.assets) {
      const mine = files.some((f) => own.has(f.id) && f.file_name === a.name);
      const copy = files.filter((f) => f.file_name === a.name && f.file_sha256 === a.sha256).at(-1);
      if (!mine && copy) own.add(copy.id);
    }
  }

  async deleteAsset(release: ReleaseRecord, name: string): Promise<void> {
    const [pkg, files] = await this.packageFiles(release.name, release.version);
    if (!pkg) return;
    const own = this.ownOf(release.name, release.version);
    const entry = release.assets.find((a) => a.name === name);
    const ofName = files.filter((f) => f.file_name === name);
    const mine = ofName.filter((f) => own.has(f.id));
    // This draft's copies: those this store put there, else those the record shows (another publisher's are left).
    const doomed = mine.length
      ? mine
      : ofName.filter((f) => !entry || entry.sha256 === null || f.file_sha256 === entry.sha256);
    for (const f of doomed) await this.removeFile(pkg, f, own);
  }

  private async removeFile(pkg: PackageJson, f: PackageFileJson, own?: Set<number>): Promise<void> {
    await removeFile(this.api, this.project, pkg, f);
    own?.delete(f.id);
  }

  async publish(release: ReleaseRecord): Promise<ReleaseRecord> {
    const { name, version, tag } = release;
    if (await this.release(tag)) throw new VersionTaken(tag);
    const [pkg, files] = await this.packageFiles(name, version);
    const chosen = release.assets.map((a) => {
      const copy = a.sha256 && a.complete ? keptCopy(files, a.name, a.sha256) : undefined;
      if (!pkg || !copy)
        throw new Error(
          `${this.label}: ${tag}: ${a.name}${a.sha256 ? ` (sha256 ${a.sha256.slice(0, 12)}…)` : ""} is not in the package ${name}/${version}: another publisher changed this draft; run publish again`,
        );
      return copy;
    });
    const links = chosen.map((f) => ({
      name: f.file_name,
      url: linkUrl(this.api, genericPath(this.project, name, version, f.file_name), f.file_sha256!),
      direct_asset_path: `/${f.file_name}`,
      link_type: "package",
    }));
    const ref = this.o.ref;
    let made: ReleaseJson;
    try {
      made = (await this.api.ProjectReleases.create(this.project, {
        tag_name: tag,
        ...(ref ? { ref } : {}),
        name: `${name} ${version}`,
        description:
          this.notes.get(tag) ?? `${name} ${version}, published by modelgate; manifest.json is the lineage record.`,
        assets: { links },
      } as unknown as Parameters<GitlabApi["ProjectReleases"]["create"]>[1])) as unknown as ReleaseJson;
    } catch (e) {
      // 409 "Release already exists"; two creations at the same instant meet GitLab's unique index instead, which
      // its service answers with a 400: either way, if the release is there now, someone else published it.
      if (httpStatus(e) === 409 || ((httpStatus(e) === 400 || httpStatus(e) === 422) && (await this.release(tag))))
        throw new VersionTaken(tag);
      const why = `the tag ${tag} does not exist and no commit (CI_COMMIT_SHA) was given to create it at`;
      if (httpStatus(e) === 422 && !ref) throw new Error(`${this.label}: ${why}`, { cause: e });
      throw e;
    }
    await this.tidy(pkg!, made);
    const [, now] = await this.packageFiles(name, version);
    this.own.delete(`${name}@${version}`);
    return this.published(name, version, made, now);
  }

  /** Leave a published version's package holding exactly the copies its links record. */
  private tidy(pkg: PackageJson, release: ReleaseJson): Promise<void> {
    return tidyPackage(this.api, this.project, pkg, release, this.transfer.say);
  }

  async deleteRelease(release: ReleaseRecord): Promise<void> {
    const { name, version, tag } = release;
    const key = `${name}@${version}`;
    const own = this.ownOf(name, version);
    const [pkg, files] = await this.packageFiles(name, version);
    const existing = await this.release(tag);
    try {
      if (existing && release.draft) {
        // Our draft lost to a published release: every file that is not the release's goes, ours among them.
        if (pkg) await this.tidy(pkg, existing);
        return;
      }
      if (existing) await this.api.ProjectReleases.remove(this.project, tag);
      if (!pkg) return;
      const foreign = files.some((f) => !own.has(f.id));
      // An unreleased package another publisher is filling too keeps their files; else the version goes whole.
      if (!existing && own.size && foreign)
        for (const f of files.filter((x) => own.has(x.id))) await this.removeFile(pkg, f);
      else
        await this.api.Packages.remove(this.project, pkg.id).catch((e: unknown) => {
          if (httpStatus(e) !== 404) throw e;
        });
    } finally {
      this.own.delete(key);
    }
  }

  async download(release: ReleaseRecord, name: string, to: string): Promise<void> {
    if (!release.draft) await this.healBeforeDownload(release, name);
    const path = genericPath(this.project, release.name, release.version, name);
    await getFile(this.transfer, path, to, `GET /${path}`);
  }

  /**
   * GitLab's download serves the newest file of a name. A published version's package can briefly hold a newer
   * stray (a losing publisher's upload, before the winner or the loser tidies): tidy it first, so a download
   * serves the copy the release records.
   */
  private async healBeforeDownload(release: ReleaseRecord, name: string): Promise<void> {
    const [pkg, files] = await this.packageFiles(release.name, release.version);
    const published = pkg ? await this.release(release.tag) : null;
    const sha = linkSha256(published?.assets?.links?.find((l) => l.name === name)?.url ?? "");
    if (!pkg || !published || !sha) return;
    const kept = keptCopy(files, name, sha);
    const served = newestByName(files).find((f) => f.file_name === name);
    if (kept && served && kept.id !== served.id) await this.tidy(pkg, published);
  }

  async stageHistory(name: string): Promise<StageEvent[]> {
    return readStageHistory(this.api, this.project, this.transfer, name);
  }

  async recordStage(event: StageEvent): Promise<void> {
    const tag = releaseTag(event.name, event.version);
    const release = await this.release(tag);
    if (!release) throw new Error(`${this.label}: ${tag} is not a published release`);
    await appendStageEvent(this.api, this.project, this.transfer, event, {
      tag,
      sha: release.commit?.id ?? event.commit,
    });
  }
}
