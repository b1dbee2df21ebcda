import { z } from "zod";

import { compileDatetimeFormat } from "../data/datetimeFormat.js";
import { parseDatetime, toBytes } from "../data/parseBytes.js";
import { COLUMN_TYPES } from "../data/types.js";

const share = z.number().gt(0).lte(1);
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const bound = z.union([z.number(), z.string()]);

/** A rule's value, or the value with `mostly`: the share of checked cells that must pass (as in Great Expectations). */
function withMostly<T extends z.ZodType, K extends string>(value: T, key: K) {
  return z.union([
    value,
    z
      .object({ [key]: value, mostly: share.optional() } as Record<K, T> & { mostly: z.ZodOptional<typeof share> })
      .strict(),
  ]);
}

export const fieldSchema = z
  .object({
    name: z.string().min(1).describe("Column name, exactly as in the data."),
    type: z.enum(COLUMN_TYPES as [string, ...string[]]).describe("integer, number, boolean, datetime or string."),
    description: z.string().optional(),
    required: z.boolean().default(true).describe("The column must be present."),
    nullable: z.boolean().default(true).describe("Nulls are allowed (see max_null_fraction)."),
    max_null_fraction: z.number().min(0).max(1).optional().describe("Largest share of nulls allowed."),
    min: withMostly(bound, "value").optional().describe("Inclusive lower bound (ISO text for datetimes)."),
    max: withMostly(bound, "value").optional().describe("Inclusive upper bound (ISO text for datetimes)."),
    allowed: withMostly(z.array(scalar).min(1), "values").optional().describe("The only values allowed."),
    pattern: withMostly(z.string(), "regex")
      .optional()
      .describe("A regular expression each string must contain a match of (anchor it with ^…$)."),
    unique: withMostly(z.boolean(), "value").optional().describe("No value may repeat."),
    format: z.string().optional().describe("strftime format of a datetime column (default ISO 8601)."),
    mostly: share.optional().describe("Default `mostly` for this column's value rules."),
  })
  .strict();

export const schemaFileSchema = z
  .object({
    version: z.literal(1).default(1),
    columns: z.enum(["strict", "allow_extra"]).default("strict").describe("strict: columns not listed are an error."),
    row_count: z
      .object({ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() })
      .strict()
      .optional(),
    unique: z
      .array(z.array(z.string()).min(1))
      .optional()
      .describe("Compound keys: each list of columns must be unique together."),
    target: z.string().optional().describe("The target (label) column."),
    fields: z.array(fieldSchema),
  })
  .strict()
  .superRefine((s, ctx) => {
    const names = new Set<string>();
    s.fields.forEach((f, i) => {
      if (names.has(f.name))
        ctx.addIssue({
          code: "custom",
          path: ["fields", i, "name"],
          message: `the column ${JSON.stringify(f.name)} is listed twice`,
        });
      names.add(f.name);
      const numeric = f.type === "integer" || f.type === "number";
      for (const key of ["min", "max"] as const) {
        const v = f[key];
        if (v === undefined) continue;
        const value = typeof v === "object" ? v.value : v;
        if (
          f.type === "datetime"
            ? typeof value !== "string" || Number.isNaN(datetimeBound(value))
            : !numeric || typeof value !== "number"
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["fields", i, key],
            message:
              f.type === "datetime"
                ? "a datetime bound must be ISO 8601 text"
                : `${key} applies to integer, number and datetime columns, as a number`,
          });
        }
      }
      if (f.pattern !== undefined) {
        if (f.type !== "string")
          ctx.addIssue({
            code: "custom",
            path: ["fields", i, "pattern"],
            message: "pattern applies to string columns",
          });
        try {
          new RegExp(typeof f.pattern === "string" ? f.pattern : f.pattern.regex, "u");
        } catch (e) {
          ctx.addIssue({
            code: "custom",
            path: ["fields", i, "pattern"],
            message: `not a valid regular expression (${(e as Error).message})`,
          });
        }
      }
      if (f.format !== undefined) {
        if (f.type !== "datetime")
          ctx.addIssue({
            code: "custom",
            path: ["fields", i, "format"],
            message: "format applies to datetime columns",
          });
        try {
          compileDatetimeFormat(f.format);
        } catch (e) {
          ctx.addIssue({ code: "custom", path: ["fields", i, "format"], message: (e as Error).message });
        }
      }
    });
    if (s.target !== undefined && !names.has(s.target))
      ctx.addIssue({
        code: "custom",
        path: ["target"],
        message: `the target ${JSON.stringify(s.target)} is not a listed column`,
      });
    s.unique?.forEach((key, i) =>
      key.forEach((col, j) => {
        if (!names.has(col))
          ctx.addIssue({
            code: "custom",
            path: ["unique", i, j],
            message: `${JSON.stringify(col)} is not a listed column`,
          });
      }),
    );
    if (s.row_count?.min !== undefined && s.row_count.max !== undefined && s.row_count.min > s.row_count.max) {
      ctx.addIssue({ code: "custom", path: ["row_count"], message: "min is greater than max" });
    }
  });

export type SchemaFile = z.infer<typeof schemaFileSchema>;
export type FieldSpec = z.infer<typeof fieldSchema>;

/** Epoch milliseconds of an ISO 8601 bound. */
export function datetimeBound(text: string): number {
  const { b, n } = toBytes(text);
  return parseDatetime(b, 0, n);
}
