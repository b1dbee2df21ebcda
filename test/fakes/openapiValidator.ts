// Checks requests (and, for self-tests, responses) against GitHub's official OpenAPI description of
// api.github.com, as shipped by @octokit/openapi. The fake GitHub server uses it so that a client that
// sends something the real API would not accept fails the test instead of passing against a lenient fake.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

type Schema = { [key: string]: unknown };
interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
}
interface MediaType {
  schema?: Schema;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}
interface Document {
  info: { version: string };
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}
interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literals: number;
  item: Record<string, unknown>;
}

export interface ValidationResult {
  /** OpenAPI path template, e.g. "/repos/{owner}/{repo}/issues/{issue_number}/comments"; undefined if unknown. */
  template: string | undefined;
  /** Decoded path parameters of the matched template. */
  params: Record<string, string>;
  violations: string[];
}

export interface GithubOpenApi {
  version: string;
  /** Milliseconds spent reading and parsing the description (paid once per process). */
  loadMs: number;
  validateRequest(method: string, pathname: string, query: URLSearchParams, rawBody: string): ValidationResult;
  validateResponse(method: string, template: string, status: number, body: unknown): string[];
}

const METHODS = new Set(["get", "put", "post", "patch", "delete", "head", "options"]);

// The non-dereferenced file (13 MB) parses in ~0.25 s; the ".deref" variant (73 MB) takes ~1.2 s and
// ~190 MB of heap per test process, so $refs are resolved here, lazily, only for operations in use.
// Never import "@octokit/openapi" itself: its index.js parses all ten bundled descriptions (~400 MB).
const SPEC = "@octokit/openapi/generated/api.github.com.json";

let cached: Promise<GithubOpenApi> | undefined;

/** Loads the description once per process; later calls share the same promise. */
export function loadGithubOpenApi(): Promise<GithubOpenApi> {
  cached ??= (async () => {
    const started = performance.now();
    const file = createRequire(import.meta.url).resolve(SPEC);
    const doc = JSON.parse(await readFile(file, "utf8")) as Document;
    return createValidator(doc, performance.now() - started);
  })();
  return cached;
}

function createValidator(doc: Document, loadMs: number): GithubOpenApi {
  const routes: Route[] = Object.entries(doc.paths).map(([template, item]) => {
    const names: string[] = [];
    const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    const literals = template.split("/").filter((s) => s !== "" && !s.includes("{")).length;
    return { template, regex: new RegExp(`^${source}$`), names, literals, item };
  });
  // strict: false because OpenAPI 3.0 schemas carry keywords JSON Schema does not know (example, x-github…);
  // Ajv understands OpenAPI's `nullable` natively. Formats are not enforced (GitHub's own server is lax there).
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const compiled = new Map<string, ValidateFunction>();
  const resolved = new Map<string, unknown>();

  // Inline every "#/components/..." reference; a reference cycle is cut to {} (accept anything).
  function deref(node: unknown, stack: string[] = []): unknown {
    if (Array.isArray(node)) return node.map((n) => deref(n, stack));
    if (node === null || typeof node !== "object") return node;
    const obj = node as Schema;
    if (typeof obj.$ref === "string") {
      const ref = obj.$ref;
      if (stack.includes(ref)) return {};
      const hit = resolved.get(ref);
      if (hit !== undefined) return hit;
      const [, , section, name] = ref.split("/");
      const target = section && name ? doc.components[section]?.[name] : undefined;
      if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
      const value = deref(target, [...stack, ref]);
      if (stack.length === 0) resolved.set(ref, value);
      return value;
    }
    const out: Schema = {};
    for (const [key, value] of Object.entries(obj)) {
      if (key === "examples" || key === "example") continue;
      out[key] = deref(value, stack);
    }
    // Ajv rejects `nullable` without `type`; express it the JSON Schema way instead.
    if (out.nullable === true && out.type === undefined) {
      delete out.nullable;
      return { anyOf: [out, { type: "null" }] };
    }
    return out;
  }

  function validator(key: string, schema: unknown): ValidateFunction {
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(deref(schema) as Schema);
      compiled.set(key, fn);
    }
    return fn;
  }

  function match(pathname: string): { route: Route; values: string[] } | undefined {
    let best: { route: Route; values: string[] } | undefined;
    for (const route of routes) {
      const m = route.regex.exec(pathname);
      if (m && (!best || route.literals > best.route.literals)) best = { route, values: m.slice(1) };
    }
    return best;
  }

  function validateRequest(method: string, pathname: string, query: URLSearchParams, rawBody: string) {
    const where = `${method.toUpperCase()} ${pathname}`;
    const violations: string[] = [];
    const found = match(pathname);
    if (!found)
      return { template: undefined, params: {}, violations: [`${where}: no such path in the OpenAPI description`] };
    const { route, values } = found;
    const op = route.item[method.toLowerCase()] as Operation | undefined;
    if (!METHODS.has(method.toLowerCase()) || !op) {
      return {
        template: route.template,
        params: {},
        violations: [`${where}: method not allowed on ${route.template}`],
      };
    }
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = safeDecode(values[i] ?? "")));
    const declared = [...((route.item.parameters as Parameter[] | undefined) ?? []), ...(op.parameters ?? [])].map(
      (p) => deref(p) as Parameter,
    );
    const opKey = `${method.toLowerCase()} ${route.template}`;
    for (const p of declared) {
      if (p.in !== "path" && p.in !== "query") continue;
      const raw = p.in === "path" ? (params[p.name] === undefined ? [] : [params[p.name]!]) : query.getAll(p.name);
      if (raw.length === 0) {
        if (p.required) violations.push(`${where}: missing required ${p.in} parameter "${p.name}"`);
        continue;
      }
      const schema = p.schema ?? {};
      const value =
        raw.length > 1 ? raw.map((v) => coerce(v, (schema.items as Schema) ?? {})) : coerce(raw[0]!, schema);
      const check = validator(`${opKey} ${p.in}:${p.name}`, schema);
      if (!check(value)) violations.push(...describe(check.errors, `${where}: ${p.in} parameter "${p.name}"`));
    }
    const known = new Set(declared.filter((p) => p.in === "query").map((p) => p.name));
    for (const name of new Set(query.keys())) {
      if (!known.has(name)) violations.push(`${where}: unknown query parameter "${name}"`);
    }
    const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
    if (rawBody.trim() === "") {
      if (op.requestBody?.required) violations.push(`${where}: missing required request body`);
    } else if (!op.requestBody) {
      violations.push(`${where}: this operation takes no request body`);
    } else if (bodySchema) {
      let body: unknown;
      try {
        body = JSON.parse(rawBody);
      } catch {
        violations.push(`${where}: request body is not valid JSON`);
        return { template: route.template, params, violations };
      }
      const check = validator(`${opKey} body`, bodySchema);
      if (!check(body)) violations.push(...describe(check.errors, `${where}: body`));
    }
    return { template: route.template, params, violations };
  }

  function validateResponse(method: string, template: string, status: number, body: unknown): string[] {
    const op = doc.paths[template]?.[method.toLowerCase()] as Operation | undefined;
    const response = op?.responses?.[String(status)];
    if (!response) return [`${method} ${template}: status ${status} is not documented`];
    const schema = response.content?.["application/json"]?.schema;
    if (!schema) return body === undefined || body === "" ? [] : [`${method} ${template} ${status}: no body expected`];
    const check = validator(`${method} ${template} ${status} response`, schema);
    return check(body) ? [] : describe(check.errors, `${method} ${template} ${status} response`);
  }

  return { version: doc.info.version, loadMs, validateRequest, validateResponse };
}

// Query and path values arrive as strings; turn them into what the parameter's schema describes.
function coerce(value: string, schema: Schema): unknown {
  switch (schema.type) {
    case "integer":
    case "number":
      return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    case "boolean":
      return value === "true" ? true : value === "false" ? false : value;
    case "array":
      return value.split(",").map((v) => coerce(v, (schema.items as Schema) ?? {}));
    default:
      return value;
  }
}

function describe(errors: ErrorObject[] | null | undefined, prefix: string): string[] {
  return (errors ?? []).map((e) => {
    const extra = e.keyword === "additionalProperties" ? ` ("${String(e.params.additionalProperty)}")` : "";
    return `${prefix}${e.instancePath} ${e.message ?? e.keyword}${extra}`;
  });
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
