export const id = 6456;
export const ids = [6456,921,3302];
export const modules = {

/***/ 96456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTrain: () => (/* binding */ runTrain)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/data/fileHash.ts
var fileHash = __webpack_require__(5264);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/gate/sources.ts
var sources = __webpack_require__(60093);
// EXTERNAL MODULE: ./src/core/outputFile.ts
var outputFile = __webpack_require__(7344);
// EXTERNAL MODULE: ./src/core/render/runRender.ts
var runRender = __webpack_require__(68641);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/config/dotted.ts
var dotted = __webpack_require__(52996);
// EXTERNAL MODULE: ./src/core/config/yamlFile.ts
var yamlFile = __webpack_require__(20921);
;// CONCATENATED MODULE: ./src/core/train/params.ts



/**
 * A params file (YAML, or JSON by its extension) as run.json records it: nested keys as dotted names, DVC's
 * convention ({train: {lr: 0.1}} → "train.lr"), list items under their index ("features.0"). A name given twice
 * is one line naming the file; a file that holds no mapping or list (an empty one) has no params.
 */
async function readParams(file) {
    const value = await (0,yamlFile.readStructuredFile)(file, (0,external_node_path_.extname)(file).toLowerCase() === ".json" ? "json" : "yaml");
    // JSON and YAML's core schema have no other scalars than the record's: numbers, text, booleans and null.
    return Object.fromEntries((0,dotted/* flattenDotted */.F)(value, { arrays: "index", file, what: "param" }));
}

// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
;// CONCATENATED MODULE: ./src/commands/train/childEnv.ts
// The training command's environment: the job's, less the credentials that were given to the runner or to
// modelgate and not to the training. A JavaScript action's process gets the runner's own (cache, artifact and
// results services, OIDC token requests) that a `run:` step never sees; a training command, and whatever packages
// it installs, has no use for them. What the workflow sets itself stays, GITHUB_TOKEN included (a job has it only
// when the workflow passes it), and GitLab's CI_JOB_TOKEN, which every script of the job already has.
/** The runner's internal credentials and endpoints, and the tokens modelgate takes for its own API calls. */
const WITHHELD_FROM_TRAINING = [
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_RUNTIME_URL",
    "ACTIONS_RESULTS_URL",
    "ACTIONS_CACHE_URL",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_URL",
    "INPUT_GITHUB-TOKEN",
    "MODELGATE_GITHUB_TOKEN",
    "MODELGATE_GITLAB_TOKEN",
];
/** A copy of `env` without the credentials the training command is not given. */
function trainingEnv(env) {
    const withheld = new Set(WITHHELD_FROM_TRAINING);
    // Names as the runner sets them; Windows compares environment names without case.
    return Object.fromEntries(Object.entries(env).filter(([k]) => !withheld.has(k.toUpperCase())));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/commands/train/outputTail.ts
// The last lines of a training command's output, kept for the failure message, the annotation and the summary. A
// progress bar (tqdm) redraws with `\r` and may never print a newline: re-splitting the whole unfinished line at
// every chunk made 50 MB of such output take minutes, and the one "line" it made was then repeated everywhere.
// Here `\r` ends a line as `\n` does, a line keeps only its end, and the lines together are bounded.
/** Lines kept. */
const TAIL_LINES = 30;
/** Characters a kept line has at most: its end, after an ellipsis. */
const LINE_CHARS = 500;
/** Characters all kept lines have at most together. */
const TAIL_CHARS = 8000;
const ELLIPSIS = "…";
const LINE_END = /\r\n|\r|\n/g;
/** A line cut to its last LINE_CHARS characters (the end of a log line or a progress bar is what tells). */
function clip(line) {
    return line.length > LINE_CHARS ? ELLIPSIS + line.slice(-(LINE_CHARS - ELLIPSIS.length)) : line;
}
/** The last lines of a stream of output, in memory bounded whatever the stream's length. */
class OutputTail {
    kept = [];
    chars = 0;
    /** The line not yet ended, already clipped (so appending to it costs the chunk, not the line). */
    partial = "";
    /** The last chunk ended in `\r`: a `\n` opening the next one belongs to it. */
    pendingCr = false;
    push(text) {
        let start = this.pendingCr && text.startsWith("\n") ? 1 : 0;
        this.pendingCr = text.endsWith("\r");
        LINE_END.lastIndex = start;
        for (let m = LINE_END.exec(text); m; m = LINE_END.exec(text)) {
            const line = this.partial + text.slice(start, m.index);
            this.partial = "";
            start = m.index + m[0].length;
            // An empty redraw (tqdm starts each with `\r`) is no line; an empty line the command printed is one.
            if (line !== "" || m[0] !== "\r")
                this.add(clip(line));
        }
        this.partial = clip(this.partial + text.slice(start));
    }
    add(line) {
        this.kept.push(line);
        this.chars += line.length;
        while (this.kept.length > TAIL_LINES || (this.chars > TAIL_CHARS && this.kept.length > 1))
            this.chars -= this.kept.shift().length;
    }
    /** The kept lines, the unfinished one last. */
    lines() {
        if (this.partial === "")
            return [...this.kept];
        const out = [...this.kept, this.partial];
        let chars = this.chars + this.partial.length;
        while (out.length > TAIL_LINES || (chars > TAIL_CHARS && out.length > 1))
            chars -= out.shift().length;
        return out;
    }
}

;// CONCATENATED MODULE: ./src/commands/train/processRunner.ts
// Runs the user's training command: through the shell (any language, `make model`, a remote job launcher), in a
// process group of its own so a timeout kills the whole tree, with its output streamed live and its last lines kept.



const KILL_GRACE_MS = 5000;
/** How long the output may stay open after the command exited (a stray background process holding it). */
const STRAY_GRACE_MS = 2000;
/**
 * Every descendant of `root` (Linux: parent links in /proc/<pid>/stat), collected before anything is killed: a
 * process that left the group (setsid) is still a child of its parent until that parent dies.
 */
function descendants(root) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)("/proc").filter((e) => /^\d+$/.test(e));
    }
    catch {
        return [];
    }
    const children = new Map();
    for (const e of entries) {
        try {
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ")".
            const stat = (0,external_node_fs_.readFileSync)(`/proc/${e}/stat`, "utf8");
            const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
            const siblings = children.get(ppid);
            if (siblings)
                siblings.push(Number(e));
            else
                children.set(ppid, [Number(e)]);
        }
        catch {
            // gone meanwhile
        }
    }
    const out = [];
    for (let queue = [root]; queue.length;) {
        const next = children.get(queue.shift()) ?? [];
        out.push(...next);
        queue.push(...next);
    }
    return out;
}
function runProcess(command, options) {
    const started = Date.now();
    const tail = new OutputTail();
    return new Promise((resolve, reject) => {
        // detached: the child leads a new process group, which the timeout signals as a whole (-pid).
        const child = (0,external_node_child_process_.spawn)(command, {
            cwd: options.cwd,
            env: options.env,
            shell: true,
            detached: process.platform !== "win32",
            stdio: ["ignore", "pipe", "pipe"],
        });
        let timedOut = false;
        let exitCode = null;
        let strays = [];
        const signal = (pid, s) => {
            try {
                process.kill(pid, s);
            }
            catch {
                // already gone
            }
        };
        const killTree = (s) => {
            if (child.pid === undefined)
                return;
            signal(process.platform === "win32" ? child.pid : -child.pid, s);
            for (const pid of strays)
                signal(pid, s);
        };
        const timer = setTimeout(() => {
            timedOut = true;
            strays = child.pid === undefined ? [] : descendants(child.pid);
            killTree("SIGTERM");
            setTimeout(() => killTree("SIGKILL"), KILL_GRACE_MS).unref();
        }, options.timeoutMs);
        let done = false;
        const finish = () => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            // Anything the group left running after the leader exited goes too.
            if (timedOut)
                killTree("SIGKILL");
            resolve({ exitCode, timedOut, durationMs: Date.now() - started, tail: tail.lines() });
        };
        for (const stream of [child.stdout, child.stderr]) {
            stream.setEncoding("utf8");
            stream.on("data", (text) => {
                options.onOutput(text);
                tail.push(text);
            });
        }
        child.on("error", (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on("exit", (code) => {
            exitCode = code;
            // A background process that kept the output open must not hold the step: the run ended with its command.
            setTimeout(() => {
                child.stdout.destroy();
                child.stderr.destroy();
                finish();
            }, STRAY_GRACE_MS).unref();
        });
        child.on("close", finish);
    });
}

;// CONCATENATED MODULE: ./src/commands/train/train.ts











async function fileFacts(path, cwd, what) {
    const s = await (0,promises_.stat)(path).catch(() => {
        throw new errors/* InputError */.dz((0,commands_io/* shown */.SP)(path, cwd), undefined, `the declared ${what} was not found after the run`);
    });
    return { path: (0,commands_io/* shown */.SP)(path, cwd), sha256: await (0,fileHash/* sha256File */.Q)(path), bytes: s.size };
}
function git(args, cwd) {
    const r = (0,external_node_child_process_.spawnSync)("git", args, { cwd, encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() || null : null;
}
/** The branch the run is for: the CI's own name for it, else git's (none on a detached checkout). */
function branchOf(io) {
    if (io.platform.context.branch)
        return io.platform.context.branch;
    const b = git(["rev-parse", "--abbrev-ref", "HEAD"], io.cwd);
    return b === "HEAD" ? null : b;
}
/** `modelgate train`: run the team's command and record the run; 1 when it fails or times out, 2 when its outputs are missing. */
async function runTrain(input, io) {
    const { command, timeout: timeoutS, out } = input;
    const params = input.params !== undefined ? await readParams(input.params) : {};
    const startedAt = new Date().toISOString();
    io.platform.startGroup(`modelgate train: ${command}`);
    let result;
    try {
        result = await runProcess(command, {
            cwd: io.cwd,
            timeoutMs: timeoutS * 1000,
            env: trainingEnv(process.env),
            onOutput: (t) => (io.json ? (io.verbatim ?? io).stderr : (io.verbatim ?? io).stdout)(t),
        });
    }
    finally {
        io.platform.endGroup();
    }
    const failed = result.timedOut || result.exitCode !== 0;
    const record = (metrics, artifacts, data) => ({
        kind: "modelgate.run",
        version: 1,
        command,
        exit_code: result.exitCode,
        timed_out: result.timedOut,
        started_at: startedAt,
        duration_s: result.durationMs / 1000,
        params,
        metrics,
        artifacts,
        data,
        git: { commit: io.platform.context.sha ?? git(["rev-parse", "HEAD"], io.cwd), branch: branchOf(io) },
        ci_run_url: io.platform.context.runUrl ?? null,
        tools: {
            ...(io.version ? { modelgate: io.version } : {}),
            node: process.version,
            platform: `${process.platform}-${process.arch}`,
        },
    });
    // run.json, and with --json the same on stdout, whatever the verdict (gate prints its failed result too).
    const keep = async (run) => {
        const text = `${JSON.stringify(run, null, 2)}\n`;
        await (0,outputFile/* writeOutput */.z)(out, text);
        if (io.json)
            io.stdout(text);
    };
    if (failed) {
        const why = result.timedOut
            ? `timed out after ${timeoutS} s; its process tree was killed`
            : `exited with code ${result.exitCode}`;
        io.stderr(`modelgate: the training command ${why}. Last lines of its output:\n${result.tail.map((l) => `  | ${l}`).join("\n")}\n`);
        // The failed run is a record too (what ran, for how long, with which params); its outputs are not read.
        const run = record({}, [], []);
        await keep(run);
        io.platform.annotate([
            {
                level: "error",
                title: "modelgate train",
                message: `The training command ${why}. Last lines:\n${result.tail.slice(-10).join("\n")}`,
            },
        ]);
        await io.platform.writeSummary((0,runRender/* failedRunMarkdown */.A)(run, why, result.tail));
        await io.platform.setOutputs({
            "run-path": out,
            "exit-code": result.exitCode ?? -1,
            "timed-out": result.timedOut,
            "duration-seconds": run.duration_s,
        });
        return 1;
    }
    const metrics = input.metrics !== undefined
        ? Object.fromEntries((await (0,sources/* loadMetricSource */.s)(input.metrics, (0,commands_io/* shown */.SP)(input.metrics, io.cwd))).values)
        : {};
    const artifacts = await Promise.all((input.artifacts ?? []).map((a) => fileFacts(a, io.cwd, "artifact")));
    const data = await Promise.all((input.dataFiles ?? []).map((d) => fileFacts(d, io.cwd, "data file")));
    const run = record(metrics, artifacts, data);
    await keep(run);
    const human = `trained in ${run.duration_s.toFixed(1)} s: ${Object.keys(metrics).length} metrics, ${artifacts.length} artifacts (${artifacts.map((a) => `${a.path} ${a.sha256.slice(0, 12)}`).join(", ")})\nwrote ${(0,commands_io/* shown */.SP)(out, io.cwd)}\n`;
    (0,commands_io/* humanStream */.wW)(io)(human);
    await io.platform.setOutputs({
        "run-path": out,
        "exit-code": 0,
        "timed-out": false,
        "duration-seconds": run.duration_s,
        metrics: JSON.stringify(metrics),
    });
    return 0;
}


/***/ }),

/***/ 52996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ flattenDotted)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// Nested keys as dotted names, DVC's convention ({train: {lr: 0.1}} → "train.lr"): the one flattener behind metrics
// files (gate, train's --metrics) and params files (train's --params).

/**
 * Every leaf of `value` under its dotted name, in document order. Leaves are kept as read (null, text, NaN and
 * infinities included): which ones are usable is the caller's call. A name given twice, as in
 * `{"a.b": 1, "a": {"b": 2}}`, is an InputError: which value counted would hang on key order. Empty objects and
 * arrays have no leaves; a value that is not an object or array has no name, so it yields nothing.
 */
function flattenDotted(value, options) {
    const out = new Map();
    const visit = (node, name, depth) => {
        if (node !== null && typeof node === "object") {
            if (Array.isArray(node) && options.arrays === "skip")
                return;
            for (const [k, v] of Object.entries(node))
                visit(v, name ? `${name}.${k}` : k, depth + 1);
        }
        else if (depth > 0) {
            if (out.has(name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(options.file, { path: name }, `the ${options.what} is given twice (as a dotted key and as nested keys)`);
            out.set(name, node);
        }
    };
    visit(value, "", 0);
    return out;
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

/***/ 60093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ loadMetricSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_dotted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52996);
/* harmony import */ var _config_yamlFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88152);





/**
 * A metrics file's leaves as metrics: finite numbers, booleans as 1 and 0. NaN, infinities and text are errors; a
 * null is kept aside, not refused here: a script may write null for what it did not measure, and a rule naming it
 * is refused. Arrays (confusion matrices and the like) are not metrics a rule can name.
 */
function metricsOfFile(value, file) {
    const values = new Map();
    const unusable = new Map();
    for (const [path, x] of (0,_config_dotted_js__WEBPACK_IMPORTED_MODULE_1__/* .flattenDotted */ .F)(value, { arrays: "skip", file, what: "metric" })) {
        if (typeof x === "number") {
            if (!Number.isFinite(x))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, { path }, `the metric is ${x}, not a finite number`);
            values.set(path, x);
        }
        else if (typeof x === "boolean")
            values.set(path, x ? 1 : 0);
        else if (x === null)
            unusable.set(path, null);
        else if (typeof x === "string")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, { path }, `the metric is the text ${JSON.stringify(x)}, not a number`);
    }
    return { values, unusable };
}
/**
 * Metrics to gate on or compare with: an evaluation.json (everything evaluate measured), or any metrics file
 * (JSON or YAML; nested keys become dotted names, as DVC writes them). NaN, infinities and text are errors; a null
 * is refused only by a rule that names it.
 */
async function loadMetricSource(file, label) {
    const yaml = [".yml", ".yaml"].includes((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase());
    let value = await (0,_config_yamlFile_js__WEBPACK_IMPORTED_MODULE_2__.readStructuredFile)(file, yaml ? "yaml" : "json");
    if (value !== null && typeof value === "object" && value.kind === "modelgate.evaluation") {
        return (0,_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .metricsOfEvaluation */ .Js)(value, label);
    }
    // A run.json (from `modelgate train`): its metrics are what the script reported.
    if (value !== null && typeof value === "object" && value.kind === "modelgate.run") {
        // A run that failed or timed out may have written metrics before it stopped: never a result to pass.
        const run = value;
        if (run.exit_code !== 0 || run.timed_out !== false)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, { path: "exit_code" }, `the training run ${run.timed_out === true ? "timed out" : `failed (exit ${String(run.exit_code)})`}: the metrics of a run that did not succeed are not gated`);
        value = run.metrics;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, undefined, "a metrics file must hold an object of named numbers");
    const { values, unusable } = metricsOfFile(value, file);
    if (values.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, undefined, "no metrics in the file");
    return { label, values, unusable, modelSha256: null, dataSha256: null };
}


/***/ }),

/***/ 68641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ failedRunMarkdown),
/* harmony export */   l: () => (/* binding */ runMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const MAX_ROWS = 40;
function table(title, entries) {
    if (entries.length === 0)
        return [];
    const shown = entries.slice(0, MAX_ROWS);
    return [
        `| ${title} | Value |`,
        "|---|---|",
        ...shown.map(([k, v]) => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(k)} | ${v} |`),
        ...(entries.length > shown.length ? [`| … ${entries.length - shown.length} more | |`] : []),
        "",
    ];
}
/** The run's facts, params, reported metrics and artifacts (with sha256). */
function runMarkdown(r) {
    const git = r.git.commit
        ? `commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .digestSpan */ .ps)(r.git.commit, 12)}${r.git.branch ? ` on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.git.branch)}` : ""}`
        : "no git commit";
    const out = [
        `### Training run: ${r.exit_code === 0 ? "✅ exit 0" : r.timed_out ? "❌ timed out" : `❌ exit ${r.exit_code}`}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.command, 200)} ran ${r.duration_s.toFixed(1)} s from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.started_at)}, ${git}.`,
        "",
        ...table("Param", Object.entries(r.params).map(([k, v]) => [k, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(String(v))])),
        ...table("Reported metric", Object.entries(r.metrics).map(([k, v]) => [k, String(v)])),
        ...table("Artifact", [...r.artifacts, ...r.data].map((a) => [a.path, `${a.bytes} bytes, sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .digestSpan */ .ps)(a.sha256, 12)}`])),
        "<sub>Reported metrics are what the training script wrote; the gate judges the metrics modelgate measured on the ONNX file.</sub>",
        "",
    ];
    return out.join("\n");
}
/** The job summary of a failed run: what ran, how it ended, and its last lines (its outputs were not read). */
function failedRunMarkdown(run, why, tail) {
    return [
        "## ❌ modelgate train: the training command failed",
        "",
        // A fence, not an inline span: an action's `command: |` is often several lines, which a span cannot hold.
        `The command ${why} (it ran ${run.duration_s.toFixed(1)} s):`,
        "",
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)(run.command, "sh"),
        "",
        `Last ${tail.length} lines of its output:`,
        "",
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)(tail.join("\n"), "text"),
        "",
    ].join("\n");
}


/***/ })

};
