export const id = 456;
export const ids = [456];
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


/***/ })

};
