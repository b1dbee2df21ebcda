// The training command's environment: the job's, less the credentials that were given to the runner or to
// modelgate and not to the training. A JavaScript action's process gets the runner's own (cache, artifact and
// results services, OIDC token requests) that a `run:` step never sees; a training command, and whatever packages
// it installs, has no use for them. What the workflow sets itself stays, GITHUB_TOKEN included (a job has it only
// when the workflow passes it), and GitLab's CI_JOB_TOKEN, which every script of the job already has.

/** The runner's internal credentials and endpoints, and the tokens modelgate takes for its own API calls. */
export const WITHHELD_FROM_TRAINING = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "INPUT_GITHUB-TOKEN",
  "MODELGATE_GITHUB_TOKEN",
  "MODELGATE_GITLAB_TOKEN",
] as const;

/** A copy of `env` without the credentials the training command is not given. */
export function trainingEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const withheld = new Set<string>(WITHHELD_FROM_TRAINING);
  // Names as the runner sets them; Windows compares environment names without case.
  return Object.fromEntries(Object.entries(env).filter(([k]) => !withheld.has(k.toUpperCase())));
}
