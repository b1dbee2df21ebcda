// Build provenance at deploy time. The release workflow attests the published model.onnx with
// actions/attest-build-provenance: a Sigstore bundle whose DSSE envelope carries an in-toto statement naming the
// file's sha256 and a SLSA provenance predicate (which workflow of which repository built it). `verify --attestation`
// reads that statement and checks what it says: that it names this model's sha256 and is SLSA provenance. It does
// not check the Sigstore signature, its certificate or the transparency log (that needs Sigstore's trust root, which
// `gh attestation verify` has), so a statement is what it claims, not proof; the check's line says so.
import { z } from "zod";

import type { AttestationRecord } from "./store.js";

export const SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
const IN_TOTO_STATEMENT_V1 = "https://in-toto.io/Statement/v1";
const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

/** require: no matching attestation fails verify (and a store that keeps none is a usage error); check: the same
 * where the store keeps attestations, nothing where it keeps none; skip: not looked at. */
export type AttestationPolicy = "require" | "check" | "skip";

const envelopeSchema = z.object({ payloadType: z.string(), payload: z.string() });
const statementSchema = z.object({
  _type: z.literal(IN_TOTO_STATEMENT_V1),
  subject: z.array(z.object({ digest: z.record(z.string(), z.string()) })).min(1),
  predicateType: z.string(),
  predicate: z.unknown().optional(),
});
// SLSA v1 as GitHub writes it: externalParameters.workflow = { ref, repository, path }.
const workflowSchema = z.object({
  buildDefinition: z.object({
    externalParameters: z.object({
      workflow: z.object({ repository: z.string().optional(), path: z.string().optional() }),
    }),
  }),
});

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What one Sigstore bundle's statement says (read, not verified); an unreadable one has its `problem`. */
export function readAttestationBundle(bundle: unknown): AttestationRecord {
  const b = (typeof bundle === "object" && bundle !== null ? bundle : {}) as Record<string, unknown>;
  const mediaType = typeof b.mediaType === "string" ? b.mediaType : null;
  const none = { mediaType, predicateType: null, subjectSha256: [], repository: null, workflow: null };
  const unreadable = (problem: string): AttestationRecord => ({ ...none, problem });
  const envelope = envelopeSchema.safeParse(b.dsseEnvelope);
  if (!envelope.success) return unreadable("the bundle has no DSSE envelope with a payload");
  if (envelope.data.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return unreadable(`the envelope's payload is ${envelope.data.payloadType}, not an in-toto statement`);
  if (!BASE64.test(envelope.data.payload)) return unreadable("the envelope's payload is not base64");
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(envelope.data.payload, "base64").toString("utf8"));
  } catch {
    return unreadable("the envelope's payload is not JSON");
  }
  const statement = statementSchema.safeParse(json);
  if (!statement.success) {
    const issue = statement.error.issues[0];
    const at = issue?.path.length ? issue.path.join(".") : "the statement";
    return unreadable(`the payload is not an in-toto statement v1 (${at}: ${issue?.message ?? "invalid"})`);
  }
  const s = statement.data;
  const workflow = workflowSchema.safeParse(s.predicate).data?.buildDefinition.externalParameters.workflow;
  return {
    mediaType,
    predicateType: s.predicateType,
    subjectSha256: s.subject.flatMap((x) => (x.digest.sha256 ? [x.digest.sha256.toLowerCase()] : [])),
    repository: workflow?.repository ?? null,
    workflow: workflow?.path ?? null,
    problem: null,
  };
}

const short = (sha: string) => `${sha.slice(0, 12)}…`;

/** "owner/repo" of a repository URL (https://github.com/owner/repo, or a GitHub Enterprise Server host's). */
function ownerRepo(url: string | null): string {
  const parts = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+?)\/?$/.exec(url ?? "");
  return parts ? `${parts[1]}/${parts[2]}` : "<owner>/<repo>";
}

/** Why one attestation is not SLSA provenance of `sha256`, or null when it is. */
function mismatch(sha256: string, r: AttestationRecord): string | null {
  if (r.problem) return r.problem;
  if (!r.subjectSha256.includes(sha256))
    return `its statement names ${r.subjectSha256.map(short).join(", ") || "no sha256"}, not this model`;
  if (r.predicateType !== SLSA_PROVENANCE_V1) return `its predicate is ${r.predicateType}, not SLSA provenance v1`;
  return null;
}

/** The attestation check of `verify`: one statement among `records` names `sha256` with SLSA v1 provenance. */
export function checkAttestation(
  sha256: string,
  records: readonly AttestationRecord[],
  where: string,
): { ok: boolean; detail: string } {
  const match = records.find((r) => mismatch(sha256, r) === null);
  if (match) {
    const built = match.workflow
      ? ` (built by ${match.workflow}${match.repository ? ` of ${ownerRepo(match.repository)}` : ""})`
      : "";
    return {
      ok: true,
      detail:
        `a SLSA provenance statement names the model's sha256 ${short(sha256)}${built}; its subject and predicate ` +
        `type were checked, NOT its Sigstore signature: run \`gh attestation verify model.onnx --repo ` +
        `${ownerRepo(match.repository)}\` for that`,
    };
  }
  if (records.length === 0)
    return { ok: false, detail: `no attestation of the model's sha256 ${short(sha256)} (asked of ${where})` };
  const why = records.map((r, i) => `${i + 1}: ${mismatch(sha256, r)}`).join("; ");
  return {
    ok: false,
    detail: `none of the ${records.length} attestations of the model's sha256 ${short(sha256)} (asked of ${where}) is SLSA provenance of it: ${why}`,
  };
}
