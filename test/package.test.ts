// The package as users install it from the npm registry: `npm pack`, then `npm install` of the tarball into an empty
// project with install scripts left on (as a user's npm runs them), offline. It must need nothing else — no
// dependencies, no postinstall download (onnxruntime's CPU binary ships pruned in dist/) — and its bin must run
// --version, validate and evaluate (onnxruntime) from there.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fixture, makeTemp, ROOT, type TempDir } from "./support.js";

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  files?: string[];
  bin?: Record<string, string>;
  scripts?: Record<string, string>;
};

let tmp: TempDir;
let project: string;
const npm = (args: string[], cwd: string) =>
  spawnSync("npm", args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "error" } });
const modelgate = (...args: string[]) =>
  spawnSync(join(project, "node_modules/.bin/modelgate"), args, {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, MODELGATE_PLATFORM: "local", CI: "1" },
  });

beforeAll(async () => {
  tmp = await makeTemp("npm-pack");
  const packed = npm(["pack", "--pack-destination", tmp.path], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  project = join(tmp.path, "project");
  mkdirSync(project);
  await tmp.write("project/package.json", '{ "name": "user-project", "private": true }\n');
  const tarball = join(tmp.path, `modelgate-${manifest.version}.tgz`);
  const installed = npm(["install", "--offline", "--no-audit", "--no-fund", tarball], project);
  expect(installed.status, installed.stderr).toBe(0);
}, 120_000);
afterAll(() => tmp?.remove());

describe("the npm package", () => {
  it("is publishable, runs from its committed bundle, and has nothing to install or run at install time", () => {
    expect(manifest.private).not.toBe(true);
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ modelgate: "bin/modelgate.js" });
    expect(Object.keys(manifest.scripts ?? {})).not.toContain("postinstall");
    expect(manifest.files).toEqual(expect.arrayContaining(["bin/", "dist/", "templates/", "LICENSE"]));
  });

  it("installed from the tarball: --version, validate and evaluate run", async () => {
    const version = modelgate("--version");
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout).toBe(`${manifest.version}\n`);

    const schema = join(project, "schema.yml");
    expect(modelgate("schema", "infer", "--data", fixture("loans_reference.csv"), "--out", schema).status).toBe(0);
    const valid = modelgate("validate", "--data", fixture("loans_current_control.csv"), "--schema", schema);
    expect(valid.status, valid.stderr).toBe(0);

    const evaluated = modelgate(
      ...["evaluate", "--model", fixture("breast_cancer_logreg.onnx"), "--data", fixture("breast_cancer_holdout.csv")],
      ...["--target", "target", "--out", join(project, "evaluation.json"), "--json"],
    );
    expect(evaluated.status, evaluated.stderr).toBe(0);
    const ev = JSON.parse(evaluated.stdout) as { metrics: Record<string, number> };
    expect(ev.metrics.accuracy).toBeCloseTo(0.986, 3);
  });
});
