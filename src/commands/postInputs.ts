// The inputs of posting a comment and of a link, declared apart from the posting code: every command's declaration
// loads when the CLI starts, the code that posts only when a command posts.
import { COMMENT_MODES } from "../core/comment/commentPlan.js";
import { httpUrl } from "../core/render/httpUrl.js";
import { choice, flag, number, pattern, text } from "./command.js";

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A link input: an http(s) address (anything else is one line, never a link or a code span). */
export function url(description: string, config?: string) {
  return pattern(description, {
    test: (v) => httpUrl(v) !== null,
    what: "an http:// or https:// address",
    placeholder: "<url>",
    ...(config ? { config } : {}),
  });
}

/** The inputs of posting a comment, shared by `comment` and `report --post`. */
export const postInputs = {
  key: text(
    "Which comment: one comment per key per pull/merge request, found by a hidden marker and the token's identity.",
    { config: "report.key", default: "modelgate", placeholder: "<name>" },
  ),
  mode: choice(
    "update (edit the comment in place), recreate (post anew at the bottom, then delete the old one) or delete.",
    COMMENT_MODES,
    { default: "update", placeholder: "<mode>" },
  ),
  pr: number(
    "The pull/merge request number (default: the run's own, or the open one whose head is this commit/branch).",
    {
      min: 1,
      max: 2 ** 31,
      integer: true,
      placeholder: "<number>",
    },
  ),
  expectHeadSha: pattern(
    "Post only if the pull/merge request's head is this commit, checked through the API (the workflow_run pattern: `github.event.workflow_run.head_sha`, so a number handed over by a fork's run cannot name another pull request).",
    { test: (v) => SHA.test(v), what: "a full commit sha (40 or 64 lowercase hex digits)", placeholder: "<sha>" },
  ),
  failOnPostError: flag(
    "Fail the step (exit 2) when the platform refuses or fails the post (a bad or read-only token, server errors after the retries, no connection, a head that is not --expect-head-sha). Without it that is one warning, and the body is kept in the job summary and modelgate-comment-<key>.md.",
  ),
};
