// A file kept as a workflow artifact through @actions/artifact (the results service and its blob store), as it
// is: an HTML report downloads as the page itself, not as a zip around it.
import { dirname } from "node:path";

import { DefaultArtifactClient } from "@actions/artifact";

import { errorMessage } from "../../core/errors.js";
import type { KeptFile, NoThread } from "../port.js";

export async function keepArtifact(
  env: NodeJS.ProcessEnv,
  o: { file: string; retentionDays?: number },
): Promise<KeptFile | NoThread> {
  // The runner hands these to actions only (not to `run:` steps): outside an action there is nothing to upload to.
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
    return { unavailable: "no Actions runtime token here (only an action step gets ACTIONS_RUNTIME_TOKEN)" };
  try {
    const client = new DefaultArtifactClient();
    const r = await client.uploadArtifact("", [o.file], dirname(o.file), {
      skipArchive: true,
      ...(o.retentionDays !== undefined ? { retentionDays: o.retentionDays } : {}),
    });
    if (r.id === undefined) return { unavailable: "the artifact service gave no artifact id" };
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const page =
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? { url: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${r.id}` }
        : {};
    return { id: r.id, bytes: r.size ?? 0, ...(r.digest ? { sha256: r.digest } : {}), ...page };
  } catch (e) {
    return { unavailable: `the upload failed (${errorMessage(e)})` };
  }
}
