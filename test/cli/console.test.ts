// What reaches the console from hostile data: a column named `::error::pwned`, names and values holding newlines,
// ANSI escapes and GitLab's `section_end` marker, run through validate, drift and gate on every platform, with and
// without --json. No line may be a workflow command but modelgate's own, no escape byte or carriage return may come
// from the data, and a payload on stdout (--json, a report's Markdown) stays exactly the payload: masks and the
// platform's log go to stderr. The last tests run the CLI as a process, where @actions/core would write to the real
// stdout.
import { spawnSync } from "node:child_process";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { main } from "../../src/cli/main.js";
import { fixture, makeTemp, ROOT, Sink, type TempDir } from "../support.js";

let tmp: TempDir;

const ESC = "\u001b";
const HOSTILE_VALUES = [
  `TX${ESC}[31m`,
  `${ESC}[0Ksection_end:1:x\r${ESC}[0K`,
  "y\n::error::pwned-value",
  "z ##[error]pwned",
];
const HOSTILE_FILE = `m${ESC}[31m\n::error::pwned-file.json`;
/** A CSV cell, quoted (the values hold newlines, carriage returns and commas' neighbours). */
const cell = (v: string) => `"${v.replaceAll('"', '""')}"`;

beforeAll(async () => {
  tmp = await makeTemp("console");
  // validate: an extra column named like a command, one whose name breaks the line, values that are escapes.
  const header = ["id", "state", "::error::pwned", "x\n::warning::pwned-name", `b${ESC}[31m`].map(cell).join(",");
  const rows = ["CA", ...HOSTILE_VALUES].map((s, i) => [i + 1, cell(s), "a", "b", "c"].join(","));
  await tmp.write("evil.csv", `${header}\n${rows.join("\n")}\n`);
  await tmp.write(
    "schema.yml",
    "fields:\n  - {name: id, type: integer}\n  - {name: state, type: string, allowed: [CA, TX]}\n",
  );
  // drift: hostile column names on both sides, one of them shifted, and hostile categories.
  const dHeader = ["id", "::error::pwned", "a\n::error::pwned-drift", `c${ESC}[0K`].map(cell).join(",");
  const ref: string[] = [dHeader];
  const cur: string[] = [dHeader];
  for (let i = 0; i < 300; i++) {
    ref.push([i, i % 10, i % 7, cell(["x", "y", "z"][i % 3]!)].join(","));
    cur.push([i, (i % 10) + 20, i % 7, cell(HOSTILE_VALUES[i % HOSTILE_VALUES.length]!)].join(","));
  }
  await tmp.write("ref.csv", `${ref.join("\n")}\n`);
  await tmp.write("cur.csv", `${cur.join("\n")}\n`);
  // gate: metric names from a file, listed when a rule names an unknown one.
  await tmp.write(
    "metrics.json",
    JSON.stringify({ accuracy: 0.4, "::error::pwned": 0.3, [`e${ESC}[31m`]: 0.2, "n\n::error::pwned-metric": 0.1 }),
  );
  // A file name is user text too: a newline and an escape in it.
  await copyFile(tmp.file("metrics.json"), tmp.file(HOSTILE_FILE));
  await tmp.write("outputs.txt", "");
  await copyFile(fixture("report/gate.json"), tmp.file("gate-result.json"));
});
afterAll(() => tmp.remove());
afterEach(() => {
  vi.unstubAllEnvs();
});

type PlatformName = "local" | "github" | "gitlab";
const TOKEN = "ghs_console_token";

function envOf(platform: PlatformName): NodeJS.ProcessEnv {
  if (platform === "github") {
    // @actions/core's file commands read process.env: outputs go to a file, as on a runner.
    vi.stubEnv("GITHUB_OUTPUT", tmp.file("outputs.txt"));
    return {
      MODELGATE_PLATFORM: "github",
      GITHUB_ACTIONS: "true",
      GITHUB_TOKEN: TOKEN,
      GITHUB_WORKSPACE: tmp.path,
      GITHUB_OUTPUT: tmp.file("outputs.txt"),
    };
  }
  if (platform === "gitlab") return { MODELGATE_PLATFORM: "gitlab", MODELGATE_DOTENV: tmp.file("modelgate.env") };
  return { MODELGATE_PLATFORM: "local" };
}

async function cli(platform: PlatformName, argv: string[]) {
  const out = new Sink();
  const err = new Sink();
  const code = await main(argv, {
    env: envOf(platform),
    cwd: tmp.path,
    stdout: out.write,
    stderr: err.write,
    version: "0",
  });
  return { code, stdout: out.text, stderr: err.text };
}

/** GitLab's own section markers and warning colour: the only escapes the log may hold. */
/* eslint-disable no-control-regex -- escape sequences are what these match */
const GITLAB_OWN = [
  /\u001b\[0Ksection_(?:start|end):\d+:modelgate_\d+(?:\[collapsed=true\])?\r\u001b\[0K/g,
  /\u001b\[33mwarning: /g,
  /\u001b\[0m\n/g,
];
/* eslint-enable no-control-regex */
/** modelgate's own workflow commands: a known name, properties without a colon (escaped as %3A). */
const OWN_COMMAND = /^::(?:error|warning|notice|group|endgroup|add-mask)(?: [^:]*)?::/;

/** No escape or carriage return from the data, no line a runner reads as a command but modelgate's own. */
function expectInert(text: string, platform: PlatformName, what: string): void {
  let rest = text;
  if (platform === "gitlab") for (const own of GITLAB_OWN) rest = rest.replace(own, "");
  for (const c of ["\u001b", "\r", "\u0085", "\u009b"]) expect(rest, what).not.toContain(c);
  for (const line of rest.split("\n")) {
    // The runner trims leading whitespace (.NET's set is within JavaScript's \s) before looking for `::`.
    const head = line.replace(/^\s+/, "");
    if (!head.startsWith("::")) continue;
    expect(head, what).toMatch(OWN_COMMAND);
    expect(head, what).not.toMatch(/^::[^:]*::pwned/);
  }
  expect(text, what).not.toContain("##[");
}

const RUNS: { name: string; argv: string[]; code: number; json?: (payload: unknown) => void }[] = [
  { name: "validate", argv: ["validate", "--data", "evil.csv", "--schema", "schema.yml"], code: 1 },
  {
    name: "validate --json",
    argv: ["validate", "--json", "--data", "evil.csv", "--schema", "schema.yml"],
    code: 1,
    json: (p) => {
      const checks = (p as { checks: { column: string; examples: { value: string }[] }[] }).checks;
      // The payload keeps the names and values exactly: JSON escapes what the console must not see.
      expect(checks.map((c) => c.column)).toContain("::error::pwned");
      expect(checks.map((c) => c.column)).toContain(`b${ESC}[31m`);
      expect(checks.flatMap((c) => c.examples.map((e) => e.value))).toEqual(expect.arrayContaining(HOSTILE_VALUES));
    },
  },
  { name: "drift", argv: ["drift", "--reference", "ref.csv", "--current", "cur.csv"], code: 1 },
  {
    name: "drift --json",
    argv: ["drift", "--json", "--reference", "ref.csv", "--current", "cur.csv"],
    code: 1,
    json: (p) => expect(JSON.stringify(p)).toContain("::error::pwned"),
  },
  { name: "gate, unknown metric", argv: ["gate", "--evaluation", "metrics.json", "--rule", "nope >= 0.5"], code: 2 },
  {
    name: "gate --json",
    argv: ["gate", "--json", "--evaluation", HOSTILE_FILE, "--rule", "accuracy >= 0.5"],
    code: 1,
    json: (p) => expect(p).toMatchObject({ passed: false, candidate: { label: HOSTILE_FILE } }),
  },
];

describe.each(["local", "github", "gitlab"] as const)("hostile names and values on the %s platform", (platform) => {
  it.each(RUNS)("$name: inert on the console, the payload intact", async (run) => {
    const r = await cli(platform, run.argv);
    expect(r.code, r.stderr).toBe(run.code);
    // The hostile text did reach the console (the test is not vacuous) ...
    expect(`${r.stdout}${r.stderr}`).toContain("pwned");
    // ... inert there.
    expectInert(r.stderr, platform, "stderr");
    if (run.json) {
      run.json(JSON.parse(r.stdout));
      for (const line of r.stdout.split("\n")) expect(line.trimStart().startsWith("::"), line).toBe(false);
      expect(r.stdout).not.toContain("##[");
    } else expectInert(r.stdout, platform, "stdout");
    if (platform === "github") {
      // The token is masked on stderr, before anything else; stdout never names it.
      expect(r.stderr.split("\n")[0]).toBe(`::add-mask::${TOKEN}`);
      expect(r.stdout).not.toContain(TOKEN);
    }
  });
});

/** The CLI from the sources in a process of its own, the way the bundle runs it. */
function cliProcess(env: NodeJS.ProcessEnv, argv: string[]) {
  const entry = pathToFileURL(join(ROOT, "src", "index.ts")).href;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const script = `const { cli } = await import(${JSON.stringify(entry)}); await cli(process.argv.slice(1));`;
  return spawnSync(process.execPath, ["--import", tsx, "--input-type=module", "-e", script, ...argv], {
    cwd: tmp.path,
    encoding: "utf8",
    env: { PATH: process.env.PATH, CI: "true", ...env },
    timeout: 60_000,
  });
}

const GITHUB_ENV = {
  GITHUB_ACTIONS: "true",
  GITHUB_TOKEN: "ghs_process_token",
  GITHUB_WORKSPACE: "",
  GITHUB_OUTPUT: "",
  GITHUB_STEP_SUMMARY: "",
};

describe("a payload on stdout, in a process of its own on GitHub Actions", () => {
  const github = () => ({
    ...GITHUB_ENV,
    GITHUB_WORKSPACE: tmp.path,
    GITHUB_OUTPUT: tmp.file("outputs.txt"),
    GITHUB_STEP_SUMMARY: tmp.file("summary.md"),
  });

  it("--json: stdout parses as JSON and holds no workflow command; the mask and annotations are on stderr", async () => {
    await writeFile(tmp.file("summary.md"), "");
    const r = cliProcess(github(), ["validate", "--json", "--data", "evil.csv", "--schema", "schema.yml"]);
    expect(r.status, r.stderr).toBe(1);
    expect((JSON.parse(r.stdout) as { valid: boolean }).valid).toBe(false);
    for (const line of r.stdout.split("\n")) expect(line.trimStart().startsWith("::"), line).toBe(false);
    expect(r.stdout).not.toContain("ghs_process_token");
    expect(r.stderr.split("\n")[0]).toBe("::add-mask::ghs_process_token");
    expect(r.stderr).toMatch(/^::error title=modelgate%3A %3A%3Aerror%3A%3Apwned /m);
    expectInert(r.stderr, "github", "stderr");
  });

  // A report of the hostile validation, and the same report written by --out: what stdout must be, exactly.
  const args = ["report", "--gate", "gate-result.json", "--validation", "validation.json"];
  let body = "";
  beforeAll(async () => {
    const validation = cliProcess({}, ["validate", "--json", "--data", "evil.csv", "--schema", "schema.yml"]);
    await writeFile(tmp.file("validation.json"), validation.stdout);
    const file = cliProcess({}, [...args, "--out", "body.md"]);
    expect(file.status, file.stderr).toBe(0);
    body = await readFile(tmp.file("body.md"), "utf8");
    expect(body).toContain("pwned");
  });

  it("report without --out: stdout is the Markdown body, byte for byte, and the body is inert", async () => {
    await writeFile(tmp.file("summary.md"), "");
    const r = cliProcess(github(), args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(body);
    expect(r.stderr).toContain("::add-mask::ghs_process_token");
    // The summary got the same body; the body itself, shown in a log, is no command and no escape.
    expect(await readFile(tmp.file("summary.md"), "utf8")).toContain(body.split("\n")[0]!);
    expectInert(r.stdout, "github", "the report body");
  });

  it("report on GitLab: the summary section goes to stderr, stdout is the body alone", () => {
    const r = cliProcess({ GITLAB_CI: "true", MODELGATE_DOTENV: tmp.file("modelgate.env") }, args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(body);
    expect(r.stderr).toContain("section_start:");
    expectInert(r.stderr, "gitlab", "stderr");
  });
});
