// mulberry32: a small seeded generator that gives the same numbers in every JavaScript engine, so sketches and
// bootstrap intervals are reproducible run to run. `state` is the 32-bit counter; callers may persist it.

export const MULBERRY_STEP = 0x6d2b79f5;

/** The output for a counter value already advanced by MULBERRY_STEP: a float in [0, 1). */
export function mulberryOutput(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => mulberryOutput((state = (state + MULBERRY_STEP) >>> 0));
}
