// The generic package registry as the GitLab registry reads it: a model's packages (one per version), their files,
// and which file of a name counts. GitLab keeps every upload of a name (duplicates are allowed by default) and its
// download serves the newest one; a release records the sha256 of each file it ships in its link's URL fragment
// (`#sha256=…`, as package indexes do since PEP 503), so anyone can tell the release's files from strays.
import type { StoredAsset } from "../../core/registry/store.js";
import type { GitlabApi } from "./gitlabClient.js";
import { httpStatus } from "./gitlabTransfer.js";

export interface PackageJson {
  id: number;
  name: string;
  version: string;
  package_type: string;
  status?: string;
  created_at: string;
}

export interface PackageFileJson {
  id: number;
  file_name: string;
  size: number;
  /** Null when GitLab never finished hashing the upload: such a file counts as incomplete. */
  file_sha256: string | null;
  created_at: string;
}

export interface ReleaseJson {
  tag_name: string;
  name: string;
  created_at: string;
  released_at?: string;
  commit?: { id: string };
  assets?: { links?: { id: number; name: string; url: string }[] };
  _links?: { self?: string };
}

const seg = (s: string | number) => encodeURIComponent(String(s));

/** The API path of a file in a generic package (relative to the client's /api/v4/ address). */
export function genericPath(project: string | number, name: string, version: string, file: string): string {
  return `projects/${seg(project)}/packages/generic/${seg(name)}/${seg(version)}/${seg(file)}`;
}

/** The generic packages of exactly this name (GitLab's package_name filter is a fuzzy match), by version. */
export async function packagesNamed(
  api: GitlabApi,
  project: string | number,
  name: string,
): Promise<Map<string, PackageJson>> {
  // gitbeaker's option type leaves "generic" out of packageType; GitLab takes it.
  const list = (await api.Packages.all({
    projectId: project,
    packageType: "generic",
    packageName: name,
    perPage: 100,
  } as unknown as Parameters<GitlabApi["Packages"]["all"]>[0])) as unknown as PackageJson[];
  const byVersion = new Map<string, PackageJson>();
  // Oldest first, so a version GitLab holds twice (one being destroyed) resolves to the newest package.
  for (const p of [...list].sort((a, b) => a.id - b.id))
    if (p.name === name && p.package_type === "generic" && p.status !== "pending_destruction")
      byVersion.set(p.version, p);
  return byVersion;
}

/** One package's files, oldest first (GitLab's package file ids grow with each upload). */
export async function filesOf(api: GitlabApi, project: string | number, packageId: number): Promise<PackageFileJson[]> {
  const list = (await api.Packages.allFiles(project, packageId, {
    perPage: 100,
    orderBy: "id",
    sort: "asc",
  } as Parameters<GitlabApi["Packages"]["allFiles"]>[2])) as unknown as PackageFileJson[];
  return [...list].sort((a, b) => a.id - b.id);
}

export function storedOf(f: PackageFileJson): StoredAsset {
  return { name: f.file_name, size: f.size, sha256: f.file_sha256 ?? null, complete: Boolean(f.file_sha256) };
}

/** What GitLab's download serves for each name: its newest file (a complete one when there is one). */
export function newestByName(files: readonly PackageFileJson[]): PackageFileJson[] {
  const byName = new Map<string, PackageFileJson>();
  for (const f of files) {
    const seen = byName.get(f.file_name);
    if (!seen || !seen.file_sha256 || f.file_sha256) byName.set(f.file_name, f);
  }
  return [...byName.values()];
}

/**
 * The copy of a file a release keeps: the oldest complete one of that name and sha256. Every party (the publisher,
 * a loser cleaning up, a later run) picks the same copy, so two of them tidying at once never delete both.
 */
export function keptCopy(files: readonly PackageFileJson[], name: string, sha256: string): PackageFileJson | undefined {
  return files.find((f) => f.file_name === name && f.file_sha256 === sha256);
}

/** A release link's URL: the generic package download, with the file's sha256 as its fragment. */
export function linkUrl(api: GitlabApi, path: string, sha256: string): string {
  return `${new URL(path, api.url).href}#sha256=${sha256}`;
}

/** The sha256 a release link records, or null for a link modelgate did not write. */
export function linkSha256(url: string): string | null {
  return /#sha256=([0-9a-f]{64})$/.exec(url)?.[1] ?? null;
}

/**
 * Leave a published version's package holding exactly the copies its links record: strays (another publisher's
 * files) and second copies go. Every party computes the same copies to keep, so it is safe to run by several at once.
 */
export async function tidyPackage(
  api: GitlabApi,
  project: string | number,
  pkg: PackageJson,
  release: ReleaseJson,
  say: (line: string) => void,
): Promise<void> {
  const wanted = (release.assets?.links ?? []).map((l) => [l.name, linkSha256(l.url)] as const);
  // A release modelgate did not write says nothing of which copies count: its package is left alone.
  if (!wanted.length || wanted.some(([, sha]) => sha === null)) return;
  const files = await filesOf(api, project, pkg.id);
  const keep = new Set(wanted.map(([n, sha]) => keptCopy(files, n, sha!)?.id));
  for (const f of files.filter((x) => !keep.has(x.id))) {
    await removeFile(api, project, pkg, f);
    say(`removed ${f.file_name} (file ${f.id}) from ${pkg.name}/${pkg.version}: not a file of ${release.tag_name}`);
  }
}

/** Delete one package file; one gone already (another party tidied it) is what was wanted. */
export async function removeFile(api: GitlabApi, project: string | number, pkg: PackageJson, f: PackageFileJson) {
  try {
    await api.Packages.removeFile(project, pkg.id, f.id);
  } catch (e) {
    if (httpStatus(e) !== 404) throw e;
  }
}
