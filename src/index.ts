// The one bundle every action and the CLI share (dist/modelgate/index.js); entry files only pick what to run.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { main } from "./cli/main.js";
import { serveWorker, workerRangeRunner, workerSampleRunner } from "./workers.js";

serveWorker();

/** This bundle's own file: workers are started from it. */
const self = fileURLToPath(import.meta.url);
const rangeRunner = workerRangeRunner(self);
const sampleRunner = workerSampleRunner(self);

/** Run one command as a GitHub action step (see actions/runAction.ts). */
export async function runActionStep(name: string | null): Promise<void> {
  return import("./actions/runAction.js").then((m) =>
    m.runAction(name, process.env, { rangeRunner, sampleRunner, version: version() }),
  );
}

/** The package version, from the package.json two levels above the bundle (the name is built at run time so ncc leaves it alone). */
function version(): string {
  try {
    const file = join(dirname(fileURLToPath(import.meta.url)), "..", "..", ["package", "json"].join("."));
    return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** Run the CLI on process.argv and exit with its code. */
export async function cli(argv: string[] = process.argv.slice(2)): Promise<void> {
  // A reader that goes away (`modelgate publish | head -1`) must not stop the work half done: what it would have read
  // is dropped, and the command runs to its end and its exit code.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
    });
  const code = await main(argv, {
    env: process.env,
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    tty: process.stderr,
    version: version(),
    rangeRunner,
    sampleRunner,
  });
  process.exitCode = code;
}
