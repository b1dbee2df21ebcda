import { Document, isMap, isSeq, type YAMLMap } from "yaml";

import { cellHash, CodeHashes } from "../data/cellHash.js";
import type { ColumnType, TableSource } from "../data/types.js";
import { ColumnProfiler } from "../profile/columnProfiler.js";
import { HashSet } from "../profile/hash.js";
import { summarize } from "../profile/profile.js";
import type { FieldSpec, SchemaFile } from "./schema.js";

/** A string column is a category, and gets an `allowed` domain, when it has at most this many distinct values... */
export const MAX_DOMAIN = 100;
/** ...and its values repeat: at most this share of its non-null cells are distinct. */
const DOMAIN_DISTINCT_SHARE = 0.5;
/** Uniqueness is only claimed from a sample at least this large. */
const MIN_ROWS_FOR_UNIQUE = 20;

export interface InferOptions {
  target?: string;
  onProgress?: (rows: number) => void;
}

export interface InferResult {
  schema: SchemaFile;
  /** The schema as YAML, with observed ranges written as comments (suggestions, not rules). */
  yaml: string;
}

/**
 * Infer a schema from reference data: types, nullability, category domains and uniqueness. Ranges are not
 * inferred as rules (as TFDV does not): a reference sample's min and max are not the population's, so hard
 * bounds taken from them fail valid data; they are written as comments to adopt by hand.
 */
export async function inferSchema(source: TableSource, options: InferOptions = {}): Promise<InferResult> {
  const types = await source.detectTypes();
  const names = source.columnNames;
  const profilers = names.map((n, i) => new ColumnProfiler(n, types[i]!));
  // Exact duplicate detection for ID-like candidates, dropped at the first repeat.
  const uniques: (HashSet | null)[] = types.map((t) => (t === "string" || t === "integer" ? new HashSet() : null));
  const hashes = names.map(() => new CodeHashes());
  let rows = 0;
  for await (const batch of source.batches(types.map((type) => ({ type })))) {
    batch.columns.forEach((col, i) => {
      profilers[i]!.add(col, batch.length);
      const set = uniques[i];
      if (!set) return;
      for (let r = 0; r < batch.length; r++) {
        if (col.status[r] === 0 && set.addOrGet(cellHash(col, r, hashes[i]!), r) >= 0) {
          uniques[i] = null;
          return;
        }
      }
    });
    rows += batch.length;
    options.onProgress?.(rows);
  }
  if (options.target !== undefined && !names.includes(options.target)) {
    throw new Error(`the target column ${JSON.stringify(options.target)} is not in ${source.file}`);
  }

  const fields: FieldSpec[] = [];
  const notes: string[] = [];
  profilers.forEach((p, i) => {
    const s = summarize(p.toState());
    const type = types[i] as ColumnType;
    const field: FieldSpec = { name: s.name, type, required: true, nullable: s.nulls > 0 };
    const nonNull = s.count - s.nulls;
    const note: string[] = [];
    if (s.nulls > 0)
      note.push(`observed ${s.nulls} nulls (${((s.nulls / s.count) * 100).toFixed(2)}%): consider max_null_fraction`);
    if (
      type === "string" &&
      nonNull > 0 &&
      s.distinct_exact &&
      s.distinct <= MAX_DOMAIN &&
      s.distinct <= nonNull * DOMAIN_DISTINCT_SHARE &&
      s.top
    ) {
      field.allowed = [...(s.top_exact ? topAll(p) : s.top.map((t) => t.value))].sort();
    }
    if (uniques[i] && nonNull >= MIN_ROWS_FOR_UNIQUE && (type === "string" || type === "integer")) field.unique = true;
    if (
      s.min !== undefined &&
      s.max !== undefined &&
      (type === "integer" || type === "number" || type === "datetime")
    ) {
      note.push(`observed range ${s.min} … ${s.max}: add min/max to enforce`);
    }
    fields.push(field);
    notes.push(note.join("; "));
  });
  const schema: SchemaFile = {
    version: 1,
    columns: "strict",
    ...(options.target ? { target: options.target } : {}),
    fields,
  };
  return { schema, yaml: toYaml(schema, notes, source.file, rows) };
}

function topAll(p: ColumnProfiler): string[] {
  return p.toState().frequent!.items.map(([v]) => v);
}

function toYaml(schema: SchemaFile, notes: string[], file: string, rows: number): string {
  const doc = new Document(schema);
  doc.commentBefore = ` modelgate schema, inferred from ${file} (${rows} rows). Review it: inference sees one sample.`;
  const fields = doc.get("fields");
  if (isSeq(fields)) {
    fields.items.forEach((item, i) => {
      if (isMap(item) && notes[i]) (item as YAMLMap).commentBefore = ` ${notes[i]}`;
    });
  }
  return doc.toString({ lineWidth: 0 });
}
