// Generates the benchmark table: N rows x 20 mixed columns (10 float, 4 int, 4 category, 1 boolean, 1 date), seeded.
// Usage: node bench/generate.mjs <out.csv> [rows=1000000] [seed=1] [--shift]
import { createWriteStream } from "node:fs";

/** mulberry32: a small seeded PRNG, so every run writes the same bytes. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CATEGORIES = [
  ["north", "south", "east", "west"],
  ["bronze", "silver", "gold", "platinum", "diamond"],
  ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"],
  ["mobile", "desktop", "tablet"],
];

export const HEADER = [
  ...Array.from({ length: 10 }, (_, i) => `f${i}`),
  ...Array.from({ length: 4 }, (_, i) => `i${i}`),
  ...Array.from({ length: 4 }, (_, i) => `c${i}`),
  "flag",
  "day",
];

/** One row's cells, as the writer prints them. */
export function makeRow(next, shift = 0) {
  const cells = [];
  for (let i = 0; i < 10; i++) {
    // Box-Muller normal with a per-column mean and scale.
    const z = Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
    cells.push(((i + 1) * 10 + z * (i + 1) + shift).toFixed(4));
  }
  for (let i = 0; i < 4; i++) cells.push(String(Math.floor(next() * 10 ** (i + 2))));
  for (const cats of CATEGORIES) cells.push(cats[Math.floor(next() * cats.length)]);
  cells.push(next() < 0.3 ? "true" : "false");
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(next() * 730) * 86400000);
  cells.push(day.toISOString().slice(0, 10));
  return cells;
}

export async function writeCsv(path, rows, seed, shift = 0) {
  const next = rng(seed);
  const out = createWriteStream(path);
  out.write(HEADER.join(",") + "\n");
  let chunk = [];
  for (let r = 0; r < rows; r++) {
    chunk.push(makeRow(next, shift).join(","));
    if (chunk.length === 10000) {
      if (!out.write(chunk.join("\n") + "\n")) await new Promise((res) => out.once("drain", res));
      chunk = [];
    }
  }
  if (chunk.length) out.write(chunk.join("\n") + "\n");
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, rows = "1000000", seed = "1"] = process.argv.slice(2);
  await writeCsv(out, Number(rows), Number(seed), process.argv.includes("--shift") ? 1 : 0);
}
