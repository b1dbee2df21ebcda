// The reporting commands: comment (upsert one PR/MR comment), report (one body from every output), card (the model card).
import type { CommandSpec, OptionSpec } from "./commandSpec.js";

const postOptions: OptionSpec[] = [
  {
    name: "key",
    arg: "<name>",
    description:
      "Which comment: one comment per key per pull/merge request, found by a hidden marker and the token's identity (default `modelgate`).",
    fromConfig: (c) => c.report?.key,
  },
  {
    name: "mode",
    arg: "<mode>",
    description:
      "update (edit the comment in place, default), recreate (post anew at the bottom, then delete the old one) or delete.",
  },
  {
    name: "pr",
    arg: "<number>",
    description:
      "The pull/merge request number (default: the run's own, or the open one whose head is this commit/branch).",
  },
  {
    name: "expect-head-sha",
    arg: "<sha>",
    description:
      "Post only if the pull/merge request's head is this commit, checked through the API (the workflow_run pattern: `github.event.workflow_run.head_sha`, so a number handed over by a fork's run cannot name another pull request).",
  },
  {
    name: "fail-on-post-error",
    arg: null,
    description:
      "Fail the step (exit 2) when the platform refuses or fails the post (a bad or read-only token, server errors after the retries, no connection, a head that is not --expect-head-sha). Without it that is one warning, and the body is kept in the job summary and modelgate-comment-<key>.md.",
  },
];

export const COMMENT: CommandSpec = {
  name: "comment",
  words: ["comment"],
  summary: "Create or update one comment on the pull/merge request (never a duplicate, across every page of comments).",
  options: [
    { name: "body-file", arg: "<file>", description: "The Markdown body (required unless --mode delete)." },
    ...postOptions,
    {
      name: "full-report-url",
      arg: "<url>",
      description:
        "Where the whole report is, an http(s) address, linked when the body is cut to the platform's limit.",
      fromConfig: (c) => c.report?.html_url,
    },
    { name: "dry-run", arg: null, description: "Print the plan (create, update, delete) and change nothing." },
  ],
  outputs: [
    {
      name: "posted",
      description: "`true` when the comment was written (false: no pull request, or a read-only token).",
    },
    { name: "comment-id", description: "The comment's id." },
    { name: "comment-url", description: "The comment's web address, when the platform gives one." },
    { name: "comment-action", description: "created, updated, unchanged, deleted or none." },
  ],
};

export const REPORT: CommandSpec = {
  name: "report",
  words: ["report"],
  summary:
    "One Markdown report from the outputs given (gate verdict first; one named but missing is reported as missing, exit 1); written to --out or stdout, posted as the PR/MR comment with --post.",
  options: [
    {
      name: "validation",
      arg: "<file>",
      description: "validate's JSON report.",
      fromConfig: (c) => c.validate?.report,
    },
    { name: "run", arg: "<file>", description: "train's run.json.", fromConfig: (c) => c.report?.run },
    {
      name: "evaluation",
      arg: "<file>",
      description: "evaluate's evaluation.json.",
      fromConfig: (c) => c.evaluation?.out,
    },
    { name: "gate", arg: "<file>", description: "gate's gate.json.", fromConfig: (c) => c.gate?.out },
    { name: "drift", arg: "<file>", description: "drift's drift.json.", fromConfig: (c) => c.drift?.out },
    {
      name: "card",
      arg: "<file>",
      description: "MODEL_CARD.md from `modelgate card` (shown folded).",
      fromConfig: (c) => c.card?.out,
    },
    {
      name: "html-url",
      arg: "<url>",
      description: "Link to the full HTML report, an http(s) address (e.g. the uploaded artifact).",
      fromConfig: (c) => c.report?.html_url,
    },
    { name: "card-url", arg: "<url>", description: "Link to the model card, an http(s) address." },
    {
      name: "out",
      arg: "<file>",
      writes: true,
      description: "Write the Markdown here (default: stdout).",
      fromConfig: (c) => c.report?.out,
    },
    {
      name: "post",
      arg: null,
      description: "Also post it as the pull/merge request comment (see `modelgate comment`).",
    },
    ...postOptions,
  ],
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
};

export const CARD: CommandSpec = {
  name: "card",
  words: ["card"],
  summary:
    "Write MODEL_CARD.md (Hugging Face front matter, Mitchell et al. sections) and its Model Card Toolkit JSON from the pipeline's outputs.",
  options: [
    {
      name: "evaluation",
      arg: "<file>",
      required: true,
      description: "evaluate's evaluation.json.",
      fromConfig: (c) => c.evaluation?.out,
    },
    {
      name: "run",
      arg: "<file>",
      description: "train's run.json (training data hashes, command, version).",
      fromConfig: (c) => c.report?.run,
    },
    { name: "gate", arg: "<file>", description: "gate's gate.json.", fromConfig: (c) => c.gate?.out },
    {
      name: "profile",
      arg: "<file>",
      description: "The training data's profile (from modelgate profile).",
      fromConfig: (c) => c.card?.profile,
    },
    {
      name: "info",
      arg: "<file>",
      description:
        "The human-written parts (YAML): intended use, owners, license, caveats… What it leaves out is stated as not provided.",
      fromConfig: (c) => c.card?.info,
    },
    {
      name: "out",
      arg: "<file>",
      writes: true,
      description: "Where to write the card (default MODEL_CARD.md).",
      fromConfig: (c) => c.card?.out,
    },
    {
      name: "mct",
      arg: "<file>",
      writes: true,
      description: "Also write the Model Card Toolkit JSON here.",
      fromConfig: (c) => c.card?.mct,
    },
    {
      name: "date",
      arg: "<YYYY-MM-DD>",
      description: "The card's date, a calendar day (default: the training run's day, else today).",
    },
  ],
  outputs: [
    { name: "card-path", description: "Path of MODEL_CARD.md." },
    { name: "card-json-path", description: "Path of the Model Card Toolkit JSON, when written." },
  ],
};
