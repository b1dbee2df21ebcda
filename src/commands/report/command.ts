import { defineCommand, file, flag, type InputOf, output, text } from "../command.js";
import { postInputs, url } from "../postInputs.js";
import { registryInput } from "../registryInput.js";

const inputs = {
  validation: file("validate's JSON report.", { config: "validate.report" }),
  run: file("train's run.json.", { config: "report.run" }),
  evaluation: file("evaluate's evaluation.json.", { config: "evaluation.out" }),
  gate: file("gate's gate.json.", { config: "gate.out" }),
  drift: file("drift's drift.json.", { config: "drift.out" }),
  card: file("MODEL_CARD.md from `modelgate card` (shown folded).", { config: "card.out" }),
  htmlUrl: url("Link to the full HTML report, an http(s) address (e.g. the uploaded artifact).", "report.html_url"),
  cardUrl: url("Link to the model card, an http(s) address."),
  out: output("Write the Markdown here (without it, to stdout).", { config: "report.out" }),
  post: flag("Also post it as the pull/merge request comment (see `modelgate comment`)."),
  shipName: text(
    'The model\'s name in the registry: adds a "What would ship" section (the version publish would take, the model digest, metric changes against --ship-stage, the promote command). Without it, no such section.',
    { config: "registry.name", placeholder: "<model>" },
  ),
  registry: registryInput(),
  shipStage: text('The stage the "What would ship" section compares with and promotes to.', {
    default: "production",
    placeholder: "<stage>",
  }),
  ...postInputs,
};

export type ReportInput = InputOf<typeof inputs>;

export const report = defineCommand({
  name: "report",
  words: ["report"],
  summary:
    "One Markdown report from the outputs given (gate verdict first; one named but missing is reported as missing, exit 1); written to --out or stdout, posted as the PR/MR comment with --post.",
  action: { dir: "report", token: true },
  inputs,
  outputs: [
    {
      name: "passed",
      description:
        "`false` when the gate failed, the data is invalid, drift was found, training failed, a named output is missing, or no check ran.",
    },
    { name: "report-path", description: "Path of the Markdown report, when written to a file." },
    { name: "posted", description: "`true` when the comment was written." },
    { name: "comment-id", description: "The comment's id." },
    { name: "comment-url", description: "The comment's web address, when the platform gives one." },
    { name: "comment-action", description: "created, updated, unchanged, deleted or none." },
  ],
  run: async (input, io, context) => (await import("./run.js")).runReport(input, io, context),
});
