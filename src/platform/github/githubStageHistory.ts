// Each stage's history on GitHub: a promotion or rollback is a deployment of the version's tag to an environment named
// after the stage, its StageEvent in the payload, with a `success` status; the deployment it supersedes gets
// `inactive`. So the history is GitHub's own (the environment's page lists it) and append-only (deployments are not
// edited). A model's deployments carry the task `modelgate:<name>`: one listing finds them all, and nothing else.
import { InputError } from "../../core/errors.js";
import { buildTag, parseModelName, parseStageName } from "../../core/registry/names.js";
import { stageEventSchema } from "../../core/registry/stages.js";
import { type StageEvent, StageMoved } from "../../core/registry/store.js";
import type { Octokit } from "./githubClient.js";

type GithubDeployment = Awaited<ReturnType<Octokit["rest"]["repos"]["getDeployment"]>>["data"];

interface Where {
  octokit: Octokit;
  repo: { owner: string; repo: string };
  /** The registry as messages name it. */
  label: string;
}

const taskOf = (name: string) => `modelgate:${name}`;

function listing(w: Where, name: string, environment?: string, perPage = 100) {
  return { ...w.repo, task: taskOf(name), ...(environment ? { environment } : {}), per_page: perPage };
}

/**
 * The event a deployment records. Anything else under the model's task is refused, not skipped: a history with a
 * hole in it would roll back to the wrong version.
 */
function eventOf(w: Where, d: GithubDeployment, name: string): StageEvent {
  let payload: unknown = d.payload;
  if (typeof payload === "string") {
    try {
      payload = JSON.parse(payload);
    } catch {
      payload = null;
    }
  }
  const parsed = stageEventSchema.safeParse((payload as { modelgate?: unknown } | null)?.modelgate);
  const where = `${w.label}: deployment ${d.id} (${d.environment})`;
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.join(".") || "modelgate";
    throw new InputError(
      undefined,
      undefined,
      `${where}: its payload is not a modelgate stage event (${at}: ${issue.message})`,
    );
  }
  const e = parsed.data;
  if (e.name !== name || e.stage !== d.environment || d.ref !== buildTag(e.name, e.version))
    throw new InputError(
      undefined,
      undefined,
      `${where}: it records ${e.name} ${e.version} in ${e.stage} at ${d.ref}, which do not agree`,
    );
  return e;
}

/** Every stage event of the model, oldest first. */
export async function readStageHistory(w: Where, name: string): Promise<StageEvent[]> {
  parseModelName(name, "model name");
  const all = await w.octokit.paginate(w.octokit.rest.repos.listDeployments, listing(w, name));
  // GitHub lists the newest first; ids grow with creation, timestamps only to the second.
  return all.sort((a, b) => a.id - b.id).map((d) => eventOf(w, d, name));
}

/** Append one event, if the stage still points where the event says it moved from. */
export async function appendStageEvent(w: Where, event: StageEvent): Promise<void> {
  const e = stageEventSchema.parse(event);
  parseStageName(e.stage, "stage");
  const tag = buildTag(e.name, e.version);
  const { octokit, repo } = w;
  const { data: newest } = await octokit.rest.repos.listDeployments(listing(w, e.name, e.stage, 1));
  const previous = newest[0];
  const current = previous ? eventOf(w, previous, e.name).version : null;
  // GitHub has no compare-and-set: this check narrows the window in which two moves of one stage cross.
  if (current !== e.previous) throw new StageMoved(e, current);
  const description = `${e.action} ${e.name} to v${e.version}`.slice(0, 140);
  const created = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: tag,
    task: taskOf(e.name),
    environment: e.stage,
    // The tag is the version as published: nothing may be merged into it, and no status check stands in the way.
    auto_merge: false,
    required_contexts: [],
    payload: { modelgate: e },
    description,
    transient_environment: false,
  });
  if (created.status !== 201)
    throw new Error(`${w.label}: GitHub did not create the deployment of ${tag} (HTTP ${created.status})`);
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: (created.data as GithubDeployment).id,
    state: "success",
    description,
    ...(e.run ? { log_url: e.run } : {}),
    // Marked below for this model only: GitHub's own rule would reach other models' deployments of this
    // environment, and skips environments it calls production.
    auto_inactive: false,
  });
  if (previous)
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: previous.id,
      state: "inactive",
      description: `superseded by v${e.version}`.slice(0, 140),
      auto_inactive: false,
    });
}
