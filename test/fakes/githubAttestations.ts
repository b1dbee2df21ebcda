// The attestations of the fake GitHub (GET /repos/{owner}/{repo}/attestations/{subject_digest}), each a Sigstore
// bundle as actions/attest-build-provenance stores it: a DSSE envelope whose payload is a base64 in-toto statement.
// Listed by the digest they were stored under; none is 404, as on GitHub; paged by an `after` cursor in the Link
// header. The signature and certificate are placeholders: nothing here is signed (modelgate does not check them).
import type { Reply } from "./githubRoutes.js";

export const SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
const BUNDLE_V03 = "application/vnd.dev.sigstore.bundle.v0.3+json";
const DOC = "https://docs.github.com/rest/repos/attestations#list-attestations";

export interface AttestationSpec {
  /** The in-toto statement (JSON-encoded into the payload), or a string taken as the payload itself (base64). */
  statement: unknown;
  /** The sha256 digests (hex) it is listed under; default: the sha256 of each subject of the statement. */
  digests?: string[];
  /** The envelope's payload type; default application/vnd.in-toto+json. */
  payloadType?: string;
}

/** An in-toto statement v1 with SLSA v1 provenance, as GitHub's attest-build-provenance writes it. */
export function provenanceStatement(o: {
  sha256: string[];
  predicateType?: string;
  repository?: string;
  workflow?: string;
}): Record<string, unknown> {
  const repository = o.repository ?? "https://github.com/octo/models";
  const workflow = o.workflow ?? ".github/workflows/modelgate-model-release.yml";
  return {
    _type: "https://in-toto.io/Statement/v1",
    subject: o.sha256.map((sha256) => ({ name: "model.onnx", digest: { sha256 } })),
    predicateType: o.predicateType ?? SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: "https://actions.github.io/buildtypes/workflow/v1",
        externalParameters: { workflow: { ref: "refs/heads/main", repository, path: workflow } },
        internalParameters: { github: { event_name: "push", runner_environment: "github-hosted" } },
        resolvedDependencies: [{ uri: `git+${repository}@refs/heads/main`, digest: { gitCommit: "e".repeat(40) } }],
      },
      runDetails: {
        builder: { id: `${repository}/${workflow}@refs/heads/main` },
        metadata: { invocationId: `${repository}/actions/runs/4242/attempts/1` },
      },
    },
  };
}

/** The Sigstore bundle of a statement (or of a raw base64 payload). */
export function sigstoreBundle(spec: AttestationSpec): Record<string, unknown> {
  const payload =
    typeof spec.statement === "string"
      ? spec.statement
      : Buffer.from(JSON.stringify(spec.statement)).toString("base64");
  return {
    mediaType: BUNDLE_V03,
    verificationMaterial: {
      certificate: { rawBytes: Buffer.from("not a certificate").toString("base64") },
      tlogEntries: [],
      timestampVerificationData: {},
    },
    dsseEnvelope: {
      payload,
      payloadType: spec.payloadType ?? "application/vnd.in-toto+json",
      signatures: [{ sig: Buffer.from("not a signature").toString("base64") }],
    },
  };
}

/** The sha256 of each subject of a statement, if it is one. */
function subjectDigests(statement: unknown): string[] {
  const subject = (statement as { subject?: Array<{ digest?: { sha256?: unknown } }> } | null)?.subject;
  return Array.isArray(subject)
    ? subject.flatMap((s) => (typeof s.digest?.sha256 === "string" ? [s.digest.sha256] : []))
    : [];
}

interface Stored {
  id: number;
  repo: string;
  digests: string[];
  bundle: Record<string, unknown>;
}

export function createAttestationRoutes(ctx: { apiUrl: string }) {
  const stored: Stored[] = [];
  let nextId = 3_000_001;

  /** Keep an attestation in `repo`; the listing returns it under each of its digests. */
  function add(repo: string, spec: AttestationSpec): void {
    const digests = spec.digests ?? subjectDigests(spec.statement);
    stored.push({ id: nextId++, repo, digests, bundle: sigstoreBundle(spec) });
  }

  function handler(
    method: string,
    template: string,
    params: Record<string, string>,
    query: URLSearchParams,
  ): Reply | undefined {
    if (`${method} ${template}` !== "GET /repos/{owner}/{repo}/attestations/{subject_digest}") return undefined;
    const repo = `${params.owner}/${params.repo}`;
    const digest = /^sha256:([0-9a-f]{64})$/.exec(params.subject_digest ?? "")?.[1];
    const asked = query.get("predicate_type");
    const predicate = asked === "provenance" ? SLSA_PROVENANCE_V1 : asked;
    const all = stored
      .filter((a) => a.repo === repo && digest !== undefined && a.digests.includes(digest))
      .filter((a) => !predicate || predicateOf(a.bundle) === predicate);
    if (all.length === 0) return { status: 404, body: { message: "Not Found", documentation_url: DOC, status: "404" } };
    const perPage = Math.min(100, Math.max(1, Number(query.get("per_page") ?? 30)));
    const from = Number(Buffer.from(query.get("after") ?? "", "base64url").toString() || 0);
    const page = all.slice(from, from + perPage);
    const headers: Record<string, string> = {};
    if (from + perPage < all.length) {
      const next = new URLSearchParams(query);
      next.set("after", Buffer.from(String(from + perPage)).toString("base64url"));
      headers.link = `<${ctx.apiUrl}/repos/${repo}/attestations/sha256:${digest}?${next.toString()}>; rel="next"`;
    }
    const body = {
      attestations: page.map((a) => ({
        bundle: a.bundle,
        repository_id: 1_296_269,
        bundle_url: `https://fake-attestations.example/bundles/${a.id}`,
      })),
    };
    return { status: 200, headers, body };
  }

  return Object.assign(handler, { add });
}

function predicateOf(bundle: Record<string, unknown>): string | undefined {
  try {
    const payload = (bundle.dsseEnvelope as { payload: string }).payload;
    return (JSON.parse(Buffer.from(payload, "base64").toString()) as { predicateType?: string }).predicateType;
  } catch {
    return undefined;
  }
}
