// The one port every model registry implements (GitHub Releases, GitLab Releases + generic packages, a local folder):
// releases of a model's versions with their files, and each stage's append-only history. Publishing, promotion,
// rollback and verification are written once in core against this port.

/** Where a local folder registry is by default (outside CI), relative to the working directory. */
export const DEFAULT_LOCAL_REGISTRY = ".modelgate/registry";

/** A file to publish: its name in the release, where it is on disk, and what it must be once stored. */
export interface AssetFile {
  name: string;
  path: string;
  sha256: string;
  size: number;
}

/** A file as the store holds it. `sha256` is the store's own record when it keeps one (GitHub's asset digest,
 * GitLab's package file sha256), else null: then it is verified by downloading. */
export interface StoredAsset {
  name: string;
  size: number;
  sha256: string | null;
  /** An upload the store never finished (GitHub's `starter` state after a failed upload): to be removed and redone. */
  complete: boolean;
}

/** One version of a model as a release. */
export interface ReleaseRecord {
  /** The store's own id of the release. */
  id: string;
  name: string;
  version: string;
  tag: string;
  /** A draft is not visible as a version: publishing makes it one. */
  draft: boolean;
  assets: StoredAsset[];
  url?: string;
  publishedAt?: string;
}

/** Who approved the run that published or promoted, and when, as the platform recorded it. */
export interface Approval {
  user: string;
  at: string;
  /** github-environment: a required reviewer of a GitHub environment; gitlab-deployment: a GitLab deployment
   * approval; gitlab-manual-job: the user who played a manual job; local: the person at the terminal. */
  source: "github-environment" | "gitlab-deployment" | "gitlab-manual-job" | "local";
  environment?: string;
  comment?: string;
}

/** One move of a stage's pointer: stages are aliases, each pointing at one version, with a full history. */
export interface StageEvent {
  name: string;
  stage: string;
  version: string;
  /** The version the stage pointed at before, or null for its first. */
  previous: string | null;
  action: "promote" | "rollback";
  by: string | null;
  at: string;
  approvals: Approval[];
  commit: string | null;
  run: string | null;
}

/** One attestation a platform keeps for a file's sha256, as its statement reads: what it claims, not proof of it (the
 * Sigstore signature over it is not checked here; `gh attestation verify` does that). */
export interface AttestationRecord {
  /** The Sigstore bundle's media type (application/vnd.dev.sigstore.bundle.v0.3+json), null when it names none. */
  mediaType: string | null;
  /** The in-toto statement's predicateType (https://slsa.dev/provenance/v1 for build provenance); null if unreadable. */
  predicateType: string | null;
  /** The sha256 (hex, lower case) of each subject the statement names. */
  subjectSha256: string[];
  /** The repository whose workflow built the subject, as SLSA v1 provenance names it (a URL), when it says. */
  repository: string | null;
  /** That workflow's file, when the statement says. */
  workflow: string | null;
  /** Why the statement cannot be read (no DSSE envelope, a payload that is no in-toto statement v1); null when read. */
  problem: string | null;
}

/** Another publisher took this version first (its release is published, or its draft won the race). */
export class VersionTaken extends Error {
  override readonly name = "VersionTaken";
  constructor(readonly tag: string) {
    super(`${tag} is already published`);
  }
}

/** Another move of the stage came first: this one was from a version the stage no longer holds (a result: exit 1). */
export class StageMoved extends Error {
  override readonly name = "StageMoved";
  constructor(event: StageEvent, current: string | null) {
    super(
      `${event.name}: ${event.stage} moved to ${current ?? "nothing"} meanwhile (this ${event.action} was from ${event.previous ?? "nothing"}): run it again`,
    );
  }
}

export interface RegistryStore {
  /** Where the registry is, for messages: "GitHub Releases of owner/repo", "local folder .modelgate/registry". */
  readonly label: string;
  /** Every release of the model, drafts included (an interrupted publish leaves one). */
  releases(name: string): Promise<ReleaseRecord[]>;
  /** A new draft release; VersionTaken when the tag is published already. */
  createDraft(o: { name: string; version: string; tag: string; notes: string }): Promise<ReleaseRecord>;
  /** Upload one file to a draft, streamed from disk; what the store recorded. */
  uploadAsset(release: ReleaseRecord, asset: AssetFile): Promise<StoredAsset>;
  deleteAsset(release: ReleaseRecord, name: string): Promise<void>;
  /** Make the draft a published version; VersionTaken when another release took the tag meanwhile. */
  publish(release: ReleaseRecord): Promise<ReleaseRecord>;
  deleteRelease(release: ReleaseRecord): Promise<void>;
  /** Download one file of a release to `to` (streamed; the caller verifies it). */
  download(release: ReleaseRecord, name: string, to: string): Promise<void>;
  /** Every stage event of the model, oldest first. */
  stageHistory(name: string): Promise<StageEvent[]>;
  /** Append one event (the stage's pointer moves). */
  recordStage(event: StageEvent): Promise<void>;
  /** The attestations the platform keeps for a file of this sha256 (hex), none when it has none; absent on a store
   * whose platform keeps no attestations (a local folder, GitLab). */
  attestations?(sha256: string): Promise<AttestationRecord[]>;
}
