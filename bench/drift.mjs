// Drift benchmark (run by `npm run bench`): `modelgate drift` on 1,000,000 vs 1,000,000 rows × 20 mixed columns
// (bench/generate.mjs, seeds 1 and 2), as a child process, wall time and peak RSS (GNU time's %M); then the same
// comparison from the two tables' profiles (reference binned on its own deciles, current on the reference's edges).
// Targets (issue 4): under 3 s and 300 MiB from the rows; under 0.2 s from profiles. Then the wide-table case
// (issue 16, bench/wide.mjs): profile and drift of 100,000 columns × 5 rows, under 10 s and 500 MiB each.
// Usage: node bench/drift.mjs [--runs 5]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { writeCsv } from "./generate.mjs";
import { runWide } from "./wide.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const OUT = join(ROOT, "bench/out");
const BIN = join(ROOT, "bin/modelgate.js");
const TARGET = { rowsSeconds: 3, rowsRssMiB: 300, profilesSeconds: 0.2 };
const { values: opts } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(opts.runs);
const log = (s) => process.stderr.write(`${s}\n`);

mkdirSync(OUT, { recursive: true });
const reference = join(OUT, "bench-1m.csv");
const current = join(OUT, "bench-1m-seed2.csv");
for (const [file, seed] of [
  [reference, 1],
  [current, 2],
]) {
  if (existsSync(file)) continue;
  log(`generating ${file} (seed ${seed}) …`);
  await writeCsv(`${file}.partial`, 1_000_000, seed);
  renameSync(`${file}.partial`, file);
}

const env = { ...process.env, MODELGATE_PLATFORM: "local", CI: "1" };
/** One child run of the CLI: wall seconds and peak RSS (MiB). Exit 0 or 1 (drift found) are both results. */
function timed(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, BIN, ...args], { env, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`modelgate ${args.join(" ")} exited ${r.status}:\n${r.stderr}`);
  const kib = Number(r.stderr.trim().split("\n").pop());
  return { seconds, rssMiB: kib / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function series(name, args) {
  const all = Array.from({ length: runs }, () => timed(args));
  const r = {
    name,
    medianSeconds: median(all.map((x) => x.seconds)),
    minSeconds: Math.min(...all.map((x) => x.seconds)),
    peakRssMiB: Math.max(...all.map((x) => x.rssMiB)),
  };
  log(
    `  ${name}: median ${r.medianSeconds.toFixed(2)} s (min ${r.minSeconds.toFixed(2)}), peak ${r.peakRssMiB.toFixed(0)} MiB`,
  );
  return r;
}

log(`drift benchmark: 1,000,000 vs 1,000,000 rows × 20 columns, ${runs} runs each`);
const rows = series("from rows", [
  "drift",
  "--reference",
  reference,
  "--current",
  current,
  "--out",
  join(OUT, "drift-rows.json"),
]);

// Profiles, made once (their cost is the profile step's, measured by the validate bench).
const p = (f) => join(OUT, f);
const t = performance.now();
timed(["profile", "--data", reference, "--out", p("drift-ref0.profile.json")]);
timed([
  "profile",
  "--data",
  reference,
  "--edges-from",
  p("drift-ref0.profile.json"),
  "--out",
  p("drift-ref.profile.json"),
]);
timed([
  "profile",
  "--data",
  current,
  "--edges-from",
  p("drift-ref.profile.json"),
  "--out",
  p("drift-cur.profile.json"),
]);
log(`  (profiles made in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
const profiles = series("from profiles", [
  "drift",
  ...["--reference", p("drift-ref.profile.json"), "--current", p("drift-cur.profile.json")],
  ...["--out", join(OUT, "drift-profiles.json")],
]);

// The same from inside one process with the bundle already loaded: the comparison's own cost, without Node's
// start and the 3.4 MiB bundle's load (~0.18 s here, what `modelgate --version` takes).
const inProcess = spawnSync(
  process.execPath,
  [
    "--input-type=module",
    "-e",
    `const { cli } = await import(${JSON.stringify(join(ROOT, "dist/modelgate/index.js"))});
     const args = ${JSON.stringify(["drift", "--reference", p("drift-ref.profile.json"), "--current", p("drift-cur.profile.json"), "--out", join(OUT, "drift-profiles.json")])};
     const times = [];
     for (let i = 0; i < ${runs}; i++) { const t = performance.now(); await cli(args); times.push(performance.now() - t); }
     process.stderr.write(JSON.stringify(times) + "\\n");`,
  ],
  { env, encoding: "utf8" },
);
const loopMs = JSON.parse(inProcess.stderr.trim().split("\n").pop());
profiles.inProcessMedianSeconds = median(loopMs) / 1000;
log(
  `  from profiles, in one process (bundle loaded): median ${(profiles.inProcessMedianSeconds * 1000).toFixed(0)} ms`,
);

const verdict = (ok) => (ok ? "met" : "NOT met");
log(
  `targets: rows < ${TARGET.rowsSeconds} s: ${verdict(rows.medianSeconds < TARGET.rowsSeconds)}; ` +
    `rows < ${TARGET.rowsRssMiB} MiB: ${verdict(rows.peakRssMiB < TARGET.rowsRssMiB)}; ` +
    `profiles < ${TARGET.profilesSeconds} s: ${verdict(profiles.medianSeconds < TARGET.profilesSeconds)} as a process, ` +
    `${verdict(profiles.inProcessMedianSeconds < TARGET.profilesSeconds)} in process`,
);
writeFileSync(
  join(OUT, "drift-results.json"),
  `${JSON.stringify({ runs, targets: TARGET, rows, profiles }, null, 2)}\n`,
);

// The wide table: three runs each are enough (each is seconds, and the figure to watch is the peak).
await runWide({ runs: Math.min(runs, 3) });
