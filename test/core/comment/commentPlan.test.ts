// The plan is data: which comment to create, update or delete, from what the thread holds. Only comments that
// carry this key's marker *and* are written by the token's identity are ever touched.
import { describe, expect, it } from "vitest";

import {
  checkKey,
  markedBody,
  markerOf,
  ownComments,
  planComment,
  type ThreadComment,
} from "../../../src/core/comment/commentPlan.js";
import { InputError } from "../../../src/core/errors.js";

const me = { id: "41898282", name: "github-actions[bot]" };
const c = (id: string, body: string, authorId = me.id): ThreadComment => ({ id, body, authorId });

describe("commentPlan", () => {
  it("puts the marker first, so a cut body keeps it; keys are plain words only", () => {
    expect(markedBody("drift", "## Hi")).toBe("<!-- modelgate:comment key=drift -->\n## Hi");
    for (const bad of ["", "a b", "x-->", "-lead", "a".repeat(65), "é"])
      expect(() => checkKey(bad)).toThrow(InputError);
    expect(checkKey("model.v2_eval-1")).toBe("model.v2_eval-1");
  });

  it("counts as ours only our identity's comments that start with this key's marker", () => {
    const comments = [
      c("1", markedBody("modelgate", "old")),
      c("2", markedBody("modelgate", "someone else's copy"), "99"),
      c("3", `quoting it: ${markerOf("modelgate")}`),
      c("4", markedBody("drift", "another key")),
      c("5", markedBody("modelgate", "a duplicate")),
    ];
    expect(ownComments(comments, me, "modelgate").map((x) => x.id)).toEqual(["1", "5"]);
  });

  it("update: creates when there is none, updates the oldest, deletes duplicates, leaves an equal body alone", () => {
    const plan = (comments: ThreadComment[]) => planComment({ comments, me, key: "k", body: "B", mode: "update" });
    expect(plan([]).actions).toEqual([{ kind: "create", body: markedBody("k", "B") }]);
    expect(plan([c("7", markedBody("k", "A")), c("9", markedBody("k", "A"))]).actions).toEqual([
      { kind: "update", id: "7", body: markedBody("k", "B") },
      { kind: "delete", id: "9" },
    ]);
    const same = plan([c("7", markedBody("k", "B"))]);
    expect(same).toMatchObject({ actions: [], unchanged: "7" });
  });

  it("recreate posts the new one before the old ones go; delete removes every one of ours and nothing else", () => {
    const comments = [c("1", markedBody("k", "A")), c("2", markedBody("k", "A"), "99"), c("3", markedBody("k", "A"))];
    expect(planComment({ comments, me, key: "k", body: "B", mode: "recreate" }).actions).toEqual([
      { kind: "create", body: markedBody("k", "B") },
      { kind: "delete", id: "1" },
      { kind: "delete", id: "3" },
    ]);
    expect(planComment({ comments, me, key: "k", body: "B", mode: "delete" }).actions).toEqual([
      { kind: "delete", id: "1" },
      { kind: "delete", id: "3" },
    ]);
  });
});
