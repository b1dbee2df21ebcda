export const id = 1469;
export const ids = [1469];
export const modules = {

/***/ 11469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runComment: () => (/* binding */ runComment)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_regularFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89629);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5862);




/** `modelgate comment`: one comment per key on the pull/merge request, created, updated or deleted. */
async function runComment(input, io) {
    const flags = (0,_post_js__WEBPACK_IMPORTED_MODULE_3__/* .postFlags */ .gg)(input);
    const { bodyFile: file, fullReportUrl: url } = input;
    if (!file && flags.mode !== "delete")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, "--body-file is required (unless --mode delete)");
    if (file)
        await (0,_core_regularFile_js__WEBPACK_IMPORTED_MODULE_2__/* .assertRegularFile */ .f)(file);
    const body = file ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => Promise.reject((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e))) : "";
    const result = await (0,_post_js__WEBPACK_IMPORTED_MODULE_3__/* .postComment */ .Gy)(io, {
        ...flags,
        body,
        dryRun: input.dryRun,
        ...(url ? { fullReport: { label: "the full report", url } } : {}),
    });
    if (io.json)
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    await io.platform.setOutputs((0,_post_js__WEBPACK_IMPORTED_MODULE_3__/* .postOutputs */ .BX)(result));
    return 0;
}


/***/ }),

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


/***/ })

};
