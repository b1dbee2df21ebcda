import { writeFile } from "node:fs/promises";

import { cardInfoSchema } from "../core/card/cardInfo.js";
import { cardToolkitJson } from "../core/card/cardToolkit.js";
import { buildModelCard, dataFacts } from "../core/card/modelCard.js";
import { loadYamlFile } from "../core/config/yamlFile.js";
import { sha256File } from "../core/data/fileHash.js";
import { InputError } from "../core/errors.js";
import { cardMarkdown } from "../core/render/cardRender.js";
import { loadOutput } from "../core/report/outputs.js";
import { type CommandIO, type Inputs, shown } from "./io.js";
import { readProfile } from "./profile.js";

/** The card's day: --date, else the training run's start, else today. */
function cardDate(flag: string | undefined, runStart: string | undefined): string {
  if (flag !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(flag) || Number.isNaN(Date.parse(flag)))
      throw new InputError(undefined, undefined, `--date must be YYYY-MM-DD, not ${JSON.stringify(flag)}`);
    return flag;
  }
  return (runStart ? new Date(runStart) : new Date()).toISOString().slice(0, 10);
}

/** `modelgate card`: MODEL_CARD.md and, with --json, the Model Card Toolkit JSON. */
export async function runCard(inputs: Inputs, io: CommandIO): Promise<number> {
  const evaluation = await loadOutput("evaluation", inputs.evaluation as string);
  const run = typeof inputs.run === "string" ? await loadOutput("run", inputs.run) : undefined;
  const gate = typeof inputs.gate === "string" ? await loadOutput("gate", inputs.gate) : undefined;
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
    date: cardDate(inputs.date as string | undefined, run?.started_at),
  });
  const out = (inputs.out as string | undefined) ?? `${io.cwd}/MODEL_CARD.md`;
  await writeFile(out, cardMarkdown(card));
  const json = inputs.mct as string | undefined;
  if (json) await writeFile(json, `${JSON.stringify(cardToolkitJson(card), null, 2)}\n`);
  if (io.json) io.stdout(`${JSON.stringify(cardToolkitJson(card), null, 2)}\n`);
  (io.json ? io.stderr : io.stdout)(
    `wrote ${shown(out, io.cwd)}${json ? ` and ${shown(json, io.cwd)}` : ""}: ${card.name}\n`,
  );
  await io.platform.setOutputs({ "card-path": out, "card-json-path": json ?? "" });
  return 0;
}
