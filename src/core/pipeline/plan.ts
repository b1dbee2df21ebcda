import type { Config } from "../config/config.js";

/** The stages of the pipeline, in the order they run. */
export const STAGES = ["validate", "train", "evaluate", "gate", "drift", "card", "report"] as const;
export type Stage = (typeof STAGES)[number];

/** One stage as planned: whether modelgate.yml configures it, what it needs, and the flags that chain it to the others. */
export interface PlannedStage {
  stage: Stage;
  /** Why the stage does not run, when modelgate.yml leaves it out. */
  unconfigured?: string;
  /** Stages whose failure leaves this one nothing sound to work on (it is then skipped, saying which). */
  needs: Stage[];
  /** Flags given to the command: the files earlier stages wrote, where modelgate.yml names none. */
  flags: Record<string, string | boolean>;
  /** The record it writes (report's flag name and path): removed before the stage runs, so none is ever stale. */
  writes?: { flag: RecordName; file: string };
}

export type RecordName = "validation" | "run" | "evaluation" | "gate" | "drift" | "card";

/** Where each stage writes its record when modelgate.yml does not say: the commands' own defaults. */
export function stageFiles(c: Config): Record<RecordName, string> {
  return {
    validation: c.validate?.report ?? "validation.json",
    run: c.report?.run ?? "run.json",
    evaluation: c.evaluation?.out ?? c.gate?.evaluation ?? "evaluation.json",
    gate: c.gate?.out ?? "gate.json",
    drift: c.drift?.out ?? "drift.json",
    card: c.card?.out ?? "MODEL_CARD.md",
  };
}

/**
 * The pipeline modelgate.yml describes, as data: every stage in order, each either configured (with the flags
 * that pass it what the earlier stages wrote) or left out with the reason. Paths are relative to the config's folder.
 */
export function pipelinePlan(c: Config): PlannedStage[] {
  const f = stageFiles(c);
  const unless = (ok: unknown, why: string) => (ok ? {} : { unconfigured: why });
  return [
    {
      stage: "validate",
      ...unless(c.data?.path && c.schema, "needs data.path and schema"),
      needs: [],
      flags: { report: f.validation },
      writes: { flag: "validation", file: f.validation },
    },
    {
      stage: "train",
      ...unless(c.training?.command, "needs training.command"),
      needs: ["validate"],
      flags: { out: f.run },
      writes: { flag: "run", file: f.run },
    },
    {
      stage: "evaluate",
      ...unless(c.evaluation?.model && c.evaluation.data, "needs evaluation.model and evaluation.data"),
      needs: ["validate", "train"],
      flags: { out: f.evaluation },
      writes: { flag: "evaluation", file: f.evaluation },
    },
    {
      stage: "gate",
      ...unless(c.gate?.rules?.length, "needs gate.rules"),
      needs: ["evaluate"],
      flags: { evaluation: f.evaluation, out: f.gate },
      writes: { flag: "gate", file: f.gate },
    },
    {
      stage: "drift",
      ...unless(c.drift?.reference && c.drift.current, "needs drift.reference and drift.current"),
      needs: [],
      flags: { out: f.drift },
      writes: { flag: "drift", file: f.drift },
    },
    {
      stage: "card",
      ...unless(c.card, "needs a card section"),
      needs: ["evaluate"],
      flags: { evaluation: f.evaluation, out: f.card },
      writes: { flag: "card", file: f.card },
    },
    { stage: "report", ...unless(c.report, "needs a report section"), needs: [], flags: {} },
  ];
}
