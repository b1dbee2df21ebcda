import { defineCommand, file, flag, type InputOf } from "../command.js";
import { postInputs, url } from "../postInputs.js";

const inputs = {
  bodyFile: file("The Markdown body (required unless --mode delete)."),
  ...postInputs,
  fullReportUrl: url(
    "Where the whole report is, an http(s) address, linked when the body is cut to the platform's limit.",
    "report.html_url",
  ),
  dryRun: flag("Print the plan (create, update, delete) and change nothing."),
};

export type CommentInput = InputOf<typeof inputs>;

export const comment = defineCommand({
  name: "comment",
  words: ["comment"],
  summary: "Create or update one comment on the pull/merge request (never a duplicate, across every page of comments).",
  action: { dir: "comment", token: true },
  inputs,
  outputs: [
    {
      name: "posted",
      description: "`true` when the comment was written (false: no pull request, or a read-only token).",
    },
    { name: "comment-id", description: "The comment's id." },
    { name: "comment-url", description: "The comment's web address, when the platform gives one." },
    { name: "comment-action", description: "created, updated, unchanged, deleted or none." },
  ],
  run: async (input, io) => (await import("./run.js")).runComment(input, io),
});
