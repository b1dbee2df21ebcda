export const id = 2269;
export const ids = [2269];
export const modules = {

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ postOutputs),
/* harmony export */   Gy: () => (/* binding */ postComment),
/* harmony export */   gg: () => (/* binding */ postFlags)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43716);
/* harmony import */ var _core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69991);
/* harmony import */ var _core_comment_fitBody_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99546);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_outputFile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7344);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73776);
// Posting a body as the pull/merge request comment, shared by `comment` and `report --post`. Without a thread, with
// a read-only or refused token (a fork's pull request) or with the platform down, nothing fails unless
// --fail-on-post-error asks: the body goes to the job summary and a file, with one warning naming the cause.







/** The key, mode, pull request number and safety flags of a typed input. */
function postFlags(input) {
    (0,_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__/* .markerOf */ .we)(input.key); // checks the key
    return {
        key: input.key,
        mode: input.mode,
        ...(input.pr !== undefined ? { pr: input.pr } : {}),
        ...(input.failOnPostError ? { failOnPostError: true } : {}),
        ...(input.expectHeadSha !== undefined ? { expectHeadSha: input.expectHeadSha } : {}),
    };
}
/** Not posted: say why, once, and keep the body where a person can read it (summary, log, file artifact). */
async function keepElsewhere(io, r, why) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(io.cwd, `modelgate-comment-${r.key}.md`);
    if (r.mode !== "delete") {
        await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_4__/* .writeOutput */ .z)(file, r.body);
        if (!r.summaryWritten)
            await io.platform.writeSummary(r.body);
    }
    io.platform.warning(`comment not posted: ${why}.${r.mode !== "delete" ? ` The report is in the job summary and ${(0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(file, io.cwd)}.` : ""}`);
    return { posted: false, action: "none", id: null, url: null };
}
/**
 * Why the body may not go to this thread: the pull/merge request moved on from the commit the report is for, or
 * the number came from elsewhere (a fork's run hands it over in the workflow_run pattern) and names another one.
 */
async function headMismatch(thread, expected) {
    if (!thread.headSha)
        return `--expect-head-sha cannot be checked on ${thread.label}`;
    const head = await thread.headSha();
    if (head === expected)
        return null;
    return `${thread.label}'s head is ${head.slice(0, 12)}, not ${expected.slice(0, 12)} as --expect-head-sha says (a newer push, or a number that is not this run's pull request): refused`;
}
/** Create, update or delete the key's comment; the body is cut to the platform's limit at a section boundary. */
async function postComment(io, r) {
    try {
        return await post(io, r);
    }
    catch (e) {
        // Unusable input or config (a crafted comments.json, a bad flag) is exit 2 whatever the flag says.
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw e;
        // The adapter's message says what the token lacks or which call failed, and how long it was tried.
        return refused(io, r, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e));
    }
}
/** Not posted because the platform refused or failed: kept and warned about, or (opted in) the step fails. */
async function refused(io, r, why) {
    const kept = await keepElsewhere(io, r, why);
    if (r.failOnPostError)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, `comment not posted (--fail-on-post-error): ${why}`);
    return kept;
}
async function post(io, r) {
    const thread = await io.platform.commentThread(r.pr ? { number: r.pr } : {});
    if ("unavailable" in thread)
        return keepElsewhere(io, r, thread.unavailable);
    if (r.expectHeadSha) {
        const mismatch = await headMismatch(thread, r.expectHeadSha);
        if (mismatch)
            return refused(io, r, mismatch);
    }
    // The marker goes first on its own line: the room left for the body is the limit less that line.
    const room = thread.maxBodyChars - (0,_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__/* .markerOf */ .we)(r.key).length - 1;
    const fitted = (0,_core_comment_fitBody_js__WEBPACK_IMPORTED_MODULE_6__/* .fitBody */ .KM)(r.body, { limit: room, ...(r.fullReport ? { fullReport: r.fullReport } : {}) });
    if (fitted.cut)
        io.platform.warning(`the comment is cut to ${thread.maxBodyChars} characters (${fitted.omitted} sections left out)`);
    if (r.dryRun) {
        const plan = (0,_core_comment_commentPlan_js__WEBPACK_IMPORTED_MODULE_2__/* .planComment */ .tx)({
            comments: await thread.list(),
            me: await thread.identity(),
            key: r.key,
            body: fitted.body,
            mode: r.mode,
        });
        const steps = plan.actions.map((a) => (a.kind === "create" ? "create" : `${a.kind} ${a.id}`));
        (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .humanStream */ .wW)(io)(`dry run on ${thread.label}: ${steps.length ? steps.join(", ") : "nothing to change"}\n`);
        return { posted: false, action: "none", id: plan.unchanged, url: null };
    }
    const outcome = await (0,_core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertComment */ .lB)(thread, { key: r.key, body: fitted.body, mode: r.mode });
    const extra = outcome.deleted > 0 && r.mode !== "delete" ? ` (${outcome.deleted} old removed)` : "";
    io.platform.info(`comment ${outcome.action} on ${thread.label}${outcome.url ? `: ${outcome.url}` : ""}${extra}`);
    return { posted: outcome.action !== "none", action: outcome.action, id: outcome.id, url: outcome.url };
}
/** The outputs both commands set for a posted comment. */
function postOutputs(p) {
    return { posted: p.posted, "comment-id": p.id ?? "", "comment-url": p.url ?? "", "comment-action": p.action };
}


/***/ }),

/***/ 72269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReport: () => (/* binding */ runReport),
  withoutFrontMatter: () => (/* binding */ withoutFrontMatter)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/outputFile.ts
var outputFile = __webpack_require__(7344);
// EXTERNAL MODULE: ./src/core/registry/names.ts
var names = __webpack_require__(51979);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/metrics/catalogue.ts
var catalogue = __webpack_require__(46300);
// EXTERNAL MODULE: ./src/core/registry/releaseFiles.ts
var releaseFiles = __webpack_require__(111);
// EXTERNAL MODULE: ./src/core/registry/stages.ts
var stages = __webpack_require__(3648);
;// CONCATENATED MODULE: ./src/core/registry/shipPlan.ts
// What a pull/merge request would ship, as data for its sticky comment: the version `publish --version auto` would
// take (or the one already holding this very model), the model's digest, the headline metrics against the version a
// stage (production) points at now, and the exact commands that ship it. A failed gate ships nothing and says why;
// a registry that cannot be reached or read is a note, never a failure: the comment is about the gate first.








const DEFAULT_SHIP_STAGE = "production";
/** A word for a shell command line: as it is when plain, else single-quoted. */
function shellWord(text) {
    return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
const shipPlan_short = (sha) => `${sha.slice(0, 12)}…`;
/** Why the gate lets nothing ship, or null when it passed for this very model. */
function blockedBy(gate, modelSha256) {
    if (!gate)
        return {
            status: "blocked",
            reason: "no gate verdict was given: only a model whose gate passed is published",
            failedRules: [],
        };
    const bound = gate.binding.model_sha256;
    if (bound !== modelSha256)
        return {
            status: "blocked",
            reason: bound === null
                ? "the gate judged a metrics file, not this model: publish needs the gate of its evaluation"
                : `the gate judged another model (sha256 ${shipPlan_short(bound)}), not this one (${shipPlan_short(modelSha256)})`,
            failedRules: [],
        };
    if (gate.passed)
        return null;
    const failed = gate.rules.filter((r) => !r.passed).map((r) => r.rule);
    return {
        status: "blocked",
        reason: `the gate failed (${failed.length} of ${gate.rules.length} rules): only a model whose gate passed is published`,
        failedRules: failed,
    };
}
/** The headline metrics of the candidate beside the stage's, with which way is better. */
function metricDeltas(candidate, current) {
    return (0,catalogue/* headlineMetrics */.oW)(candidate).map(([metric, value]) => {
        const direction = (0,catalogue/* metricDirection */.EE)(metric);
        const was = current?.[metric];
        const now = was !== undefined && Number.isFinite(was) ? was : null;
        const delta = now !== null && Number.isFinite(value) ? value - now : null;
        const change = delta === null ? null : delta === 0 ? "same" : (direction === "higher") === delta > 0 ? "better" : "worse";
        return { metric, candidate: value, current: now, delta, direction, change };
    });
}
/** The highest published version whose model.onnx is this model (by the store's digest, else by its manifest). */
async function publishedAs(store, published, model, dir) {
    const found = [];
    for (const r of published) {
        const stored = r.assets.find((a) => a.name === releaseFiles/* MODEL_ASSET */.TT);
        if (!stored || !(0,releaseFiles/* storedMatches */.tp)(stored, { sha256: model.sha256, size: model.bytes }))
            continue;
        if (stored.sha256 === null) {
            const read = await (0,releaseFiles/* readStoredManifest */.Zl)(store, r, dir);
            if (!("manifest" in read) || (0,releaseFiles/* identityOf */.cu)(read.manifest).model_sha256 !== model.sha256)
                continue;
        }
        found.push(r.version);
    }
    return found.sort(names/* compareVersions */.Zy).at(-1) ?? null;
}
/** The stage's version now and its manifest's metrics; a version the registry lacks or cannot read is a note. */
async function stageNow(store, name, stage, published, dir, notes) {
    const event = (0,stages/* currentStages */.zX)(await store.stageHistory(name)).get(stage);
    if (!event)
        return null;
    const release = published.find((r) => r.version === event.version);
    if (!release) {
        notes.push(`${stage} points at ${event.version}, which is not a published version: no metrics to compare with`);
        return { version: event.version, metrics: null };
    }
    const read = await (0,releaseFiles/* readStoredManifest */.Zl)(store, release, dir);
    if ("manifest" in read)
        return { version: event.version, metrics: read.manifest.metrics };
    notes.push(`the metrics of ${stage} (${event.version}) cannot be read: ${read.problem}`);
    return { version: event.version, metrics: null };
}
function ships(name, stage, version, existing, where) {
    const registry = where.registry ? ` --registry ${shellWord(where.registry)}` : "";
    const model = where.model ? ` --model ${shellWord(where.model)}` : "";
    return {
        status: "ships",
        version,
        tag: (0,names/* buildTag */.NQ)(name, version),
        existing,
        commands: {
            publish: existing === "new" ? `modelgate publish --name ${name} --version ${version}${model}${registry}` : null,
            promote: `modelgate promote --name ${name} --version ${version} --stage ${stage}${registry}`,
            comment: `/modelgate promote ${stage}`,
        },
    };
}
/**
 * What would ship, read from the registry (`store`), or from none when it cannot be had here (`unavailable` says
 * why). Reads only; an error reading the registry becomes a note, and the version is then unknown.
 */
async function planShip(store, r) {
    const name = (0,names/* parseModelName */.s_)(r.name, "model name");
    const stage = (0,names/* parseStageName */.LL)(r.stage ?? DEFAULT_SHIP_STAGE, "stage name");
    const e = r.evaluation;
    const model = e ? { sha256: e.model.sha256, bytes: e.model.bytes } : null;
    const base = { name, stage, model, registry: null, current: null, deltas: [], notes: [] };
    if (!e || !model)
        return {
            ...base,
            outcome: { status: "unknown", reason: "no evaluation was given (or its step wrote none): the model is unknown" },
        };
    const blocked = blockedBy(r.gate, model.sha256);
    const unknown = (why) => ({
        ...base,
        outcome: blocked ?? {
            status: "unknown",
            reason: "the version publish would take cannot be told without the registry",
        },
        deltas: metricDeltas(e.metrics, null),
        notes: [why],
    });
    if ("unavailable" in store)
        return unknown(`no registry can be read here (${store.unavailable})`);
    const notes = [];
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "modelgate-ship-"));
    try {
        const published = (await store.releases(name)).filter((x) => !x.draft);
        const current = await stageNow(store, name, stage, published, dir, notes);
        let outcome = blocked;
        if (!outcome) {
            const done = await publishedAs(store, published, model, dir);
            const next = (0,names/* nextVersion */.yU)(published.map((x) => x.version), r.bump ?? "patch");
            const where = { model: r.modelFile ?? e.model.path ?? null, registry: r.registry };
            outcome = done ? ships(name, stage, done, "already-published", where) : ships(name, stage, next, "new", where);
            const before = (r.requires ?? []).filter((s) => s !== stage);
            if (before.length > 0 && !(done && current?.version === done))
                notes.push(`${stage} takes only versions that were in ${before.join(", ")} first: promote there before`);
        }
        return {
            ...base,
            outcome,
            registry: store.label,
            current,
            deltas: metricDeltas(e.metrics, current?.metrics ?? null),
            notes,
        };
    }
    catch (err) {
        return unknown(`${store.label} cannot be read (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/core/regularFile.ts
var regularFile = __webpack_require__(89629);
// EXTERNAL MODULE: ./src/core/render/reportRender.ts + 1 modules
var reportRender = __webpack_require__(32375);
// EXTERNAL MODULE: ./src/core/report/bindings.ts
var bindings = __webpack_require__(86702);
// EXTERNAL MODULE: ./src/core/report/outputs.ts + 1 modules
var report_outputs = __webpack_require__(77333);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/post.ts
var commands_post = __webpack_require__(5862);
// EXTERNAL MODULE: ./src/commands/registryOf.ts
var registryOf = __webpack_require__(11902);
;// CONCATENATED MODULE: ./src/commands/report/run.ts












const KINDS = ["validation", "run", "evaluation", "gate", "drift"];
/** MODEL_CARD.md without its YAML front matter (the comment shows the card, not its metadata). */
function withoutFrontMatter(markdown) {
    const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
    return (m ? markdown.slice(m[0].length) : markdown).trim();
}
/** Whether a named input is there; not there is a result (its step failed or did not run), any other trouble is not. */
async function present(file) {
    try {
        await (0,promises_.stat)(file);
        return true;
    }
    catch (e) {
        if (e.code === "ENOENT")
            return false;
        throw (0,errors/* unreadable */.O$)(file, e);
    }
}
/**
 * The registry the ship section reads. A hosted one this run cannot reach (no token, another platform) is a note in
 * the section, not a failed report; a --registry that names nothing usable is still exit 2.
 */
async function shipRegistry(asked, io) {
    try {
        return (await (0,registryOf/* openRegistry */.M)(asked, io)).store;
    }
    catch (e) {
        const hosted = asked === undefined || asked === "github" || asked === "gitlab";
        if (e instanceof errors/* InputError */.dz && hosted)
            return { unavailable: e.problem };
        throw e;
    }
}
/** What would ship, when --ship-name names the model: read from the registry, compared with --ship-stage. */
async function shipPlan(input, outputs, io, context) {
    if (input.shipName === undefined)
        return undefined;
    const name = (0,names/* parseModelName */.s_)(input.shipName, "--ship-name");
    const stage = (0,names/* parseStageName */.LL)(input.shipStage, "--ship-stage");
    const registry = context.config.registry;
    return planShip(await shipRegistry(input.registry, io), {
        name,
        stage,
        ...(outputs.evaluation ? { evaluation: outputs.evaluation } : {}),
        ...(outputs.gate ? { gate: outputs.gate } : {}),
        ...(registry?.bump ? { bump: registry.bump } : {}),
        ...(registry?.stages?.[stage]?.requires ? { requires: registry.stages[stage].requires } : {}),
        // The commands it prints must run as printed: the model as the reader's checkout names it, the same registry.
        ...(outputs.evaluation ? { modelFile: (0,commands_io/* shown */.SP)(outputs.evaluation.model.path, io.cwd) } : {}),
        ...(input.registry !== undefined
            ? {
                registry: input.registry.startsWith("local:")
                    ? `local:${(0,commands_io/* shown */.SP)(input.registry.slice("local:".length), io.cwd)}`
                    : input.registry,
            }
            : {}),
    });
}
/**
 * `modelgate report`: one body from every output given; --post makes it the pull/merge request comment. An output
 * named but missing is reported (and posted) as such, and exits 1: a failed step still gets its comment, never a pass.
 */
async function runReport(input, io, context) {
    const post = input.post ? (0,commands_post/* postFlags */.gg)(input) : null;
    const { htmlUrl, cardUrl, out } = input;
    const named = [...KINDS, "card"].flatMap((kind) => {
        const file = input[kind];
        return file !== undefined ? [{ kind, file }] : [];
    });
    if (named.length === 0)
        throw new errors/* InputError */.dz(undefined, undefined, "nothing to report, so nothing was checked: give the step outputs (--validation, --run, --evaluation, --gate, --drift, --card) or name them in modelgate.yml");
    const outputs = {};
    const missing = [];
    let card;
    for (const { kind, file } of named) {
        if (!(await present(file)))
            missing.push({ input: kind, file: (0,commands_io/* shown */.SP)(file, io.cwd) });
        else if (kind === "card") {
            await (0,regularFile/* assertRegularFile */.f)(file);
            card = withoutFrontMatter(await (0,promises_.readFile)(file, "utf8").catch((e) => Promise.reject((0,errors/* unreadable */.O$)(file, e))));
        }
        else
            Object.assign(outputs, { [kind]: await (0,report_outputs/* loadOutput */.g)(kind, file) });
    }
    (0,bindings/* checkBindings */.t)(outputs, {
        ...(input.evaluation !== undefined ? { evaluation: (0,commands_io/* shown */.SP)(input.evaluation, io.cwd) } : {}),
        ...(input.gate !== undefined ? { gate: (0,commands_io/* shown */.SP)(input.gate, io.cwd) } : {}),
    });
    const ship = await shipPlan(input, outputs, io, context);
    const ctx = io.platform.context;
    const body = (0,reportRender/* reportMarkdown */.uL)({
        outputs,
        missing,
        ...(ship ? { ship } : {}),
        ...(card ? { card } : {}),
        links: {
            ...(ctx.runUrl ? { run: ctx.runUrl } : {}),
            ...(htmlUrl ? { htmlReport: htmlUrl } : {}),
            ...(cardUrl ? { card: cardUrl } : {}),
        },
        // The pull request's head, not a test merge commit: a comment command checks the marker against the head.
        ...((ctx.headSha ?? ctx.sha) ? { sha: ctx.headSha ?? ctx.sha } : {}),
    });
    const verdict = { ...(0,reportRender/* reportVerdict */.Ki)(outputs, missing), missing };
    if (out)
        await (0,outputFile/* writeOutput */.z)(out, body);
    else if (!io.json)
        (io.verbatim ?? io).stdout(body);
    await io.platform.writeSummary(body);
    const posted = post
        ? await (0,commands_post/* postComment */.Gy)(io, {
            ...post,
            body,
            summaryWritten: true,
            fullReport: htmlUrl
                ? { label: "the full HTML report", url: htmlUrl }
                : { label: "the job summary", url: ctx.runUrl ?? null },
        })
        : null;
    if (io.json)
        io.stdout(`${JSON.stringify({ ...verdict, report: out ?? null, comment: posted }, null, 2)}\n`);
    if (out)
        (0,commands_io/* humanStream */.wW)(io)(`wrote ${(0,commands_io/* shown */.SP)(out, io.cwd)}: ${verdict.passed ? "all checks pass" : verdict.failures.join(", ")}\n`);
    await io.platform.setOutputs({
        passed: verdict.passed,
        "report-path": out ?? "",
        ...(posted ? (0,commands_post/* postOutputs */.BX)(posted) : { posted: false }),
    });
    return missing.length > 0 ? 1 : 0;
}


/***/ }),

/***/ 99546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ fitBody),
/* harmony export */   dy: () => (/* binding */ utf8Bytes)
/* harmony export */ });
/* unused harmony export sections */
// Bodies past a platform's limit are cut where a section ends, never mid-table or inside an open <details>, with a
// pointer to the full report.
const utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
/** Top-level sections: a heading line or a `<details>` block starts one; a `<details>` block is never split. */
function sections(markdown) {
    const lines = markdown.split("\n");
    const out = [];
    let current = [];
    let depth = 0;
    let fence = false;
    for (const line of lines) {
        const starts = !fence && depth === 0 && (/^#{1,6} /.test(line) || /^<details[\s>]/.test(line));
        if (starts && current.length > 0) {
            out.push(current.join("\n"));
            current = [];
        }
        current.push(line);
        if (/^\s*(```|~~~)/.test(line))
            fence = !fence;
        if (!fence) {
            depth += (line.match(/<details[\s>]/g) ?? []).length;
            depth = Math.max(0, depth - (line.match(/<\/details>/g) ?? []).length);
        }
    }
    if (current.length > 0)
        out.push(current.join("\n"));
    return out;
}
function notice(omitted, total, full) {
    // Parentheses in the address would end Markdown's (…) early and leave the rest as text: percent-encoded.
    const href = full?.url?.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    const where = full ? (href ? `[${full.label}](${href})` : full.label) : "the job's log";
    return `\n\n> [!NOTE]\n> This comment is cut to the platform's size limit: ${omitted} of ${total} sections are left out. The full report is in ${where}.\n`;
}
/**
 * The body whole when it fits; else the leading sections that fit with the notice. The first section (verdict and
 * marker) is kept even when it must itself be cut at a line. Linear in the body: each section and line is measured
 * once and the sizes summed, which `measure` allows as long as it adds up over concatenation (characters and UTF-8
 * bytes do: text is only ever joined at a newline, never inside a surrogate pair).
 */
function fitBody(body, o) {
    const measure = o.measure ?? ((t) => t.length);
    if (measure(body) <= o.limit)
        return { body, cut: false, omitted: 0 };
    const parts = sections(body);
    const tail = (omitted) => notice(omitted, parts.length, o.fullReport);
    const newline = measure("\n");
    let size = 0;
    let used = 0;
    for (const part of parts) {
        const next = used === 0 ? measure(part) : size + newline + measure(part);
        if (next + measure(tail(parts.length - used - 1)) > o.limit)
            break;
        size = next;
        used++;
    }
    let kept = parts.slice(0, used).join("\n");
    if (used === 0) {
        // Even the first section is too long: keep its lines that fit.
        const room = o.limit - measure(tail(parts.length));
        const lines = parts[0].split("\n");
        let lineCount = 0;
        let lineSize = 0;
        for (const line of lines) {
            const next = lineCount === 0 ? measure(line) : lineSize + newline + measure(line);
            if (next > room)
                break;
            lineSize = next;
            lineCount++;
        }
        kept = lines.slice(0, lineCount).join("\n");
    }
    return { body: `${kept}${tail(parts.length - used)}`, cut: true, omitted: parts.length - used };
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
