import { defineCommand, file, files, type InputOf, number, output, text } from "../command.js";

const inputs = {
  command: text("The training command, run through the shell (e.g. `python train.py`).", {
    required: true,
    config: "training.command",
    placeholder: "<command>",
  }),
  params: file("Params file (YAML/JSON; nested keys become dotted names).", { config: "training.params" }),
  metrics: file("The metrics file the command writes (JSON/YAML).", { config: "training.metrics" }),
  artifacts: files("Files the command must produce (comma-separated): recorded with sha256 and size.", {
    config: "training.artifacts",
  }),
  dataFiles: files("Data files the run used (comma-separated): recorded with sha256.", { config: "training.data" }),
  timeout: number("Kill the command's whole process tree after this long, in seconds.", {
    min: 0,
    aboveMin: true,
    max: Number.MAX_VALUE,
    what: "a positive number of seconds",
    default: 3600,
    config: "training.timeout",
    placeholder: "<seconds>",
  }),
  out: output("Where to write run.json.", { default: "run.json" }),
};

export type TrainInput = InputOf<typeof inputs>;

export const train = defineCommand({
  name: "train",
  words: ["train"],
  summary:
    "Run your training command (any language) with a timeout and record the run: params, metrics, artifacts, data, git, CI.",
  action: { dir: "train" },
  inputs,
  outputs: [
    { name: "run-path", description: "Path of run.json (written for a failed run too, without metrics)." },
    { name: "exit-code", description: "The command's exit code." },
    { name: "timed-out", description: "`true` when the command was killed at the timeout." },
    { name: "duration-seconds", description: "How long the command ran." },
    { name: "metrics", description: "The metrics the script wrote, as JSON with dotted names." },
  ],
  run: async (input, io) => (await import("./train.js")).runTrain(input, io),
});
