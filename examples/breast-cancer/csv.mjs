// Shared by train.mjs and check.mjs so both read the fixtures the same way (same column order), which
// is what makes the 30-column model input line up at training and at evaluation time.
//
// Deliberately tiny: the fixtures are plain comma-separated numbers with one header row and no quoted
// fields (test/fixtures/DATA.md), so a split is exact; anything else is rejected loudly, not guessed.

import { readFileSync } from "node:fs";

/** Returns { features: string[], X: number[][], y: number[] }; features are every non-target column. */
export function readCsv(path, target) {
  const lines = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  if (lines.length < 2) throw new Error(`${path}: needs a header row and at least one data row`);
  if (lines[0].includes('"')) throw new Error(`${path}: quoted fields are not supported`);
  const header = lines[0].split(",").map((h) => h.trim());
  const t = header.indexOf(target);
  if (t < 0) throw new Error(`${path}: no target column "${target}" (columns: ${header.join(", ")})`);
  const features = header.filter((_, j) => j !== t);
  const X = [];
  const y = [];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(",");
    if (cells.length !== header.length)
      throw new Error(`${path}:${i + 2}: ${cells.length} fields, expected ${header.length}`);
    const nums = cells.map((c, j) => {
      // Number("") is 0, so empty cells are checked explicitly: a missing value must not become 0.
      const v = c.trim() === "" ? NaN : Number(c);
      if (!Number.isFinite(v)) throw new Error(`${path}:${i + 2}: column "${header[j]}" is not a number: "${c}"`);
      return v;
    });
    const label = nums[t];
    if (label !== 0 && label !== 1) throw new Error(`${path}:${i + 2}: target must be 0 or 1, got ${label}`);
    y.push(label);
    X.push(nums.filter((_, j) => j !== t));
  });
  return { features, X, y };
}
