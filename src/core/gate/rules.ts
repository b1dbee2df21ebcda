// Gate rules: `metric op bound`, where the bound is a number or the baseline's value, optionally moved by an offset:
// `accuracy >= 0.95`, `latency_p95_ms <= 20`, `f1 >= baseline - 0.01`, `rmse <= baseline + 5%` allow a regression;
// `accuracy >= baseline + 0.01`, `rmse <= baseline - 5%` demand an improvement.
// A baseline rule may end in `with 95% confidence`: it then fails only when a paired bootstrap shows the candidate
// beyond the allowed regression with that confidence, so a pull request is not failed by the noise of the holdout.
import { InputError } from "../errors.js";
import type { Direction } from "../metrics/catalogue.js";

export type Op = ">=" | "<=" | ">" | "<";

export interface Rule {
  /** As written (for reports). */
  text: string;
  /** A metric name, or a dotted path: `slices.<column>.<value>.<metric>`, `fairness.<column>.<metric>`. */
  metric: string;
  op: Op;
  /** A fixed bound, or null when the bound is the baseline's value. */
  value: number | null;
  /**
   * With a baseline: what is added to it, signed as written (`baseline - 0.01` → −0.01), absolute or as a share of
   * |baseline| (5% → 0.05). Loosening the bound allows a regression; tightening it demands an improvement.
   */
  offset: number;
  relative: boolean;
  /** `with 95% confidence` → 0.95: judged on the bootstrap interval of the difference; null: on the point values. */
  confidence: number | null;
}

const CONFIDENCE = /\s+with\s+([0-9.]+)\s*%\s+confidence\s*$/i;

const RULE =
  /^\s*([A-Za-z_][^<>=]*?)\s*(>=|<=|>|<)\s*(?:(baseline)(?:\s*([+-])\s*([0-9.eE+-]+)\s*(%?))?|([+-]?[0-9.eE+-]+))\s*$/;

/** Parse one rule; a malformed one is an InputError naming where it came from. */
export function parseRule(text: string, where: string): Rule {
  const c = CONFIDENCE.exec(text);
  const confidence = c ? Number(c[1]) / 100 : null;
  if (confidence !== null && !(confidence >= 0.5 && confidence < 1))
    throw new InputError(
      undefined,
      undefined,
      `${where}: the confidence in ${JSON.stringify(text)} must be at least 50% and below 100%`,
    );
  const m = RULE.exec(c ? text.slice(0, c.index) : text);
  if (!m)
    throw new InputError(
      undefined,
      undefined,
      `${where}: cannot read the gate rule ${JSON.stringify(text)} (write e.g. "accuracy >= 0.95" or "f1 >= baseline - 0.01")`,
    );
  const [, metric, op, baseline, sign, size, pct, value] = m;
  if (baseline) {
    const amount = size === undefined ? 0 : Number(size) * (pct ? 0.01 : 1);
    if (!Number.isFinite(amount) || amount < 0)
      throw new InputError(
        undefined,
        undefined,
        `${where}: the offset in ${JSON.stringify(text)} is not a non-negative number after its sign`,
      );
    const offset = sign === "-" ? -amount : amount;
    // "baseline + x" with >= (or "- x" with <=) tightens the bound: the candidate must beat the baseline by x.
    const tightens = op!.startsWith(">") ? offset > 0 : offset < 0;
    if (tightens && confidence !== null)
      throw new InputError(
        undefined,
        undefined,
        `${where}: "with ${c![1]}% confidence" gives the candidate the benefit of the holdout's noise, so it cannot demand an improvement as ${JSON.stringify(text)} does: drop one of the two`,
      );
    if (tightens && pct && op!.startsWith("<") && amount >= 1)
      throw new InputError(
        undefined,
        undefined,
        `${where}: ${JSON.stringify(text)} demands a drop of ${size}% or more, which would bring the bound to zero or below`,
      );
    return {
      text: text.trim(),
      metric: metric!,
      op: op as Op,
      value: null,
      offset,
      relative: Boolean(pct),
      confidence,
    };
  }
  const v = Number(value);
  if (!Number.isFinite(v))
    throw new InputError(undefined, undefined, `${where}: the bound in ${JSON.stringify(text)} is not a number`);
  if (confidence !== null)
    throw new InputError(
      undefined,
      undefined,
      `${where}: "with ${c![1]}% confidence" needs a baseline bound, as in "accuracy >= baseline - 0.01 with 95% confidence"`,
    );
  return { text: text.trim(), metric: metric!, op: op as Op, value: v, offset: 0, relative: false, confidence: null };
}

/** `metric=higher|lower` flags as a map; a malformed one is one line. */
export function parseDirections(flags: readonly string[]): Record<string, Direction> {
  const out: Record<string, Direction> = {};
  for (const f of flags) {
    const m = /^\s*([^=\s][^=]*?)\s*=\s*(higher|lower)\s*$/.exec(f);
    if (!m)
      throw new InputError(
        undefined,
        undefined,
        `--direction takes metric=higher or metric=lower, not ${JSON.stringify(f)}`,
      );
    out[m[1]!] = m[2] as Direction;
  }
  return out;
}
