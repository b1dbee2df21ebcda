import { cardInfoSchema } from "../core/card/cardInfo.js";
import { cardToolkitJson } from "../core/card/cardToolkit.js";
import { buildModelCard, dataFacts } from "../core/card/modelCard.js";
import { loadYamlFile } from "../core/config/yamlFile.js";
import { sha256File } from "../core/data/fileHash.js";
import { InputError } from "../core/errors.js";
import { writeOutput } from "../core/outputFile.js";
import { cardMarkdown } from "../core/render/cardRender.js";
import { checkBindings } from "../core/report/bindings.js";
import { loadOutput } from "../core/report/outputs.js";
import { type CommandIO, type Inputs, printResult, shown } from "./io.js";
import { readProfile } from "./profile.js";

/** --date when it is a calendar day: checked by a round trip, as Date.parse takes 2024-02-30 for March 1. */
function dateFlag(flag: string | undefined): string | undefined {
  if (flag === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(flag);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) : null;
  if (day !== flag)
    throw new InputError(
      undefined,
      undefined,
      `--date must be a calendar day as YYYY-MM-DD, not ${JSON.stringify(flag)}`,
    );
  return flag;
}

/** The day a run started (run.json's started_at), or one line naming the file. */
function runDay(started: string, file: string): string {
  const t = Date.parse(started);
  if (Number.isNaN(t))
    throw new InputError(file, { path: "started_at" }, `${JSON.stringify(started)} is not a date and time`);
  return new Date(t).toISOString().slice(0, 10);
}

/** `modelgate card`: MODEL_CARD.md and, with --json, the Model Card Toolkit JSON. */
export async function runCard(inputs: Inputs, io: CommandIO): Promise<number> {
  const date = dateFlag(inputs.date as string | undefined);
  const evaluationFile = inputs.evaluation as string;
  const evaluation = await loadOutput("evaluation", evaluationFile);
  const run = typeof inputs.run === "string" ? await loadOutput("run", inputs.run) : undefined;
  const gate = typeof inputs.gate === "string" ? await loadOutput("gate", inputs.gate) : undefined;
  checkBindings(
    { evaluation, ...(gate ? { gate } : {}) },
    {
      evaluation: shown(evaluationFile, io.cwd),
      ...(typeof inputs.gate === "string" ? { gate: shown(inputs.gate, io.cwd) } : {}),
    },
  );
  const profileFile = inputs.profile as string | undefined;
  const trainingProfile = profileFile
    ? dataFacts(await readProfile(profileFile), shown(profileFile, io.cwd), await sha256File(profileFile))
    : undefined;
  const info = typeof inputs.info === "string" ? await loadYamlFile(inputs.info, cardInfoSchema) : {};
  const card = buildModelCard({
    evaluation,
    ...(run ? { run } : {}),
    ...(gate ? { gate } : {}),
    ...(trainingProfile ? { trainingProfile } : {}),
    info,
    // The card's day: --date, else the training run's start, else today.
    date:
      date ??
      (run ? runDay(run.started_at, shown(inputs.run as string, io.cwd)) : new Date().toISOString().slice(0, 10)),
  });
  const out = (inputs.out as string | undefined) ?? `${io.cwd}/MODEL_CARD.md`;
  await writeOutput(out, cardMarkdown(card));
  const json = inputs.mct as string | undefined;
  if (json) await writeOutput(json, `${JSON.stringify(cardToolkitJson(card), null, 2)}\n`);
  printResult(
    io,
    `wrote ${shown(out, io.cwd)}${json ? ` and ${shown(json, io.cwd)}` : ""}: ${card.name}\n`,
    cardToolkitJson(card),
  );
  await io.platform.setOutputs({ "card-path": out, "card-json-path": json ?? "" });
  return 0;
}
