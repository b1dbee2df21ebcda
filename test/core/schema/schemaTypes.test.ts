// schemaTypes: the column types a schema file declares, in a table's column order, text for a column it does not name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { schemaTypes } from "../../../src/core/schema/schemaTypes.js";
import { makeTemp, type TempDir } from "../../support.js";

let tmp: TempDir;
beforeAll(async () => {
  tmp = await makeTemp("schema-types");
});
afterAll(() => tmp.remove());

describe("schemaTypes", () => {
  it("gives the declared types in the table's order, text for columns the schema does not name", async () => {
    const schema = await tmp.write(
      "s.yml",
      "fields:\n  - {name: b, type: number}\n  - {name: a, type: integer}\n  - {name: gone, type: boolean}\n",
    );
    expect(await schemaTypes(schema, ["a", "extra", "b"])).toEqual(["integer", "string", "number"]);
    expect(await schemaTypes(schema, [])).toEqual([]);
  });

  it("refuses a schema that is not one in one line naming the file and the place", async () => {
    const bad = await tmp.write("bad.yml", "fields:\n  - {name: a, type: decimal}\n");
    await expect(schemaTypes(bad, ["a"])).rejects.toThrow(new RegExp(`^${bad}: line 2`));
  });
});
