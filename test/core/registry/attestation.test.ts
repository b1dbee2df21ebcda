// Reading an attestation's statement out of its Sigstore bundle (a DSSE envelope around a base64 in-toto statement,
// built as actions/attest-build-provenance builds it) and the check verify makes of it: the model's sha256 among the
// subjects and SLSA v1 provenance as the predicate. Wrong digest, wrong predicate type and malformed payloads fail
// with the reason; one matching attestation among several passes, and its line says the signature was not checked.
import { describe, expect, it } from "vitest";

import { checkAttestation, readAttestationBundle } from "../../../src/core/registry/attestation.js";
import { provenanceStatement, sigstoreBundle } from "../../fakes/githubAttestations.js";

const MODEL = "ab".repeat(32);
const OTHER = "cd".repeat(32);
const WHERE = "GitHub Releases of octo/models";
const b64 = (text: string) => Buffer.from(text).toString("base64");
const read = (statement: unknown, payloadType?: string) =>
  readAttestationBundle(sigstoreBundle({ statement, ...(payloadType ? { payloadType } : {}) }));

describe("readAttestationBundle", () => {
  it("reads the subjects, predicate type and the workflow of SLSA v1 provenance", () => {
    expect(read(provenanceStatement({ sha256: [MODEL, OTHER.toUpperCase()] }))).toEqual({
      mediaType: "application/vnd.dev.sigstore.bundle.v0.3+json",
      predicateType: "https://slsa.dev/provenance/v1",
      subjectSha256: [MODEL, OTHER],
      repository: "https://github.com/octo/models",
      workflow: ".github/workflows/modelgate-model-release.yml",
      problem: null,
    });
  });

  it("a statement of another predicate has no workflow", () => {
    const r = read({
      _type: "https://in-toto.io/Statement/v1",
      subject: [{ name: "model.onnx", digest: { sha256: MODEL } }],
      predicateType: "https://spdx.dev/Document/v2.3",
      predicate: { spdxVersion: "SPDX-2.3" },
    });
    expect(r).toMatchObject({ predicateType: "https://spdx.dev/Document/v2.3", repository: null, workflow: null });
    expect(r.problem).toBeNull();
  });

  it("says why a malformed bundle or payload cannot be read", () => {
    const statement = provenanceStatement({ sha256: [MODEL] });
    const problem = (bundle: unknown) => readAttestationBundle(bundle).problem;
    expect(problem({ mediaType: "application/vnd.dev.sigstore.bundle.v0.3+json" })).toBe(
      "the bundle has no DSSE envelope with a payload",
    );
    expect(problem(null)).toBe("the bundle has no DSSE envelope with a payload");
    expect(read(statement, "application/vnd.example+json").problem).toBe(
      "the envelope's payload is application/vnd.example+json, not an in-toto statement",
    );
    expect(read("not base64!").problem).toBe("the envelope's payload is not base64");
    expect(read(b64("{not json")).problem).toBe("the envelope's payload is not JSON");
    expect(read({ ...statement, _type: "https://in-toto.io/Statement/v0.1" }).problem).toMatch(
      /^the payload is not an in-toto statement v1 \(_type: /,
    );
    expect(read({ ...statement, subject: [] }).problem).toMatch(
      /^the payload is not an in-toto statement v1 \(subject: /,
    );
    expect(read([1, 2]).problem).toMatch(/^the payload is not an in-toto statement v1 \(the statement: /);
    // Unreadable is nothing claimed: no subjects, no predicate.
    expect(read(b64("{not json"))).toMatchObject({ predicateType: null, subjectSha256: [], workflow: null });
  });
});

describe("checkAttestation", () => {
  const provenance = (sha256: string[], predicateType?: string) =>
    read(provenanceStatement({ sha256, ...(predicateType ? { predicateType } : {}) }));

  it("passes on SLSA provenance naming the model, and says the signature was not checked", () => {
    expect(checkAttestation(MODEL, [provenance([OTHER, MODEL])], WHERE)).toEqual({
      ok: true,
      detail:
        "a SLSA provenance statement names the model's sha256 abababababab… (built by " +
        ".github/workflows/modelgate-model-release.yml of octo/models); its subject and predicate type were checked, " +
        "NOT its Sigstore signature: run `gh attestation verify model.onnx --repo octo/models` for that",
    });
  });

  it("fails on a statement of another digest", () => {
    expect(checkAttestation(MODEL, [provenance([OTHER])], WHERE)).toEqual({
      ok: false,
      detail: `none of the 1 attestations of the model's sha256 abababababab… (asked of ${WHERE}) is SLSA provenance of it: 1: its statement names cdcdcdcdcdcd…, not this model`,
    });
  });

  it("fails on another predicate type naming the model", () => {
    const r = checkAttestation(MODEL, [provenance([MODEL], "https://slsa.dev/provenance/v0.2")], WHERE);
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(/: 1: its predicate is https:\/\/slsa\.dev\/provenance\/v0\.2, not SLSA provenance v1$/);
  });

  it("fails on none, and on only unreadable ones", () => {
    expect(checkAttestation(MODEL, [], WHERE)).toEqual({
      ok: false,
      detail: `no attestation of the model's sha256 abababababab… (asked of ${WHERE})`,
    });
    const r = checkAttestation(MODEL, [read(b64("{not json"))], WHERE);
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(/: 1: the envelope's payload is not JSON$/);
  });

  it("of several, one matching is enough; the gh hint names its repository", () => {
    const records = [
      read(b64("{not json")),
      provenance([OTHER]),
      provenance([MODEL], "https://spdx.dev/Document/v2.3"),
      read(provenanceStatement({ sha256: [MODEL], repository: "https://ghe.example.com/acme/churn" })),
    ];
    const r = checkAttestation(MODEL, records, WHERE);
    expect(r.ok).toBe(true);
    expect(r.detail).toContain("`gh attestation verify model.onnx --repo acme/churn`");
    // Without the matching one, each of the others says why it does not count.
    const none = checkAttestation(MODEL, records.slice(0, 3), WHERE);
    expect(none.ok).toBe(false);
    expect(none.detail).toBe(
      `none of the 3 attestations of the model's sha256 abababababab… (asked of ${WHERE}) is SLSA provenance of it: ` +
        "1: the envelope's payload is not JSON; 2: its statement names cdcdcdcdcdcd…, not this model; " +
        "3: its predicate is https://spdx.dev/Document/v2.3, not SLSA provenance v1",
    );
  });

  it("a statement that names no workflow still gets the gh hint, with placeholders", () => {
    const bare = read({
      _type: "https://in-toto.io/Statement/v1",
      subject: [{ digest: { sha256: MODEL } }],
      predicateType: "https://slsa.dev/provenance/v1",
    });
    const r = checkAttestation(MODEL, [bare], WHERE);
    expect(r.ok).toBe(true);
    expect(r.detail).toContain("abababababab…; its subject");
    expect(r.detail).toContain("--repo <owner>/<repo>`");
  });
});
