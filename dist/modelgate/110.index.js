export const id = 110;
export const ids = [110,463,921];
export const modules = {

/***/ 5110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCard: () => (/* binding */ runCard)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
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

;// CONCATENATED MODULE: ./src/core/card/cardToolkit.ts
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
    const fairness = Object.entries(c.fairness).flatMap(([col, f]) => Object.entries(f).map(([k, v]) => metric(k, v, `fairness:${col}`)));
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
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
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
/** Metrics a Hugging Face model-index lists: the quality ones, not latency or size. */
const HF_METRICS = [
    "accuracy",
    "balanced_accuracy",
    "precision",
    "recall",
    "f1",
    "f1_macro",
    "f1_weighted",
    "roc_auc",
    "roc_auc_ovr_macro",
    "pr_auc",
    "log_loss",
    "rmse",
    "mae",
    "r2",
    "mape",
];
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
                        metrics: HF_METRICS.filter((k) => c.metrics[k] !== undefined).map((k) => ({
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
        `- **File**: ${(0,render_escape/* codeSpan */.SS)(c.model.path)}, ${(0,evaluationRender/* formatMetric */.g)("model_bytes", c.model.bytes)}, sha256 \`${c.model.sha256}\``,
    ];
}
function metricTable(metrics) {
    const rows = Object.entries(metrics);
    if (rows.length === 0)
        return [NOT_PROVIDED];
    return ["| Metric | Value |", "|---|---:|", ...rows.map(([k, v]) => `| ${(0,render_escape/* codeSpan */.SS)(k)} | ${(0,evaluationRender/* formatMetric */.g)(k, v)} |`)];
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
        out.push(`- ${(0,render_escape/* codeSpan */.SS)(f.path)}: ${f.bytes} bytes, sha256 \`${f.sha256}\``);
    if (t.files.length > 0)
        out.push("");
    if (t.profile) {
        const p = t.profile;
        out.push(`Profile ${(0,render_escape/* codeSpan */.SS)(p.file)}${p.sha256 ? ` (sha256 \`${p.sha256.slice(0, 12)}\`)` : ""}: **${p.rows}** rows, ${p.columns.length} columns.`, "", "| Column | Type | Nulls | Distinct |", "|---|---|---:|---:|", ...p.columns.map((col) => `| ${(0,render_escape/* codeSpan */.SS)(col.name)} | ${col.type} | ${(col.null_fraction * 100).toFixed(1)} % | ${col.distinct} |`), "");
    }
    return out;
}
function quantitative(c) {
    const out = ["## Quantitative analyses", "", "### Overall", "", ...metricTable(c.metrics), ""];
    for (const [col, groups] of Object.entries(c.slices)) {
        const keys = c.task === "regression" ? ["count", "rmse", "mae", "r2"] : ["count", "accuracy", "f1", "roc_auc"];
        out.push(`### By ${(0,render_escape/* codeSpan */.SS)(col)}`, "", `| Value | ${keys.join(" | ")} |`, `|---|${keys.map(() => "---:").join("|")}|`);
        for (const [value, m] of Object.entries(groups))
            out.push(`| ${(0,render_escape/* codeSpan */.SS)(value)} | ${keys.map((k) => (m[k] === undefined ? "–" : k === "count" ? String(m[k]) : (0,evaluationRender/* formatMetric */.g)(k, m[k]))).join(" | ")} |`);
        out.push("");
    }
    for (const [col, f] of Object.entries(c.fairness)) {
        out.push(`### Fairness across ${(0,render_escape/* codeSpan */.SS)(col)} (fairlearn definitions)`, "", ...metricTable(f), "");
    }
    if (c.gate) {
        out.push(`### Gate: ${c.gate.passed ? "✅ passed" : "❌ failed"}`, "", ...c.gate.rules.map((r) => `- ${r.passed ? "✅" : "❌"} ${(0,render_escape/* codeSpan */.SS)(r.rule, 200)} (actual ${(0,evaluationRender/* formatMetric */.g)("", r.actual)})`), "");
    }
    return out;
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
                `- **Trained by**: ${(0,render_escape/* codeSpan */.SS)(c.training.command, 200)} at ${(0,render_escape/* codeSpan */.SS)(c.training.started_at)}${c.training.commit ? `, commit \`${c.training.commit.slice(0, 12)}\`` : ""}`,
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
        `Computed by modelgate from the ONNX model's own predictions with onnxruntime, as scikit-learn defines them${c.task === "classification" ? `; decision threshold ${c.threshold ?? "argmax"} on the probability of ${c.positiveLabel ? (0,render_escape/* codeSpan */.SS)(c.positiveLabel) : "the positive class"}` : ""}. Fairness as fairlearn defines it.`,
        "",
        "## Evaluation data",
        "",
        prose(i.evaluation_data?.description),
        "",
        `- ${(0,render_escape/* codeSpan */.SS)(c.evaluationData.file)}: **${c.evaluationData.rows}** rows, sha256 \`${c.evaluationData.sha256}\``,
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

// EXTERNAL MODULE: ./src/core/report/outputs.ts
var outputs = __webpack_require__(80544);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/profile.ts
var profile = __webpack_require__(80463);
;// CONCATENATED MODULE: ./src/commands/card.ts











/** The card's day: --date, else the training run's start, else today. */
function cardDate(flag, runStart) {
    if (flag !== undefined) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(flag) || Number.isNaN(Date.parse(flag)))
            throw new errors/* InputError */.dz(undefined, undefined, `--date must be YYYY-MM-DD, not ${JSON.stringify(flag)}`);
        return flag;
    }
    return (runStart ? new Date(runStart) : new Date()).toISOString().slice(0, 10);
}
/** `modelgate card`: MODEL_CARD.md and, with --json, the Model Card Toolkit JSON. */
async function runCard(inputs, io) {
    const evaluation = await (0,outputs/* loadOutput */.g)("evaluation", inputs.evaluation);
    const run = typeof inputs.run === "string" ? await (0,outputs/* loadOutput */.g)("run", inputs.run) : undefined;
    const gate = typeof inputs.gate === "string" ? await (0,outputs/* loadOutput */.g)("gate", inputs.gate) : undefined;
    const profileFile = inputs.profile;
    const trainingProfile = profileFile
        ? dataFacts(await (0,profile.readProfile)(profileFile), (0,commands_io/* shown */.SP)(profileFile, io.cwd), await (0,fileHash/* sha256File */.Q)(profileFile))
        : undefined;
    const info = typeof inputs.info === "string" ? await (0,yamlFile.loadYamlFile)(inputs.info, cardInfoSchema) : {};
    const card = buildModelCard({
        evaluation,
        ...(run ? { run } : {}),
        ...(gate ? { gate } : {}),
        ...(trainingProfile ? { trainingProfile } : {}),
        info,
        date: cardDate(inputs.date, run?.started_at),
    });
    const out = inputs.out ?? `${io.cwd}/MODEL_CARD.md`;
    await (0,promises_.writeFile)(out, cardMarkdown(card));
    const json = inputs.mct;
    if (json)
        await (0,promises_.writeFile)(json, `${JSON.stringify(cardToolkitJson(card), null, 2)}\n`);
    if (io.json)
        io.stdout(`${JSON.stringify(cardToolkitJson(card), null, 2)}\n`);
    (io.json ? io.stderr : io.stdout)(`wrote ${(0,commands_io/* shown */.SP)(out, io.cwd)}${json ? ` and ${(0,commands_io/* shown */.SP)(json, io.cwd)}` : ""}: ${card.name}\n`);
    await io.platform.setOutputs({ "card-path": out, "card-json-path": json ?? "" });
    return 0;
}


/***/ }),

/***/ 80463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readProfile: () => (/* binding */ readProfile),
/* harmony export */   runProfile: () => (/* binding */ runProfile),
/* harmony export */   runProfileMerge: () => (/* binding */ runProfileMerge)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_data_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7814);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_profile_profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17416);
/* harmony import */ var _core_profile_profileTable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67186);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73776);
/* harmony import */ var _readOptions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61924);







/** `modelgate profile`: one table's profile, with types from the schema when one is given. */
async function runProfile(inputs, io) {
    const data = inputs.data;
    const out = inputs.out;
    const source = await (0,_core_data_open_js__WEBPACK_IMPORTED_MODULE_1__/* .openTable */ .RT)(data, (0,_readOptions_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptionsOf */ .M)(inputs));
    let profile;
    try {
        const types = typeof inputs.schema === "string" ? await (0,_readOptions_js__WEBPACK_IMPORTED_MODULE_6__/* .schemaTypes */ .Z)(inputs.schema, source.columnNames) : null;
        const edges = typeof inputs.edgesFrom === "string" ? (0,_core_profile_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .edgesOfProfile */ .rL)(await readProfile(inputs.edgesFrom)) : null;
        profile = await (0,_core_profile_profileTable_js__WEBPACK_IMPORTED_MODULE_4__/* .profileTable */ .A)(source, {
            ...(types ? { types } : {}),
            ...(edges ? { edges } : {}),
            ...(io.progress ? { onProgress: io.progress } : {}),
        });
    }
    finally {
        await source.close();
    }
    profile.sources = profile.sources.map((s) => ({ ...s, file: (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(s.file, io.cwd) }));
    return writeProfile(profile, out, io);
}
/** `modelgate profile merge`: shard profiles into the profile of the whole. */
async function runProfileMerge(inputs, io) {
    const files = inputs.profiles;
    const profiles = await Promise.all(files.map((f) => readProfile(f)));
    return writeProfile((0,_core_profile_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeProfiles */ .Ns)(profiles), inputs.out, io);
}
async function readProfile(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadable */ .O$)(file, e);
    });
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, undefined, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonSyntaxProblem */ .F1)(text, e));
    }
    const parsed = _core_profile_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .profileSchema */ .Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, { path: issue.path.join(".") || "(top level)" }, `not a modelgate profile: ${issue.message}`);
    }
    return parsed.data;
}
async function writeProfile(profile, out, io) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, `${JSON.stringify(profile)}\n`);
    const human = `wrote ${(0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(out, io.cwd)}: ${profile.rows} rows, ${profile.columns.length} columns\n`;
    if (io.json)
        io.stdout(`${JSON.stringify(profile.columns.map((c) => c.summary), null, 2)}\n`);
    (io.json ? io.stderr : io.stdout)(human);
    await io.platform.setOutputs({ "profile-path": out, rows: profile.rows });
    return 0;
}


/***/ }),

/***/ 61924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readOptionsOf),
/* harmony export */   Z: () => (/* binding */ schemaTypes)
/* harmony export */ });
/* harmony import */ var _core_schema_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36964);

/** The reader options among a command's inputs. */
function readOptionsOf(inputs) {
    const nullValues = inputs.nullValues;
    const delimiter = typeof inputs.delimiter === "string" ? (inputs.delimiter === "\\t" ? "\t" : inputs.delimiter) : undefined;
    return {
        ...(typeof inputs.format === "string" ? { format: inputs.format } : {}),
        ...(delimiter !== undefined ? { delimiter } : {}),
        ...(Array.isArray(nullValues) ? { nullValues } : {}),
    };
}
/** Column types from a schema file, in the table's column order; a column the schema does not name is read as text. */
async function schemaTypes(schemaFile, columnNames) {
    const { loadYamlFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(921)]).then(__webpack_require__.bind(__webpack_require__, 20921));
    const schema = await loadYamlFile(schemaFile, _core_schema_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaFileSchema */ .FJ);
    const byName = new Map(schema.fields.map((f) => [f.name, f.type]));
    return columnNames.map((n) => byName.get(n) ?? "string");
}


/***/ }),

/***/ 20921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPath: () => (/* binding */ formatPath),
/* harmony export */   loadYamlFile: () => (/* binding */ loadYamlFile),
/* harmony export */   parseYamlText: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((it) => it.key?.value === p);
            if (!pair)
                return { node, key: false };
            node = pair.value ?? pair.key;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof p === "number") {
            node = node.items[p] ?? node;
        }
        else
            break;
    }
    return { node, key: false };
}
function keyNode(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(map))
        return null;
    const pair = map.items.find((it) => it.key?.value === key);
    return pair?.key ?? null;
}
/** Read a YAML (or JSON) file and check it against a zod schema; any problem is one line with the path and line. */
async function loadYamlFile(file, schema) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadable */ .O$)(file, e);
    });
    return parseYamlText(file, text, schema);
}
function parseYamlText(file, text, schema) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const err = doc.errors[0];
    if (err) {
        const line = err.pos ? lineCounter.linePos(err.pos[0]).line : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, line ? { line } : undefined, `not valid YAML: ${err.message.split("\n")[0]}`);
    }
    const value = doc.toJS({ maxAliasCount: 100 });
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, { ...(line ? { line } : {}), path: formatPath(path) }, message);
}


/***/ }),

/***/ 5264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



/** sha256 of a file, streamed (files of any size, bounded memory). */
async function sha256File(path) {
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

/***/ 7814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ openTable),
/* harmony export */   ZH: () => (/* binding */ resolveReadOptions),
/* harmony export */   be: () => (/* binding */ formatOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11854);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78713);




const BY_EXTENSION = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".arrow": "arrow",
    ".feather": "arrow",
    ".ipc": "arrow",
};
/** The format named, or the one the file's extension implies. */
function formatOf(file, format) {
    if (format) {
        if (!_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.includes(format)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `unknown format ${JSON.stringify(format)} (expected one of ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.join(", ")})`);
        }
        return format;
    }
    const found = BY_EXTENSION[(0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase()];
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `cannot tell the format from the extension: name one with --format (${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.join(", ")})`);
    return found;
}
/** The reader options in full: defaults filled in (a .tsv file defaults to a tab delimiter). */
function resolveReadOptions(file, options = {}) {
    return {
        nullValues: options.nullValues ?? _types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_READ_OPTIONS */ .O$.nullValues,
        delimiter: options.delimiter ?? ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase() === ".tsv" ? "\t" : _types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_READ_OPTIONS */ .O$.delimiter),
    };
}
/** Open a table for streaming, in the format named or implied. */
async function openTable(file, options = {}) {
    const format = formatOf(file, options.format);
    const read = resolveReadOptions(file, options);
    switch (format) {
        case "csv":
            return (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_2__/* .openCsv */ .f)(file, read);
        // Loaded when needed: apache-arrow and hyparquet are most of the bundle, and CSV runs start faster without them.
        case "jsonl":
            return (await __webpack_require__.e(/* import() */ 558).then(__webpack_require__.bind(__webpack_require__, 16558))).openJsonl(file, read);
        case "parquet":
            return (await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(608)]).then(__webpack_require__.bind(__webpack_require__, 90608))).openParquet(file, read);
        case "arrow":
            return (await Promise.all(/* import() */[__webpack_require__.e(733), __webpack_require__.e(833)]).then(__webpack_require__.bind(__webpack_require__, 39833))).openArrow(file, read);
    }
}


/***/ }),

/***/ 67186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ profileTable)
/* harmony export */ });
/* harmony import */ var _columnProfiler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46226);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17416);


/** Profile a table: counts, nulls, moments and mergeable sketches per column. */
async function profileTable(source, options = {}) {
    const types = options.types ?? (await source.detectTypes());
    const profilers = source.columnNames.map((n, i) => new _columnProfiler_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnProfiler */ .k(n, types[i], options.edges?.get(n) ?? null));
    let rows = 0;
    for await (const batch of source.batches(types.map((type) => ({ type })))) {
        profilers.forEach((p, i) => p.add(batch.columns[i], batch.length));
        rows += batch.length;
        options.onProgress?.(rows);
    }
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .buildProfile */ .Er)(profilers.map((p) => p.toState()), [{ file: source.file, format: source.format, rows }]);
}


/***/ }),

/***/ 56745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/** Text from data or users, made inert in Markdown and HTML: no tags, no table breaks, no @mentions, no links. */
function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/@/g, "&#64;")
        .replace(/\r?\n/g, " ");
}
/** A fenced code block longer than any backtick run in the text, so the text (a log, a command) cannot close it. */
function fencedBlock(text, lang) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/** Text made inert in HTML (and XML) content and attributes. */
function escapeHtml(text) {
    return text
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
 * inside `<code>`, so link, image and emphasis characters become entities too.
 */
function codeSpan(text, max = 60) {
    const short = text.length > max ? `${text.slice(0, max)}…` : text;
    const inert = escapeHtml(short)
        .replace(/[|@[\]()!*_`~\\]/g, (c) => CODE_ENTITIES[c])
        .replace(/\r?\n/g, "⏎");
    return `<code>${inert}</code>`;
}


/***/ }),

/***/ 40676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ formatMetric),
/* harmony export */   i: () => (/* binding */ evaluationMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const QUALITY = [
    "accuracy",
    "balanced_accuracy",
    "precision",
    "recall",
    "f1",
    "precision_macro",
    "recall_macro",
    "f1_macro",
    "f1_weighted",
    "roc_auc",
    "roc_auc_ovr_macro",
    "pr_auc",
    "log_loss",
    "rmse",
    "mae",
    "r2",
    "mape",
];
const OPERATIONAL = [
    "latency_p50_ms",
    "latency_p95_ms",
    "latency_p99_ms",
    "batch_latency_p95_ms",
    "rows_per_second",
    "model_bytes",
    "peak_rss_mib",
];
function formatMetric(name, v) {
    if (!Number.isFinite(v))
        return String(v);
    if (name === "model_bytes")
        return `${(v / 1024).toFixed(1)} KiB`;
    if (name === "rows_per_second")
        return Math.round(v).toLocaleString("en-US");
    if (name.endsWith("_ms") || name.endsWith("_mib"))
        return v.toFixed(3);
    return v.toFixed(4);
}
/** The evaluation as a Markdown section (reused by the PR report). */
function evaluationMarkdown(e) {
    const sig = e.model.signature;
    const out = [
        `### Model evaluation: ${e.task}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(e.model.path)} (sha256 \`${e.model.sha256.slice(0, 12)}\`, ${formatMetric("model_bytes", e.model.bytes)}, opset ${sig.opsets.map((o) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o.domain)} ${o.version}`).join(", ")}, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(sig.producer || "unknown producer")}) on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(e.data.path)}: **${e.data.rows}** rows, ${e.data.features.length} features.`,
        "",
        "| Metric | Value |",
        "|---|---:|",
        ...QUALITY.filter((k) => e.metrics[k] !== undefined).map((k) => `| ${k} | ${formatMetric(k, e.metrics[k])} |`),
        "",
    ];
    if (e.confusion_matrix) {
        const { labels, matrix } = e.confusion_matrix;
        out.push("<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>", "", `| | ${labels.map((l) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(l)).join(" | ")} |`, `|---|${labels.map(() => "---:").join("|")}|`);
        matrix.forEach((row, i) => out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(labels[i])} | ${row.join(" | ")} |`));
        out.push("", "</details>", "");
    }
    for (const [col, groups] of Object.entries(e.slices)) {
        const keys = e.task === "regression" ? ["count", "rmse", "mae", "r2"] : ["count", "accuracy", "f1", "roc_auc"];
        out.push(`<details><summary>Slices by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(col)}</summary>`, "", `| Value | ${keys.join(" | ")} |`, `|---|${keys.map(() => "---:").join("|")}|`);
        for (const [value, m] of Object.entries(groups))
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(value)} | ${keys.map((k) => (m[k] === undefined ? "–" : k === "count" ? String(m[k]) : formatMetric(k, m[k]))).join(" | ")} |`);
        out.push("", "</details>", "");
    }
    for (const [col, f] of Object.entries(e.fairness)) {
        out.push(`**Fairness across ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(col)}**: demographic parity difference ${formatMetric("", f.demographic_parity_difference)}, ratio ${formatMetric("", f.demographic_parity_ratio)}, equalized odds difference ${formatMetric("", f.equalized_odds_difference)}, equal opportunity difference ${formatMetric("", f.equal_opportunity_difference)}.`, "");
    }
    out.push("| Operational | Value |", "|---|---:|", ...OPERATIONAL.filter((k) => e.metrics[k] !== undefined).map((k) => `| ${k} | ${formatMetric(k, e.metrics[k])} |`), "");
    return out.join("\n");
}


/***/ }),

/***/ 80544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadOutput)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _train_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13399);
// The step outputs a report is made from, read back and checked: each file must be the kind it was named as, in a
// version this build renders, with the fields the report reads. One line names the file and what is wrong.




const envelope = (kind, fields) => zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(kind), version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1), ...fields });
const num = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig();
const str = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP();
/** What the renderers read of each output; the rest passes through as written. */
const SCHEMAS = {
    validation: envelope("modelgate.validation", {
        valid: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        file: str,
        schema: str,
        rows: num,
        columns: num,
        checks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), kind: str })),
        summary: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ checks: num, failed: num, violations: num }),
    }),
    evaluation: envelope("modelgate.evaluation", {
        model: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ path: str, sha256: str, bytes: num, signature: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({}) }),
        data: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ path: str, sha256: str, rows: num, features: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(str), target: str }),
        task: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["classification", "regression"]),
        metrics: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, num),
        slices: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, num))),
        fairness: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(str, num)),
    }),
    gate: envelope("modelgate.gate", {
        passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        rules: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ rule: str, metric: str, passed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), actual: num })),
        candidate: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ label: str }),
        binding: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ config_sha256: str }),
    }),
    drift: envelope("modelgate.drift", {
        columns: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ column: str, status: str })),
        drifted: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        dataset_drifted: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        drifted_columns: num,
        tested_columns: num,
    }),
};
async function readJson(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => Promise.reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e)));
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonSyntaxProblem */ .F1)(text, e));
    }
}
function problem(file, error, kind) {
    const issue = error.issues[0];
    const path = issue.path.join(".");
    const what = path === "kind" ? `not a modelgate ${kind} output (kind must be "modelgate.${kind}")` : issue.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, path && path !== "kind" ? { path } : undefined, what);
}
/** One output file, checked as the kind it was given as (`--gate gate.json` must hold a gate result). */
async function loadOutput(kind, file) {
    const value = await readJson(file);
    const schema = kind === "run" ? _train_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runSchema */ .L : SCHEMAS[kind];
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw problem(file, parsed.error, kind);
    return value;
}


/***/ }),

/***/ 13399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ runSchema),
/* harmony export */   V: () => (/* binding */ flattenKeys)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/** run.json: what a training run did, in a versioned format later steps (and the registry) read. */
const runSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("modelgate.run"),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    exit_code: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable(),
    timed_out: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    duration_s: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    params: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_0__/* ["null"] */ .chJ()])),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
    artifacts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() }).strict()),
    data: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() }).strict()),
    git: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(), branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() }).strict(),
    ci_run_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
})
    .strict();
/** Nested keys as dotted paths (DVC's convention): {train: {lr: 0.1}} → {"train.lr": 0.1}. Arrays keep their index. */
function flattenKeys(value, prefix = "", out = {}) {
    if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value))
            flattenKeys(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (prefix)
        out[prefix] = value;
    return out;
}


/***/ })

};
