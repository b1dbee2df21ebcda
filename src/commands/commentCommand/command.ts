import { defineCommand, type InputOf, list } from "../command.js";
import { postInputs } from "../postInputs.js";
import { registryInput } from "../registryInput.js";

const inputs = {
  registry: registryInput(),
  allow: list(
    "GitHub logins who may run comment commands. It narrows, never widens: each must also have write (or admin) permission on the repository. Default: everyone with write permission.",
    { config: "registry.comment_commands.allow", placeholder: "<logins>" },
  ),
  // The sticky comment whose ship line binds the command: the report's, found as `comment`/`report --post` find it.
  key: postInputs.key,
};

export type CommentCommandInput = InputOf<typeof inputs>;

export const commentCommand = defineCommand({
  name: "comment-command",
  words: ["comment-command"],
  summary:
    "Carry out `/modelgate promote <stage>` or `/modelgate rollback <stage>` from a pull request comment (an issue_comment run), bound to the commit and model digest the modelgate comment shows; answered in the thread, exit 1 when refused.",
  action: {
    dir: "comment-command",
    token:
      "Token for the pull request, the commenter's permission, the answer and its reactions, and the registry: the job needs `pull-requests: write`, `contents: read`, `deployments: write` and `actions: read`.",
  },
  inputs,
  outputs: [
    { name: "status", description: "`ignored` (not a command), `moved`, `unchanged` or `refused`." },
    { name: "stage", description: "The stage the command named." },
    { name: "version", description: "The version the stage points at now (empty unless moved or unchanged)." },
  ],
  run: async (input, io, context) => (await import("./run.js")).runCommentCommandHere(input, io, context),
});
