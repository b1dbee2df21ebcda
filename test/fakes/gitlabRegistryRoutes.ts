// The fake GitLab's registry routes, after lib/api/generic_packages.rb, packages.rb, package_files.rb, releases.rb,
// deployments.rb and ci/jobs.rb: their documented parameters (checked by gitlabServer.ts like every route's) and
// which tokens may call them. gitlabRegistryFake.ts answers them.
import type { IncomingMessage, ServerResponse } from "node:http";

import type { FakeProject, FakeToken, RecordedRequest } from "./gitlabServer.js";

export type RegistryRouteName =
  | "genericPut"
  | "genericGet"
  | "packages"
  | "packageFiles"
  | "packageRemove"
  | "packageFileRemove"
  | "releases"
  | "release"
  | "releaseCreate"
  | "releaseRemove"
  | "deployments"
  | "deployment"
  | "deploymentCreate"
  | "job"
  | "currentJob";

type Spec = { type: string; required: boolean };
const table = (text: string): Record<string, Spec> =>
  Object.fromEntries(
    text
      .split(/\s+/)
      .filter(Boolean)
      .map((entry) => {
        const [name = "", type = "str"] = entry.split(":");
        return [name.replace(/!$/, ""), { type, required: name.endsWith("!") }];
      }),
  );
const PAGES = "page:int per_page:int";
const P = ["projects", ":id"];
const GENERIC = [...P, "packages", "generic", ":package_name", ":package_version", ":file_name"];
const TYPES = "conan|maven|npm|pypi|composer|nuget|helm|terraform_module|golang|generic|debian|rubygems|rpm|ml_model";
type RegistryRoute = {
  method: string;
  pattern: string[];
  params: Record<string, Spec>;
  name: RegistryRouteName;
  jobToken?: boolean;
  jobTokenWrites?: boolean;
};
// Job tokens: packages (job_token_policies admin_packages), releases and deployments may be written with one; a
// job's details only through GET /job (GET /projects/:id/jobs/:job_id refuses them).
const rw = { jobToken: true, jobTokenWrites: true };
export const REGISTRY_ROUTES: RegistryRoute[] = [
  {
    method: "PUT",
    pattern: GENERIC,
    params: table("status:default|hidden select:package_file"),
    name: "genericPut",
    ...rw,
  },
  { method: "GET", pattern: GENERIC, params: {}, name: "genericGet", jobToken: true },
  {
    method: "GET",
    pattern: [...P, "packages"],
    params: table(`order_by:created_at|name|version|type sort:asc|desc package_type:${TYPES} package_name
      package_version include_versionless:bool status:default|hidden|processing|error|pending_destruction ${PAGES}`),
    name: "packages",
    jobToken: true,
  },
  {
    method: "GET",
    pattern: [...P, "packages", ":package_id", "package_files"],
    params: table(`order_by:id|file_name|created_at sort:asc|desc ${PAGES}`),
    name: "packageFiles",
    jobToken: true,
  },
  { method: "DELETE", pattern: [...P, "packages", ":package_id"], params: {}, name: "packageRemove", ...rw },
  {
    method: "DELETE",
    pattern: [...P, "packages", ":package_id", "package_files", ":package_file_id"],
    params: {},
    name: "packageFileRemove",
    ...rw,
  },
  {
    method: "GET",
    pattern: [...P, "releases"],
    params: table(`order_by:released_at|created_at sort:asc|desc include_html_description:bool updated_before
      updated_after ${PAGES}`),
    name: "releases",
    jobToken: true,
  },
  {
    method: "POST",
    pattern: [...P, "releases"],
    params: table(`tag_name! tag_message name description ref assets:hash milestones milestone_ids released_at
      legacy_catalog_publish:bool`),
    name: "releaseCreate",
    ...rw,
  },
  {
    method: "GET",
    pattern: [...P, "releases", ":tag_name"],
    params: table("include_html_description:bool"),
    name: "release",
    jobToken: true,
  },
  { method: "DELETE", pattern: [...P, "releases", ":tag_name"], params: {}, name: "releaseRemove", ...rw },
  {
    method: "GET",
    pattern: [...P, "deployments"],
    params: table(`order_by:id|iid|created_at|updated_at|finished_at|ref sort:asc|desc updated_after updated_before
      finished_after finished_before environment status:created|running|success|failed|canceled|skipped|blocked ${PAGES}`),
    name: "deployments",
    jobToken: true,
  },
  {
    method: "POST",
    pattern: [...P, "deployments"],
    params: table("environment! sha! ref! tag!:bool status!:running|success|failed|canceled"),
    name: "deploymentCreate",
    ...rw,
  },
  { method: "GET", pattern: [...P, "deployments", ":deployment_id"], params: {}, name: "deployment", jobToken: true },
  { method: "GET", pattern: [...P, "jobs", ":job_id"], params: {}, name: "job" },
  { method: "GET", pattern: ["job"], params: {}, name: "currentJob", jobToken: true },
];

/** A generic package upload: its body is the file, read by the route itself (never buffered whole). */
export function isUpload(method: string, path: string): boolean {
  const segs = path.slice(1).split("/");
  return (
    method === "PUT" &&
    segs.length === GENERIC.length &&
    segs[0] === "projects" &&
    segs[2] === "packages" &&
    segs[3] === "generic"
  );
}

export type RegistryCall = {
  req: IncomingMessage;
  res: ServerResponse;
  rec: RecordedRequest;
  route: RegistryRouteName;
  params: Record<string, unknown>;
  /** The path's segments, still URL-encoded. */
  segs: string[];
  auth: FakeToken;
  project: FakeProject | null;
  send: (status: number, body?: unknown, headers?: Record<string, string>) => void;
  paginate: (params: Record<string, unknown>, all: unknown[]) => void;
};
