// How modelgate reaches users, checked where it can be without the network: modelgate's own CI and release
// workflows, the container image definition, and the GitLab components pinned to this very release.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { ROOT } from "./support.js";

const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const workflow = (name: string) =>
  parse(readFileSync(join(ROOT, ".github/workflows", name), "utf8")) as {
    on: Record<string, { tags?: string[] } | null>;
    permissions: Record<string, string>;
    jobs: Record<string, { permissions?: Record<string, string>; steps: Array<{ run?: string; uses?: string }> }>;
  };

describe("modelgate's own workflows", () => {
  it("CI runs .ci/run (which fails on a stale dist/) with read-only permissions", () => {
    const ci = workflow("ci.yml");
    expect(ci.permissions).toEqual({ contents: "read" });
    expect(ci.jobs.ci!.steps.map((s) => s.run).filter(Boolean)).toEqual([".ci/run"]);
    expect(readFileSync(join(ROOT, ".ci/run"), "utf8")).toContain("dist/ is stale");
  });

  it("a release from a v<semver> tag checks the tag is package.json's version, runs CI, publishes, moves the major tag", () => {
    const release = workflow("release.yml");
    expect(release.on.push?.tags).toEqual(["v[0-9]+.[0-9]+.[0-9]+"]);
    const job = release.jobs.release!;
    expect(job.permissions).toEqual({ contents: "write", "id-token": "write" });
    const runs = job.steps.map((s) => s.run ?? "").join("\n");
    const order = [
      'test "v$version" = "$GITHUB_REF_NAME"',
      ".ci/run",
      "npm publish --provenance",
      "gh release create",
      'git tag -f "$major"',
    ];
    const at = order.map((line) => runs.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe("the container image", () => {
  it("is Node 24 with the committed bundle and its bin on PATH, nothing fetched at run time", () => {
    const text = readFileSync(join(ROOT, "Dockerfile"), "utf8");
    expect(text).toMatch(/^FROM node:24-bookworm-slim$/m);
    const copied = [...text.matchAll(/^COPY (.+) \S+$/gm)].flatMap((m) => m[1]!.split(" "));
    expect(copied).toEqual(["package.json", "LICENSE", "bin", "dist"]);
    for (const f of copied) expect(existsSync(join(ROOT, f)), f).toBe(true);
    expect(text).toContain("ln -s /opt/modelgate/bin/modelgate.js /usr/local/bin/modelgate && modelgate --version");
  });
});

describe("the GitLab components", () => {
  it("run this release by default, pinned to its exact version", () => {
    const files = readdirSync(join(ROOT, "templates")).filter((f) => f.endsWith(".yml"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const header = readFileSync(join(ROOT, "templates", f), "utf8").split("\n---\n")[0]!;
      const cli = (parse(header) as { spec: { inputs: Record<string, { default?: string }> } }).spec.inputs.cli;
      expect(cli?.default, f).toBe(`npx --yes modelgate@${version}`);
    }
  });
});
