import { readFile, stat } from "node:fs/promises";

import { InputError, unreadable } from "../../core/errors.js";
import { writeOutput } from "../../core/outputFile.js";
import { parseModelName, parseStageName } from "../../core/registry/names.js";
import { planShip, type ShipPlan } from "../../core/registry/shipPlan.js";
import type { RegistryStore } from "../../core/registry/store.js";
import { assertRegularFile } from "../../core/regularFile.js";
import { type MissingOutput, reportMarkdown, reportVerdict } from "../../core/render/reportRender.js";
import { checkBindings } from "../../core/report/bindings.js";
import { loadOutput, type Outputs } from "../../core/report/outputs.js";
import type { RunContext } from "../command.js";
import { type CommandIO, humanStream, shown } from "../io.js";
import { postComment, postFlags, postOutputs } from "../post.js";
import { openRegistry } from "../registryOf.js";
import type { ReportInput } from "./command.js";

const KINDS = ["validation", "run", "evaluation", "gate", "drift"] as const;

/** MODEL_CARD.md without its YAML front matter (the comment shows the card, not its metadata). */
export function withoutFrontMatter(markdown: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
  return (m ? markdown.slice(m[0].length) : markdown).trim();
}

/** Whether a named input is there; not there is a result (its step failed or did not run), any other trouble is not. */
async function present(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw unreadable(file, e);
  }
}

/**
 * The registry the ship section reads. A hosted one this run cannot reach (no token, another platform) is a note in
 * the section, not a failed report; a --registry that names nothing usable is still exit 2.
 */
async function shipRegistry(
  asked: string | undefined,
  io: CommandIO,
): Promise<RegistryStore | { unavailable: string }> {
  try {
    return (await openRegistry(asked, io)).store;
  } catch (e) {
    const hosted = asked === undefined || asked === "github" || asked === "gitlab";
    if (e instanceof InputError && hosted) return { unavailable: e.problem };
    throw e;
  }
}

/** What would ship, when --ship-name names the model: read from the registry, compared with --ship-stage. */
async function shipPlan(
  input: ReportInput,
  outputs: Partial<Outputs>,
  io: CommandIO,
  context: RunContext,
): Promise<ShipPlan | undefined> {
  if (input.shipName === undefined) return undefined;
  const name = parseModelName(input.shipName, "--ship-name");
  const stage = parseStageName(input.shipStage, "--ship-stage");
  const registry = context.config.registry;
  return planShip(await shipRegistry(input.registry, io), {
    name,
    stage,
    ...(outputs.evaluation ? { evaluation: outputs.evaluation } : {}),
    ...(outputs.gate ? { gate: outputs.gate } : {}),
    ...(registry?.bump ? { bump: registry.bump } : {}),
    ...(registry?.stages?.[stage]?.requires ? { requires: registry.stages[stage].requires } : {}),
    // The commands it prints must run as printed: the model as the reader's checkout names it, the same registry.
    ...(outputs.evaluation ? { modelFile: shown(outputs.evaluation.model.path, io.cwd) } : {}),
    ...(input.registry !== undefined
      ? {
          registry: input.registry.startsWith("local:")
            ? `local:${shown(input.registry.slice("local:".length), io.cwd)}`
            : input.registry,
        }
      : {}),
  });
}

/**
 * `modelgate report`: one body from every output given; --post makes it the pull/merge request comment. An output
 * named but missing is reported (and posted) as such, and exits 1: a failed step still gets its comment, never a pass.
 */
export async function runReport(input: ReportInput, io: CommandIO, context: RunContext): Promise<number> {
  const post = input.post ? postFlags(input) : null;
  const { htmlUrl, cardUrl, out } = input;
  const named = [...KINDS, "card" as const].flatMap((kind) => {
    const file = input[kind];
    return file !== undefined ? [{ kind, file }] : [];
  });
  if (named.length === 0)
    throw new InputError(
      undefined,
      undefined,
      "nothing to report, so nothing was checked: give the step outputs (--validation, --run, --evaluation, --gate, --drift, --card) or name them in modelgate.yml",
    );
  const outputs: Partial<Outputs> = {};
  const missing: MissingOutput[] = [];
  let card: string | undefined;
  for (const { kind, file } of named) {
    if (!(await present(file))) missing.push({ input: kind, file: shown(file, io.cwd) });
    else if (kind === "card") {
      await assertRegularFile(file);
      card = withoutFrontMatter(
        await readFile(file, "utf8").catch((e: unknown) => Promise.reject(unreadable(file, e))),
      );
    } else Object.assign(outputs, { [kind]: await loadOutput(kind, file) });
  }
  checkBindings(outputs, {
    ...(input.evaluation !== undefined ? { evaluation: shown(input.evaluation, io.cwd) } : {}),
    ...(input.gate !== undefined ? { gate: shown(input.gate, io.cwd) } : {}),
  });
  const ship = await shipPlan(input, outputs, io, context);
  const ctx = io.platform.context;
  const body = reportMarkdown({
    outputs,
    missing,
    ...(ship ? { ship } : {}),
    ...(card ? { card } : {}),
    links: {
      ...(ctx.runUrl ? { run: ctx.runUrl } : {}),
      ...(htmlUrl ? { htmlReport: htmlUrl } : {}),
      ...(cardUrl ? { card: cardUrl } : {}),
    },
    // The pull request's head, not a test merge commit: a comment command checks the marker against the head.
    ...((ctx.headSha ?? ctx.sha) ? { sha: ctx.headSha ?? ctx.sha } : {}),
  });
  const verdict = { ...reportVerdict(outputs, missing), missing };
  if (out) await writeOutput(out, body);
  else if (!io.json) (io.verbatim ?? io).stdout(body);
  await io.platform.writeSummary(body);
  const posted = post
    ? await postComment(io, {
        ...post,
        body,
        summaryWritten: true,
        fullReport: htmlUrl
          ? { label: "the full HTML report", url: htmlUrl }
          : { label: "the job summary", url: ctx.runUrl ?? null },
      })
    : null;
  if (io.json) io.stdout(`${JSON.stringify({ ...verdict, report: out ?? null, comment: posted }, null, 2)}\n`);
  if (out)
    humanStream(io)(
      `wrote ${shown(out, io.cwd)}: ${verdict.passed ? "all checks pass" : verdict.failures.join(", ")}\n`,
    );
  await io.platform.setOutputs({
    passed: verdict.passed,
    "report-path": out ?? "",
    ...(posted ? postOutputs(posted) : { posted: false }),
  });
  return missing.length > 0 ? 1 : 0;
}
