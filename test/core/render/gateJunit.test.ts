// The gate's JUnit report for GitLab's merge request test widget: one test case per rule, failures carrying what was
// measured, every name from the user escaped for XML.
import { describe, expect, it } from "vitest";

import type { MetricSource } from "../../../src/core/gate/gate.js";
import { runGate } from "../../../src/core/gate/gate.js";
import { parseRule } from "../../../src/core/gate/rules.js";
import { gateJunit } from "../../../src/core/render/gateRender.js";

const source = (label: string, values: Record<string, number>): MetricSource => ({
  label,
  values: new Map(Object.entries(values)),
  modelSha256: label,
  dataSha256: "holdout",
});

describe("gateJunit", () => {
  it("one test case per rule; a failed rule is a <failure> with the measured value, bound and baseline", () => {
    const rules = ["accuracy >= 0.95", "f1 >= baseline - 0.01"].map((r, i) => parseRule(r, `rule ${i + 1}`));
    const xml = gateJunit(
      runGate(rules, source("candidate", { accuracy: 0.97, f1: 0.8 }), source("prod", { f1: 0.9 })),
    );
    expect(xml).toContain('<testsuites name="modelgate gate" tests="2" failures="1">');
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml).toContain('<testcase classname="modelgate.gate" name="accuracy &gt;= 0.95">');
    expect(xml).toContain("<system-out>accuracy = 0.9700, bound 0.9500</system-out>");
    expect(xml).toMatch(
      /<failure message="f1 &gt;= baseline - 0.01 does not hold: f1 = 0.8000 \(baseline 0.9000\), bound 0.8900" type="gate">/,
    );
    expect(xml.match(/<failure /g)).toHaveLength(1);
  });

  it("escapes a hostile label (a file name from the user): no markup or control characters get through", () => {
    const rules = [parseRule("accuracy >= 0.95", "rule 1")];
    const xml = gateJunit(runGate(rules, source("x\"/><evil a='1'>&\u001b[31m", { accuracy: 0.5 }), null));
    expect(xml).not.toContain("<evil");
    expect(xml).not.toContain("\u001b");
    expect(xml).toContain('<testsuite name="x&quot;/&gt;&lt;evil a=&#39;1&#39;&gt;&amp;');
    expect(xml).toContain('failures="1"');
  });
});
