// Stage history on GitLab, in two places. Each move of a stage is a deployment of the version's tag to the GitLab
// environment of that name (status success), so the project's Environments page shows what runs where, and a
// protected environment decides who may move it. The event itself (previous version, approvals, action, run) is
// kept as one JSON file per event in the generic package `modelgate-stages`, version = the model's name: a
// deployment holds only a ref, a sha and a status, so it cannot carry the record, and package files are only ever
// added, which makes the history append-only; GitLab numbers them in upload order, which is the order read back.
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { errorMessage, InputError } from "../../core/errors.js";
import { stageEventSchema } from "../../core/registry/stages.js";
import type { StageEvent } from "../../core/registry/store.js";
import type { GitlabApi } from "./gitlabClient.js";
import { filesOf, genericPath, packagesNamed } from "./gitlabPackages.js";
import { getFile, httpStatus, putFile, type TransferOptions } from "./gitlabTransfer.js";

/** The generic package holding every model's stage events (one package version per model). */
export const STAGES_PACKAGE = "modelgate-stages";

/** An event as stored, checked against the one schema: a file someone edited by hand must not move a stage. */
function parseEvent(text: string, name: string, where: string): StageEvent {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(where, undefined, `not valid JSON (${errorMessage(e)})`);
  }
  const got = stageEventSchema.safeParse(json);
  if (!got.success) {
    const issue = got.error.issues[0]!;
    throw new InputError(where, issue.path.length ? { path: issue.path.join(".") } : undefined, issue.message);
  }
  if (got.data.name !== name)
    throw new InputError(where, { path: "name" }, `is ${got.data.name}, not the model ${name}`);
  return got.data;
}

/** Every stage event of a model, oldest first. */
export async function readStageHistory(
  api: GitlabApi,
  project: string | number,
  transfer: TransferOptions,
  name: string,
): Promise<StageEvent[]> {
  const pkg = (await packagesNamed(api, project, STAGES_PACKAGE)).get(name);
  if (!pkg) return [];
  const files = await filesOf(api, project, pkg.id);
  const dir = await mkdtemp(join(tmpdir(), "modelgate-stages-"));
  try {
    const events: StageEvent[] = [];
    for (const f of files) {
      const to = join(dir, String(f.id));
      const path = genericPath(project, STAGES_PACKAGE, name, f.file_name);
      await getFile(transfer, path, to, `GET /${path}`);
      events.push(
        parseEvent(await readFile(to, "utf8"), name, `GitLab package ${STAGES_PACKAGE}/${name}/${f.file_name}`),
      );
    }
    return events;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Record one move: the deployment first (a protected environment may refuse it), then the event's file. */
export async function appendStageEvent(
  api: GitlabApi,
  project: string | number,
  transfer: TransferOptions,
  event: StageEvent,
  at: { tag: string; sha: string | null },
): Promise<void> {
  if (at.sha) {
    try {
      await api.Deployments.create(project, event.stage, at.sha, at.tag, true, { status: "success" } as never);
    } catch (e) {
      if (httpStatus(e) === 403 || httpStatus(e) === 401)
        throw new Error(
          `GitLab refused the deployment of ${at.tag} to the environment ${event.stage} (HTTP ${httpStatus(e)}: ${errorMessage(e)}): the token's user may not deploy there (a protected environment allows only its deployers)`,
          { cause: e },
        );
      throw e;
    }
  } else transfer.say(`no commit is known for ${at.tag}: the move of ${event.stage} is recorded without a deployment`);
  const pkg = (await packagesNamed(api, project, STAGES_PACKAGE)).get(event.name);
  const count = pkg ? (await filesOf(api, project, pkg.id)).length : 0;
  // The number is for people browsing the package; the random part keeps two moves at once from sharing a name
  // (GitLab's download serves only the newest file of a name).
  const file = `${String(count + 1).padStart(6, "0")}-${event.stage}-${randomBytes(3).toString("hex")}.json`;
  const dir = await mkdtemp(join(tmpdir(), "modelgate-stage-"));
  try {
    await writeFile(join(dir, file), `${JSON.stringify(event, null, 2)}\n`);
    const path = genericPath(project, STAGES_PACKAGE, event.name, file);
    await putFile(transfer, path, join(dir, file), `PUT /${path}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
