// The model card as data: facts from the pipeline's outputs (ONNX signature, hashes, metrics, slices, fairness,
// training run, data profiles) beside the human-written parts. Rendered as Markdown and as Model Card Toolkit JSON.
import type { Evaluation } from "../evaluate/evaluate.js";
import type { GateResult } from "../gate/gate.js";
import type { Profile } from "../profile/profile.js";
import type { RunRecord } from "../train/run.js";
import type { CardInfo } from "./cardInfo.js";

export interface DataFacts {
  file: string;
  sha256: string | null;
  rows: number;
  columns: { name: string; type: string; null_fraction: number; distinct: number }[];
}

export interface ModelCard {
  name: string;
  version: string | null;
  /** The day the card was made (YYYY-MM-DD). */
  date: string;
  info: CardInfo;
  model: Evaluation["model"];
  task: Evaluation["task"];
  threshold: number | null;
  positiveLabel: string | null;
  classes: string[] | null;
  metrics: Record<string, number>;
  slices: Evaluation["slices"];
  fairness: Evaluation["fairness"];
  evaluationData: { file: string; sha256: string; rows: number; features: string[]; target: string };
  /** What the run recorded of its data files, and the training profile when one is given. */
  trainingData: { files: RunRecord["data"]; profile: DataFacts | null } | null;
  training: { command: string; params: RunRecord["params"]; commit: string | null; started_at: string } | null;
  gate: { passed: boolean; rules: { rule: string; passed: boolean; actual: number }[] } | null;
}

/** The facts of a profile a card shows: rows and per-column type, nulls and distinct values. */
export function dataFacts(profile: Profile, file: string, sha256: string | null): DataFacts {
  return {
    file,
    sha256,
    rows: profile.rows,
    columns: profile.columns.map((c) => ({
      name: c.state.name,
      type: c.state.type,
      null_fraction: c.state.count ? c.state.nulls / c.state.count : 0,
      distinct: Number((c.summary as { distinct?: number }).distinct ?? 0),
    })),
  };
}

/** Assemble the card: nothing is guessed; what no input says stays null or absent. */
export function buildModelCard(o: {
  evaluation: Evaluation;
  run?: RunRecord;
  gate?: GateResult;
  trainingProfile?: DataFacts;
  info: CardInfo;
  date: string;
}): ModelCard {
  const e = o.evaluation;
  const base = e.model.path.split("/").pop() ?? e.model.path;
  return {
    name: o.info.name ?? base.replace(/\.onnx$/i, ""),
    version: o.info.version ?? (o.run?.git.commit ? o.run.git.commit.slice(0, 12) : null),
    date: o.date,
    info: o.info,
    model: e.model,
    task: e.task,
    threshold: e.threshold,
    positiveLabel: e.positive_label,
    classes: e.classes,
    metrics: Object.fromEntries(Object.entries(e.metrics).filter(([, v]) => Number.isFinite(v))),
    slices: e.slices,
    fairness: e.fairness,
    evaluationData: {
      file: e.data.path,
      sha256: e.data.sha256,
      rows: e.data.rows,
      features: e.data.features,
      target: e.data.target,
    },
    trainingData: o.run || o.trainingProfile ? { files: o.run?.data ?? [], profile: o.trainingProfile ?? null } : null,
    training: o.run
      ? { command: o.run.command, params: o.run.params, commit: o.run.git.commit, started_at: o.run.started_at }
      : null,
    gate: o.gate
      ? {
          passed: o.gate.passed,
          rules: o.gate.rules.map((r) => ({ rule: r.rule, passed: r.passed, actual: r.actual })),
        }
      : null,
  };
}
