import { defineCommand, file, type InputOf, output, pattern } from "../command.js";

/** A calendar day, checked by a round trip: Date.parse takes 2024-02-30 for March 1. */
function calendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return (
    m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text
  );
}

const inputs = {
  evaluation: file("evaluate's evaluation.json.", { required: true, config: "evaluation.out" }),
  run: file("train's run.json (training data hashes, command, version).", { config: "report.run" }),
  gate: file("gate's gate.json.", { config: "gate.out" }),
  profile: file("The training data's profile (from modelgate profile).", { config: "card.profile" }),
  info: file(
    "The human-written parts (YAML): intended use, owners, license, caveats… What it leaves out is stated as not provided.",
    { config: "card.info" },
  ),
  out: output("Where to write the card.", { config: "card.out", default: "MODEL_CARD.md" }),
  mct: output("Also write the Model Card Toolkit JSON here.", { config: "card.mct" }),
  date: pattern("The card's date, a calendar day (default: the training run's day, else today).", {
    test: calendarDay,
    what: "a calendar day as YYYY-MM-DD",
    placeholder: "<YYYY-MM-DD>",
  }),
};

export type CardInput = InputOf<typeof inputs>;

export const card = defineCommand({
  name: "card",
  words: ["card"],
  summary:
    "Write MODEL_CARD.md (Hugging Face front matter, Mitchell et al. sections) and its Model Card Toolkit JSON from the pipeline's outputs.",
  action: { dir: "card" },
  inputs,
  outputs: [
    { name: "card-path", description: "Path of MODEL_CARD.md." },
    { name: "card-json-path", description: "Path of the Model Card Toolkit JSON, when written." },
  ],
  run: async (input, io) => (await import("./run.js")).runCard(input, io),
});
