// What the registry tests publish: the breast-cancer model and holdout of test/fixtures, evaluated and gated by the
// real commands (through the CLI in-process), so gate.json binds the real sha256s; and a local registry folder.
import { readdirSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { join, relative } from "node:path";

import type { PublishRequest } from "../../../src/core/registry/publishPlan.js";
import type { RegistryStore } from "../../../src/core/registry/store.js";
import { LocalRegistry } from "../../../src/platform/local/localRegistry.js";
import { fixture, makeTemp, runCli, type TempDir } from "../../support.js";

export const PASSING_RULES = ["accuracy >= 0.9", "roc_auc >= 0.95"];
export const FAILING_RULES = ["accuracy >= 0.9", "accuracy >= 0.999", "log_loss <= 0.0001"];

export interface Gated {
  tmp: TempDir;
  model: string;
  holdout: string;
  evaluation: string;
  gate: string;
  failedGate: string;
}

async function cli(tmp: TempDir, argv: string[]): Promise<void> {
  const r = await runCli(tmp.path, argv);
  if (r.code > 1) throw new Error(`modelgate ${argv.join(" ")}: ${r.stderr}`);
}

/** The model evaluated on the holdout and gated twice: once passing (gate.json), once failing (gate-failed.json). */
export async function gatedModel(prefix: string): Promise<Gated> {
  const tmp = await makeTemp(prefix);
  await copyFile(fixture("breast_cancer_logreg.onnx"), tmp.file("model.onnx"));
  await copyFile(fixture("breast_cancer_holdout.csv"), tmp.file("holdout.csv"));
  await cli(tmp, [
    "evaluate",
    "--model",
    "model.onnx",
    "--data",
    "holdout.csv",
    "--target",
    "target",
    "--out",
    "evaluation.json",
  ]);
  const gate = (out: string, rules: string[]) =>
    cli(tmp, ["gate", "--evaluation", "evaluation.json", ...rules.flatMap((r) => ["--rule", r]), "--out", out]);
  await gate("gate.json", PASSING_RULES);
  await gate("gate-failed.json", FAILING_RULES);
  return {
    tmp,
    model: tmp.file("model.onnx"),
    holdout: tmp.file("holdout.csv"),
    evaluation: tmp.file("evaluation.json"),
    gate: tmp.file("gate.json"),
    failedGate: tmp.file("gate-failed.json"),
  };
}

/** A fresh local registry folder under the test's temp folder. */
export async function localStore(g: Gated, name: string): Promise<{ store: LocalRegistry; root: string }> {
  const root = g.tmp.file(name);
  await mkdir(root, { recursive: true });
  return { store: new LocalRegistry(root), root };
}

/** A publish of the gated model, as the command would ask for it. */
export function request(g: Gated, o: Partial<PublishRequest> = {}): PublishRequest {
  return {
    name: "cancer",
    version: "auto",
    files: { model: g.model, gate: g.gate, evaluation: g.evaluation },
    configSha256: null,
    git: { commit: "a".repeat(40), branch: "main" },
    ci: { run_url: "https://ci.example/runs/1", triggered_by: "alice" },
    approvals: [],
    tools: { modelgate: "0.0.0-test", node: process.version },
    now: () => new Date("2026-01-02T03:04:05.000Z"),
    ...o,
  };
}

/** Every file under a registry folder, relative, sorted (drafts, records and locks included). */
export function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();
}

export type { RegistryStore };
