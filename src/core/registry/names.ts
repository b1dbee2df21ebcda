// What the registry lets into a tag, a path or a URL: model names, semantic versions, stage and asset names. Each
// one lands in a git ref (`model/<name>/v<semver>`), a folder of the local registry, a GitLab package path and a
// release URL, so anything that could traverse a path or inject into a ref is refused here, once, in one line.
import { InputError } from "../errors.js";

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const STAGE = /^[a-z][a-z0-9_-]{0,31}$/;
const ASSET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
// Semantic Versioning 2.0.0 (semver.org's own pattern) without build metadata: a tag `v1.0.0+a` and `v1.0.0+b`
// would be two releases of one version.
const IDENT = "(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)";
const SEMVER = new RegExp(`^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${IDENT}(?:\\.${IDENT})*))?$`);
const TAG = /^model\/([^/]+)\/v([^/]+)$/;

/** A semantic version, parsed. */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers (`rc.1` → ["rc", "1"]); empty for a release. */
  prerelease: string[];
}

export type Bump = "patch" | "minor" | "major";

/** A version as asked for: an exact one, or the next after the latest published one. */
export type VersionRequest = { auto: false; version: string } | { auto: true; bump: Bump };

/** A model name as the registry takes it; anything else is one line naming `where` it came from. */
export function parseModelName(name: string, where = "--name"): string {
  if (!NAME.test(name))
    throw new InputError(
      undefined,
      undefined,
      `${where}: the model name ${JSON.stringify(name)} must be 1-64 characters of a-z, 0-9, ".", "_" and "-", starting with a letter or digit`,
    );
  // A ref component may not hold ".." nor end in ".lock" (git check-ref-format), and a name is a folder too.
  if (name.includes("..") || name.endsWith(".lock") || name.endsWith("."))
    throw new InputError(
      undefined,
      undefined,
      `${where}: the model name ${JSON.stringify(name)} may not contain "..", nor end in "." or ".lock"`,
    );
  return name;
}

/** A stage name (`production`, `staging`, `champion`). */
export function parseStageName(stage: string, where = "--stage"): string {
  if (!STAGE.test(stage))
    throw new InputError(
      undefined,
      undefined,
      `${where}: the stage name ${JSON.stringify(stage)} must be 1-32 characters of a-z, 0-9, "_" and "-", starting with a letter`,
    );
  return stage;
}

/** The name of a file in a release: one plain file name, no folder, no leading dot. */
export function parseAssetName(asset: string, where = "--asset"): string {
  if (!ASSET.test(asset) || asset.includes(".."))
    throw new InputError(
      undefined,
      undefined,
      `${where}: the asset name ${JSON.stringify(asset)} must be a plain file name (A-Z, a-z, 0-9, ".", "_", "-"; no "..", no leading ".")`,
    );
  return asset;
}

/** A strict semantic version (no leading `v`, no build metadata); anything else is one line. */
export function parseVersion(text: string, where = "--version"): SemVer {
  const m = SEMVER.exec(text);
  if (!m || text.length > 64) {
    const hint = /^v\d/.test(text)
      ? `: write ${JSON.stringify(text.slice(1))}, without the "v"`
      : text.includes("+")
        ? ": build metadata (+...) is not allowed in a release version"
        : " (e.g. 1.4.0, 2.0.0-rc.1)";
    throw new InputError(undefined, undefined, `${where}: ${JSON.stringify(text)} is not a semantic version${hint}`);
  }
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (![major, minor, patch].every(Number.isSafeInteger))
    throw new InputError(undefined, undefined, `${where}: ${JSON.stringify(text)} has a number too large`);
  return { major, minor, patch, prerelease: m[4] ? m[4].split(".") : [] };
}

export function formatVersion(v: SemVer): string {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.prerelease.length ? `${core}-${v.prerelease.join(".")}` : core;
}

/** Whether a text is a version (as opposed to a stage name, which starts with a letter). */
export function isVersion(text: string): boolean {
  return SEMVER.test(text);
}

const asSemVer = (v: SemVer | string): SemVer => (typeof v === "string" ? parseVersion(v, "version") : v);

/** Semantic Versioning precedence: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: SemVer | string, b: SemVer | string): number {
  const x = asSemVer(a);
  const y = asSemVer(b);
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core !== 0) return Math.sign(core);
  // A release ranks above its pre-releases; identifiers compare numerically when both are numbers, numbers first.
  if (!x.prerelease.length || !y.prerelease.length) return Math.sign(y.prerelease.length - x.prerelease.length);
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i];
    const q = y.prerelease[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Math.sign(Number(p) - Number(q));
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/**
 * The next version of the given kind. From a pre-release, the release it leads to comes next when that release is
 * of the kind asked (as npm's `semver.inc`): 2.0.0-rc.1 → 2.0.0 by any bump, 1.2.0-rc.1 → 1.2.0 by minor and 2.0.0
 * by major, 1.2.3-rc.1 → 1.2.3 by patch and 1.3.0 by minor.
 */
export function bumpVersion(v: SemVer | string, bump: Bump): SemVer {
  const s = asSemVer(v);
  const pre = s.prerelease.length > 0;
  if (bump === "major")
    return pre && s.minor === 0 && s.patch === 0
      ? { ...s, prerelease: [] }
      : { major: s.major + 1, minor: 0, patch: 0, prerelease: [] };
  if (bump === "minor")
    return pre && s.patch === 0
      ? { ...s, prerelease: [] }
      : { major: s.major, minor: s.minor + 1, patch: 0, prerelease: [] };
  return pre ? { ...s, prerelease: [] } : { ...s, patch: s.patch + 1, prerelease: [] };
}

/**
 * `auto`: the next version after the highest published one; a model's first version is the bump of 0.0.0
 * (0.0.1 by patch, 0.1.0 by minor, 1.0.0 by major).
 */
export function nextVersion(published: readonly string[], bump: Bump = "patch"): string {
  const latest = published.reduce<string | null>(
    (best, v) => (best === null || compareVersions(v, best) > 0 ? v : best),
    null,
  );
  return formatVersion(bumpVersion(latest ?? "0.0.0", bump));
}

/** `--version`: `auto` (the bump as configured, patch by default) or an exact version. */
export function parseVersionRequest(text: string, bump: Bump = "patch", where = "--version"): VersionRequest {
  if (text === "auto") return { auto: true, bump };
  return { auto: false, version: formatVersion(parseVersion(text, where)) };
}

/** The release tag of a version: `model/<name>/v<semver>` (no `@` or `#`, which break pip and git URLs). */
export function buildTag(name: string, version: string): string {
  return `model/${parseModelName(name, "model name")}/v${formatVersion(parseVersion(version, "version"))}`;
}

/** A tag of this registry back into its name and version; null for any other tag. */
export function parseTag(tag: string): { name: string; version: string } | null {
  const m = TAG.exec(tag);
  if (!m) return null;
  const [, name, version] = m as unknown as [string, string, string];
  try {
    parseModelName(name);
    parseVersion(version);
  } catch {
    return null;
  }
  return { name, version };
}

/** `name@stage` or `name@version`, as `verify` and `registry pull` take it. */
export type ModelRef =
  { name: string; version: string; stage?: undefined } | { name: string; stage: string; version?: undefined };

/** Parse `name@stage|version`; a version starts with a digit and a stage with a letter, so one text is never both. */
export function parseModelRef(text: string, where = "model"): ModelRef {
  const at = text.lastIndexOf("@");
  if (at <= 0 || at === text.length - 1)
    throw new InputError(
      undefined,
      undefined,
      `${where}: ${JSON.stringify(text)} must be <name>@<stage> or <name>@<version> (e.g. churn@production, churn@1.4.0)`,
    );
  const name = parseModelName(text.slice(0, at), where);
  const what = text.slice(at + 1);
  if (/^\d/.test(what)) return { name, version: formatVersion(parseVersion(what, where)) };
  return { name, stage: parseStageName(what, where) };
}
