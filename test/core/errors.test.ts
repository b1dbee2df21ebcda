// Error messages reach the user as one line: a library's multi-line message is folded, and JSON that does not
// parse is described without echoing the file.
import { describe, expect, it } from "vitest";

import { errorMessage, jsonSyntaxProblem } from "../../src/core/errors.js";

const parseError = (text: string) => {
  try {
    JSON.parse(text);
  } catch (e) {
    return e;
  }
  throw new Error("parsed");
};

describe("errorMessage", () => {
  it("folds a message over several lines into one", () => {
    // As onnxruntime words a protobuf failure: a trailing newline, and a second line.
    expect(errorMessage(new Error("Load model failed:\n  Protobuf parsing failed.\n"))).toBe(
      "Load model failed: Protobuf parsing failed.",
    );
    expect(errorMessage("plain")).toBe("plain");
  });
});

describe("jsonSyntaxProblem", () => {
  it("names NaN and infinities with their line, outside strings and names", () => {
    const text = '{\n  "note": "the NaN here is text",\n  "a_NaN_b": 1,\n  "auc": NaN\n}';
    expect(jsonSyntaxProblem(text, parseError(text))).toBe(
      "line 4: NaN is not a JSON number (Python's json.dump writes it for a NaN or infinite value)",
    );
    const inf = '{"loss": Infinity}';
    expect(jsonSyntaxProblem(inf, parseError(inf))).toMatch(/^line 1: Infinity is not a JSON number/);
  });

  it("does not quote the file's text back", () => {
    const text = `{"a": 1,, "secret": "${"x".repeat(50)}"}`;
    const problem = jsonSyntaxProblem(text, parseError(text));
    expect(problem).toMatch(/^not valid JSON \(.+\)$/);
    expect(problem).not.toContain("secret");
    expect(problem).not.toContain("\n");
  });
});
