import { z } from "zod";

/** run.json: what a training run did, in a versioned format later steps (and the registry) read. */
export const runSchema = z
  .object({
    kind: z.literal("modelgate.run"),
    version: z.literal(1),
    command: z.string(),
    exit_code: z.number().int().nullable(),
    timed_out: z.boolean(),
    started_at: z.string(),
    duration_s: z.number(),
    params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
    metrics: z.record(z.string(), z.number()),
    artifacts: z.array(z.object({ path: z.string(), sha256: z.string(), bytes: z.number() }).strict()),
    data: z.array(z.object({ path: z.string(), sha256: z.string(), bytes: z.number() }).strict()),
    git: z.object({ commit: z.string().nullable(), branch: z.string().nullable() }).strict(),
    ci_run_url: z.string().nullable(),
    tools: z.record(z.string(), z.string()),
  })
  .strict();

export type RunRecord = z.infer<typeof runSchema>;
