// A switch (--dry-run, --post, --fail-on-post-error, --upload-html) reaches a command as "true" from the CLI, but as
// the text the workflow wrote from an action input: `dry-run: yes` once read as false and posted for real. Anything
// but true or false (in any case) is one line; the rest is read as it says.
import { describe, expect, it } from "vitest";

import type { Command, Inputs } from "../../src/commands/command.js";
import { comment as COMMENT } from "../../src/commands/comment/command.js";
import { report as REPORT } from "../../src/commands/report/command.js";
import { resolveInput } from "../../src/commands/resolve.js";
import { configSchema } from "../../src/core/config/config.js";
import { InputError } from "../../src/core/errors.js";
import { inputErrorOf } from "../support.js";

const config = configSchema.parse({});
const resolve = (command: Command<Inputs>, raw: Record<string, string | boolean>) =>
  resolveInput(command, { bodyFile: "body.md", ...raw }, config, null, "/work");

describe("a switch given as text", () => {
  it.each(["yes", "1", "on", "ture"])("refuses %j in one line", async (text) => {
    const e = await inputErrorOf(() => resolve(COMMENT, { dryRun: text }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(`--dry-run is a switch: true or false, not ${JSON.stringify(text)}`);
  });

  it("reads true and false in any case, and the CLI's boolean", () => {
    // The typed input holds a boolean (it was the text "true" or "false" before the command catalogue).
    expect(resolve(COMMENT, { dryRun: "True" }).dryRun).toBe(true);
    expect(resolve(COMMENT, { dryRun: " FALSE " }).dryRun).toBe(false);
    expect(resolve(REPORT, { post: true }).post).toBe(true);
    expect(resolve(REPORT, { post: "" }).post).toBe(false);
  });
});
