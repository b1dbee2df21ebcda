// modelgate.yml and schema files: every problem is one InputError that names the file, the YAML line and the
// path inside the document (`line 4, at fields[1].type`); YAML syntax errors name their line.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { configSchema, loadConfig } from "../../../src/core/config/config.js";
import { formatPath, loadYamlFile, parseYamlText } from "../../../src/core/config/yamlFile.js";
import { InputError } from "../../../src/core/errors.js";
import { schemaFileSchema } from "../../../src/core/schema/schema.js";
import { inputErrorOf, makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("config");
});
afterAll(async () => {
  await tmp.remove();
});

/** The error a file with this text gives, read through loadYamlFile as the commands read it. */
async function errorOf(
  name: string,
  text: string,
  schema: typeof configSchema | typeof schemaFileSchema,
): Promise<InputError> {
  const file = await tmp.write(name, text);
  return inputErrorOf(() => loadYamlFile(file, schema));
}

function expectOneLine(
  e: InputError,
  file: string,
  line: number | undefined,
  path: string | undefined,
  problem: string | RegExp,
): void {
  expect(e).toBeInstanceOf(InputError);
  expect(e.name).toBe("InputError");
  expect(e.file).toBe(file);
  expect(e.place?.line).toBe(line);
  expect(e.place?.path).toBe(path);
  if (typeof problem === "string") expect(e.problem).toBe(problem);
  else expect(e.problem).toMatch(problem);
  const where = [line !== undefined ? `line ${line}` : "", path !== undefined ? `at ${path}` : ""]
    .filter(Boolean)
    .join(", ");
  expect(e.message).toBe(`${file}: ${where}: ${e.problem}`);
  expect(e.message).not.toContain("\n");
}

describe("modelgate.yml errors", () => {
  it("an unknown key names its own line and path", async () => {
    const e = await errorOf(
      "unknown.yml",
      "version: 1\ndata:\n  path: data.csv\n  nul_values: [x]\nschema: s.yml\n",
      configSchema,
    );
    expectOneLine(e, tmp.file("unknown.yml"), 4, "data.nul_values", 'unknown key "nul_values"');
    expect(e.message).toBe(`${tmp.file("unknown.yml")}: line 4, at data.nul_values: unknown key "nul_values"`);
  });

  it("an unknown top-level key", async () => {
    const e = await errorOf("top.yml", "version: 1\nschema: s.yml\n\nvalidat:\n  junit: j.xml\n", configSchema);
    expectOneLine(e, tmp.file("top.yml"), 4, "validat", 'unknown key "validat"');
  });

  it("a wrong type names the value's line", async () => {
    const e = await errorOf("type.yml", "version: 1\nschema: 5\n", configSchema);
    expectOneLine(e, tmp.file("type.yml"), 2, "schema", /expected string, received number/);
    const list = await errorOf("list.yml", "data:\n  path: d.csv\n  null_values: NA\n", configSchema);
    expectOneLine(list, tmp.file("list.yml"), 3, "data.null_values", /expected array/);
    const format = await errorOf("format.yml", "data:\n  format: xlsx\n", configSchema);
    expectOneLine(format, tmp.file("format.yml"), 2, "data.format", /csv.*jsonl.*parquet.*arrow/);
    const version = await errorOf("version.yml", "version: 2\n", configSchema);
    expectOneLine(version, tmp.file("version.yml"), 1, "version", /expected 1/);
  });

  it("invalid YAML syntax names the line", async () => {
    const e = await errorOf("syntax.yml", "version: 1\ndata:\n  path: a.csv: b\nschema: s.yml\n", configSchema);
    expect(e.file).toBe(tmp.file("syntax.yml"));
    expect(e.place).toEqual({ line: 3 });
    expect(e.problem).toMatch(/^not valid YAML: /);
    expect(e.message).toMatch(
      new RegExp(`^${tmp.file("syntax.yml").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: line 3: not valid YAML: `),
    );
    expect(e.message).not.toContain("\n");
    expect(e.problem).toBe("not valid YAML: Nested mappings are not allowed in compact mappings");
    const indent = await errorOf(
      "indent.yml",
      "version: 1\ndata:\n  path: a.csv\n format: csv\nschema: s.yml\n",
      configSchema,
    );
    expect(indent.message).toBe(
      `${tmp.file("indent.yml")}: line 4: not valid YAML: All mapping items must start at the same column`,
    );
    const tabs = await errorOf("tabs.yml", "data:\n\tpath: a.csv\n", configSchema);
    expect(tabs.place).toEqual({ line: 2 });
    const dup = await errorOf("dup.yml", "schema: a.yml\nversion: 1\nschema: b.yml\n", configSchema);
    expect(dup.place).toEqual({ line: 3 });
    expect(dup.problem).toMatch(/unique/i);
  });

  it("an empty file is an empty config", async () => {
    const file = await tmp.write("empty.yml", "");
    expect(await loadYamlFile(file, configSchema)).toEqual({ version: 1 });
    const comments = await tmp.write("comments.yml", "# nothing yet\n");
    expect(await loadYamlFile(comments, configSchema)).toEqual({ version: 1 });
  });

  it("a missing file is one line naming it", async () => {
    const e = await inputErrorOf(() => loadYamlFile(tmp.file("nope.yml"), configSchema));
    expect(e.message).toBe(`${tmp.file("nope.yml")}: no such file`);
  });
});

describe("loadConfig", () => {
  it("finds modelgate.yml, then modelgate.yaml, in the working directory; none is the empty config", async () => {
    const a = await makeTemp("cfg-a");
    try {
      expect(await loadConfig(a.path)).toEqual({ config: { version: 1 }, file: null });
      await a.write("modelgate.yaml", "schema: from-yaml.yml\n");
      expect(await loadConfig(a.path)).toEqual({
        config: { version: 1, schema: "from-yaml.yml" },
        file: a.file("modelgate.yaml"),
      });
      await a.write("modelgate.yml", "schema: from-yml.yml\ndata:\n  path: d.csv\n  null_values: ['-']\n");
      expect(await loadConfig(a.path)).toEqual({
        config: { version: 1, schema: "from-yml.yml", data: { path: "d.csv", null_values: ["-"] } },
        file: a.file("modelgate.yml"),
      });
      // A named file wins, and a named file that is missing is an error, not the default.
      await a.write("other.yml", "schema: other.yml\n");
      expect((await loadConfig(a.path, a.file("other.yml"))).config.schema).toBe("other.yml");
      const e = await inputErrorOf(() => loadConfig(a.path, a.file("missing.yml")));
      expect(e.message).toBe(`${a.file("missing.yml")}: no such file`);
      // An invalid found file is an error too.
      await a.write("modelgate.yml", "schema: s.yml\nvalidate:\n  junit: 3\n");
      const bad = await inputErrorOf(() => loadConfig(a.path));
      expect(bad.message).toBe(
        `${a.file("modelgate.yml")}: line 3, at validate.junit: Invalid input: expected string, received number`,
      );
    } finally {
      await a.remove();
    }
  });
});

describe("schema file errors", () => {
  it("a wrong type in the second field: `line 4, at fields[1].type`", async () => {
    const text = "version: 1\nfields:\n  - { name: a, type: integer }\n  - { name: b, type: float }\n";
    const e = await errorOf("s1.yml", text, schemaFileSchema);
    expectOneLine(
      e,
      tmp.file("s1.yml"),
      4,
      "fields[1].type",
      /expected one of "integer"\|"number"\|"boolean"\|"datetime"\|"string"/,
    );
    expect(e.message).toContain(": line 4, at fields[1].type: ");
  });

  it("a wrong type in block style names the value's line", async () => {
    const text = "fields:\n  - name: a\n    type: integer\n  - name: b\n    type: float\n";
    const e = await errorOf("s2.yml", text, schemaFileSchema);
    expectOneLine(e, tmp.file("s2.yml"), 5, "fields[1].type", /Invalid option/);
  });

  it("an unknown key in a field names the key's line", async () => {
    const text = "fields:\n  - name: a\n    type: integer\n    colour: red\n  - name: b\n    type: string\n";
    const e = await errorOf("s3.yml", text, schemaFileSchema);
    expectOneLine(e, tmp.file("s3.yml"), 4, "fields[0].colour", 'unknown key "colour"');
    const top = await errorOf("s3b.yml", "fields: []\nrow_count:\n  minimum: 3\n", schemaFileSchema);
    expectOneLine(top, tmp.file("s3b.yml"), 3, "row_count.minimum", 'unknown key "minimum"');
  });

  it("rules checked across fields point at the offending place", async () => {
    const cases: [string, number | undefined, string, string | RegExp][] = [
      [
        "fields:\n  - name: a\n    type: integer\n  - name: a\n    type: string\n",
        4,
        "fields[1].name",
        'the column "a" is listed twice',
      ],
      [
        "fields:\n  - name: a\n    type: string\n    min: 3\n",
        4,
        "fields[0].min",
        "min applies to integer, number and datetime columns, as a number",
      ],
      [
        "fields:\n  - name: a\n    type: datetime\n    max: yesterday\n",
        4,
        "fields[0].max",
        "a datetime bound must be ISO 8601 text",
      ],
      [
        "fields:\n  - name: a\n    type: integer\n    pattern: '^a'\n",
        4,
        "fields[0].pattern",
        "pattern applies to string columns",
      ],
      [
        "fields:\n  - name: a\n    type: string\n    pattern: '(['\n",
        4,
        "fields[0].pattern",
        /^not a valid regular expression/,
      ],
      ["fields:\n  - name: a\n    type: datetime\n    format: '%Q'\n", 4, "fields[0].format", /^unknown directive %Q/],
      [
        "fields:\n  - name: a\n    type: string\n    format: '%Y'\n",
        4,
        "fields[0].format",
        "format applies to datetime columns",
      ],
      ["target: y\nfields:\n  - name: a\n    type: string\n", 1, "target", 'the target "y" is not a listed column'],
      [
        "fields:\n  - name: a\n    type: integer\nunique:\n  - [a, b]\n",
        5,
        "unique[0][1]",
        '"b" is not a listed column',
      ],
      [
        "fields:\n  - name: a\n    type: integer\n    max_null_fraction: 1.5\n",
        4,
        "fields[0].max_null_fraction",
        /<=1/,
      ],
      ["fields:\n  - name: a\n    type: string\n    allowed: []\n", 4, "fields[0].allowed", /.+/],
      ["columns: loose\nfields: []\n", 1, "columns", /strict.*allow_extra/],
    ];
    for (const [i, [text, line, path, problem]] of cases.entries()) {
      const name = `rule-${i}.yml`;
      const e = await errorOf(name, text, schemaFileSchema);
      expectOneLine(e, tmp.file(name), line, path, problem);
    }
  });

  it("unquoted ISO dates are datetime bounds (YAML 1.2 reads them as text)", async () => {
    const file = await tmp.write(
      "dates.yml",
      "fields:\n  - name: d\n    type: datetime\n    min: 2022-01-01\n    max: 2023-12-31T10:00:00Z\n",
    );
    expect((await loadYamlFile(file, schemaFileSchema)).fields[0]).toEqual({
      name: "d",
      type: "datetime",
      required: true,
      nullable: true,
      min: "2022-01-01",
      max: "2023-12-31T10:00:00Z",
    });
  });

  it("a schema without fields names the missing key without a line", async () => {
    const e = await errorOf("nofields.yml", "version: 1\n", schemaFileSchema);
    // The key is absent: the line is the enclosing mapping's.
    expectOneLine(e, tmp.file("nofields.yml"), 1, "fields", /expected array, received undefined/);
  });

  it("JSON is read as YAML, with lines", async () => {
    const text = '{\n  "fields": [\n    {"name": "a", "type": "integer",\n     "nullable": "no"}\n  ]\n}\n';
    const e = await errorOf("s.json", text, schemaFileSchema);
    expectOneLine(e, tmp.file("s.json"), 4, "fields[0].nullable", /expected boolean, received string/);
    const ok = await tmp.write(
      "ok.json",
      JSON.stringify({ fields: [{ name: "a", type: "integer", min: { value: 0, mostly: 0.9 } }] }),
    );
    expect(await loadYamlFile(ok, schemaFileSchema)).toEqual({
      version: 1,
      columns: "strict",
      fields: [{ name: "a", type: "integer", required: true, nullable: true, min: { value: 0, mostly: 0.9 } }],
    });
  });

  it("invalid YAML syntax in a schema names the line", async () => {
    const e = await errorOf("bad.yml", "fields:\n  - name: a\n    type: integer: x\n", schemaFileSchema);
    expect(e.place).toEqual({ line: 3 });
    expect(e.message).toMatch(/: line 3: not valid YAML: /);
    const dup = await errorOf(
      "dupkey.yml",
      "fields:\n  - name: a\n    type: string\n    type: integer\n",
      schemaFileSchema,
    );
    expect(dup.place).toEqual({ line: 4 });
  });

  it("parseYamlText and formatPath", () => {
    expect(formatPath(["fields", 1, "type"])).toBe("fields[1].type");
    expect(formatPath(["unique", 0, 1])).toBe("unique[0][1]");
    expect(formatPath([])).toBe("(top level)");
    const e = (() => {
      try {
        parseYamlText("inline.yml", "- a\n- b\n", schemaFileSchema);
      } catch (err) {
        return err as InputError;
      }
      throw new Error("no error");
    })();
    expect(e.message).toBe("inline.yml: line 1, at (top level): Invalid input: expected object, received array");
  });
});
