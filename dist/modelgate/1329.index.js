export const id = 1329;
export const ids = [1329];
export const modules = {

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

/***/ 33782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ manifestText),
/* harmony export */   CL: () => (/* binding */ describeFile),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   u1: () => (/* binding */ buildManifest),
/* harmony export */   xI: () => (/* binding */ approvalSchema)
/* harmony export */ });
/* unused harmony exports manifestSchema, parseManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var _config_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11252);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89629);
// manifest.json: the lineage record of a published version — what it is (every file with its sha256 and size), how it
// was judged (metrics, the gate's verdict bound to the model, the holdout and the rules), what it was made from
// (data, schema, commit), who ran and who approved it, and when. `verify` checks a release against it.






const MANIFEST_FILE = "manifest.json";
const sha256 = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, "expected a sha256 (64 lowercase hex digits)");
const approvalSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    user: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    at: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    source: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(["github-environment", "gitlab-deployment", "gitlab-manual-job", "local"]),
    environment: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    comment: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
})
    .strict();
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz("modelgate.manifest"),
    // The format's version, as in every modelgate output; the model's own version is model_version.
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1),
    name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    model_version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    tag: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    /** Every other file of the release (the manifest cannot hold its own digest). */
    assets: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), sha256, size: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative() }).strict()),
    metrics: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()),
    gate: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        passed: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
        rules: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
            rule: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
            metric: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
            passed: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
            actual: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
            bound: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
            baseline: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
        })
            .strict()),
        baseline: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
        /** sha256 of gate.json as published. */
        sha256,
        binding: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ model_sha256: sha256, data_sha256: sha256, config_sha256: sha256 }).strict(),
    })
        .strict(),
    data: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        holdout_sha256: sha256,
        /** The training data run.json hashed, when run.json was given. */
        training: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }).strict()).nullable(),
    })
        .strict(),
    schema_sha256: sha256.nullable(),
    config_sha256: sha256,
    git: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ commit: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(), branch: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable() }).strict(),
    ci: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ run_url: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(), triggered_by: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable() }).strict(),
    approvals: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(approvalSchema),
    published_at: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    tools: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ modelgate: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), node: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }).strict(),
});
/** The manifest of one version (publish refuses unbound gates before building one, so the binding is whole here). */
function buildManifest(i) {
    const { binding } = i.gate;
    if (binding.model_sha256 === null || binding.data_sha256 === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(undefined, undefined, "the gate is not bound to a model and a holdout");
    return {
        kind: "modelgate.manifest",
        version: 1,
        name: i.name,
        model_version: i.version,
        tag: i.tag,
        assets: i.assets.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size })),
        metrics: Object.fromEntries(Object.entries(i.evaluation.metrics).filter(([, v]) => Number.isFinite(v))),
        gate: {
            passed: i.gate.passed,
            rules: i.gate.rules.map((r) => ({
                rule: r.rule,
                metric: r.metric,
                passed: r.passed,
                actual: r.actual,
                bound: r.bound,
                baseline: r.baseline,
            })),
            baseline: i.gate.baseline?.label ?? null,
            sha256: i.gateSha256,
            binding: {
                model_sha256: binding.model_sha256,
                data_sha256: binding.data_sha256,
                config_sha256: binding.config_sha256,
            },
        },
        data: {
            holdout_sha256: i.evaluation.data.sha256,
            training: i.run ? i.run.data.map((d) => ({ path: d.path, sha256: d.sha256 })) : null,
        },
        schema_sha256: i.schemaSha256,
        config_sha256: binding.config_sha256,
        git: i.git ?? i.run?.git ?? { commit: null, branch: null },
        ci: i.ci,
        approvals: i.approvals.map((a) => ({ ...a })),
        published_at: i.publishedAt,
        tools: i.tools,
    };
}
/** The manifest as text: the bytes that are hashed, uploaded and verified. */
function manifestText(m) {
    return `${JSON.stringify(m, null, 2)}\n`;
}
/** A manifest value checked against the format; one line naming `label` and the field when it is not one. */
function parseManifest(value, label) {
    if (value?.kind !== "modelgate.manifest")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(label, undefined, 'not a modelgate manifest (kind must be "modelgate.manifest")');
    const parsed = manifestSchema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = issue.path.join(".");
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(label, path ? { path } : undefined, issue.message);
}
/** Read manifest.json from disk. */
async function readManifest(file, label = file) {
    return parseManifest(await (0,_config_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .readJsonFile */ .JE)(file).catch((e) => Promise.reject(relabel(e, file, label))), label);
}
function relabel(e, file, label) {
    return e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz && e.file === file ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(label, e.place, e.problem, { cause: e }) : e;
}
/** A file's sha256 and size, streamed (any size, bounded memory); only a regular file is read. */
async function describeFile(name, path) {
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_4__/* .assertRegularFile */ .f)(path);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    let size = 0;
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
            hash.update(chunk);
            size += chunk.length;
        }
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .unreadable */ .O$)(path, e);
    }
    // The size is what was hashed, not stat's: a file that grows while read is described as the bytes hashed.
    return { name, path, sha256: hash.digest("hex"), size };
}


/***/ }),

/***/ 51979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ parseAssetName),
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   Hd: () => (/* binding */ parseVersionRequest),
/* harmony export */   LL: () => (/* binding */ parseStageName),
/* harmony export */   NQ: () => (/* binding */ buildTag),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qV: () => (/* binding */ parseModelRef),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   s_: () => (/* binding */ parseModelName),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony export bumpVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// What the registry lets into a tag, a path or a URL: model names, semantic versions, stage and asset names. Each
// one lands in a git ref (`model/<name>/v<semver>`), a folder of the local registry, a GitLab package path and a
// release URL, so anything that could traverse a path or inject into a ref is refused here, once, in one line.

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const STAGE = /^[a-z][a-z0-9_-]{0,31}$/;
const ASSET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
// Semantic Versioning 2.0.0 (semver.org's own pattern) without build metadata: a tag `v1.0.0+a` and `v1.0.0+b`
// would be two releases of one version.
const IDENT = "(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)";
const SEMVER = new RegExp(`^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${IDENT}(?:\\.${IDENT})*))?$`);
const TAG = /^model\/([^/]+)\/v([^/]+)$/;
/** A model name as the registry takes it; anything else is one line naming `where` it came from. */
function parseModelName(name, where = "--name") {
    if (!NAME.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the model name ${JSON.stringify(name)} must be 1-64 characters of a-z, 0-9, ".", "_" and "-", starting with a letter or digit`);
    // A ref component may not hold ".." nor end in ".lock" (git check-ref-format), and a name is a folder too.
    if (name.includes("..") || name.endsWith(".lock") || name.endsWith("."))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the model name ${JSON.stringify(name)} may not contain "..", nor end in "." or ".lock"`);
    return name;
}
/** A stage name (`production`, `staging`, `champion`). */
function parseStageName(stage, where = "--stage") {
    if (!STAGE.test(stage))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the stage name ${JSON.stringify(stage)} must be 1-32 characters of a-z, 0-9, "_" and "-", starting with a letter`);
    return stage;
}
/** The name of a file in a release: one plain file name, no folder, no leading dot. */
function parseAssetName(asset, where = "--asset") {
    if (!ASSET.test(asset) || asset.includes(".."))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: the asset name ${JSON.stringify(asset)} must be a plain file name (A-Z, a-z, 0-9, ".", "_", "-"; no "..", no leading ".")`);
    return asset;
}
/** A strict semantic version (no leading `v`, no build metadata); anything else is one line. */
function parseVersion(text, where = "--version") {
    const m = SEMVER.exec(text);
    if (!m || text.length > 64) {
        const hint = /^v\d/.test(text)
            ? `: write ${JSON.stringify(text.slice(1))}, without the "v"`
            : text.includes("+")
                ? ": build metadata (+...) is not allowed in a release version"
                : " (e.g. 1.4.0, 2.0.0-rc.1)";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: ${JSON.stringify(text)} is not a semantic version${hint}`);
    }
    const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
    if (![major, minor, patch].every(Number.isSafeInteger))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: ${JSON.stringify(text)} has a number too large`);
    return { major, minor, patch, prerelease: m[4] ? m[4].split(".") : [] };
}
function formatVersion(v) {
    const core = `${v.major}.${v.minor}.${v.patch}`;
    return v.prerelease.length ? `${core}-${v.prerelease.join(".")}` : core;
}
/** Whether a text is a version (as opposed to a stage name, which starts with a letter). */
function isVersion(text) {
    return SEMVER.test(text);
}
const asSemVer = (v) => (typeof v === "string" ? parseVersion(v, "version") : v);
/** Semantic Versioning precedence: negative when a < b, 0 when equal, positive when a > b. */
function compareVersions(a, b) {
    const x = asSemVer(a);
    const y = asSemVer(b);
    const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
    if (core !== 0)
        return Math.sign(core);
    // A release ranks above its pre-releases; identifiers compare numerically when both are numbers, numbers first.
    if (!x.prerelease.length || !y.prerelease.length)
        return Math.sign(y.prerelease.length - x.prerelease.length);
    for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
        const p = x.prerelease[i];
        const q = y.prerelease[i];
        if (p === undefined)
            return -1;
        if (q === undefined)
            return 1;
        if (p === q)
            continue;
        const pn = /^\d+$/.test(p);
        const qn = /^\d+$/.test(q);
        if (pn && qn)
            return Math.sign(Number(p) - Number(q));
        if (pn !== qn)
            return pn ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}
/**
 * The next version of the given kind. From a pre-release, the release it leads to comes next when that release is
 * of the kind asked (as npm's `semver.inc`): 2.0.0-rc.1 → 2.0.0 by any bump, 1.2.0-rc.1 → 1.2.0 by minor and 2.0.0
 * by major, 1.2.3-rc.1 → 1.2.3 by patch and 1.3.0 by minor.
 */
function bumpVersion(v, bump) {
    const s = asSemVer(v);
    const pre = s.prerelease.length > 0;
    if (bump === "major")
        return pre && s.minor === 0 && s.patch === 0
            ? { ...s, prerelease: [] }
            : { major: s.major + 1, minor: 0, patch: 0, prerelease: [] };
    if (bump === "minor")
        return pre && s.patch === 0
            ? { ...s, prerelease: [] }
            : { major: s.major, minor: s.minor + 1, patch: 0, prerelease: [] };
    return pre ? { ...s, prerelease: [] } : { ...s, patch: s.patch + 1, prerelease: [] };
}
/**
 * `auto`: the next version after the highest published one; a model's first version is the bump of 0.0.0
 * (0.0.1 by patch, 0.1.0 by minor, 1.0.0 by major).
 */
function nextVersion(published, bump = "patch") {
    const latest = published.reduce((best, v) => (best === null || compareVersions(v, best) > 0 ? v : best), null);
    return formatVersion(bumpVersion(latest ?? "0.0.0", bump));
}
/** `--version`: `auto` (the bump as configured, patch by default) or an exact version. */
function parseVersionRequest(text, bump = "patch", where = "--version") {
    if (text === "auto")
        return { auto: true, bump };
    return { auto: false, version: formatVersion(parseVersion(text, where)) };
}
/** The release tag of a version: `model/<name>/v<semver>` (no `@` or `#`, which break pip and git URLs). */
function buildTag(name, version) {
    return `model/${parseModelName(name, "model name")}/v${formatVersion(parseVersion(version, "version"))}`;
}
/** A tag of this registry back into its name and version; null for any other tag. */
function parseTag(tag) {
    const m = TAG.exec(tag);
    if (!m)
        return null;
    const [, name, version] = m;
    try {
        parseModelName(name);
        parseVersion(version);
    }
    catch {
        return null;
    }
    return { name, version };
}
/** Parse `name@stage|version`; a version starts with a digit and a stage with a letter, so one text is never both. */
function parseModelRef(text, where = "model") {
    const at = text.lastIndexOf("@");
    if (at <= 0 || at === text.length - 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `${where}: ${JSON.stringify(text)} must be <name>@<stage> or <name>@<version> (e.g. churn@production, churn@1.4.0)`);
    const name = parseModelName(text.slice(0, at), where);
    const what = text.slice(at + 1);
    if (/^\d/.test(what))
        return { name, version: formatVersion(parseVersion(what, where)) };
    return { name, stage: parseStageName(what, where) };
}


/***/ }),

/***/ 111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ sameIdentity),
/* harmony export */   N0: () => (/* binding */ fetchAsset),
/* harmony export */   TT: () => (/* binding */ MODEL_ASSET),
/* harmony export */   Zl: () => (/* binding */ readStoredManifest),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   qA: () => (/* binding */ identityDifference),
/* harmony export */   tp: () => (/* binding */ storedMatches),
/* harmony export */   w0: () => (/* binding */ releasesOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33782);
// Reading a release's files back: each download lands in a fresh folder and is described by what arrived (sha256 and
// size of the bytes on disk), never by what the store says; a release's manifest says which model it holds, which
// is how a re-run recognises its own release or interrupted draft.




const MODEL_ASSET = "model.onnx";
/** Download one file of a release into a fresh folder under `dir`; what arrived, hashed from disk. */
async function fetchAsset(store, release, name, dir) {
    const to = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "fetch-")), name);
    await store.download(release, name, to);
    return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFile */ .CL)(name, to);
}
/** Whether a stored file is the one expected: complete, of its size, and of its sha256 when the store keeps one. */
function storedMatches(stored, expected) {
    return (stored.complete && stored.size === expected.size && (stored.sha256 === null || stored.sha256 === expected.sha256));
}
/**
 * A release's manifest, downloaded and checked against the store's own record of it; `problem` says why there is
 * none to read (an interrupted draft may hold no manifest yet, or half of one).
 */
async function readStoredManifest(store, release, dir) {
    const stored = release.assets.find((a) => a.name === _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1);
    if (!stored)
        return { problem: `${release.tag} has no ${_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1}` };
    if (!stored.complete)
        return {
            // In a draft, an upload cut short; in a published version, a file changed (or cut) after publishing.
            problem: release.draft
                ? `${release.tag}: the upload of ${_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1} never finished`
                : `${release.tag}: ${_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1} as stored is not the file published (not whole, or changed since)`,
        };
    let file;
    try {
        file = await fetchAsset(store, release, _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1, dir);
    }
    catch (e) {
        return { problem: `${release.tag}: ${_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1} cannot be downloaded (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)})` };
    }
    if (!storedMatches(stored, file))
        return { problem: `${release.tag}: ${_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1} as downloaded differs from the store's record of it` };
    let manifest;
    try {
        manifest = await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifest */ .WI)(file.path, `${release.tag}: ${_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1}`);
    }
    catch (e) {
        return { problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e) };
    }
    if (manifest.name !== release.name || manifest.model_version !== release.version || manifest.tag !== release.tag)
        return {
            problem: `${release.tag}: ${_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_FILE */ .h1} is the manifest of ${manifest.tag}, not of this release`,
        };
    return { manifest, file };
}
function identityOf(m) {
    const model = m.assets.find((a) => a.name === MODEL_ASSET);
    return { model_sha256: model?.sha256 ?? m.gate.binding.model_sha256, commit: m.git.commit };
}
function sameIdentity(a, b) {
    return a.model_sha256 === b.model_sha256 && a.commit === b.commit;
}
/** How another release's identity differs from ours, for the one line that refuses its version. */
function identityDifference(theirs, ours) {
    if (theirs.model_sha256 !== ours.model_sha256)
        return `it holds the model with sha256 ${theirs.model_sha256.slice(0, 12)}…, this is ${ours.model_sha256.slice(0, 12)}…`;
    return `it holds this model, published from commit ${theirs.commit ?? "(unknown)"}, not ${ours.commit ?? "(unknown)"}`;
}
/**
 * The releases of a model that hold this identity: published ones and drafts (an interrupted publish of ours).
 * A published release whose stored model cannot be ours (another size or digest) is passed over without a download.
 */
async function releasesOf(store, releases, identity, model, dir) {
    const published = [];
    const drafts = [];
    for (const r of releases) {
        if (!r.draft) {
            const stored = r.assets.find((a) => a.name === MODEL_ASSET);
            if (!stored || !storedMatches(stored, model))
                continue;
        }
        const read = await readStoredManifest(store, r, dir);
        if (!("manifest" in read) || !sameIdentity(identityOf(read.manifest), identity))
            continue;
        (r.draft ? drafts : published).push(r);
    }
    return { published, drafts };
}


/***/ })

};
