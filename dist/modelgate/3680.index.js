export const id = 3680;
export const ids = [3680];
export const modules = {

/***/ 43680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPipeline: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/config/config.ts
var config = __webpack_require__(45390);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/pipeline/plan.ts
/** The stages of the pipeline, in the order they run. */
const STAGES = (/* unused pure expression or super */ null && (["validate", "train", "evaluate", "gate", "drift", "card", "report"]));
/** Where each stage writes its record when modelgate.yml does not say: the commands' own defaults. */
function stageFiles(c) {
    return {
        validation: c.validate?.report ?? "validation.json",
        run: c.report?.run ?? "run.json",
        evaluation: c.evaluation?.out ?? c.gate?.evaluation ?? "evaluation.json",
        gate: c.gate?.out ?? "gate.json",
        drift: c.drift?.out ?? "drift.json",
        card: c.card?.out ?? "MODEL_CARD.md",
    };
}
/**
 * The pipeline modelgate.yml describes, as data: every stage in order, each either configured (with the flags
 * that pass it what the earlier stages wrote) or left out with the reason. Paths are relative to the config's folder.
 */
function pipelinePlan(c) {
    const f = stageFiles(c);
    const unless = (ok, why) => (ok ? {} : { unconfigured: why });
    return [
        {
            stage: "validate",
            ...unless(c.data?.path && c.schema, "needs data.path and schema"),
            needs: [],
            flags: { report: f.validation },
            writes: { flag: "validation", file: f.validation },
        },
        {
            stage: "train",
            ...unless(c.training?.command, "needs training.command"),
            needs: ["validate"],
            flags: { out: f.run },
            writes: { flag: "run", file: f.run },
        },
        {
            stage: "evaluate",
            ...unless(c.evaluation?.model && c.evaluation.data, "needs evaluation.model and evaluation.data"),
            needs: ["validate", "train"],
            flags: { out: f.evaluation },
            writes: { flag: "evaluation", file: f.evaluation },
        },
        {
            stage: "gate",
            ...unless(c.gate?.rules?.length, "needs gate.rules"),
            needs: ["evaluate"],
            flags: { evaluation: f.evaluation, out: f.gate },
            writes: { flag: "gate", file: f.gate },
        },
        {
            stage: "drift",
            ...unless(c.drift?.reference && c.drift.current, "needs drift.reference and drift.current"),
            needs: [],
            flags: { out: f.drift },
            writes: { flag: "drift", file: f.drift },
        },
        {
            stage: "card",
            ...unless(c.card, "needs a card section"),
            needs: ["evaluate"],
            flags: { evaluation: f.evaluation, out: f.card },
            writes: { flag: "card", file: f.card },
        },
        { stage: "report", ...unless(c.report, "needs a report section"), needs: [], flags: {} },
    ];
}

// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(56745);
;// CONCATENATED MODULE: ./src/core/render/pipelineRender.ts

const MARK = {
    passed: "✅ passed",
    failed: "❌ failed",
    error: "⛔ error (exit 2)",
    skipped: "⏭️ skipped",
    "not configured": "– not configured",
};
/** The pipeline's one table: every stage, how it ended and why. */
function pipelineMarkdown(results) {
    const ran = results.filter((r) => r.outcome === "passed" || r.outcome === "failed" || r.outcome === "error");
    const bad = ran.filter((r) => r.outcome !== "passed").length;
    const skipped = results.filter((r) => r.outcome === "skipped").length;
    const head = ran.length === 0
        ? "### ⛔ modelgate pipeline: no stage ran"
        : bad || skipped
            ? `### ❌ modelgate pipeline: ${bad} of ${ran.length} stages did not pass${skipped ? `, ${skipped} skipped` : ""}`
            : `### ✅ modelgate pipeline: all ${ran.length} stages passed`;
    return [
        head,
        "",
        "| Stage | Result | Detail |",
        "|---|---|---|",
        ...results.map((r) => `| ${r.stage} | ${MARK[r.outcome]} | ${r.detail ? (0,render_escape/* escapeMarkdown */.FV)(r.detail) : ""} |`),
        "",
    ].join("\n");
}
/** The same, one line a stage, for the log. */
function pipelineText(results) {
    return `${results.map((r) => `${r.stage.padEnd(8)} ${r.outcome}${r.detail ? `: ${r.detail}` : ""}`).join("\n")}\n`;
}

// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/registry.ts + 22 modules
var registry = __webpack_require__(33073);
// EXTERNAL MODULE: ./src/commands/resolve.ts
var resolve = __webpack_require__(76498);
// EXTERNAL MODULE: ./src/commands/run.ts
var run = __webpack_require__(94331);
;// CONCATENATED MODULE: ./src/commands/pipeline/run.ts










/** The config the report sees: without the records' paths, so it reads only the ones this run's stages own. */
function withoutRecords(c) {
    const { out: _e, ...evaluation } = c.evaluation ?? {};
    const { out: _g, ...gate } = c.gate ?? {};
    const { out: _d, ...drift } = c.drift ?? {};
    const { out: _c, ...card } = c.card ?? {};
    const { report: _v, ...validate } = c.validate ?? {};
    const { run: _r, ...report } = c.report ?? {};
    return { ...c, evaluation, gate, drift, card, validate, report };
}
/** Why the stage would refuse to write its record (one line), checked as runCommand checks it; null when it would not. */
async function overwriteRefusal(stage, flags, io, loaded) {
    const command = (0,registry/* commandNamed */.v)(stage);
    if (!command)
        throw new Error(`no command for the stage ${stage}`);
    let input;
    try {
        input = (0,resolve/* resolveInput */.xI)(command, flags, loaded.config, loaded.file, io.cwd);
    }
    catch {
        return null; // The stage names what is missing when it runs.
    }
    try {
        await (0,resolve/* refuseOverwritingInputs */.U$)(command, input, loaded.file);
        return null;
    }
    catch (e) {
        if (!(e instanceof errors/* InputError */.dz))
            throw e;
        return (0,errors/* errorMessage */.gJ)(e).replaceAll(`${io.cwd}/`, "");
    }
}
/** The stage a planned stage needs that did not pass, if any: it is then skipped. */
function blockedBy(p, results) {
    return p.needs.find((need) => {
        const r = results.get(need);
        return r && (r.outcome === "error" || r.outcome === "failed" || r.outcome === "skipped");
    });
}
/** Run one stage as its command; an unusable input is its result (exit 2, the line kept), not the pipeline's end. */
async function runStage(p, flags, io, loaded) {
    io.platform.startGroup(`modelgate ${p.stage}`);
    try {
        const code = p.stage === "report"
            ? await (0,run/* runCommand */.d)(p.stage, flags, io, loaded.file ?? undefined, {
                config: withoutRecords(loaded.config),
                file: loaded.file,
            })
            : await (0,run/* runCommand */.d)(p.stage, flags, io, loaded.file ?? undefined);
        return { stage: p.stage, outcome: code === 0 ? "passed" : code === 1 ? "failed" : "error" };
    }
    catch (e) {
        const detail = (0,errors/* errorMessage */.gJ)(e).replaceAll(`${io.cwd}/`, "");
        io.stderr(`modelgate ${p.stage}: ${detail}\n`);
        return { stage: p.stage, outcome: "error", detail };
    }
    finally {
        io.platform.endGroup();
    }
}
/**
 * `modelgate pipeline` (the root action without a command): every stage modelgate.yml configures, in order
 * (validate → train → evaluate → gate → drift → card → report); a stage whose input stage did not pass is skipped;
 * the exit code is the worst of the stages' (2 unusable input, 1 a failed check or gate, 0 all passed).
 */
async function runPipeline(io, configFile) {
    const loaded = await (0,config/* loadConfig */.Z9)(io.cwd, configFile);
    const base = loaded.file ? (0,external_node_path_.dirname)(loaded.file) : io.cwd;
    const results = new Map();
    const records = {};
    // With --json, stdout carries the pipeline's one JSON document: the stages speak to stderr, and so does what
    // they pass through as it is (the training command's output, the report's body).
    const verbatimErr = (io.verbatim ?? io).stderr;
    const stageIo = io.json
        ? { ...io, json: false, stdout: io.stderr, verbatim: { stdout: verbatimErr, stderr: verbatimErr } }
        : io;
    for (const p of pipelinePlan(loaded.config)) {
        if (p.unconfigured) {
            results.set(p.stage, { stage: p.stage, outcome: "not configured", detail: p.unconfigured });
            continue;
        }
        const flags = {};
        for (const [k, v] of Object.entries(p.flags))
            flags[k] = typeof v === "string" ? (0,external_node_path_.resolve)(base, v) : v;
        if (p.writes) {
            // A record that is one of the stage's own inputs, or modelgate.yml, is refused as the stage would refuse it,
            // before it is removed: removing it first would lose that file (the holdout, the model) whatever came next.
            const refused = await overwriteRefusal(p.stage, flags, io, loaded);
            if (refused) {
                io.stderr(`modelgate ${p.stage}: ${refused}\n`);
                results.set(p.stage, { stage: p.stage, outcome: "error", detail: refused });
                continue;
            }
            // The stage would overwrite its record: removed first, a failed or skipped stage leaves none to be mistaken
            // for this run's, and the report names it missing.
            const record = (0,external_node_path_.resolve)(base, p.writes.file);
            records[p.writes.flag] = record;
            await (0,promises_.rm)(record, { force: true });
        }
        const blocker = blockedBy(p, results);
        if (blocker) {
            results.set(p.stage, { stage: p.stage, outcome: "skipped", detail: `${blocker} did not pass` });
            continue;
        }
        if (p.stage === "report") {
            Object.assign(flags, records);
            if (io.platform.context.platform !== "local")
                flags.post = true;
        }
        results.set(p.stage, await runStage(p, flags, stageIo, loaded));
    }
    const all = [...results.values()];
    (0,commands_io/* printResult */.RS)(io, pipelineText(all), { stages: all });
    await io.platform.writeSummary(pipelineMarkdown(all));
    await io.platform.setOutputs({ stages: JSON.stringify(Object.fromEntries(all.map((r) => [r.stage, r.outcome]))) });
    const ran = all.filter((r) => r.outcome !== "not configured");
    if (ran.length === 0) {
        io.stderr("modelgate pipeline: modelgate.yml configures no stage (see the README's modelgate.yml reference)\n");
        return 2;
    }
    return ran.some((r) => r.outcome === "error") ? 2 : ran.every((r) => r.outcome === "passed") ? 0 : 1;
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


/***/ })

};
