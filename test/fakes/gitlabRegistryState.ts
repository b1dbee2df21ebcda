// The fake GitLab's registry state (generic packages and their files, releases with links, tags, environments,
// deployments with approvals, jobs) and the JSON GitLab's API answers with for each, after its entities
// (lib/api/entities/package.rb, package_file.rb, release.rb, releases/link.rb, deployment.rb, ci/job.rb) and the
// examples in docs.gitlab.com/api. Kept as plain data so tests can assert the exact final state.
import type { FakeUser } from "./gitlabServer.js";

export type FakePackageFile = {
  id: number;
  packageId: number;
  fileName: string;
  size: number;
  /** Null models a file GitLab never finished hashing (an incomplete one). */
  sha256: string | null;
  md5: string;
  sha1: string;
  createdAt: string;
  /** Where its bytes are on disk (the fake's object storage). */
  path: string;
};
export type FakePackage = {
  id: number;
  name: string;
  version: string;
  status: "default" | "hidden";
  createdAt: string;
  files: FakePackageFile[];
};
export type FakeLink = { id: number; name: string; url: string; filepath: string | null; linkType: string };
export type FakeRelease = {
  tagName: string;
  name: string;
  description: string;
  /** The commit of its tag. */
  sha: string;
  createdAt: string;
  releasedAt: string;
  author: FakeUser;
  links: FakeLink[];
};
export type FakeApproval = {
  user: FakeUser;
  status: "approved" | "rejected";
  createdAt: string;
  comment: string | null;
};
export type FakeEnvironment = { id: number; name: string; createdAt: string };
export type FakeDeployment = {
  id: number;
  iid: number;
  environment: FakeEnvironment;
  ref: string;
  sha: string;
  tag: boolean;
  status: string;
  user: FakeUser;
  createdAt: string;
  /** The job that deploys (a CI job with `environment:`), or null for one made through the API. */
  jobId: number | null;
  approvals: FakeApproval[];
};
export type FakeJob = {
  id: number;
  name: string;
  status: string;
  user: FakeUser;
  ref: string;
  createdAt: string;
  startedAt: string | null;
};
export type ProjectRegistry = {
  packages: FakePackage[];
  releases: FakeRelease[];
  /** Tag name → commit. */
  tags: Map<string, string>;
  /** Branch name → commit (`main` exists). */
  branches: Map<string, string>;
  environments: Map<string, FakeEnvironment>;
  /** Protected environments: who may deploy to each. */
  deployers: Map<string, Set<string>>;
  deployments: FakeDeployment[];
  jobs: Map<number, FakeJob>;
  /** The namespace setting "Allow duplicates" for generic packages (GitLab's default: allowed). */
  duplicatesAllowed: boolean;
  /**
   * GitLab checks "Release already exists" and inserts in two steps: two creations at the same instant both pass the
   * check and the loser hits the unique index, which Releases::CreateService answers with a 400. Off: one step (409).
   */
  releaseInsertRace: boolean;
};

export function projectRegistry(): ProjectRegistry {
  return {
    ...{ packages: [], releases: [], tags: new Map(), branches: new Map([["main", "a".repeat(40)]]) },
    ...{ environments: new Map(), deployers: new Map(), deployments: [], jobs: new Map() },
    ...{ duplicatesAllowed: true, releaseInsertRace: false },
  };
}

type UserJson = (u: FakeUser) => Record<string, unknown>;
export type Where = { web: string; projectPath: string; projectId: number; api: string };

export function packageJson(p: FakePackage, w: Where) {
  return {
    ...{ id: p.id, name: p.name, version: p.version, package_type: "generic", status: p.status },
    _links: {
      web_path: `/${w.projectPath}/-/packages/${p.id}`,
      delete_api_path: `${w.api}/projects/${w.projectId}/packages/${p.id}`,
    },
    ...{ created_at: p.createdAt, last_downloaded_at: null, tags: [] },
  };
}

/** A file as the package files list shows it (API::Entities::PackageFile). */
export function packageFileJson(f: FakePackageFile) {
  return {
    ...{ id: f.id, package_id: f.packageId, created_at: f.createdAt, file_name: f.fileName, size: f.size },
    ...{ file_md5: f.md5, file_sha1: f.sha1, file_sha256: f.sha256 },
  };
}

/** The upload's answer with select=package_file: the record itself, as the generic packages docs show it. */
export function packageFileRecordJson(f: FakePackageFile) {
  return {
    ...{ id: f.id, package_id: f.packageId, created_at: f.createdAt, updated_at: f.createdAt, size: f.size },
    ...{ file_store: 1, file_md5: f.md5, file_sha1: f.sha1, file_name: f.fileName },
    file: {
      url: `/${f.sha256?.slice(0, 2)}/${f.sha256?.slice(2, 4)}/packages/${f.packageId}/files/${f.id}/${f.fileName}`,
    },
    ...{ file_sha256: f.sha256, verification_retry_at: null, verified_at: null, verification_failure: null },
    ...{ verification_retry_count: null, verification_checksum: null, verification_state: 0 },
    ...{ verification_started_at: null, new_file_path: null },
  };
}

export function releaseJson(r: FakeRelease, w: Where, userJson: UserJson) {
  const tag = encodeURIComponent(r.tagName);
  const page = `${w.web}/${w.projectPath}/-/releases/${tag}`;
  // Releases::Link's `sorted` scope: newest first, ties in id order reversed.
  const links = [...r.links].reverse().map((l) => ({
    ...{ id: l.id, name: l.name, url: l.url },
    direct_asset_url: l.filepath ? `${page}/downloads${l.filepath}` : l.url,
    link_type: l.linkType,
  }));
  const archive = (format: string) => ({ format, url: `${w.web}/${w.projectPath}/-/archive/${tag}/${tag}.${format}` });
  return {
    ...{ name: r.name, tag_name: r.tagName, description: r.description, created_at: r.createdAt },
    ...{ released_at: r.releasedAt, upcoming_release: false, historical_release: false, author: userJson(r.author) },
    commit: { id: r.sha, short_id: r.sha.slice(0, 8), title: "commit", message: "commit", parent_ids: [] },
    ...{
      milestones: [],
      commit_path: `/${w.projectPath}/-/commit/${r.sha}`,
      tag_path: `/${w.projectPath}/-/tags/${tag}`,
    },
    assets: { count: links.length + 4, sources: ["zip", "tar.gz", "tar.bz2", "tar"].map(archive), links },
    evidences: [],
    _links: { self: page, edit_url: `${page}/edit` },
  };
}

export function jobJson(j: FakeJob, w: Where, userJson: UserJson) {
  return {
    ...{ id: j.id, status: j.status, stage: "deploy", name: j.name, ref: j.ref, tag: false, coverage: null },
    ...{ allow_failure: false, created_at: j.createdAt, started_at: j.startedAt, finished_at: null, duration: null },
    ...{ queued_duration: null, user: userJson(j.user), commit: null, pipeline: null, tag_list: [], artifacts: [] },
    web_url: `${w.web}/${w.projectPath}/-/jobs/${j.id}`,
  };
}

export function deploymentJson(
  d: FakeDeployment,
  w: Where,
  userJson: UserJson,
  job: FakeJob | undefined,
  full: boolean,
) {
  const e = d.environment;
  const environment = {
    ...{ id: e.id, name: e.name, slug: e.name.replace(/[^a-z0-9]+/g, "-"), external_url: null },
    ...{ created_at: e.createdAt, updated_at: e.createdAt, tier: "other", state: "available" },
  };
  const base = {
    ...{ id: d.id, iid: d.iid, ref: d.ref, sha: d.sha, created_at: d.createdAt, updated_at: d.createdAt },
    ...{ status: d.status, user: userJson(d.user), environment },
    deployable: job ? jobJson(job, w, userJson) : null,
  };
  if (!full) return base;
  // DeploymentExtended (GitLab Premium): who approved or rejected a deployment to a protected environment.
  const approvals = d.approvals.map((a) => ({
    ...{ user: userJson(a.user), status: a.status, created_at: a.createdAt, comment: a.comment },
  }));
  return { ...base, pending_approval_count: 0, approvals };
}
