export const id = 2279;
export const ids = [2279];
export const modules = {

/***/ 72279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentSourceOf: () => (/* binding */ commentSourceOf),
  runCommentCommand: () => (/* binding */ runCommentCommand),
  runCommentCommandHere: () => (/* binding */ runCommentCommandHere)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/comment/commentPlan.ts
var commentPlan = __webpack_require__(69991);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(56745);
// EXTERNAL MODULE: ./src/core/render/reportRender.ts + 1 modules
var reportRender = __webpack_require__(32375);
// EXTERNAL MODULE: ./src/core/registry/names.ts
var names = __webpack_require__(51979);
;// CONCATENATED MODULE: ./src/core/registry/commentCommand.ts
// Pull request comment commands: `/modelgate promote <stage>` and `/modelgate rollback <stage>`. Anyone who can
// comment can write one, so nothing in it is trusted: who wrote it, where the pull request comes from and which
// artifact the sticky comment showed are checked here, as data, before a stage moves. The platform adapter gathers
// the facts, this module decides, the command carries the decision out and answers in the thread.



const COMMENT_USAGE = "`/modelgate promote <stage>` or `/modelgate rollback <stage>` as the comment's first line";
/** The command on a comment's first line; any other comment is none of ours. */
function parseCommentCommand(body) {
    const words = (body.split(/\r?\n/, 1)[0] ?? "").trim().split(/\s+/);
    if (words[0] !== "/modelgate")
        return null;
    const [, action, stage, ...extra] = words;
    const shown = (w) => JSON.stringify(w.length > 40 ? `${w.slice(0, 40)}…` : w);
    if (action !== "promote" && action !== "rollback")
        return { usage: action ? `unknown command ${shown(action)}` : "no command given" };
    if (stage === undefined)
        return { usage: `/modelgate ${action} names no stage` };
    if (extra.length > 0)
        return { usage: `/modelgate ${action} takes one stage, not also ${shown(extra.join(" "))}` };
    try {
        return { command: { action, stage: (0,names/* parseStageName */.LL)(stage, `/modelgate ${action}`) } };
    }
    catch (e) {
        return { usage: e.message };
    }
}
const refuse = (check, reason) => ({ kind: "refuse", check, reason });
const commentCommand_short = (sha) => sha.slice(0, 12);
/** The checks that need no registry: who asks, from where, and for the artifact the pull request shows now. */
function checkRequest(r) {
    if (!r.pullRequest)
        return refuse("pull-request", "comment commands act on pull requests only, not on issues");
    if (r.permission !== "write" && r.permission !== "admin")
        return refuse("permission", `${r.commenter} has ${r.permission === "none" ? "no" : r.permission} permission on this repository; comment commands need write or admin`);
    if (r.allow?.length && !r.allow.includes(r.commenter))
        return refuse("allow", `${r.commenter} is not among the users modelgate.yml allows to run comment commands (registry.comment_commands.allow: ${r.allow.join(", ")})`);
    if (r.fork)
        return refuse("fork", "this pull request comes from a fork; comment commands act only on branches of this repository");
    const m = r.marker;
    if (!m)
        return refuse("marker", "this pull request has no modelgate comment showing what would ship (its hidden ship line); let the pull request's modelgate workflow report first");
    if (m.commit !== r.headSha)
        return refuse("head", `the modelgate comment shows commit ${commentCommand_short(m.commit)}, but the pull request's head is now ${commentCommand_short(r.headSha)}; comment again once the report for the new head is posted`);
    return { kind: "pass", marker: m };
}
/** Whether to move a stage, and which, or the one line that refuses. Rollback is bound like promote: it undoes
 * only this pull request's version, and only while the stage holds it. */
function planCommentCommand(r, f) {
    const pass = checkRequest(r);
    if (pass.kind === "refuse")
        return pass;
    const { name, version, modelSha256 } = pass.marker;
    const { action, stage } = r.command;
    // A comment never creates a stage: a typo (`prodution`) would otherwise become a new alias of the model.
    if (!f.known.includes(stage))
        return refuse("stage", `unknown stage ${stage}: ${f.known.length ? `${name} has ${[...f.known].sort().join(", ")}` : `${name} has no stages yet`} (declare new ones under registry.stages in modelgate.yml)`);
    if (f.published === null)
        return refuse("published", `${name} ${version} (shown in the modelgate comment) is not published yet; published: ${f.versions.join(", ") || "none"}`);
    if ("problem" in f.published)
        return refuse("published", `${name} ${version}'s manifest cannot be read: ${f.published.problem}`);
    if (f.published.modelSha256 !== modelSha256)
        return refuse("digest", `${name} ${version} as published holds the model ${commentCommand_short(f.published.modelSha256)}…, not the model ${commentCommand_short(modelSha256)}… the modelgate comment shows`);
    if (action === "promote")
        return { kind: "promote", name, version, stage };
    const current = f.stack.at(-1);
    const before = f.stack.at(-2);
    if (current !== version)
        return refuse("history", current === undefined
            ? `${name}@${stage} has never pointed at a version`
            : `${name}@${stage} holds ${current}, not this pull request's ${version}; a comment rolls back only its own version`);
    if (before === undefined)
        return refuse("history", `nothing to roll ${name}@${stage} back to: no version held it before ${version}`);
    return { kind: "rollback", name, stage, from: version, to: before };
}
/** The answer posted in the thread, in Markdown; every line from data is made inert. */
function commentAnswer(a, run) {
    const runLink = (0,reportRender/* safeLink */.o3)("run", run);
    const link = runLink ? ` (${runLink})` : "";
    switch (a.kind) {
        case "usage":
            return `❓ ${(0,render_escape/* escapeMarkdown */.FV)(a.problem)}. Usage: ${COMMENT_USAGE}.${link}\n`;
        case "refused":
            return `❌ Refused: ${(0,render_escape/* escapeMarkdown */.FV)(a.reason)}.${link}\n`;
        case "failed":
            return `⚠️ modelgate could not carry out this command: ${(0,render_escape/* escapeMarkdown */.FV)(a.problem)}.${link}\n`;
        default: {
            const o = a.outcome;
            if (o.status === "unchanged")
                return `✅ ${(0,render_escape/* escapeMarkdown */.FV)(`${a.name}@${o.stage}`)} already points at ${(0,render_escape/* escapeMarkdown */.FV)(o.version)}: nothing changed.${link}\n`;
            const e = o.event;
            const verb = e.action === "rollback" ? "Rolled back" : "Promoted";
            const from = e.previous ? ` from ${(0,render_escape/* escapeMarkdown */.FV)(e.previous)}` : "";
            return [
                `✅ ${verb} ${(0,render_escape/* escapeMarkdown */.FV)(`${a.name}@${e.stage}`)}${from} to ${(0,render_escape/* escapeMarkdown */.FV)(e.version)}${e.by ? ` for ${(0,render_escape/* escapeMarkdown */.FV)(e.by)}` : ""}.${link}`,
                ...(o.checks.length ? ["", ...o.checks.map((c) => `- ${(0,render_escape/* escapeMarkdown */.FV)(c)}`)] : []),
                "",
            ].join("\n");
        }
    }
}

// EXTERNAL MODULE: ./src/core/registry/releaseFiles.ts
var releaseFiles = __webpack_require__(111);
// EXTERNAL MODULE: ./src/core/registry/shipMarker.ts
var shipMarker = __webpack_require__(2751);
// EXTERNAL MODULE: ./src/core/registry/stages.ts
var stages = __webpack_require__(3648);
// EXTERNAL MODULE: ./src/core/render/registryRender.ts
var registryRender = __webpack_require__(21089);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/registryOf.ts
var registryOf = __webpack_require__(11902);
;// CONCATENATED MODULE: ./src/commands/commentCommand/run.ts
// `modelgate comment-command`: the pull request comment that started this run, checked and carried out. The facts
// come from the platform (who commented, with which permission, on which head) and from modelgate's own sticky
// comment (which model, version, commit and digest it showed); core decides; the stage moves through core's
// promote/rollback under modelgate.yml's stage rules; the answer goes back into the thread.













/** The platform's side of the command, from the environment: GitHub's issue_comment event and token. */
async function commentSourceOf(env, io) {
    if (io.platform.context.platform !== "github")
        throw new errors/* InputError */.dz(undefined, undefined, "comment-command reads GitHub's issue_comment event; on GitLab a relay or a manual job runs promote/rollback instead (docs/comment-commands.md)");
    const { githubCommentSourceOf } = await __webpack_require__.e(/* import() */ 3986).then(__webpack_require__.bind(__webpack_require__, 83986));
    return githubCommentSourceOf(env, (line) => io.platform.info(line));
}
/** The command as the CLI and the action run it. */
async function runCommentCommandHere(input, io, context) {
    return runCommentCommand(input, io, context, await commentSourceOf(process.env, io));
}
const refusal = (stage, text, answer) => ({
    status: "refused",
    stage,
    version: "",
    text: `${text}\n`,
    document: { status: "refused", reason: text },
    answer,
});
/** 0 done or not a command; 1 refused (answered in the thread); 2 unusable input. */
async function runCommentCommand(input, io, context, source) {
    const { event } = source;
    // Only a new comment: an edit would run an old command again, under the edited text.
    const parsed = event.action === "created" ? parseCommentCommand(event.body) : null;
    if (!parsed) {
        (0,commands_io/* printResult */.RS)(io, "the comment is not a modelgate command: nothing to do\n", { status: "ignored" });
        await io.platform.setOutputs({ status: "ignored", stage: "", version: "" });
        return 0;
    }
    const thread = await io.platform.commentThread({ number: event.number });
    if ("unavailable" in thread)
        throw new errors/* InputError */.dz(undefined, undefined, `no thread to answer in: ${thread.unavailable}`);
    // Taken up, where the commenter sees it; and the token has shown it may write before anything moves.
    await source.react("eyes").catch((e) => {
        throw new errors/* InputError */.dz(undefined, undefined, `cannot react to the comment (${(0,errors/* errorMessage */.gJ)(e)}): the job's token needs \`pull-requests: write\``, { cause: e });
    });
    const run = io.platform.context.runUrl;
    let result;
    try {
        result =
            "usage" in parsed
                ? refusal("", `usage: ${parsed.usage}`, { kind: "usage", problem: parsed.usage })
                : await carryOut(parsed.command, input, io, context, source, thread);
    }
    catch (e) {
        await bestEffort(io, "answer the failure", async () => {
            const problem = e instanceof errors/* InputError */.dz ? e.message : "an error, shown in the run's log";
            await thread.create(commentAnswer({ kind: "failed", problem }, run));
            await source.react("-1");
        });
        throw e;
    }
    (0,commands_io/* printResult */.RS)(io, result.text, result.document);
    if (result.summary)
        await io.platform.writeSummary(result.summary);
    await thread.create(commentAnswer(result.answer, run));
    await bestEffort(io, "react to the comment", () => source.react(result.status === "refused" ? "-1" : "+1"));
    await io.platform.setOutputs({ status: result.status, stage: result.stage, version: result.version });
    return result.status === "refused" ? 1 : 0;
}
/** Gather the facts, decide, and move the stage when the decision is to. */
async function carryOut(command, input, io, context, source, thread) {
    const { event } = source;
    const refused = (reason) => refusal(command.stage, `refused: ${reason}`, { kind: "refused", reason });
    // modelgate's own sticky comment: by this token's identity and carrying the key's marker, as `comment` finds it.
    const me = await thread.identity();
    const sticky = (0,commentPlan/* ownComments */.D5)(await thread.list(), me, input.key)[0];
    const pr = event.pullRequest ? await source.pullRequest(event.number) : { headSha: "", fork: false };
    const request = {
        command,
        commenter: event.commenter,
        permission: await source.permission(event.commenter),
        ...(input.allow ? { allow: input.allow } : {}),
        pullRequest: event.pullRequest,
        fork: pr.fork,
        headSha: pr.headSha,
        marker: sticky ? (0,shipMarker/* parseShipMarker */.I)(sticky.body) : null,
    };
    const pass = checkRequest(request);
    if (pass.kind === "refuse")
        return refused(pass.reason);
    const { store, approvals } = await (0,registryOf/* openRegistry */.M)(input.registry, io);
    const plan = planCommentCommand(request, await stageFacts(store, pass.marker, command.stage, context));
    if (plan.kind === "refuse")
        return refused(plan.reason);
    const move = {
        name: plan.name,
        stage: plan.stage,
        by: event.commenter,
        approvals: await approvals(),
        commit: pr.headSha,
        run: io.platform.context.runUrl ?? null,
        rules: context.config.registry?.stages,
    };
    const outcome = plan.kind === "promote" ? await (0,stages/* promote */.pt)(store, { ...move, version: plan.version }) : await (0,stages/* rollback */.dU)(store, move);
    if (outcome.status === "refused")
        return refused(`(${outcome.rule}) ${outcome.reason}`);
    return {
        status: outcome.status === "unchanged" ? "unchanged" : "moved",
        stage: command.stage,
        version: "event" in outcome ? outcome.event.version : outcome.version,
        text: (0,registryRender/* stageText */.U2)(outcome, plan.name),
        document: outcome,
        ...(outcome.status === "moved" ? { summary: (0,registryRender/* stageMarkdown */.cV)(outcome, plan.name) } : {}),
        answer: { kind: "outcome", name: plan.name, outcome },
    };
}
/** The registry's side: the model's stages and history, and the digest of the version the sticky comment shows. */
async function stageFacts(store, m, stage, context) {
    const releases = (await store.releases(m.name)).filter((r) => !r.draft);
    const history = await store.stageHistory(m.name);
    const release = releases.find((r) => r.version === m.version);
    return {
        known: [...new Set([...Object.keys(context.config.registry?.stages ?? {}), ...history.map((e) => e.stage)])],
        stack: (0,stages/* stageStack */.HE)(history, stage),
        published: release ? await modelDigest(store, release) : null,
        versions: releases.map((r) => r.version).sort(names/* compareVersions */.Zy),
    };
}
/** The model sha256 a published version's manifest records (the manifest checked against the store's record). */
async function modelDigest(store, release) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "modelgate-comment-"));
    try {
        const read = await (0,releaseFiles/* readStoredManifest */.Zl)(store, release, dir);
        return "problem" in read ? read : { modelSha256: (0,releaseFiles/* identityOf */.cu)(read.manifest).model_sha256 };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** A courtesy the result does not depend on (a reaction, the answer to a failure): a warning when it fails. */
async function bestEffort(io, what, call) {
    try {
        await call();
    }
    catch (e) {
        io.platform.warning(`could not ${what}: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
}


/***/ }),

/***/ 21089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ verifyText),
/* harmony export */   U2: () => (/* binding */ stageText),
/* harmony export */   Zx: () => (/* binding */ publishText),
/* harmony export */   bV: () => (/* binding */ publishMarkdown),
/* harmony export */   cV: () => (/* binding */ stageMarkdown),
/* harmony export */   h$: () => (/* binding */ showText),
/* harmony export */   pl: () => (/* binding */ versionsText)
/* harmony export */ });
/* unused harmony export historyText */
/* harmony import */ var _metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46300);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56745);
// What the registry commands print and put in the job summary: a publish (its checks, files and digests), a stage
// move, the versions of a model with their stages, metrics and approvals, and a verification's checks.


const short = (sha) => sha.slice(0, 12);
const approvalText = (a) => `${a.user} (${a.source}${a.environment ? `, ${a.environment}` : ""}, ${a.at})`;
// Who approved and when is the record itself: shown whole, not cut at codeSpan's usual 60 characters.
const approvalSpan = (a) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(approvalText(a), 400);
/** A publish as lines: what was checked, then what the store holds now. */
function publishText(o) {
    const m = o.outcome?.manifest ?? o.plan.manifest;
    const head = o.status === "planned"
        ? `would publish ${o.plan.tag} to ${o.store} (dry run: nothing changed)`
        : o.status === "already-published"
            ? `${m.tag} already holds this model in ${o.store}: nothing published again`
            : `published ${m.tag} to ${o.store}`;
    return [
        head,
        ...o.plan.checks.map((c) => `  ✓ ${c}`),
        ...m.assets.map((a) => `  ${a.name.padEnd(16)} ${String(a.size).padStart(10)} B  sha256 ${short(a.sha256)}…`),
        `  approvals: ${m.approvals.length ? m.approvals.map(approvalText).join("; ") : "none on record"}`,
        ...(o.outcome?.release.url ? [`  ${o.outcome.release.url}`] : []),
        "",
    ].join("\n");
}
/** The job summary of a publish: the version, its files and digests, and who approved. */
function publishMarkdown(outcome, store) {
    const m = outcome.manifest;
    const title = outcome.status === "published" ? "📦 Published" : "📦 Already published";
    return [
        `### ${title} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(m.tag)}`,
        "",
        `To ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(store)}${outcome.release.url ? ` — [release](${encodeURI(outcome.release.url)})` : ""}.`,
        "",
        "| File | Bytes | sha256 |",
        "|---|---:|---|",
        ...m.assets.map((a) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(a.name)} | ${a.size} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .digestSpan */ .ps)(a.sha256)} |`),
        "",
        `Approved by: ${m.approvals.length ? m.approvals.map(approvalSpan).join(", ") : "no approval on record"}.`,
        "",
    ].join("\n");
}
/** A stage move (or why not) as one line and its checks. */
function stageText(o, name) {
    switch (o.status) {
        case "refused":
            return `refused (${o.rule}): ${o.reason}\n`;
        case "unchanged":
            return `${name}@${o.stage} already points at ${o.version}: nothing changed\n`;
        default: {
            const e = o.event;
            const verb = o.status === "planned" ? "would move" : "moved";
            return [
                `${verb} ${name}@${e.stage} ${e.previous ? `from ${e.previous} ` : ""}to ${e.version} (${e.action}${e.by ? ` by ${e.by}` : ""})`,
                ...o.checks.map((c) => `  ✓ ${c}`),
                "",
            ].join("\n");
        }
    }
}
/** The summary of a stage move. */
function stageMarkdown(o, name) {
    const e = o.event;
    return [
        `### 🏷️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${name}@${e.stage}`)} → ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.version)}`,
        "",
        `${e.action === "rollback" ? "Rolled back" : "Promoted"} ${e.previous ? `from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.previous)} ` : ""}by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.by ?? "unknown")}; approvals: ${e.approvals.length ? e.approvals.map(approvalSpan).join(", ") : "none on record"}.`,
        "",
    ].join("\n");
}
/** The versions of a model, newest first, with their stages, headline metrics and approvals. */
function versionsText(name, rows, store) {
    if (rows.length === 0)
        return `${name}: no published version in ${store}\n`;
    const lines = rows.map((r) => {
        const metrics = r.manifest
            ? (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .headlineMetrics */ .oW)(r.manifest.metrics)
                .map(([k, v]) => `${k} ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(k, v)}`)
                .join(", ")
            : `manifest unreadable: ${r.problem ?? "unknown"}`;
        const approved = r.manifest?.approvals.length
            ? `approved by ${[...new Set(r.manifest.approvals.map((a) => a.user))].join(", ")}`
            : "no approval on record";
        return `  ${r.version.padEnd(12)} ${(r.stages.join(",") || "-").padEnd(20)} ${r.publishedAt ?? ""}  ${metrics}; ${approved}`;
    });
    return [`${name} in ${store}:`, ...lines, ""].join("\n");
}
/** A stage's history, oldest first, as `registry show` lists it. */
function historyText(events) {
    if (events.length === 0)
        return "  no stage moves\n";
    return `${events
        .map((e) => `  ${e.at}  ${e.stage.padEnd(12)} ${e.action.padEnd(8)} ${(e.previous ?? "-").padEnd(10)} → ${e.version}${e.by ? `  by ${e.by}` : ""}${e.approvals.length ? `  approved by ${e.approvals.map((a) => a.user).join(", ")}` : ""}`)
        .join("\n")}\n`;
}
/** One version in full: manifest essentials, then the model's stage history. */
function showText(m, stages, history) {
    return [
        `${m.name} ${m.model_version} (${m.tag})${stages.length ? ` — ${stages.join(", ")}` : ""}`,
        `  published ${m.published_at}${m.ci.triggered_by ? ` by ${m.ci.triggered_by}` : ""}${m.ci.run_url ? ` in ${m.ci.run_url}` : ""}`,
        `  commit ${m.git.commit ?? "unknown"}${m.git.branch ? ` on ${m.git.branch}` : ""}`,
        `  gate ${m.gate.passed ? "passed" : "FAILED"}: ${m.gate.rules.map((r) => r.rule).join("; ")}`,
        `  metrics: ${Object.entries(m.metrics)
            .map(([k, v]) => `${k} ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(k, v)}`)
            .join(", ")}`,
        `  holdout sha256 ${short(m.data.holdout_sha256)}…, rules sha256 ${short(m.config_sha256)}…`,
        `  approvals: ${m.approvals.length ? m.approvals.map(approvalText).join("; ") : "none on record"}`,
        ...m.assets.map((a) => `  ${a.name.padEnd(16)} ${String(a.size).padStart(10)} B  sha256 ${a.sha256}`),
        "stage history:",
        historyText(history).trimEnd(),
        "",
    ].join("\n");
}
/** A verification: every check with ✓ or ✗. */
function verifyText(v) {
    return [
        `${v.ok ? "verified" : "NOT verified"}: ${v.release.tag}${v.stage ? ` (stage ${v.stage})` : ""}`,
        ...v.checks.map((c) => `  ${c.ok ? "✓" : "✗"} ${c.check}: ${c.detail}`),
        "",
    ].join("\n");
}


/***/ })

};
