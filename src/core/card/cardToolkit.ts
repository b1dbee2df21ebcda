// The card in Model Card Toolkit's JSON field names (model_details, model_parameters, quantitative_analysis,
// considerations), so tools that read MCT cards can read ours. Values MCT keeps as strings are strings.
import { fairnessFigures } from "../evaluate/fairness.js";
import type { ModelCard } from "./modelCard.js";

const described = (items: string[] | undefined) => (items ?? []).map((description) => ({ description }));

/** The MCT JSON form of the card. */
export function cardToolkitJson(c: ModelCard): Record<string, unknown> {
  const i = c.info;
  const metric = (type: string, value: number, slice?: string) => ({
    type,
    value: String(value),
    ...(slice ? { slice } : {}),
    ...(c.threshold !== null && slice === undefined ? { threshold: String(c.threshold) } : {}),
  });
  const sliced = Object.entries(c.slices).flatMap(([col, groups]) =>
    Object.entries(groups).flatMap(([value, m]) =>
      Object.entries(m)
        .filter(([k]) => k !== "count")
        .map(([k, v]) => metric(k, v, `${col}=${value}`)),
    ),
  );
  // The between-group figures, then each group's own (`fairness:sex=F`), as MCT lists sliced metrics.
  const fairness = Object.entries(c.fairness).flatMap(([col, f]) => [
    ...fairnessFigures(f).map(([k, v]) => metric(k, v, `fairness:${col}`)),
    ...Object.entries(f.groups).flatMap(([g, m]: [string, object]) =>
      Object.entries(m as Record<string, number>)
        .filter(([k]) => k !== "count")
        .map(([k, v]) => metric(k, v, `fairness:${col}=${g}`)),
    ),
  ]);
  const data = [
    {
      name: c.evaluationData.file,
      sha256: c.evaluationData.sha256,
      description: i.evaluation_data?.description ?? "",
      role: "evaluation",
    },
    ...(c.trainingData?.files ?? []).map((f) => ({
      name: f.path,
      sha256: f.sha256,
      description: i.training_data?.description ?? "",
      role: "training",
    })),
  ];
  return {
    schema_version: "0.0.2",
    model_details: {
      name: c.name,
      overview: i.overview ?? "",
      owners: (i.owners ?? []).map((o) => ({ name: o.name, contact: o.contact ?? "" })),
      version: { name: c.version ?? "", date: c.date },
      licenses: i.license ? [{ identifier: i.license }] : [],
      references: (i.references ?? []).map((reference) => ({ reference })),
      citations: i.citation ? [{ citation: i.citation }] : [],
      path: c.model.path,
    },
    model_parameters: {
      model_architecture: `ONNX (producer ${c.model.signature.producer || "unknown"}; ops ${c.model.signature.ops.join(", ")})`,
      data,
      input_format: c.model.signature.inputs
        .map((v) => `${v.name}: ${v.type} [${(v.shape ?? []).join(", ")}]`)
        .join("; "),
      output_format: c.model.signature.outputs
        .map((v) => `${v.name}: ${v.type} [${(v.shape ?? []).join(", ")}]`)
        .join("; "),
    },
    quantitative_analysis: {
      performance_metrics: [...Object.entries(c.metrics).map(([k, v]) => metric(k, v)), ...sliced, ...fairness],
    },
    considerations: {
      users: described(i.intended_use?.primary_users),
      use_cases: described(i.intended_use?.primary_uses),
      limitations: described([
        ...(i.caveats ?? []),
        ...(i.intended_use?.out_of_scope ?? []).map((u) => `Out of scope: ${u}`),
      ]),
      tradeoffs: described(i.recommendations),
      ethical_considerations: (i.ethical_considerations ?? []).map((e) => ({
        name: e.name,
        mitigation_strategy: e.mitigation ?? "",
      })),
    },
  };
}
