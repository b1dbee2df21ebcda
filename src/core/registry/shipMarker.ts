// What the sticky pull/merge request comment says would ship, as a hidden line a comment command can trust only as
// far as it checks it: `/modelgate promote <stage>` acts on this model digest at this commit, and refuses when the
// pull request's head or the published version is another. The line is hidden in the rendered comment.
import { formatVersion, parseModelName, parseVersion } from "./names.js";

export interface ShipMarker {
  name: string;
  /** The version publish would take (or took) for this model. */
  version: string;
  /** The commit the report was made for (the pull request's head). */
  commit: string;
  /** sha256 of the model.onnx that was gated. */
  modelSha256: string;
}

const LINE = /<!-- modelgate:ship name=(\S+) version=(\S+) commit=([0-9a-f]{40}) model_sha256=([0-9a-f]{64}) -->/;

/** The hidden line (names and versions are checked first, so nothing in it can close the HTML comment). */
export function shipMarkerLine(m: ShipMarker): string {
  const name = parseModelName(m.name, "model name");
  const version = formatVersion(parseVersion(m.version, "version"));
  if (!/^[0-9a-f]{40}$/.test(m.commit)) throw new Error(`ship marker: ${JSON.stringify(m.commit)} is not a commit id`);
  if (!/^[0-9a-f]{64}$/.test(m.modelSha256)) throw new Error("ship marker: the model digest is not a sha256");
  return `<!-- modelgate:ship name=${name} version=${version} commit=${m.commit} model_sha256=${m.modelSha256} -->`;
}

/** The marker in a comment body, or null when there is none or it is malformed. */
export function parseShipMarker(body: string): ShipMarker | null {
  const m = LINE.exec(body);
  if (!m) return null;
  const [, name, version, commit, modelSha256] = m as unknown as [string, string, string, string, string];
  try {
    return {
      name: parseModelName(name, "model name"),
      version: formatVersion(parseVersion(version, "version")),
      commit,
      modelSha256,
    };
  } catch {
    return null;
  }
}
