import { cardInfoSchema } from "../../core/card/cardInfo.js";
import { cardToolkitJson } from "../../core/card/cardToolkit.js";
import { buildModelCard, dataFacts } from "../../core/card/modelCard.js";
import { loadYamlFile } from "../../core/config/yamlFile.js";
import { sha256File } from "../../core/data/fileHash.js";
import { InputError } from "../../core/errors.js";
import { writeOutput } from "../../core/outputFile.js";
import { readProfile } from "../../core/profile/readProfile.js";
import { cardMarkdown } from "../../core/render/cardRender.js";
import { checkBindings } from "../../core/report/bindings.js";
import { loadOutput } from "../../core/report/outputs.js";
import { type CommandIO, printResult, shown } from "../io.js";
import type { CardInput } from "./command.js";

/** The day a run started (run.json's started_at), or one line naming the file. */
function runDay(started: string, file: string): string {
  const t = Date.parse(started);
  if (Number.isNaN(t))
    throw new InputError(file, { path: "started_at" }, `${JSON.stringify(started)} is not a date and time`);
  return new Date(t).toISOString().slice(0, 10);
}

/** `modelgate card`: MODEL_CARD.md and, with --json, the Model Card Toolkit JSON. */
export async function runCard(input: CardInput, io: CommandIO): Promise<number> {
  const { date, evaluation: evaluationFile, out, mct: json } = input;
  const evaluation = await loadOutput("evaluation", evaluationFile);
  const run = input.run !== undefined ? await loadOutput("run", input.run) : undefined;
  const gate = input.gate !== undefined ? await loadOutput("gate", input.gate) : undefined;
  checkBindings(
    { evaluation, ...(gate ? { gate } : {}) },
    {
      evaluation: shown(evaluationFile, io.cwd),
      ...(input.gate !== undefined ? { gate: shown(input.gate, io.cwd) } : {}),
    },
  );
  const profileFile = input.profile;
  const trainingProfile = profileFile
    ? dataFacts(await readProfile(profileFile), shown(profileFile, io.cwd), await sha256File(profileFile))
    : undefined;
  const info = input.info !== undefined ? await loadYamlFile(input.info, cardInfoSchema) : {};
  const card = buildModelCard({
    evaluation,
    ...(run ? { run } : {}),
    ...(gate ? { gate } : {}),
    ...(trainingProfile ? { trainingProfile } : {}),
    info,
    // The card's day: --date, else the training run's start, else today.
    date:
      date ??
      (run && input.run ? runDay(run.started_at, shown(input.run, io.cwd)) : new Date().toISOString().slice(0, 10)),
  });
  await writeOutput(out, cardMarkdown(card));
  if (json) await writeOutput(json, `${JSON.stringify(cardToolkitJson(card), null, 2)}\n`);
  printResult(
    io,
    `wrote ${shown(out, io.cwd)}${json ? ` and ${shown(json, io.cwd)}` : ""}: ${card.name}\n`,
    cardToolkitJson(card),
  );
  await io.platform.setOutputs({ "card-path": out, "card-json-path": json ?? "" });
  return 0;
}
