// The fake GitLab's registry: its storage (a temporary folder as object storage), the answers to the registry
// routes of gitlabRegistryRoutes.ts (reads here, writes in gitlabRegistryWrites.ts), and what tests set up: jobs,
// their deployments' approvals, a hook on each chunk of an upload.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { RegistryCall } from "./gitlabRegistryRoutes.js";
import {
  deploymentJson,
  type FakeApproval,
  type FakeDeployment,
  type FakeJob,
  type FakePackage,
  type FakePackageFile,
  type FakeRelease,
  jobJson,
  packageFileJson,
  packageJson,
  type ProjectRegistry,
  projectRegistry,
  releaseJson,
} from "./gitlabRegistryState.js";
import { registryWrites } from "./gitlabRegistryWrites.js";
import type { FakeProject, FakeUser, RecordedRequest } from "./gitlabServer.js";

export interface FakeRegistry {
  /** The fake's object storage: every uploaded file's bytes. */
  readonly dir: string;
  /** Called for each chunk of an upload as it arrives (with the bytes so far); the upload waits while it runs. */
  onUploadChunk: ((received: number, rec: RecordedRequest) => Promise<void> | void) | null;
  /** A new project's empty registry. */
  forProject(): ProjectRegistry;
  /** A job (and, with `environment`, its deployment waiting for approval, as a protected environment's job has). */
  addJob(
    project: FakeProject,
    o: { id: number; name: string; user: FakeUser; startedAt?: string; environment?: string },
  ): { job: FakeJob; deployment: FakeDeployment | null };
  /** An approval (or rejection) of a deployment by a user. */
  approve(deployment: FakeDeployment, user: FakeUser, o?: { status?: FakeApproval["status"]; comment?: string }): void;
  handle(call: RegistryCall): Promise<void>;
  close(): void;
}

const NAME = /^[A-Za-z0-9._+-]+$/; // Gitlab::Regex.generic_package_name_regex (maven_file_name_regex)
const VERSION = /^(?!.*\.\.)[\w+.-]+$/; // generic_package_version_regex (maven_version_regex)
const NOT_FOUND = { message: "404 Not found" };
const int = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : null);

export function createRegistry(o: {
  tick: () => string;
  violations: string[];
  web: () => string;
  userJson: (u: FakeUser) => Record<string, unknown>;
  projects: Map<string, FakeProject>;
}): FakeRegistry {
  const dir = mkdtempSync(join(tmpdir(), "fake-gitlab-packages-"));
  let nextId = 1;
  const id = () => nextId++;
  const where = (p: FakeProject) => ({ web: o.web(), projectPath: p.path, projectId: p.id, api: `${o.web()}/api/v4` });

  const { receive, serve, createRelease, createDeployment, environmentOf } = registryWrites({
    ...{ dir, id, tick: o.tick, violations: o.violations, where, userJson: o.userJson },
    onUploadChunk: () => registry.onUploadChunk,
  });

  function sorted<T>(
    list: T[],
    params: Record<string, unknown>,
    keys: Record<string, (x: T) => string | number>,
    dflt: [string, "asc" | "desc"],
  ) {
    const key = keys[String(params.order_by ?? dflt[0])]!;
    const dir = (params.sort ?? dflt[1]) === "asc" ? 1 : -1;
    return [...list].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return dir * (x < y ? -1 : x > y ? 1 : 0);
    });
  }

  const registry: FakeRegistry = {
    dir,
    onUploadChunk: null,
    forProject: projectRegistry,
    addJob(p, j) {
      const job: FakeJob = {
        ...{ id: j.id, name: j.name, status: "running", user: j.user, ref: "main", createdAt: o.tick() },
        startedAt: j.startedAt ?? o.tick(),
      };
      p.registry.jobs.set(job.id, job);
      if (!j.environment) return { job, deployment: null };
      const environment = environmentOf(p.registry, j.environment);
      const deployment: FakeDeployment = {
        ...{ id: id(), iid: p.registry.deployments.length + 1, environment, ref: "main", sha: "a".repeat(40) },
        ...{ tag: false, status: "blocked", user: j.user, createdAt: o.tick(), jobId: job.id, approvals: [] },
      };
      p.registry.deployments.push(deployment);
      return { job, deployment };
    },
    approve(d, user, a = {}) {
      d.approvals.push({ user, status: a.status ?? "approved", createdAt: o.tick(), comment: a.comment ?? null });
    },
    async handle(c) {
      const dec = (i: number) => decodeURIComponent(c.segs[i]!);
      if (c.route === "currentJob") {
        if (c.auth.kind !== "job" || c.auth.jobId === undefined) return c.send(401, { message: "401 Unauthorized" });
        for (const p of o.projects.values()) {
          const job = p.registry.jobs.get(c.auth.jobId);
          if (job) return c.send(200, jobJson(job, where(p), o.userJson));
        }
        return c.send(404, NOT_FOUND);
      }
      const p = c.project!;
      const r = p.registry;
      const w = where(p);
      switch (c.route) {
        case "genericPut":
        case "genericGet": {
          const [name, version, fileName] = [dec(4), dec(5), dec(6)];
          const bad = !NAME.test(name)
            ? "package_name"
            : !VERSION.test(version)
              ? "package_version"
              : !NAME.test(fileName)
                ? "file_name"
                : null;
          if (bad) {
            o.violations.push(`${c.rec.method} ${c.rec.path}: ${bad} is invalid`);
            return c.send(400, { error: `${bad} is invalid` });
          }
          if (c.route === "genericPut") return receive(c, p, name, version, fileName);
          const pkg = r.packages.find((x) => x.name === name && x.version === version);
          // PackageFileFinder: the newest file of that name.
          const file = pkg?.files.filter((f) => f.fileName === fileName).at(-1);
          return file ? serve(c, file) : c.send(404, NOT_FOUND);
        }
        case "packages": {
          const q = c.params;
          const list = r.packages
            .filter(() => q.package_type === undefined || q.package_type === "generic")
            .filter(
              (x) =>
                q.package_name === undefined || x.name.toLowerCase().includes(String(q.package_name).toLowerCase()),
            )
            .filter((x) => q.package_version === undefined || x.version === q.package_version)
            .filter((x) => (q.status === undefined ? x.status === "default" : x.status === q.status));
          const keys = {
            created_at: (x: FakePackage) => x.id,
            name: (x: FakePackage) => x.name,
            version: (x: FakePackage) => x.version,
            type: () => 0,
          };
          return c.paginate(
            q,
            sorted(list, q, keys, ["created_at", "asc"]).map((x) => packageJson(x, w)),
          );
        }
        case "packageFiles":
        case "packageRemove":
        case "packageFileRemove": {
          const pkg = r.packages.find((x) => x.id === int(c.segs[3]));
          if (!pkg) return c.send(404, { message: "404 Package Not Found" });
          if (c.route === "packageRemove") {
            r.packages.splice(r.packages.indexOf(pkg), 1);
            return c.send(204);
          }
          if (c.route === "packageFiles") {
            const keys = {
              id: (f: FakePackageFile) => f.id,
              file_name: (f: FakePackageFile) => f.fileName,
              created_at: (f: FakePackageFile) => f.id,
            };
            return c.paginate(c.params, sorted(pkg.files, c.params, keys, ["id", "asc"]).map(packageFileJson));
          }
          const file = pkg.files.find((f) => f.id === int(c.segs[5]));
          if (!file) return c.send(404, { message: "404 Package file Not Found" });
          pkg.files.splice(pkg.files.indexOf(file), 1);
          return c.send(204);
        }
        case "releases": {
          const keys = { released_at: (x: FakeRelease) => x.releasedAt, created_at: (x: FakeRelease) => x.createdAt };
          return c.paginate(
            c.params,
            sorted(r.releases, c.params, keys, ["released_at", "desc"]).map((x) => releaseJson(x, w, o.userJson)),
          );
        }
        case "release":
        case "releaseRemove": {
          const release = r.releases.find((x) => x.tagName === dec(3));
          if (!release) return c.send(404, NOT_FOUND);
          if (c.route === "releaseRemove") r.releases.splice(r.releases.indexOf(release), 1);
          return c.send(200, releaseJson(release, w, o.userJson));
        }
        case "releaseCreate":
          return createRelease(c, p);
        case "deploymentCreate":
          return createDeployment(c, p);
        case "deployments": {
          const q = c.params;
          const list = r.deployments
            .filter((d) => q.environment === undefined || d.environment.name === q.environment)
            .filter((d) => q.status === undefined || d.status === q.status);
          const keys = {
            id: (d: FakeDeployment) => d.id,
            iid: (d: FakeDeployment) => d.iid,
            created_at: (d: FakeDeployment) => d.id,
            updated_at: (d: FakeDeployment) => d.id,
            finished_at: (d: FakeDeployment) => d.id,
            ref: (d: FakeDeployment) => d.ref,
          };
          const json = (d: FakeDeployment) =>
            deploymentJson(d, w, o.userJson, d.jobId ? r.jobs.get(d.jobId) : undefined, false);
          return c.paginate(q, sorted(list, q, keys, ["id", "asc"]).map(json));
        }
        case "deployment": {
          const d = r.deployments.find((x) => x.id === int(c.segs[3]));
          if (!d) return c.send(404, NOT_FOUND);
          return c.send(200, deploymentJson(d, w, o.userJson, d.jobId ? r.jobs.get(d.jobId) : undefined, true));
        }
        case "job": {
          const job = r.jobs.get(int(c.segs[3]) ?? -1);
          return job ? c.send(200, jobJson(job, w, o.userJson)) : c.send(404, NOT_FOUND);
        }
      }
    },
    close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return registry;
}
