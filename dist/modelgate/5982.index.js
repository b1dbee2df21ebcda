export const id = 5982;
export const ids = [5982,921,3302];
export const modules = {

/***/ 55982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCard: () => (/* binding */ runCard)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/core/card/cardInfo.ts
// The human-written parts of a model card, from the file modelgate.yml names (card.info): what no output of the
// pipeline can know. Every field is optional; the card says "not provided" for what is missing.

const cardInfo_text = schemas/* string */.YjP().min(1);
const list = schemas/* array */.YOg(cardInfo_text);
const cardInfoSchema = schemas/* object */.Ikc({
    name: cardInfo_text.optional().describe("The model's name (default: the ONNX file's name)."),
    version: cardInfo_text.optional().describe("The model's version (default: the git commit of the training run)."),
    overview: cardInfo_text.optional().describe("What the model does, in a paragraph."),
    owners: schemas/* array */.YOg(schemas/* object */.Ikc({ name: cardInfo_text, contact: cardInfo_text.optional() }).strict())
        .optional()
        .describe("Who answers for the model."),
    license: cardInfo_text.optional().describe("SPDX license identifier, e.g. `mit` or `apache-2.0`."),
    references: list.optional().describe("Papers, docs or repositories about the model."),
    citation: cardInfo_text.optional().describe("How to cite the model."),
    intended_use: schemas/* object */.Ikc({ primary_uses: list.optional(), primary_users: list.optional(), out_of_scope: list.optional() })
        .strict()
        .optional(),
    factors: schemas/* object */.Ikc({ relevant: list.optional(), evaluation: list.optional() })
        .strict()
        .optional()
        .describe("Groups, instruments and environments that change how the model performs."),
    training_data: schemas/* object */.Ikc({ description: cardInfo_text.optional(), preprocessing: cardInfo_text.optional() }).strict().optional(),
    evaluation_data: schemas/* object */.Ikc({ description: cardInfo_text.optional(), preprocessing: cardInfo_text.optional(), motivation: cardInfo_text.optional() })
        .strict()
        .optional(),
    ethical_considerations: schemas/* array */.YOg(schemas/* object */.Ikc({ name: cardInfo_text, mitigation: cardInfo_text.optional() }).strict()).optional(),
    caveats: list.optional(),
    recommendations: list.optional(),
    tags: list.optional().describe("Extra Hugging Face tags."),
})
    .strict();

// EXTERNAL MODULE: ./src/core/evaluate/fairness.ts
var evaluate_fairness = __webpack_require__(71734);
;// CONCATENATED MODULE: ./src/core/card/cardToolkit.ts
// The card in Model Card Toolkit's JSON field names (model_details, model_parameters, quantitative_analysis,
// considerations), so tools that read MCT cards can read ours. Values MCT keeps as strings are strings.

const described = (items) => (items ?? []).map((description) => ({ description }));
/** The MCT JSON form of the card. */
function cardToolkitJson(c) {
    const i = c.info;
    const metric = (type, value, slice) => ({
        type,
        value: String(value),
        ...(slice ? { slice } : {}),
        ...(c.threshold !== null && slice === undefined ? { threshold: String(c.threshold) } : {}),
    });
    const sliced = Object.entries(c.slices).flatMap(([col, groups]) => Object.entries(groups).flatMap(([value, m]) => Object.entries(m)
        .filter(([k]) => k !== "count")
        .map(([k, v]) => metric(k, v, `${col}=${value}`))));
    // The between-group figures, then each group's own (`fairness:sex=F`), as MCT lists sliced metrics.
    const fairness = Object.entries(c.fairness).flatMap(([col, f]) => [
        ...(0,evaluate_fairness/* fairnessFigures */.zH)(f).map(([k, v]) => metric(k, v, `fairness:${col}`)),
        ...Object.entries(f.groups).flatMap(([g, m]) => Object.entries(m)
            .filter(([k]) => k !== "count")
            .map(([k, v]) => metric(k, v, `fairness:${col}=${g}`))),
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

;// CONCATENATED MODULE: ./src/core/card/modelCard.ts
/** The facts of a profile a card shows: rows and per-column type, nulls and distinct values. */
function dataFacts(profile, file, sha256) {
    return {
        file,
        sha256,
        rows: profile.rows,
        columns: profile.columns.map((c) => ({
            name: c.state.name,
            type: c.state.type,
            null_fraction: c.state.count ? c.state.nulls / c.state.count : 0,
            distinct: Number(c.summary.distinct ?? 0),
        })),
    };
}
/** Assemble the card: nothing is guessed; what no input says stays null or absent. */
function buildModelCard(o) {
    const e = o.evaluation;
    const base = e.model.path.split("/").pop() ?? e.model.path;
    return {
        name: o.info.name ?? base.replace(/\.onnx$/i, ""),
        version: o.info.version ?? (o.run?.git.commit ? o.run.git.commit.slice(0, 12) : null),
        date: o.date,
        info: o.info,
        model: e.model,
        task: e.task,
        threshold: e.threshold,
        positiveLabel: e.positive_label,
        classes: e.classes,
        metrics: Object.fromEntries(Object.entries(e.metrics).filter(([, v]) => Number.isFinite(v))),
        slices: e.slices,
        fairness: e.fairness,
        evaluationData: {
            file: e.data.path,
            sha256: e.data.sha256,
            rows: e.data.rows,
            features: e.data.features,
            target: e.data.target,
        },
        trainingData: o.run || o.trainingProfile ? { files: o.run?.data ?? [], profile: o.trainingProfile ?? null } : null,
        training: o.run
            ? { command: o.run.command, params: o.run.params, commit: o.run.git.commit, started_at: o.run.started_at }
            : null,
        gate: o.gate
            ? {
                passed: o.gate.passed,
                rules: o.gate.rules.map((r) => ({ rule: r.rule, passed: r.passed, actual: r.actual })),
            }
            : null,
    };
}

// EXTERNAL MODULE: ./src/core/config/yamlFile.ts
var yamlFile = __webpack_require__(20921);
// EXTERNAL MODULE: ./src/core/data/fileHash.ts
var fileHash = __webpack_require__(5264);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/outputFile.ts
var outputFile = __webpack_require__(7344);
// EXTERNAL MODULE: ./src/core/profile/readProfile.ts
var readProfile = __webpack_require__(89588);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/metrics/catalogue.ts
var catalogue = __webpack_require__(46300);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(56745);
// EXTERNAL MODULE: ./src/core/render/evaluationRender.ts
var evaluationRender = __webpack_require__(40676);
;// CONCATENATED MODULE: ./src/core/render/cardRender.ts
// MODEL_CARD.md: Hugging Face front matter (model-index) and the sections of "Model Cards for Model Reporting"
// (Mitchell et al., 2019). Unknowns say so; user text is made inert (no HTML, no @mentions).





const NOT_PROVIDED = "_Not provided._";
/** Prose from the card info: paragraphs kept, each made inert. */
function prose(text) {
    if (!text)
        return NOT_PROVIDED;
    return text
        .split(/\n\s*\n/)
        .map((p) => (0,render_escape/* escapeMarkdown */.FV)(p.trim()))
        .join("\n\n");
}
function bullets(items) {
    return items && items.length > 0 ? items.map((i) => `- ${(0,render_escape/* escapeMarkdown */.FV)(i)}`).join("\n") : NOT_PROVIDED;
}
const HF_TASK = { classification: "tabular-classification", regression: "tabular-regression" };
function frontMatter(c) {
    const meta = {
        ...(c.info.license ? { license: c.info.license } : {}),
        library_name: "onnx",
        tags: ["onnx", "modelgate", HF_TASK[c.task], ...(c.info.tags ?? [])],
        "model-index": [
            {
                name: c.name,
                results: [
                    {
                        task: {
                            type: HF_TASK[c.task],
                            name: c.task === "classification" ? "Tabular Classification" : "Tabular Regression",
                        },
                        dataset: {
                            name: c.evaluationData.file.split("/").pop(),
                            type: c.evaluationData.file,
                            split: "holdout",
                            revision: c.evaluationData.sha256,
                        },
                        metrics: (0,catalogue/* listedMetrics */.FK)(c.metrics, (m) => m.modelIndex).map((k) => ({
                            type: k,
                            value: c.metrics[k],
                            name: k,
                            verified: false,
                        })),
                    },
                ],
            },
        ],
    };
    return `---\n${(0,dist/* stringify */.As)(meta, { lineWidth: 0 })}---\n`;
}
function signature(c) {
    const s = c.model.signature;
    const io = (v) => `${(0,render_escape/* codeSpan */.SS)(v.name)} ${(0,render_escape/* escapeMarkdown */.FV)(v.type)}${v.shape ? ` [${v.shape.map(String).map(render_escape/* escapeMarkdown */.FV).join(", ")}]` : ""}`;
    return [
        `- **Format**: ONNX (IR ${s.irVersion}), opsets ${s.opsets.map((o) => `${(0,render_escape/* escapeMarkdown */.FV)(o.domain || "ai.onnx")} ${o.version}`).join(", ")}; producer ${(0,render_escape/* escapeMarkdown */.FV)(s.producer || "unknown")}`,
        `- **Inputs**: ${s.inputs.map(io).join("; ")}`,
        `- **Outputs**: ${s.outputs.map(io).join("; ")}`,
        `- **Operators**: ${s.ops.map((o) => (0,render_escape/* codeSpan */.SS)(o)).join(", ")} (${s.initializers} initializers)`,
        `- **File**: ${(0,render_escape/* codeSpan */.SS)(c.model.path)}, ${(0,catalogue/* formatMetric */.gI)("model_bytes", c.model.bytes)}, sha256 ${(0,render_escape/* digestSpan */.ps)(c.model.sha256)}`,
    ];
}
function metricTable(metrics) {
    const rows = Object.entries(metrics);
    if (rows.length === 0)
        return [NOT_PROVIDED];
    return ["| Metric | Value |", "|---|---:|", ...rows.map(([k, v]) => `| ${(0,render_escape/* codeSpan */.SS)(k)} | ${(0,catalogue/* formatMetric */.gI)(k, v)} |`)];
}
function dataSection(c) {
    const out = [
        "## Training data",
        "",
        prose(c.info.training_data?.description),
        "",
        ...(c.info.training_data?.preprocessing
            ? [`**Preprocessing**: ${prose(c.info.training_data.preprocessing)}`, ""]
            : []),
    ];
    const t = c.trainingData;
    if (!t)
        return [...out, "Files and profile: not provided (give `--run` and `--profile`).", ""];
    for (const f of t.files)
        out.push(`- ${(0,render_escape/* codeSpan */.SS)(f.path)}: ${f.bytes} bytes, sha256 ${(0,render_escape/* digestSpan */.ps)(f.sha256)}`);
    if (t.files.length > 0)
        out.push("");
    if (t.profile) {
        const p = t.profile;
        out.push(`Profile ${(0,render_escape/* codeSpan */.SS)(p.file)}${p.sha256 ? ` (sha256 ${(0,render_escape/* digestSpan */.ps)(p.sha256, 12)})` : ""}: **${p.rows}** rows, ${p.columns.length} columns.`, "", "| Column | Type | Nulls | Distinct |", "|---|---|---:|---:|", ...p.columns.map((col) => `| ${(0,render_escape/* codeSpan */.SS)(col.name)} | ${col.type} | ${(col.null_fraction * 100).toFixed(1)} % | ${col.distinct} |`), "");
    }
    return out;
}
function quantitative(c) {
    const out = ["## Quantitative analyses", "", "### Overall", "", ...metricTable(c.metrics), ""];
    const keys = (0,evaluationRender/* sliceKeys */.Z)(c);
    for (const [col, groups] of Object.entries(c.slices)) {
        out.push(`### By ${(0,render_escape/* codeSpan */.SS)(col)}`, "", `| Value | ${keys.join(" | ")} |`, `|---|${keys.map(() => "---:").join("|")}|`);
        for (const [value, m] of Object.entries(groups))
            out.push(`| ${(0,render_escape/* codeSpan */.SS)(value)} | ${(0,evaluationRender/* metricCells */.GF)(keys, m)} |`);
        out.push("");
    }
    const basis = { classes: c.classes, positive_label: c.positiveLabel };
    for (const [col, f] of Object.entries(c.fairness)) {
        out.push(`### Fairness across ${(0,render_escape/* codeSpan */.SS)(col)} (fairlearn definitions)`, "", `Measured ${(0,evaluationRender/* fairnessBasis */.Qk)(f, basis)}.`, "", ...metricTable(Object.fromEntries((0,evaluate_fairness/* fairnessFigures */.zH)(f))), "", ...(0,evaluationRender/* fairnessGroupTable */.pk)(f), "");
    }
    if (c.gate) {
        out.push(`### Gate: ${c.gate.passed ? "✅ passed" : "❌ failed"}`, "", ...c.gate.rules.map((r) => `- ${r.passed ? "✅" : "❌"} ${(0,render_escape/* codeSpan */.SS)(r.rule, 200)} (actual ${(0,catalogue/* formatMetric */.gI)("", r.actual)})`), "");
    }
    return out;
}
/** How predictions became labels: a binary classifier's threshold and positive class, or the classes of a multiclass one. */
function decision(c) {
    if (c.task !== "classification")
        return "";
    const n = c.classes?.length ?? 0;
    if (n <= 2)
        return `; decision threshold ${c.threshold ?? "argmax"} on the probability of ${c.positiveLabel ? (0,render_escape/* codeSpan */.SS)(c.positiveLabel) : "the positive class"}`;
    // More classes have no positive class: labels are the most probable class (or the model's own label output).
    return `; the predicted label is the model's own (the most probable of ${n} classes), macro averages weigh the classes equally${c.positiveLabel ? `, and precision, recall and F1 are of ${(0,render_escape/* codeSpan */.SS)(c.positiveLabel)} against the other classes` : ""}`;
}
/** The card body without front matter (what the PR comment folds in). */
function cardBody(c) {
    const i = c.info;
    const owners = i.owners
        ?.map((o) => `${(0,render_escape/* escapeMarkdown */.FV)(o.name)}${o.contact ? ` (${(0,render_escape/* escapeMarkdown */.FV)(o.contact)})` : ""}`)
        .join(", ");
    const sensitive = Object.keys(c.fairness);
    const sliced = Object.keys(c.slices);
    return [
        `# Model card: ${(0,render_escape/* escapeMarkdown */.FV)(c.name)}`,
        "",
        "## Model details",
        "",
        prose(i.overview),
        "",
        `- **Version**: ${c.version ? (0,render_escape/* codeSpan */.SS)(c.version) : NOT_PROVIDED}`,
        `- **Date**: ${c.date}`,
        `- **Owners**: ${owners ?? NOT_PROVIDED}`,
        `- **License**: ${i.license ? (0,render_escape/* codeSpan */.SS)(i.license) : NOT_PROVIDED}`,
        `- **Task**: ${c.task}${c.classes ? ` over classes ${c.classes.map((k) => (0,render_escape/* codeSpan */.SS)(k)).join(", ")}` : ""}`,
        ...signature(c),
        `- **References**: ${i.references?.length ? i.references.map((r) => (0,render_escape/* escapeMarkdown */.FV)(r)).join("; ") : NOT_PROVIDED}`,
        `- **Citation**: ${i.citation ? (0,render_escape/* escapeMarkdown */.FV)(i.citation) : NOT_PROVIDED}`,
        ...(c.training
            ? [
                `- **Trained by**: ${(0,render_escape/* codeSpan */.SS)(c.training.command, 200)} at ${(0,render_escape/* codeSpan */.SS)(c.training.started_at)}${c.training.commit ? `, commit ${(0,render_escape/* digestSpan */.ps)(c.training.commit, 12)}` : ""}`,
            ]
            : []),
        "",
        "## Intended use",
        "",
        "**Primary intended uses**",
        "",
        bullets(i.intended_use?.primary_uses),
        "",
        "**Primary intended users**",
        "",
        bullets(i.intended_use?.primary_users),
        "",
        "**Out-of-scope uses**",
        "",
        bullets(i.intended_use?.out_of_scope),
        "",
        "## Factors",
        "",
        "**Relevant factors**",
        "",
        bullets(i.factors?.relevant),
        "",
        "**Evaluation factors**",
        "",
        i.factors?.evaluation?.length
            ? bullets(i.factors.evaluation)
            : sensitive.length + sliced.length > 0
                ? `Measured across ${[...new Set([...sliced, ...sensitive])].map((s) => (0,render_escape/* codeSpan */.SS)(s)).join(", ")} (see the quantitative analyses).`
                : NOT_PROVIDED,
        "",
        "## Metrics",
        "",
        `Computed by modelgate from the ONNX model's own predictions with onnxruntime, as scikit-learn defines them${decision(c)}. Fairness as fairlearn defines it.`,
        "",
        "## Evaluation data",
        "",
        prose(i.evaluation_data?.description),
        "",
        `- ${(0,render_escape/* codeSpan */.SS)(c.evaluationData.file)}: **${c.evaluationData.rows}** rows, sha256 ${(0,render_escape/* digestSpan */.ps)(c.evaluationData.sha256)}`,
        `- Target ${(0,render_escape/* codeSpan */.SS)(c.evaluationData.target)}; ${c.evaluationData.features.length} features: ${c.evaluationData.features
            .slice(0, 40)
            .map((f) => (0,render_escape/* codeSpan */.SS)(f))
            .join(", ")}${c.evaluationData.features.length > 40 ? ", …" : ""}`,
        ...(i.evaluation_data?.motivation ? [`- **Motivation**: ${prose(i.evaluation_data.motivation)}`] : []),
        ...(i.evaluation_data?.preprocessing ? [`- **Preprocessing**: ${prose(i.evaluation_data.preprocessing)}`] : []),
        "",
        ...dataSection(c),
        ...quantitative(c),
        "## Ethical considerations",
        "",
        i.ethical_considerations?.length
            ? i.ethical_considerations
                .map((e) => `- **${(0,render_escape/* escapeMarkdown */.FV)(e.name)}**: ${e.mitigation ? (0,render_escape/* escapeMarkdown */.FV)(e.mitigation) : "mitigation not provided"}`)
                .join("\n")
            : NOT_PROVIDED,
        "",
        "## Caveats and recommendations",
        "",
        "**Caveats**",
        "",
        bullets(i.caveats),
        "",
        "**Recommendations**",
        "",
        bullets(i.recommendations),
        "",
        `<sub>Generated by modelgate from the pipeline's outputs; the human-written parts come from the card info file.</sub>`,
        "",
    ].join("\n");
}
/** MODEL_CARD.md: front matter, then the body. */
function cardMarkdown(c) {
    return `${frontMatter(c)}\n${cardBody(c)}`;
}

// EXTERNAL MODULE: ./src/core/report/bindings.ts
var bindings = __webpack_require__(86702);
// EXTERNAL MODULE: ./src/core/report/outputs.ts + 1 modules
var outputs = __webpack_require__(77333);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
;// CONCATENATED MODULE: ./src/commands/card/run.ts












/** The day a run started (run.json's started_at), or one line naming the file. */
function runDay(started, file) {
    const t = Date.parse(started);
    if (Number.isNaN(t))
        throw new errors/* InputError */.dz(file, { path: "started_at" }, `${JSON.stringify(started)} is not a date and time`);
    return new Date(t).toISOString().slice(0, 10);
}
/** `modelgate card`: MODEL_CARD.md and, with --json, the Model Card Toolkit JSON. */
async function runCard(input, io) {
    const { date, evaluation: evaluationFile, out, mct: json } = input;
    const evaluation = await (0,outputs/* loadOutput */.g)("evaluation", evaluationFile);
    const run = input.run !== undefined ? await (0,outputs/* loadOutput */.g)("run", input.run) : undefined;
    const gate = input.gate !== undefined ? await (0,outputs/* loadOutput */.g)("gate", input.gate) : undefined;
    (0,bindings/* checkBindings */.t)({ evaluation, ...(gate ? { gate } : {}) }, {
        evaluation: (0,commands_io/* shown */.SP)(evaluationFile, io.cwd),
        ...(input.gate !== undefined ? { gate: (0,commands_io/* shown */.SP)(input.gate, io.cwd) } : {}),
    });
    const profileFile = input.profile;
    const trainingProfile = profileFile
        ? dataFacts(await (0,readProfile/* readProfile */.e)(profileFile), (0,commands_io/* shown */.SP)(profileFile, io.cwd), await (0,fileHash/* sha256File */.Q)(profileFile))
        : undefined;
    const info = input.info !== undefined ? await (0,yamlFile.loadYamlFile)(input.info, cardInfoSchema) : {};
    const card = buildModelCard({
        evaluation,
        ...(run ? { run } : {}),
        ...(gate ? { gate } : {}),
        ...(trainingProfile ? { trainingProfile } : {}),
        info,
        // The card's day: --date, else the training run's start, else today.
        date: date ??
            (run && input.run ? runDay(run.started_at, (0,commands_io/* shown */.SP)(input.run, io.cwd)) : new Date().toISOString().slice(0, 10)),
    });
    await (0,outputFile/* writeOutput */.z)(out, cardMarkdown(card));
    if (json)
        await (0,outputFile/* writeOutput */.z)(json, `${JSON.stringify(cardToolkitJson(card), null, 2)}\n`);
    (0,commands_io/* printResult */.RS)(io, `wrote ${(0,commands_io/* shown */.SP)(out, io.cwd)}${json ? ` and ${(0,commands_io/* shown */.SP)(json, io.cwd)}` : ""}: ${card.name}\n`, cardToolkitJson(card));
    await io.platform.setOutputs({ "card-path": out, "card-json-path": json ?? "" });
    return 0;
}


/***/ }),

/***/ 11252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   gZ: () => (/* binding */ TOO_DEEP),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony export stripBom */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89629);
// The one way input text and JSON files are read (config, schema, metrics, evaluation, gate, drift, profile, params):
// regular files only, a leading byte-order mark dropped, nesting bounded. YAML goes through yamlFile.ts, which uses
// the same text reader; this module stays free of the YAML library so JSON-only commands do not load it.



/**
 * How deep a structured file may nest. No config or result file comes near it; past it the readers that recurse
 * (the YAML composer, zod, the metric flattener) would overflow the stack on a crafted file of a few hundred bytes.
 */
const MAX_NESTING = 100;
/** The problem named when a file nests deeper than MAX_NESTING. */
const TOO_DEEP = `nested deeper than ${MAX_NESTING} levels`;
/** A text input's content: only a regular file is read; a UTF-8 byte-order mark is dropped. */
async function readTextFile(file) {
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_2__/* .assertRegularFile */ .f)(file);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => Promise.reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e)));
    return stripBom(text);
}
/** The text without a leading U+FEFF (JSON.parse refuses one; YAML allows it). */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The line of the first bracket that opens past MAX_NESTING, strings skipped; null when the text stays within it. */
function tooDeepLine(text) {
    let depth = 0;
    let line = 1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            line++;
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            if (++depth > MAX_NESTING)
                return line;
        }
        else if (c === 93 || c === 125)
            depth--;
    }
    return null;
}
/** JSON text to a value; syntax, NaN and excessive nesting are one InputError naming the file. */
function parseJsonText(file, text) {
    const body = stripBom(text);
    const deep = tooDeepLine(body);
    if (deep !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { line: deep }, TOO_DEEP);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonSyntaxProblem */ .F1)(body, e));
    }
}
/** Read and parse a JSON file (see readTextFile and parseJsonText). */
async function readJsonFile(file) {
    return parseJsonText(file, await readTextFile(file));
}


/***/ }),

/***/ 20921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPath: () => (/* binding */ formatPath),
/* harmony export */   loadYamlFile: () => (/* binding */ loadYamlFile),
/* harmony export */   parseYamlText: () => (/* binding */ parseYamlText),
/* harmony export */   parseYamlValue: () => (/* binding */ parseYamlValue),
/* harmony export */   readStructuredFile: () => (/* binding */ readStructuredFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _jsonFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11252);



/** Alias expansions a document may make: past this it is an alias bomb ("billion laughs"), not a config. */
const MAX_ALIASES = 100;
/** `a.b[0].c` from a zod issue path. */
function formatPath(path) {
    let out = "";
    for (const p of path)
        out += typeof p === "number" ? `[${p}]` : `${out ? "." : ""}${String(p)}`;
    return out || "(top level)";
}
function nodeAt(root, path) {
    let node = root;
    for (const p of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((it) => it.key?.value === p);
            if (!pair)
                return { node, key: false };
            node = pair.value ?? pair.key;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof p === "number") {
            node = node.items[p] ?? node;
        }
        else
            break;
    }
    return { node, key: false };
}
function keyNode(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return null;
    const pair = map.items.find((it) => it.key?.value === key);
    return pair?.key ?? null;
}
/**
 * The offset of the first collection nested past MAX_NESTING, or null. Read from the concrete syntax tree, which
 * the yaml package builds without recursion: its composer recurses per level, and `- - - … x` (two bytes a level)
 * overflows it, or worse, exhausts the heap.
 */
function tooDeepOffset(tokens) {
    for (const token of tokens) {
        const stack = [[token, 0]];
        for (let next = stack.pop(); next; next = stack.pop()) {
            const [node, depth] = next;
            const collection = node.type === "block-map" || node.type === "block-seq" || node.type === "flow-collection";
            const d = collection ? depth + 1 : depth;
            if (d > _jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING */ .M1)
                return node.offset ?? 0;
            for (const item of node.items ?? []) {
                if (item.key && typeof item.key === "object")
                    stack.push([item.key, d]);
                if (item.value && typeof item.value === "object")
                    stack.push([item.value, d]);
            }
            if (node.value && typeof node.value === "object")
                stack.push([node.value, d]);
        }
    }
    return null;
}
/**
 * YAML text as one document; nesting past MAX_NESTING and syntax errors are one InputError with the line. This is
 * yaml's parseDocument in its two steps, so that the syntax tree is checked before the composer walks it.
 */
function yamlDocument(file, text, lineCounter) {
    const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lineCounter.addNewLine).parse(text)];
    const deep = tooDeepOffset(tokens);
    if (deep !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { line: lineCounter.linePos(deep).line }, _jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_DEEP */ .gZ);
    const docs = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ prettyErrors: false, uniqueKeys: true }).compose(tokens, true, text.length);
    const doc = docs.next().value;
    const second = docs.next();
    const err = doc.errors[0] ??
        (second.done ? undefined : { pos: second.value.range, message: "holds more than one document" });
    if (err) {
        const line = err.pos ? lineCounter.linePos(err.pos[0]).line : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, line ? { line } : undefined, `not valid YAML: ${err.message.split("\n")[0]}`);
    }
    return doc;
}
/** The document's value; an alias bomb is one line here, not yaml's bare ReferenceError. */
function documentValue(file, doc) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        const bomb = /alias count/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, bomb
            ? `not valid YAML: its aliases expand past ${MAX_ALIASES} nodes (an alias bomb)`
            : `not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
}
/** YAML text to a plain value, with the same limits as every reader here (nesting, aliases). */
function parseYamlValue(file, text) {
    return documentValue(file, yamlDocument(file, text, new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN()));
}
/** A JSON or YAML file's value (metrics, params): regular files only, BOM dropped, nesting and aliases bounded. */
async function readStructuredFile(file, syntax) {
    const text = await (0,_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file);
    return syntax === "json" ? (0,_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(file, text) : parseYamlValue(file, text);
}
/** Read a YAML (or JSON) file and check it against a zod schema; any problem is one line with the path and line. */
async function loadYamlFile(file, schema) {
    return parseYamlText(file, await (0,_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file), schema);
}
function parseYamlText(file, text, schema) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = yamlDocument(file, text, lineCounter);
    const value = documentValue(file, doc);
    const result = schema.safeParse(value ?? {});
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    let { node } = nodeAt(doc.contents, issue.path);
    let path = issue.path;
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
        const key = issue.keys[0];
        node = keyNode(node, key) ?? node;
        path = [...issue.path, key];
        message = `unknown key ${JSON.stringify(key)}`;
    }
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { ...(line ? { line } : {}), path: formatPath(path) }, message);
}


/***/ }),

/***/ 5264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89629);




// Every sha256 modelgate writes (models, data, artifacts, a gate's config) is lowercase hex of the bytes: digests
// taken at different steps (a model read whole by evaluate, a file streamed by train or card) are compared as
// bindings, so they are computed here, one way.
/** sha256 of bytes, or of a string's UTF-8 encoding, as lowercase hex. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(data).digest("hex");
}
/** sha256 of a file, streamed (any size, bounded memory); /dev/zero or a FIFO is refused, not hashed for ever. */
async function sha256File(path) {
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_3__/* .assertRegularFile */ .f)(path);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
            hash.update(chunk);
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadable */ .O$)(path, e);
    }
    return hash.digest("hex");
}


/***/ }),

/***/ 71734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ isRegressionFairness),
/* harmony export */   BA: () => (/* binding */ regressionFairness),
/* harmony export */   I5: () => (/* binding */ classificationFairness),
/* harmony export */   zH: () => (/* binding */ fairnessFigures)
/* harmony export */ });
/* unused harmony export fairness */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// Group fairness as fairlearn defines it (fairlearn.metrics).
// - A binary classifier: demographic parity difference/ratio over selection rates P(ŷ = positive | group),
//   equalized odds difference (the larger of the between-group TPR and FPR differences) and equal opportunity
//   difference (the TPR difference).
// - A classifier over more classes: the same binary definitions one-vs-rest, on the labelling "the positive label
//   against every other class" (true and predicted alike); without a positive label there is no such labelling.
// - A regressor: per-group metrics as a MetricFrame gives them (count, mean prediction, MAE, RMSE) and the
//   between-group difference (max − min) of each but the count.

/** Whether a fairness entry is a regressor's (per-group errors) rather than a classifier's (rates). */
function isRegressionFairness(f) {
    return "rmse_difference" in f;
}
/** The between-group figures of a fairness entry, by name (everything but the per-group table). */
function fairnessFigures(f) {
    return Object.entries(f).filter((x) => x[0] !== "groups" && typeof x[1] === "number");
}
const spread = (xs) => Math.max(...xs) - Math.min(...xs);
/** Row indices per group value, groups in sorted order (as a MetricFrame's by_group index). */
function rowsByGroup(group) {
    const byGroup = new Map();
    group.forEach((g, i) => {
        const rows = byGroup.get(g);
        if (rows)
            rows.push(i);
        else
            byGroup.set(g, [i]);
    });
    return [...byGroup].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
/** Fairness of predictions across the values of a sensitive column (rates of a group with no positives or negatives are 0). */
function fairness(yTrue, yPred, group, positive) {
    const groups = {};
    for (const [g, rows] of rowsByGroup(group)) {
        let tp = 0;
        let fp = 0;
        let pos = 0;
        let selected = 0;
        let agree = 0;
        for (const i of rows) {
            const t = yTrue[i] === positive;
            const p = yPred[i] === positive;
            if (t)
                pos++;
            if (p)
                selected++;
            if (t && p)
                tp++;
            if (!t && p)
                fp++;
            if (t === p)
                agree++;
        }
        const neg = rows.length - pos;
        groups[g] = {
            count: rows.length,
            selection_rate: selected / rows.length,
            tpr: pos ? tp / pos : 0,
            fpr: neg ? fp / neg : 0,
            accuracy: agree / rows.length,
        };
    }
    const rates = Object.values(groups);
    const sel = rates.map((r) => r.selection_rate);
    const tprDiff = spread(rates.map((r) => r.tpr));
    const fprDiff = spread(rates.map((r) => r.fpr));
    return {
        groups,
        demographic_parity_difference: spread(sel),
        demographic_parity_ratio: Math.max(...sel) === 0 ? 1 : Math.min(...sel) / Math.max(...sel),
        equalized_odds_difference: Math.max(tprDiff, fprDiff),
        equal_opportunity_difference: tprDiff,
    };
}
/**
 * A classifier's fairness across each sensitive column (column → its value per row): binary as it is, more
 * classes one-vs-rest for the positive label. Without a positive label over more classes, or with one that is none
 * of the classes, one line says what to pass.
 */
function classificationFairness(yTrue, yPred, columns, classes, positive) {
    if (columns.size === 0)
        return {};
    const list = classes.join(", ");
    if (positive === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `fairness over ${classes.length} classes is measured one class against the rest: pass --positive-label with that class (one of ${list})`);
    if (!classes.includes(positive))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `--positive-label ${JSON.stringify(positive)} is none of the model's classes (${list}): fairness needs one of them`);
    return Object.fromEntries([...columns].map(([col, group]) => [col, fairness(yTrue, yPred, group, positive)]));
}
/** A regressor's fairness across each sensitive column: per-group count, mean prediction, MAE and RMSE, and their spreads. */
function regressionFairness(yTrue, yPred, columns) {
    const out = {};
    for (const [col, group] of columns) {
        const groups = {};
        for (const [g, rows] of rowsByGroup(group)) {
            let sum = 0;
            let ae = 0;
            let se = 0;
            for (const i of rows) {
                const d = yTrue[i] - yPred[i];
                sum += yPred[i];
                ae += Math.abs(d);
                se += d * d;
            }
            const n = rows.length;
            groups[g] = { count: n, mean_prediction: sum / n, mae: ae / n, rmse: Math.sqrt(se / n) };
        }
        const all = Object.values(groups);
        out[col] = {
            groups,
            mean_prediction_difference: spread(all.map((x) => x.mean_prediction)),
            mae_difference: spread(all.map((x) => x.mae)),
            rmse_difference: spread(all.map((x) => x.rmse)),
        };
    }
    return out;
}


/***/ }),

/***/ 46300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   EE: () => (/* binding */ metricDirection),
/* harmony export */   FK: () => (/* binding */ listedMetrics),
/* harmony export */   cv: () => (/* binding */ lowerIsBetter),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   oW: () => (/* binding */ headlineMetrics),
/* harmony export */   yD: () => (/* binding */ metricSpec)
/* harmony export */ });
/* unused harmony exports METRICS, directionByName, formatOf */
// The one list of the metrics modelgate computes: for each, the tasks it is computed for, what it is computed from,
// which way is better, how it is written and where it is listed. Evaluation, gate, bootstrap, model card and the
// renderers read it. Names it does not list (a flat metrics file's `train.loss`, `slices.<col>.<value>.<m>`,
// `fairness.<col>.<m>`) get a direction from their last dotted part and a format from their suffix.
const C = ["classification"];
const R = ["regression"];
const BOTH = ["classification", "regression"];
// Generic in the name, so that MetricName is the union of the names written here.
const quality = (name, tasks, basis, direction, label, more = {}) => ({
    name,
    tasks,
    basis,
    direction,
    label,
    format: "fixed4",
    table: "quality",
    modelIndex: true,
    ...more,
});
const operational = (name, label, more = {}) => ({
    name,
    tasks: BOTH,
    basis: "run",
    direction: "lower",
    label,
    format: "fixed3",
    table: "operational",
    ...more,
});
const fairness = (name, tasks, direction) => ({
    name,
    tasks,
    basis: "groups",
    direction,
    label: name.replace(/_/g, " "),
    format: "fixed4",
    table: null,
});
// The order is the order of the summary's tables and of the model-index.
const ENTRIES = [
    quality("accuracy", C, "labels", "higher", "accuracy", { headline: true }),
    quality("balanced_accuracy", C, "labels", "higher", "balanced accuracy"),
    quality("precision", C, "labels", "higher", "precision of the positive class"),
    quality("recall", C, "labels", "higher", "recall of the positive class"),
    quality("f1", C, "labels", "higher", "F1 of the positive class", { headline: true }),
    quality("precision_macro", C, "labels", "higher", "macro precision", { modelIndex: false }),
    quality("recall_macro", C, "labels", "higher", "macro recall", { modelIndex: false }),
    quality("f1_macro", C, "labels", "higher", "macro F1"),
    quality("precision_weighted", C, "labels", "higher", "weighted precision", { table: null, modelIndex: false }),
    quality("recall_weighted", C, "labels", "higher", "weighted recall", { table: null, modelIndex: false }),
    quality("f1_weighted", C, "labels", "higher", "weighted F1"),
    quality("roc_auc", C, "probabilities", "higher", "ROC AUC", { headline: true }),
    quality("roc_auc_ovr_macro", C, "probabilities", "higher", "one-vs-rest macro ROC AUC"),
    quality("pr_auc", C, "probabilities", "higher", "PR AUC (average precision)"),
    quality("log_loss", C, "probabilities", "lower", "log loss", { headline: true }),
    quality("rmse", R, "values", "lower", "RMSE", { headline: true }),
    quality("mae", R, "values", "lower", "MAE"),
    quality("r2", R, "values", "higher", "R²", { headline: true }),
    quality("mape", R, "values", "lower", "MAPE (a fraction)"),
    // Written with 4 decimals like any metric (a card's Overall table); slice and group tables write it whole.
    { name: "count", tasks: BOTH, basis: "rows", direction: "higher", label: "rows", format: "fixed4", table: null },
    operational("latency_p50_ms", "median single-row latency (ms)"),
    operational("latency_p95_ms", "p95 single-row latency (ms)", { headline: true }),
    operational("latency_p99_ms", "p99 single-row latency (ms)"),
    operational("batch_latency_p50_ms", "median batch latency (ms)", { table: null }),
    operational("batch_latency_p95_ms", "p95 batch latency (ms)"),
    operational("batch_latency_p99_ms", "p99 batch latency (ms)", { table: null }),
    operational("rows_per_second", "rows per second", { direction: "higher", format: "grouped" }),
    operational("model_bytes", "model size", { format: "kib" }),
    operational("peak_rss_mib", "peak resident memory (MiB)"),
    fairness("demographic_parity_difference", C, "lower"),
    fairness("demographic_parity_ratio", C, "higher"),
    fairness("equalized_odds_difference", C, "lower"),
    fairness("equal_opportunity_difference", C, "lower"),
    fairness("mean_prediction_difference", R, "lower"),
    fairness("mae_difference", R, "lower"),
    fairness("rmse_difference", R, "lower"),
];
/** Every metric modelgate computes, in display order. */
const METRICS = ENTRIES.map((e) => ({ headline: false, modelIndex: false, ...e }));
const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));
/** The catalogue entry of exactly this name, or undefined (a dotted or unknown name has none). */
function metricSpec(name) {
    return BY_NAME.get(name);
}
/**
 * The naming rule for metrics the catalogue does not list, on the last dotted part: lower is better for losses,
 * errors (mse, rmse, mae, mape, error_rate), latencies and durations, sizes and memory, fairness differences,
 * false-positive and false-negative rates, Brier score and perplexity; higher for everything else.
 */
const LOWER_BY_NAME = /^(loss|.*_loss|loss_.*|mse|rmse|mae|mape|msle|rmsle|.*error.*|latency_.*|.*_latency_.*|.*_ms|.*_seconds|.*_s|.*_bytes|.*_mib|.*_difference|fpr|fnr|false_(positive|negative)_rate|brier.*|perplexity)$/;
const lastPart = (name) => name.slice(name.lastIndexOf(".") + 1);
/** The direction the naming rule gives a metric name (by its last dotted part), catalogue or not. */
function directionByName(name) {
    return LOWER_BY_NAME.test(lastPart(name)) ? "lower" : "higher";
}
/**
 * Which way is better for `name`: as `overrides` set it for the name or its last dotted part, else the catalogue's
 * direction of the last dotted part (`slices.age.young.rmse` is an rmse), else the naming rule.
 */
function metricDirection(name, overrides = {}) {
    const last = lastPart(name);
    const set = (k) => (Object.hasOwn(overrides, k) ? overrides[k] : undefined);
    return set(name) ?? set(last) ?? BY_NAME.get(last)?.direction ?? directionByName(last);
}
/** Whether lower is better for `name` (see metricDirection). */
function lowerIsBetter(name, overrides = {}) {
    return metricDirection(name, overrides) === "lower";
}
/**
 * How a value of `name` is written. The whole name is looked up: a dotted name (`train.model_bytes` from a metrics
 * file) is some other tool's figure and stays a plain decimal; milliseconds and MiB by their suffix get 3 decimals.
 */
function formatOf(name) {
    return BY_NAME.get(name)?.format ?? (name.endsWith("_ms") || name.endsWith("_mib") ? "fixed3" : "fixed4");
}
/** A metric's value as reports write it (a value that is not finite as JavaScript writes it: NaN, Infinity). */
function formatMetric(name, v) {
    if (!Number.isFinite(v))
        return String(v);
    switch (formatOf(name)) {
        case "kib":
            return `${(v / 1024).toFixed(1)} KiB`;
        case "grouped":
            return Math.round(v).toLocaleString("en-US");
        case "fixed3":
            return v.toFixed(3);
        case "fixed4":
            return v.toFixed(4);
    }
}
/** A metric in words: the catalogue's label, or the name with its underscores as spaces. */
function metricLabel(name) {
    return BY_NAME.get(name)?.label ?? name.replace(/_/g, " ");
}
/** The names `metrics` has of the catalogue entries `pick` chooses, in catalogue order. */
function listedMetrics(metrics, pick) {
    return METRICS.filter((m) => pick(m) && metrics[m.name] !== undefined).map((m) => m.name);
}
/** The headline metrics of an evaluation, in the evaluation's own order (the one-line summary of `evaluate`). */
function headlineMetrics(metrics) {
    return Object.entries(metrics).filter(([k]) => BY_NAME.get(k)?.headline === true);
}


/***/ }),

/***/ 89588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readProfile)
/* harmony export */ });
/* harmony import */ var _config_jsonFile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11252);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17416);



/** A profile file (from `modelgate profile`), checked against its schema: one line naming the file and the place. */
async function readProfile(file) {
    const json = await (0,_config_jsonFile_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonFile */ .JE)(file);
    const parsed = _profile_js__WEBPACK_IMPORTED_MODULE_2__/* .profileSchema */ .Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { path: issue.path.join(".") || "(top level)" }, `not a modelgate profile: ${issue.message}`);
    }
    return parsed.data;
}


/***/ }),

/***/ 56745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   ps: () => (/* binding */ digestSpan),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* harmony import */ var _consoleText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48706);

// GitHub links more than cmark-gfm does: after rendering, it turns `@user`, `@org/team` (which notifies the team)
// and `#123` in the HTML's text into links, whatever entity wrote the character, and skips only <code>, <pre> and
// <a>. A zero-width joiner after `@`, and between `#` and a digit, leaves the text as it reads and links nothing.
const ZWJ = "\u200D";
/**
 * Text from data or users, made inert in Markdown and HTML: no tags, no table breaks, no @mentions or #refs, no
 * links (cmark-gfm autolinks `scheme://` and `www.` anywhere, table cells included), no control characters, and
 * never a leading `:` (a line starting `::` is a workflow command when a CI log shows the Markdown).
 */
function escapeMarkdown(text) {
    return (0,_consoleText_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleControls */ .xx)(text)
        .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/:(?=\/\/)/g, "\\:")
        .replace(/(www)\./gi, "$1\\.")
        .replace(/^(\s*):/, "$1\\:")
        .replace(/\n/g, " ");
}
/**
 * A digest or commit id as inline code, cut to `length`: hex as it is, anything else (a hand-made run.json) through
 * codeSpan, as a backtick in it would close the span and let the rest render as Markdown.
 */
function digestSpan(text, length = 64) {
    const short = text.slice(0, length);
    return /^[0-9a-f]*$/i.test(short) ? `\`${short}\`` : codeSpan(short, length);
}
/** A fenced code block longer than any backtick run in the text, so the text (a log, a command) cannot close it. */
function fencedBlock(text, lang) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/** Text made inert in HTML (and XML) content and attributes; control characters, which XML 1.0 forbids, shown as symbols. */
function escapeHtml(text) {
    return (0,_consoleText_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleControls */ .xx)(text)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}
const CODE_ENTITIES = {
    "|": "&#124;",
    "@": "&#64;",
    "[": "&#91;",
    "]": "&#93;",
    "(": "&#40;",
    ")": "&#41;",
    "!": "&#33;",
    "*": "&#42;",
    _: "&#95;",
    "`": "&#96;",
    "~": "&#126;",
    "\\": "&#92;",
};
/**
 * A value shown as written, in an inline `<code>` span that cannot be broken out of. GitHub still parses Markdown
 * inside `<code>` (cmark-gfm autolinks `http://`, `www.` and e-mail addresses there), so link, image and emphasis
 * characters become entities too, and a zero-width joiner follows `@`; GitHub's own @mention and #ref links skip <code>.
 */
function codeSpan(text, max = 60) {
    const short = text.length > max ? `${text.slice(0, max)}…` : text;
    const inert = escapeHtml(short)
        .replace(/[|@[\]()!*_`~\\]/g, (c) => CODE_ENTITIES[c])
        .replace(/&#64;/g, `&#64;${ZWJ}`)
        .replace(/:(?=\/\/)/g, "&#58;")
        .replace(/(www)\./gi, "$1&#46;")
        .replace(/\n/g, "⏎");
    return `<code>${inert}</code>`;
}


/***/ }),

/***/ 40676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ metricCells),
/* harmony export */   Qk: () => (/* binding */ fairnessBasis),
/* harmony export */   Z: () => (/* binding */ sliceKeys),
/* harmony export */   iL: () => (/* binding */ evaluationMarkdown),
/* harmony export */   pk: () => (/* binding */ fairnessGroupTable)
/* harmony export */ });
/* harmony import */ var _evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71734);
/* harmony import */ var _metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46300);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56745);



/** The per-slice columns for a model: errors for a regressor, f1 and ROC AUC for a binary classifier, macro scores over more classes. */
function sliceKeys(e) {
    if (e.task === "regression")
        return ["count", "rmse", "mae", "r2"];
    return (e.classes?.length ?? 0) > 2
        ? ["count", "accuracy", "f1_macro", "roc_auc_ovr_macro"]
        : ["count", "accuracy", "f1", "roc_auc"];
}
/** One table row of metrics: a count as a whole number, a metric an output lacks as "–". */
function metricCells(keys, m) {
    const at = m;
    return keys
        .map((k) => {
        const v = at[k];
        return v === undefined ? "–" : k === "count" ? String(v) : (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(k, v);
    })
        .join(" | ");
}
/** What a fairness entry measures, in words: which labelling (a classifier's) or which errors (a regressor's). */
function fairnessBasis(f, e) {
    if ((0,_evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegressionFairness */ .$B)(f))
        return "per group: count, mean prediction, MAE and RMSE; each difference is the largest group's value minus the smallest's";
    const positive = e.positive_label === null ? "the positive class" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(e.positive_label);
    const n = e.classes?.length ?? 0;
    return n > 2 ? `one-vs-rest, ${positive} against the other ${n - 1} classes` : `for the positive class ${positive}`;
}
/** A fairness entry's per-group table. */
function fairnessGroupTable(f) {
    const keys = (0,_evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegressionFairness */ .$B)(f)
        ? ["count", "mean_prediction", "mae", "rmse"]
        : ["count", "selection_rate", "tpr", "fpr", "accuracy"];
    return [
        `| Group | ${keys.join(" | ")} |`,
        `|---|${keys.map(() => "---:").join("|")}|`,
        ...Object.entries(f.groups).map(([g, m]) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(g)} | ${metricCells(keys, m)} |`),
    ];
}
/** The evaluation as a Markdown section (reused by the PR report). */
function evaluationMarkdown(e) {
    const sig = e.model.signature;
    const out = [
        `### Model evaluation: ${e.task}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(e.model.path)} (sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .digestSpan */ .ps)(e.model.sha256, 12)}, ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)("model_bytes", e.model.bytes)}, opset ${sig.opsets.map((o) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(o.domain)} ${o.version}`).join(", ")}, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(sig.producer || "unknown producer")}) on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(e.data.path)}: **${e.data.rows}** rows, ${e.data.features.length} features.`,
        "",
        "| Metric | Value |",
        "|---|---:|",
        ...(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .listedMetrics */ .FK)(e.metrics, (m) => m.table === "quality").map((k) => `| ${k} | ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(k, e.metrics[k])} |`),
        "",
    ];
    if (e.confusion_matrix) {
        const { labels, matrix } = e.confusion_matrix;
        out.push("<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>", "", `| | ${labels.map((l) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(l)).join(" | ")} |`, `|---|${labels.map(() => "---:").join("|")}|`);
        matrix.forEach((row, i) => out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(labels[i])} | ${row.join(" | ")} |`));
        out.push("", "</details>", "");
    }
    const keys = sliceKeys(e);
    for (const [col, groups] of Object.entries(e.slices)) {
        out.push(`<details><summary>Slices by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(col)}</summary>`, "", `| Value | ${keys.join(" | ")} |`, `|---|${keys.map(() => "---:").join("|")}|`);
        for (const [value, m] of Object.entries(groups))
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(value)} | ${metricCells(keys, m)} |`);
        out.push("", "</details>", "");
    }
    for (const [col, f] of Object.entries(e.fairness)) {
        const figures = (0,_evaluate_fairness_js__WEBPACK_IMPORTED_MODULE_0__/* .fairnessFigures */ .zH)(f).map(([k, v]) => `${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)(k)} ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(k, v)}`);
        out.push(`**Fairness across ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(col)}** (${fairnessBasis(f, e)}): ${figures.join(", ")}.`, "", ...fairnessGroupTable(f), "");
    }
    out.push("| Operational | Value |", "|---|---:|", ...(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .listedMetrics */ .FK)(e.metrics, (m) => m.table === "operational").map((k) => `| ${k} | ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(k, e.metrics[k])} |`), "");
    return out.join("\n");
}


/***/ }),

/***/ 86702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ checkBindings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// The outputs a card or report puts side by side must speak of the same model and holdout: a gate verdict shown
// beside another model's evaluation would vouch for a model the gate never judged.

/**
 * Refuse a gate.json whose binding names another model or holdout than the evaluation given with it (one line
 * naming the gate file and the binding). A binding the gate did not know (a gate on a plain metrics file) is null
 * and compares with nothing.
 */
function checkBindings(o, files) {
    const { gate, evaluation } = o;
    if (!gate || !evaluation)
        return;
    const pairs = [
        ["model_sha256", "model", gate.binding.model_sha256, evaluation.model.sha256],
        ["data_sha256", "holdout", gate.binding.data_sha256, evaluation.data.sha256],
    ];
    for (const [key, what, bound, actual] of pairs) {
        if (bound === null || bound === actual)
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(files.gate, { path: `binding.${key}` }, `the gate judged the ${what} with sha256 ${bound.slice(0, 12)}…, but ${files.evaluation ?? "the evaluation"} is of the ${what} with sha256 ${actual.slice(0, 12)}…: give the gate.json made from this evaluation`);
    }
}


/***/ }),

/***/ 77333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ loadOutput)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/core/config/jsonFile.ts
var jsonFile = __webpack_require__(11252);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/train/run.ts

/** run.json: what a training run did, in a versioned format later steps (and the registry) read. */
const runSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz("modelgate.run"),
    version: schemas/* literal */.euz(1),
    command: schemas/* string */.YjP(),
    exit_code: schemas/* number */.aig().int().nullable(),
    timed_out: schemas/* boolean */.zMY(),
    started_at: schemas/* string */.YjP(),
    duration_s: schemas/* number */.aig(),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* boolean */.zMY(), schemas/* null */.chJ()])),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    artifacts: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP(), sha256: schemas/* string */.YjP(), bytes: schemas/* number */.aig() }).strict()),
    data: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP(), sha256: schemas/* string */.YjP(), bytes: schemas/* number */.aig() }).strict()),
    git: schemas/* object */.Ikc({ commit: schemas/* string */.YjP().nullable(), branch: schemas/* string */.YjP().nullable() }).strict(),
    ci_run_url: schemas/* string */.YjP().nullable(),
    tools: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
})
    .strict();

;// CONCATENATED MODULE: ./src/core/report/outputs.ts
// The step outputs a report is made from, read back and checked: each file must be the kind it was named as, in a
// version this build renders, with the fields the report reads. One line names the file and what is wrong.




const envelope = (kind, fields) => schemas/* looseObject */._H3({ kind: schemas/* literal */.euz(kind), version: schemas/* literal */.euz(1), ...fields });
const num = schemas/* number */.aig();
const str = schemas/* string */.YjP();
/**
 * A sha256 as modelgate writes it. Renderers show digests as inline code; a step output may come from a fork's run
 * (the workflow_run pattern), so anything else there is refused, not rendered.
 */
const sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, "expected a sha256 (64 lowercase hex digits)");
/** A classifier's fairness per sensitive column (binary, or one-vs-rest for the positive label). */
const classificationFairness = schemas/* looseObject */._H3({
    groups: schemas/* record */.g1P(str, schemas/* looseObject */._H3({ count: num, selection_rate: num, tpr: num, fpr: num, accuracy: num })),
    demographic_parity_difference: num,
    demographic_parity_ratio: num,
    equalized_odds_difference: num,
    equal_opportunity_difference: num,
});
/** A regressor's fairness per sensitive column: per-group errors and their between-group differences. */
const regressionFairness = schemas/* looseObject */._H3({
    groups: schemas/* record */.g1P(str, schemas/* looseObject */._H3({ count: num, mean_prediction: num, mae: num, rmse: num })),
    mean_prediction_difference: num,
    mae_difference: num,
    rmse_difference: num,
});
/** An input or output of the model as the card and the report list it. */
const valueSignature = schemas/* looseObject */._H3({
    name: str,
    type: str,
    shape: schemas/* array */.YOg(schemas/* union */.KCZ([num, str])).nullable(),
});
const evaluationFields = {
    model: schemas/* looseObject */._H3({
        path: str,
        sha256,
        bytes: num,
        signature: schemas/* looseObject */._H3({
            irVersion: num,
            producer: str,
            opsets: schemas/* array */.YOg(schemas/* looseObject */._H3({ domain: str, version: num })),
            inputs: schemas/* array */.YOg(valueSignature),
            outputs: schemas/* array */.YOg(valueSignature),
            ops: schemas/* array */.YOg(str),
            initializers: num,
        }),
    }),
    data: schemas/* looseObject */._H3({ path: str, sha256, rows: num, features: schemas/* array */.YOg(str), target: str }),
    classes: schemas/* array */.YOg(str).nullable(),
    positive_label: str.nullable(),
    threshold: num.nullable(),
    metrics: schemas/* record */.g1P(str, num),
    confusion_matrix: schemas/* looseObject */._H3({ labels: schemas/* array */.YOg(str), matrix: schemas/* array */.YOg(schemas/* array */.YOg(num)) }).nullable(),
    slices: schemas/* record */.g1P(str, schemas/* record */.g1P(str, schemas/* record */.g1P(str, num))),
};
/** One rule's result: every figure the gate table shows is a number (or null where the rule has none). */
const ruleResult = schemas/* looseObject */._H3({
    rule: str,
    metric: str,
    passed: schemas/* boolean */.zMY(),
    actual: num,
    bound: num,
    baseline: num.nullable(),
    delta: num.nullable(),
    improved: schemas/* boolean */.zMY().nullable(),
    interval: schemas/* looseObject */._H3({ confidence: num, low: num, high: num, resamples: num, seed: num }).nullable(),
});
/** What the renderers read of each output; the rest passes through as written. */
const SCHEMAS = {
    validation: envelope("modelgate.validation", {
        valid: schemas/* boolean */.zMY(),
        file: str,
        schema: str,
        rows: num,
        columns: num,
        checks: schemas/* array */.YOg(schemas/* looseObject */._H3({
            passed: schemas/* boolean */.zMY(),
            kind: str,
            column: str.nullable(),
            count: num,
            share: num,
            denominator: num,
            mostly: num.optional(),
            expectation: str,
            examples: schemas/* array */.YOg(schemas/* looseObject */._H3({ row: num, line: num.nullable(), value: str, note: str.optional() })),
        })),
        summary: schemas/* looseObject */._H3({ checks: num, failed: num, violations: num }),
    }),
    // The task decides the shape of fairness, so an error names the field of that shape.
    evaluation: schemas/* discriminatedUnion */.gMt("task", [
        envelope("modelgate.evaluation", {
            ...evaluationFields,
            task: schemas/* literal */.euz("classification"),
            fairness: schemas/* record */.g1P(str, classificationFairness),
        }),
        envelope("modelgate.evaluation", {
            ...evaluationFields,
            task: schemas/* literal */.euz("regression"),
            fairness: schemas/* record */.g1P(str, regressionFairness),
        }),
    ]),
    gate: envelope("modelgate.gate", {
        passed: schemas/* boolean */.zMY(),
        rules: schemas/* array */.YOg(ruleResult).min(1, "a gate judges at least one rule"),
        candidate: schemas/* looseObject */._H3({ label: str }),
        baseline: schemas/* looseObject */._H3({ label: str }).nullable(),
        binding: schemas/* looseObject */._H3({ model_sha256: sha256.nullable(), data_sha256: sha256.nullable(), config_sha256: sha256 }),
    }),
    drift: envelope("modelgate.drift", {
        columns: schemas/* array */.YOg(schemas/* looseObject */._H3({ column: str, status: str })),
        drifted: schemas/* boolean */.zMY(),
        dataset_drifted: schemas/* boolean */.zMY(),
        drifted_columns: num,
        tested_columns: num,
    }),
};
function problem(file, error) {
    const issue = error.issues[0];
    const path = issue.path.join(".");
    return new errors/* InputError */.dz(file, path ? { path } : undefined, issue.message);
}
/**
 * A drift statistic JSON could not hold: JSON.stringify writes Infinity as null, and only an infinite statistic is
 * both null and drifted (a NaN one is never at or past its threshold). Revived, the column reads "∞" and charts as
 * the worst, as in drift's own report; a null that did not drift stays unknown.
 */
function reviveInfinite(d) {
    const revive = (c) => c.status === "ok" && c.drifted && c.statistic === null ? { ...c, statistic: Infinity } : c;
    return {
        ...d,
        columns: d.columns.map(revive),
        target: d.target ? revive(d.target) : null,
        prediction: d.prediction ? revive(d.prediction) : null,
    };
}
/**
 * A verdict must be the one its own parts give: a gate passes when every rule holds, data is valid when every check
 * passes. A file that says otherwise (edited, or made by hand) is refused rather than shown as a pass.
 */
function verdictAgrees(kind, value, file) {
    const said = kind === "gate"
        ? { path: "passed", is: value.passed, parts: value.rules, of: "rule" }
        : kind === "validation"
            ? {
                path: "valid",
                is: value.valid,
                parts: value.checks,
                of: "check",
            }
            : null;
    if (!said)
        return;
    const failed = said.parts.findIndex((p) => !p.passed);
    if (said.is === failed < 0)
        return;
    throw new errors/* InputError */.dz(file, { path: said.path }, said.is ? `says true, but ${said.of} ${failed + 1} failed` : `says false, but every ${said.of} passed`);
}
/** One output file, checked as the kind it was given as (`--gate gate.json` must hold a gate result). */
async function loadOutput(kind, file) {
    const value = await (0,jsonFile/* readJsonFile */.JE)(file);
    // The kind first: another step's output is named as such, not by the first field it lacks.
    if (value?.kind !== `modelgate.${kind}`)
        throw new errors/* InputError */.dz(file, undefined, `not a modelgate ${kind} output (kind must be "modelgate.${kind}")`);
    const schema = kind === "run" ? runSchema : SCHEMAS[kind];
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw problem(file, parsed.error);
    verdictAgrees(kind, value, file);
    return (kind === "drift" ? reviveInfinite(value) : value);
}


/***/ })

};
