// Wide-table benchmark (issue 16; run by `npm run bench` through bench/drift.mjs): `modelgate profile` of a CSV of
// 100,000 columns × 5 rows (2.8 MB), and `modelgate drift` of it against another drawn the same way, each as a child
// process: wall time and peak RSS (GNU time's %M) against the target, under 10 s and 500 MiB each. Per-column state
// that does not grow with the data (a sketch's registers, a batch's arrays, a row-estimated buffer) shows here
// at once: before the fix the profile took 20 GB, the drift 14 GB.
// Usage: node bench/wide.mjs [--runs 3] [--columns 100000] [--rows 5] [--bin path/to/modelgate.js] [--guard-mib 6144]
//   --bin        the CLI to measure (default bin/modelgate.js, the committed bundle): an older build to compare.
//   --guard-mib  a run whose RSS passes this is stopped and reported as such (an old build would fill the machine).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { clearInterval, setInterval } from "node:timers";
import { parseArgs } from "node:util";

import { writeWideCsv } from "./generate.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const OUT = join(ROOT, "bench/out");
export const WIDE_TARGET = { seconds: 10, rssMiB: 500 };

/** The peak RSS (KiB) of a running process from /proc, or 0 once it is gone. */
function rssKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The node process GNU time started (its only child), once it exists. */
function childOf(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0]) || null;
  } catch {
    return null;
  }
}

/** One child run: wall seconds and peak RSS (MiB); stopped past the guard. Exit 0 or 1 (drift found) are results. */
function timed(bin, args, guardMiB) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, MODELGATE_PLATFORM: "local", CI: "1" };
    const start = process.hrtime.bigint();
    const p = spawn("/usr/bin/time", ["-f", "%M", process.execPath, bin, ...args], { env });
    let stderr = "";
    let stopped = false;
    p.stderr.on("data", (d) => (stderr += d));
    p.stdout.resume();
    const watch = setInterval(() => {
      const node = childOf(p.pid);
      if (node && rssKiB(node) > guardMiB * 1024) {
        stopped = true;
        process.kill(node, "SIGKILL");
      }
    }, 100);
    p.on("error", reject);
    p.on("close", (code) => {
      clearInterval(watch);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const kib = Number(/(\d+)\s*$/.exec(stderr.trim())?.[1]);
      if (stopped) return resolve({ seconds, rssMiB: kib / 1024, stopped });
      if (code !== 0 && code !== 1) return reject(new Error(`modelgate ${args.join(" ")} exited ${code}:\n${stderr}`));
      resolve({ seconds, rssMiB: kib / 1024, stopped });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Profile and drift of the wide tables, `runs` times each; the figures, logged and returned. */
export async function runWide({
  runs = 3,
  columns = 100_000,
  rows = 5,
  bin = join(ROOT, "bin/modelgate.js"),
  guardMiB = 6144,
} = {}) {
  const log = (s) => process.stderr.write(`${s}\n`);
  mkdirSync(OUT, { recursive: true });
  const file = (seed) => join(OUT, `wide-${columns}x${rows}-seed${seed}.csv`);
  for (const seed of [1, 2]) {
    if (existsSync(file(seed))) continue;
    writeWideCsv(`${file(seed)}.partial`, columns, rows, seed);
    renameSync(`${file(seed)}.partial`, file(seed));
  }
  log(`wide-table benchmark: ${columns.toLocaleString("en-US")} columns × ${rows} rows, ${runs} runs each (${bin})`);
  const series = async (name, args) => {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await timed(bin, args, guardMiB));
    const r = {
      name,
      medianSeconds: median(all.map((x) => x.seconds)),
      minSeconds: Math.min(...all.map((x) => x.seconds)),
      peakRssMiB: Math.max(...all.map((x) => x.rssMiB)),
      stopped: all.some((x) => x.stopped),
    };
    const verdict = r.stopped
      ? `stopped past ${guardMiB} MiB`
      : r.medianSeconds < WIDE_TARGET.seconds && r.peakRssMiB < WIDE_TARGET.rssMiB
        ? "target met"
        : "target NOT met";
    log(
      `  ${name}: median ${r.medianSeconds.toFixed(2)} s (min ${r.minSeconds.toFixed(2)}), peak ${r.peakRssMiB.toFixed(0)} MiB — ${verdict}`,
    );
    return r;
  };
  const profile = await series("profile", ["profile", "--data", file(1), "--out", join(OUT, "wide.profile.json")]);
  const drift = await series("drift", [
    "drift",
    ...["--reference", file(1), "--current", file(2)],
    ...["--out", join(OUT, "wide-drift.json")],
  ]);
  const result = { runs, columns, rows, bin, targets: WIDE_TARGET, profile, drift };
  writeFileSync(join(OUT, "wide-results.json"), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: o } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      columns: { type: "string", default: "100000" },
      rows: { type: "string", default: "5" },
      bin: { type: "string" },
      "guard-mib": { type: "string", default: "6144" },
    },
  });
  await runWide({
    runs: Number(o.runs),
    columns: Number(o.columns),
    rows: Number(o.rows),
    ...(o.bin ? { bin: o.bin } : {}),
    guardMiB: Number(o["guard-mib"]),
  });
}
