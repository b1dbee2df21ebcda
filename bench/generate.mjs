// Generates the benchmark table: N rows x 20 mixed columns (10 float, 4 int, 4 category, 1 boolean, 1 date), seeded.
// Usage: node bench/generate.mjs <out.csv> [rows=1000000] [seed=1] [--shift]
import { createWriteStream, writeFileSync } from "node:fs";

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

/**
 * A wide table (bench/wide.mjs): `columns` columns × `rows` rows, cycling decimals, small integers, a three-valued
 * category and a share, seeded. Written at once: 100,000 × 5 cells is a few MB.
 */
export function writeWideCsv(path, columns, rows, seed) {
  const next = rng(seed);
  const lines = [Array.from({ length: columns }, (_, j) => `c${j}`).join(",")];
  for (let r = 0; r < rows; r++) {
    const cells = new Array(columns);
    for (let j = 0; j < columns; j++) {
      const k = j % 4;
      cells[j] =
        k === 0
          ? (next() * 100).toFixed(2)
          : k === 1
            ? String(Math.floor(next() * 50))
            : k === 2
              ? "abc"[Math.floor(next() * 3)]
              : next().toFixed(3);
    }
    lines.push(cells.join(","));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}
