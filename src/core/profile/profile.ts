import { z } from "zod";

import { COLUMN_TYPES, type ColumnType } from "../data/types.js";
import { InputError } from "../errors.js";
import { decileEdgesBy } from "../quantile.js";
import type { BinsState, ColumnProfileState } from "./columnProfiler.js";
import { FrequentItems } from "./frequent.js";
import { hllTextProblem, HyperLogLog } from "./hll.js";
import { KllSketch } from "./kll.js";
import { mergeMoments, type Moments, sampleStd } from "./moments.js";

export const PROFILE_KIND = "modelgate.profile";
/**
 * The version written. 2: a HyperLogLog sketch may be kept sparse ("sparse:…", issue 16), which an older modelgate
 * would decode as registers and misread — so it refuses version 2 instead. Version 1 files (every register kept)
 * still read.
 */
export const PROFILE_VERSION = 2;
const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;
const HISTOGRAM_BINS = 20;
const TOP_VALUES = 10;

const momentsSchema = z.object({ n: z.number(), mean: z.number(), m2: z.number() }).strict();
const columnStateSchema = z
  .object({
    name: z.string(),
    type: z.enum(COLUMN_TYPES as [string, ...string[]]),
    count: z.number().int().nonnegative(),
    nulls: z.number().int().nonnegative(),
    invalid: z.number().int().nonnegative(),
    hll: z.string().superRefine((text, ctx) => {
      const problem = hllTextProblem(text);
      if (problem) ctx.addIssue({ code: "custom", message: `the HyperLogLog sketch ${problem}` });
    }),
    moments: momentsSchema.nullable(),
    quantiles: z
      .object({
        k: z.number(),
        n: z.number(),
        min: z.number(),
        max: z.number(),
        levels: z.array(z.array(z.number())),
        seed: z.number(),
      })
      .strict()
      .nullable(),
    frequent: z
      .object({ items: z.array(z.tuple([z.string(), z.number()])), error: z.number() })
      .strict()
      .nullable(),
    bins: z
      .object({ edges: z.array(z.number()), counts: z.array(z.number().int().nonnegative()) })
      .strict()
      .refine((b) => b.counts.length === b.edges.length + 1, "bins need one count more than edges")
      .refine((b) => b.edges.every((e, i) => i === 0 || e > b.edges[i - 1]!), "bin edges must ascend")
      .nullable()
      .optional(),
  })
  .strict();

const columnSchema = z.object({ summary: z.record(z.string(), z.unknown()), state: columnStateSchema }).strict();

/** The profile file: summaries to read, and the mergeable state they were computed from. */
export const profileSchema = z
  .object({
    kind: z.literal(PROFILE_KIND),
    version: z.union([z.literal(1), z.literal(PROFILE_VERSION)]),
    rows: z.number().int().nonnegative(),
    sources: z.array(z.object({ file: z.string(), format: z.string(), rows: z.number() }).strict()),
    columns: z.array(columnSchema),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;

export interface ColumnSummary {
  name: string;
  type: string;
  count: number;
  nulls: number;
  null_fraction: number;
  invalid: number;
  distinct: number;
  distinct_exact: boolean;
  min?: number | string;
  max?: number | string;
  mean?: number;
  std?: number;
  quantiles?: Record<string, number | string>;
  histogram?: { edges: number[]; counts: number[]; approximate: true };
  top?: { value: string; count: number }[];
  top_exact?: boolean;
}

function show(type: string, v: number): number | string {
  return type === "datetime" ? new Date(v).toISOString() : v;
}

/** The readable summary of a column's state. Quantiles and histogram come from the KLL sketch (approximate). */
export function summarize(state: ColumnProfileState): ColumnSummary {
  const frequent = state.frequent ? FrequentItems.fromState(state.frequent) : null;
  const exactDistinct = frequent !== null && frequent.error === 0;
  const summary: ColumnSummary = {
    name: state.name,
    type: state.type,
    count: state.count,
    nulls: state.nulls,
    null_fraction: state.count ? state.nulls / state.count : 0,
    invalid: state.invalid,
    distinct: exactDistinct ? frequent.counts.size : HyperLogLog.fromBase64(state.hll).estimate(),
    distinct_exact: exactDistinct,
  };
  if (state.moments && state.moments.n > 0) {
    summary.mean = state.type === "datetime" ? undefined : state.moments.mean;
    summary.std = state.type === "datetime" ? undefined : sampleStd(state.moments);
  }
  if (state.quantiles && state.quantiles.n > 0) {
    const kll = KllSketch.fromState(state.quantiles);
    summary.min = show(state.type, kll.min);
    summary.max = show(state.type, kll.max);
    summary.quantiles = Object.fromEntries(
      QUANTILES.map((q) => [`p${Math.round(q * 100)}`, show(state.type, kll.quantile(q))]),
    );
    if (state.type !== "datetime") summary.histogram = histogram(kll);
  }
  if (frequent) {
    summary.top = frequent.top(TOP_VALUES);
    summary.top_exact = exactDistinct;
  }
  return summary;
}

function histogram(kll: KllSketch): { edges: number[]; counts: number[]; approximate: true } {
  const { values, cum, total } = kll.cdfTable();
  const lo = kll.min;
  const hi = kll.max;
  const bins = lo === hi ? 1 : HISTOGRAM_BINS;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + ((hi - lo) * i) / bins));
  const counts = new Array<number>(bins).fill(0);
  // Weight of sketch items per bin, scaled to the true count.
  let j = 0;
  let prev = 0;
  for (let b = 0; b < bins; b++) {
    const upper = edges[b + 1]!;
    while (j < values.length && (values[j]! < upper || (b === bins - 1 && values[j]! <= upper))) j++;
    const c = j > 0 ? cum[j - 1]! : 0;
    counts[b] = Math.round(((c - prev) / total) * kll.n);
    prev = c;
  }
  return { edges, counts, approximate: true };
}

export type ProfileColumn = Profile["columns"][number];

/** One column of the profile file: its summary, and the state it was computed from. */
export function profileColumn(state: ColumnProfileState): ProfileColumn {
  return { summary: summarize(state) as unknown as Record<string, unknown>, state };
}

/** The profile file without its columns (a wide table's are written one at a time: see commands/profile.ts). */
export function profileHead(sources: Profile["sources"]): Profile {
  const rows = sources.reduce((a, s) => a + s.rows, 0);
  return { kind: PROFILE_KIND, version: PROFILE_VERSION, rows, sources, columns: [] };
}

/** Build the profile file from column states. */
export function buildProfile(states: ColumnProfileState[], sources: Profile["sources"]): Profile {
  return { ...profileHead(sources), columns: states.map(profileColumn) };
}

/** One type for a column across shards: the same type, or number where integer and number shards meet. */
function reconcileTypes(name: string, types: string[]): ColumnType {
  const distinct = [...new Set(types)];
  if (distinct.length === 1) return distinct[0] as ColumnType;
  if (distinct.every((t) => t === "integer" || t === "number")) return "number";
  throw new InputError(
    undefined,
    undefined,
    `column ${JSON.stringify(name)} is ${distinct.join(" in one profile and ")} in another: profiles of one table must agree`,
  );
}

/** Merge one column's states from several shards or ranges: counts and moments exactly, sketches by their rules. */
export function mergeColumnStates(name: string, states: ColumnProfileState[]): ColumnProfileState {
  // A shard where the column is all null says nothing of its type or values: it adds counts only.
  const valued = states.filter((s) => s.count - s.nulls > 0);
  const type = reconcileTypes(name, valued.length ? valued.map((s) => s.type) : [states[0]!.type]);
  const hll = HyperLogLog.fromBase64(states[0]!.hll);
  for (const s of states.slice(1)) hll.merge(HyperLogLog.fromBase64(s.hll));
  let kll: KllSketch | null = null;
  let frequent: FrequentItems | null = null;
  let moments: Moments | null = null;
  valued.forEach((s, i) => {
    if (s.quantiles) {
      if (kll) kll.merge(KllSketch.fromState(s.quantiles));
      else if (i === 0) kll = KllSketch.fromState(s.quantiles);
    }
    if (s.frequent && (frequent || i === 0)) {
      if (frequent) frequent.merge(FrequentItems.fromState(s.frequent));
      else frequent = FrequentItems.fromState(s.frequent);
    } else frequent = null;
    if (s.moments && (moments || i === 0)) moments = moments ? mergeMoments(moments, s.moments) : s.moments;
    else moments = null;
  });
  const bins = mergeBins(name, valued);
  const count = states.reduce((a, s) => a + s.count, 0);
  const nulls = states.reduce((a, s) => a + s.nulls, 0);
  const invalid = states.reduce((a, s) => a + s.invalid, 0);
  return {
    name,
    type,
    count,
    nulls,
    invalid,
    hll: hll.toBase64(),
    moments,
    quantiles: kll ? (kll as KllSketch).toState() : null,
    frequent: frequent ? (frequent as FrequentItems).toState() : null,
    ...(bins ? { bins } : {}),
  };
}

/** Bin counts add exactly when every shard counted on the same edges; shards on other edges cannot merge. */
function mergeBins(name: string, states: ColumnProfileState[]): BinsState | null {
  if (states.length === 0 || !states.every((s) => s.bins)) return null;
  const edges = states[0]!.bins!.edges;
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const s of states) {
    const b = s.bins!;
    if (b.edges.length !== edges.length || b.edges.some((e, i) => e !== edges[i]))
      throw new InputError(
        undefined,
        undefined,
        `column ${JSON.stringify(name)} was binned on different edges in two profiles: profile every shard with the same --edges-from`,
      );
    b.counts.forEach((c, i) => (counts[i]! += c));
  }
  return { edges: [...edges], counts };
}

/**
 * Bin edges for profiling another table (or shards) comparably with `profile`: each numeric column's own fixed
 * edges when it has them, else its deciles from the quantile sketch.
 */
export function edgesOfProfile(profile: Profile): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const { state } of profile.columns) {
    if (state.bins) out.set(state.name, [...state.bins.edges]);
    else if (state.quantiles && state.quantiles.n > 0) {
      const kll = KllSketch.fromState(state.quantiles);
      out.set(
        state.name,
        decileEdgesBy((q) => kll.quantile(q)),
      );
    }
  }
  return out;
}
