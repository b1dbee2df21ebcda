import { cellHash, CodeHashes } from "../data/cellHash.js";
import { compileDatetimeFormat } from "../data/datetimeFormat.js";
import type { Batch, ColumnPlan, ColumnType } from "../data/types.js";
import { HashSet } from "../profile/hash.js";
import { datetimeBound, type FieldSpec } from "../schema/schema.js";
import { CodeMemo } from "./codeCache.js";
import { type Check, type CheckKind, MAX_EXAMPLES } from "./report.js";
import { Tally, type TallyState } from "./tally.js";

function ruleValue<T>(
  rule: T | { mostly?: number } | undefined,
  key: string,
): { value: T; mostly?: number } | undefined {
  if (rule === undefined) return undefined;
  if (typeof rule === "object" && rule !== null && !Array.isArray(rule)) {
    const r = rule as Record<string, unknown>;
    return { value: r[key] as T, ...(r.mostly !== undefined ? { mostly: r.mostly as number } : {}) };
  }
  return { value: rule as T };
}

function toNumberValue(type: ColumnType, v: string | number | boolean): number {
  if (type === "datetime") return typeof v === "string" ? datetimeBound(v) : NaN;
  if (type === "boolean") return v === true || v === "true" ? 1 : v === false || v === "false" ? 0 : NaN;
  return typeof v === "number" ? v : NaN;
}

/** What a field checker found in one range of rows (uniqueness is not part of it: see needsAllRows). */
export interface FieldState {
  rows: number;
  nulls: number;
  nonNull: number;
  ok: number;
  tallies: (TallyState | null)[];
}

/** Checks one schema field against the column's cells, batch by batch. */
export class FieldChecker {
  readonly plan: ColumnPlan;
  private rows = 0;
  private nulls = 0;
  private nonNull = 0;
  private ok = 0;
  private readonly typeBad = new Tally();
  private readonly nullTally = new Tally();
  private readonly nullsLimited: boolean;
  private readonly range: { min: number; max: number; mostly?: number; tally: Tally } | null = null;
  private readonly allowed: {
    numbers: Set<number>;
    memo: CodeMemo;
    mostly?: number;
    tally: Tally;
    text: string;
  } | null = null;
  private readonly pattern: { memo: CodeMemo; mostly?: number; tally: Tally; text: string } | null = null;
  private readonly unique: { set: HashSet; hashes: CodeHashes; mostly?: number; tally: Tally } | null = null;

  constructor(
    readonly spec: FieldSpec,
    readonly index: number,
  ) {
    const type = spec.type as ColumnType;
    this.nullsLimited = spec.max_null_fraction !== undefined || !spec.nullable;
    this.plan = { type, ...(spec.format ? { datetime: compileDatetimeFormat(spec.format) } : {}) };
    const lo = ruleValue<number | string>(spec.min, "value");
    const hi = ruleValue<number | string>(spec.max, "value");
    if (lo || hi) {
      const mostly = lo?.mostly ?? hi?.mostly ?? spec.mostly;
      this.range = {
        min: lo ? (type === "datetime" ? datetimeBound(String(lo.value)) : Number(lo.value)) : -Infinity,
        max: hi ? (type === "datetime" ? datetimeBound(String(hi.value)) : Number(hi.value)) : Infinity,
        ...(mostly !== undefined ? { mostly } : {}),
        tally: new Tally(),
      };
    }
    const allowed = ruleValue<(string | number | boolean)[]>(spec.allowed, "values");
    if (allowed) {
      const texts = new Set(allowed.value.map(String));
      const mostly = allowed.mostly ?? spec.mostly;
      this.allowed = {
        numbers: new Set(allowed.value.map((v) => toNumberValue(type, v))),
        memo: new CodeMemo((t) => texts.has(t)),
        ...(mostly !== undefined ? { mostly } : {}),
        tally: new Tally(),
        text: allowed.value.map((v) => JSON.stringify(v)).join(", "),
      };
    }
    const pattern = ruleValue<string>(spec.pattern, "regex");
    if (pattern) {
      const re = new RegExp(pattern.value, "u");
      const mostly = pattern.mostly ?? spec.mostly;
      this.pattern = {
        memo: new CodeMemo((t) => re.test(t)),
        ...(mostly !== undefined ? { mostly } : {}),
        tally: new Tally(),
        text: pattern.value,
      };
    }
    const unique = ruleValue<boolean>(spec.unique, "value");
    if (unique && unique.value !== false) {
      const mostly = unique.mostly ?? spec.mostly;
      this.unique = {
        set: new HashSet(),
        hashes: new CodeHashes(),
        ...(mostly !== undefined ? { mostly } : {}),
        tally: new Tally(),
      };
    }
  }

  /** Uniqueness needs every row in one place; the other rules can be checked range by range. */
  get needsAllRows(): boolean {
    return this.unique !== null;
  }

  private tallies(): (Tally | null)[] {
    return [
      this.typeBad,
      this.nullTally,
      this.range?.tally ?? null,
      this.allowed?.tally ?? null,
      this.pattern?.tally ?? null,
    ];
  }

  state(): FieldState {
    return {
      rows: this.rows,
      nulls: this.nulls,
      nonNull: this.nonNull,
      ok: this.ok,
      tallies: this.tallies().map((t) => t?.state() ?? null),
    };
  }

  absorb(next: FieldState, rowOffset: number, lineOffset: number): void {
    this.rows += next.rows;
    this.nulls += next.nulls;
    this.nonNull += next.nonNull;
    this.ok += next.ok;
    this.tallies().forEach((t, i) => {
      const other = next.tallies[i];
      if (t && other) t.absorb(other, rowOffset, lineOffset);
    });
  }

  add(batch: Batch): void {
    const col = batch.columns[this.index]!;
    const n = batch.length;
    const status = col.status;
    this.rows += n;
    let nulls = 0;
    let ok = 0;
    for (let r = 0; r < n; r++) {
      const s = status[r]!;
      if (s === 0) ok++;
      else if (s === 1) {
        nulls++;
        if (this.nullsLimited && this.nullTally.examples.length < MAX_EXAMPLES)
          this.nullTally.hit(batch, this.index, r);
      } else this.typeBad.hit(batch, this.index, r);
    }
    this.nulls += nulls;
    this.nonNull += n - nulls;
    this.ok += ok;
    if (this.range && col.kind === "numeric") {
      const { min, max, tally } = this.range;
      const v = col.values;
      for (let r = 0; r < n; r++) {
        const x = v[r]!;
        if (status[r] === 0 && (x < min || x > max)) tally.hit(batch, this.index, r);
      }
    }
    if (this.allowed) {
      const { numbers, memo, tally } = this.allowed;
      for (let r = 0; r < n; r++) {
        if (status[r] !== 0) continue;
        const good = col.kind === "string" ? memo.ok(col.dict, col.codes[r]!) : numbers.has(col.values[r]!);
        if (!good) tally.hit(batch, this.index, r);
      }
    }
    if (this.pattern && col.kind === "string") {
      const { memo, tally } = this.pattern;
      for (let r = 0; r < n; r++)
        if (status[r] === 0 && !memo.ok(col.dict, col.codes[r]!)) tally.hit(batch, this.index, r);
    }
    if (this.unique) {
      const { set, hashes, tally } = this.unique;
      for (let r = 0; r < n; r++) {
        if (status[r] !== 0) continue;
        const first = set.addOrGet(cellHash(col, r, hashes), batch.rowStart + r + 1);
        if (first >= 0) tally.hit(batch, this.index, r, `same value as row ${first}`);
      }
    }
  }

  checks(): Check[] {
    const name = this.spec.name;
    const out: Check[] = [];
    const make = (
      kind: CheckKind,
      tally: Tally,
      denominator: number,
      expectation: string,
      mostly: number | undefined,
    ): Check => {
      const share = denominator ? tally.count / denominator : 0;
      const passed = mostly === undefined ? tally.count === 0 : 1 - share >= mostly - 1e-12;
      return {
        kind,
        column: name,
        passed,
        count: tally.count,
        share,
        denominator,
        ...(mostly !== undefined ? { mostly } : {}),
        expectation,
        examples: tally.examples,
      };
    };
    out.push(
      make(
        "type",
        this.typeBad,
        this.nonNull,
        `values are ${this.spec.type}${this.spec.format ? ` (${this.spec.format})` : ""}`,
        this.spec.mostly,
      ),
    );
    const maxNull = this.spec.max_null_fraction ?? (this.spec.nullable ? undefined : 0);
    if (maxNull !== undefined) {
      const share = this.rows ? this.nulls / this.rows : 0;
      out.push({
        kind: "nulls",
        column: name,
        passed: share <= maxNull + 1e-12,
        count: this.nulls,
        share,
        denominator: this.rows,
        expectation: maxNull === 0 ? "no nulls" : `at most ${+(maxNull * 100).toFixed(4)}% nulls`,
        examples: this.nullTally.examples,
      });
    }
    if (this.range) {
      const lo = this.spec.min === undefined ? "" : `≥ ${JSON.stringify(ruleValue(this.spec.min, "value")!.value)}`;
      const hi = this.spec.max === undefined ? "" : `≤ ${JSON.stringify(ruleValue(this.spec.max, "value")!.value)}`;
      out.push(
        make("range", this.range.tally, this.ok, `values ${[lo, hi].filter(Boolean).join(" and ")}`, this.range.mostly),
      );
    }
    if (this.allowed)
      out.push(make("allowed", this.allowed.tally, this.ok, `values in {${this.allowed.text}}`, this.allowed.mostly));
    if (this.pattern)
      out.push(
        make("pattern", this.pattern.tally, this.ok, `values match /${this.pattern.text}/`, this.pattern.mostly),
      );
    if (this.unique) out.push(make("unique", this.unique.tally, this.ok, "no value repeats", this.unique.mostly));
    return out;
  }
}
