import type { CommentThread } from "../core/comment/applyComment.js";
import type { Approval, RegistryStore } from "../core/registry/store.js";

/** An annotation on a file and line, as CI systems show them on the diff. */
export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  title?: string;
  file?: string;
  line?: number;
}

export interface RunContext {
  platform: "github" | "gitlab" | "local";
  repository?: string;
  sha?: string;
  runUrl?: string;
  actor?: string;
  /** The pull/merge request the run belongs to, when the environment names it (no API call). */
  changeRequest?: number;
  /**
   * The pull/merge request's head commit, when the run is for one and it differs from `sha`: a GitHub pull_request run
   * checks out a test merge commit; a GitLab merged-results pipeline runs on one too.
   */
  headSha?: string;
  /** The branch the run is for (a pull/merge request's source branch), when the environment names it. */
  branch?: string;
  /** The branch a pull/merge request would merge into, when the environment names it. */
  baseBranch?: string;
  /** The web server's base URL (GitHub Enterprise Server, self-managed GitLab). */
  serverUrl?: string;
  /** The workspace root: annotations only point at files inside it. */
  workspace: string;
}

/** No thread to comment on, and why (not a pull request, no token); the report then goes to the summary and log. */
export interface NoThread {
  unavailable: string;
}

/** A file kept with the run (a GitHub workflow artifact). */
export interface KeptFile {
  id: number;
  bytes: number;
  /** Where a person downloads it, when the platform has such a page. */
  url?: string;
  /** sha256 of what was uploaded, as the platform recorded it. */
  sha256?: string;
}

/** A file an earlier CI run kept, fetched to a local path, and which run it came from. */
export interface RunFile {
  file: string;
  /** The run's (pipeline's) web page. */
  run: string;
  /** The commit the run was for. */
  sha?: string;
}

/** The model registry a CI platform hosts (GitHub Releases of the repository, GitLab Releases and packages of the
 * project), and who approved this run as the platform recorded it. */
export interface HostedRegistry {
  store: RegistryStore;
  /** The approvals of this run (GitHub environment reviews, GitLab deployment approvals or the manual job's player). */
  approvals(): Promise<Approval[]>;
}

/** The one port every CI platform implements; commands talk only to this. */
export interface Platform {
  readonly context: RunContext;
  /** How many annotations one step may show (GitHub shows 10 errors a step). */
  readonly annotationLimit: number;
  /** The longest job summary the platform keeps (GitHub: 1 MiB a step), in UTF-8 bytes. */
  readonly summaryLimit: number;
  info(message: string): void;
  warning(message: string): void;
  writeSummary(markdown: string): Promise<void>;
  annotate(annotations: Annotation[]): void;
  setOutputs(outputs: Record<string, string | number | boolean>): Promise<void>;
  /** Collapse what is printed between these two in the CI log (GitHub log group, GitLab section). */
  startGroup(title: string): void;
  endGroup(): void;
  /** Keep a secret out of logs. */
  mask(secret: string): void;
  /** The comment thread of the run's pull/merge request (or of `number`), or why there is none. */
  commentThread(o: { number?: number }): Promise<CommentThread | NoThread>;
  /**
   * Keep a file with the run, as it is (no archive), or say why it cannot be kept that way (GitLab keeps files
   * through the job's `artifacts:` paths, which the templates declare).
   */
  keepFile(o: { file: string; retentionDays?: number }): Promise<KeptFile | NoThread>;
  /**
   * The file `artifact` kept by the newest successful run on `branch` (GitHub: an artifact of a run of this
   * workflow; GitLab: a file in the artifacts of job `job` of the branch's newest successful pipeline), written to
   * `to`; or why there is none.
   */
  runFile(o: { branch: string; artifact: string; job: string; to: string }): Promise<RunFile | NoThread>;
  /** The platform's own release-based model registry, or why there is none (no token, not in CI). */
  registry(): Promise<HostedRegistry | NoThread>;
}
