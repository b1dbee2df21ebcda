// Names, versions, tags and refs of the registry: what lands in a git ref, a folder or a URL is refused in one line
// when it could traverse a path or inject into a ref; versions order and bump as Semantic Versioning 2.0 says.
import { describe, expect, it } from "vitest";

import {
  buildTag,
  bumpVersion,
  compareVersions,
  formatVersion,
  nextVersion,
  parseAssetName,
  parseModelName,
  parseModelRef,
  parseStageName,
  parseTag,
  parseVersion,
  parseVersionRequest,
} from "../../../src/core/registry/names.js";
import { inputErrorOf } from "../../support.js";

describe("model names", () => {
  it("takes lowercase names with digits, dots, dashes and underscores", () => {
    for (const n of ["churn", "a", "churn-v2", "fraud.model_1", "0day", "x".repeat(64)])
      expect(parseModelName(n)).toBe(n);
  });

  it.each([
    ["", "must be 1-64 characters"],
    ["Churn", "must be 1-64 characters"],
    ["../etc", "must be 1-64 characters"],
    [".hidden", "must be 1-64 characters"],
    ["a/b", "must be 1-64 characters"],
    ["a@b", "must be 1-64 characters"],
    ["a#b", "must be 1-64 characters"],
    ["x".repeat(65), "must be 1-64 characters"],
    ["a..b", 'may not contain ".."'],
    ["model.lock", 'may not contain ".."'],
    ["model.", 'may not contain ".."'],
  ])("refuses %j", async (name, problem) => {
    const e = await inputErrorOf(() => parseModelName(name));
    expect(e.message).toContain(`--name: the model name ${JSON.stringify(name)} `);
    expect(e.message).toContain(problem);
    expect(e.message).not.toContain("\n");
  });

  it("stage names start with a letter; asset names are plain file names", async () => {
    expect(parseStageName("production")).toBe("production");
    expect(parseStageName("stage_2-b")).toBe("stage_2-b");
    expect((await inputErrorOf(() => parseStageName("1prod"))).message).toBe(
      '--stage: the stage name "1prod" must be 1-32 characters of a-z, 0-9, "_" and "-", starting with a letter',
    );
    expect(parseAssetName("MODEL_CARD.md")).toBe("MODEL_CARD.md");
    for (const bad of ["../x", ".release.json", "a/b", "a..b", ""])
      expect((await inputErrorOf(() => parseAssetName(bad))).message).toContain("must be a plain file name");
  });
});

describe("versions", () => {
  it("parses strict semantic versions and formats them back", () => {
    for (const v of ["0.0.1", "1.4.0", "10.20.30", "2.0.0-rc.1", "1.0.0-alpha.beta.1", "1.0.0-0.3.7"])
      expect(formatVersion(parseVersion(v))).toBe(v);
    expect(parseVersion("2.0.0-rc.1")).toEqual({ major: 2, minor: 0, patch: 0, prerelease: ["rc", "1"] });
  });

  it("refuses a leading v, build metadata, leading zeros and partial versions, saying why", async () => {
    expect((await inputErrorOf(() => parseVersion("v1.2.0"))).message).toBe(
      '--version: "v1.2.0" is not a semantic version: write "1.2.0", without the "v"',
    );
    expect((await inputErrorOf(() => parseVersion("1.2.0+build.5"))).message).toBe(
      '--version: "1.2.0+build.5" is not a semantic version: build metadata (+...) is not allowed in a release version',
    );
    for (const bad of ["01.2.0", "1.2", "1.2.0-", "1.2.0-01", "latest", "1.2.0/../x", " 1.2.0"])
      expect((await inputErrorOf(() => parseVersion(bad))).message).toBe(
        `--version: ${JSON.stringify(bad)} is not a semantic version (e.g. 1.4.0, 2.0.0-rc.1)`,
      );
    expect((await inputErrorOf(() => parseVersion("9007199254740993.0.0"))).message).toContain("a number too large");
  });

  it("orders by precedence: numbers numerically, a release above its pre-releases (semver.org's example)", () => {
    const ordered = [
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-alpha.beta",
      "1.0.0-beta",
      "1.0.0-beta.2",
      "1.0.0-beta.11",
      "1.0.0-rc.1",
      "1.0.0",
      "1.2.0",
      "1.10.0",
      "2.0.0",
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareVersions)).toEqual(ordered);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
  });

  it("bumps as npm's semver.inc, also from pre-releases", () => {
    const inc = (v: string, b: "patch" | "minor" | "major") => formatVersion(bumpVersion(v, b));
    expect([inc("1.2.3", "patch"), inc("1.2.3", "minor"), inc("1.2.3", "major")]).toEqual(["1.2.4", "1.3.0", "2.0.0"]);
    expect([inc("2.0.0-rc.1", "patch"), inc("2.0.0-rc.1", "minor"), inc("2.0.0-rc.1", "major")]).toEqual([
      "2.0.0",
      "2.0.0",
      "2.0.0",
    ]);
    expect([inc("1.2.0-rc.1", "minor"), inc("1.2.0-rc.1", "major")]).toEqual(["1.2.0", "2.0.0"]);
    expect([inc("1.2.3-rc.1", "patch"), inc("1.2.3-rc.1", "minor")]).toEqual(["1.2.3", "1.3.0"]);
  });

  it("auto: the next after the highest published version (not the newest, not the last listed); 0.0.0 bumped first", () => {
    expect(nextVersion([])).toBe("0.0.1");
    expect(nextVersion([], "minor")).toBe("0.1.0");
    expect(nextVersion([], "major")).toBe("1.0.0");
    expect(nextVersion(["1.10.0", "1.9.3", "1.2.0"])).toBe("1.10.1");
    expect(nextVersion(["1.10.0", "1.9.3"], "minor")).toBe("1.11.0");
    expect(nextVersion(["1.0.0", "2.0.0-rc.1"])).toBe("2.0.0");
    expect(parseVersionRequest("auto")).toEqual({ auto: true, bump: "patch" });
    expect(parseVersionRequest("auto", "minor")).toEqual({ auto: true, bump: "minor" });
    expect(parseVersionRequest("1.4.0")).toEqual({ auto: false, version: "1.4.0" });
  });
});

describe("tags and refs", () => {
  it("builds model/<name>/v<semver> and parses it back; other tags are none of ours", () => {
    expect(buildTag("churn", "1.4.0")).toBe("model/churn/v1.4.0");
    expect(parseTag("model/churn/v1.4.0")).toEqual({ name: "churn", version: "1.4.0" });
    expect(parseTag("model/churn/v1.4.0-rc.1")).toEqual({ name: "churn", version: "1.4.0-rc.1" });
    for (const t of ["v1.4.0", "model/churn/1.4.0", "model/Churn/v1.4.0", "model/a/b/v1.0.0", "model/churn/v1.4"])
      expect(parseTag(t)).toBeNull();
  });

  it("refuses to build a tag from a bad name or version", async () => {
    expect((await inputErrorOf(() => buildTag("a..b", "1.0.0"))).message).toContain("model name:");
    expect((await inputErrorOf(() => buildTag("a", "1.0"))).message).toContain('version: "1.0" is not');
  });

  it("reads name@version and name@stage; anything else is one line", async () => {
    expect(parseModelRef("churn@1.4.0")).toEqual({ name: "churn", version: "1.4.0" });
    expect(parseModelRef("churn@production")).toEqual({ name: "churn", stage: "production" });
    expect((await inputErrorOf(() => parseModelRef("churn"))).message).toBe(
      'model: "churn" must be <name>@<stage> or <name>@<version> (e.g. churn@production, churn@1.4.0)',
    );
    expect((await inputErrorOf(() => parseModelRef("churn@1.4"))).message).toContain('"1.4" is not a semantic version');
    expect((await inputErrorOf(() => parseModelRef("../x@prod"))).message).toContain("the model name");
  });
});
