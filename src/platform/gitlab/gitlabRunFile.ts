// A file from the artifacts of a job of the branch's newest successful pipeline: GitLab's "download a single
// artifact file from a reference" (GET /projects/:id/jobs/artifacts/:ref/raw/*path?job=), which CI_JOB_TOKEN may
// call for its own project.
import { writeFile } from "node:fs/promises";

import { errorMessage } from "../../core/errors.js";
import type { NoThread, RunFile } from "../port.js";
import type { GitlabApi } from "./gitlabClient.js";

export async function fetchJobArtifact(
  api: GitlabApi,
  project: string | number,
  /** The branch's pipelines page, as the run the file came from (this endpoint names no job). */
  pipelines: string,
  o: { branch: string; artifact: string; job: string; to: string },
): Promise<RunFile | NoThread> {
  let blob: Blob;
  try {
    blob = await api.JobArtifacts.downloadArchive(project, { ref: o.branch, job: o.job, artifactPath: o.artifact });
  } catch (e) {
    const status = (e as { cause?: { response?: { status?: number } } }).cause?.response?.status;
    return {
      unavailable:
        status === 404
          ? `no successful pipeline on ${o.branch} has a job ${JSON.stringify(o.job)} whose artifacts hold ${o.artifact}`
          : `the GitLab API refused (${errorMessage(e)})`,
    };
  }
  await writeFile(o.to, new Uint8Array(await blob.arrayBuffer()));
  return { file: o.to, run: pipelines };
}
