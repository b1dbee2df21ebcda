export const id = 6632;
export const ids = [6632,921,3302];
export const modules = {

/***/ 76632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotationsFor: () => (/* binding */ annotationsFor),
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_config_yamlFile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20921);
/* harmony import */ var _core_data_open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7814);
/* harmony import */ var _core_outputFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7344);
/* harmony import */ var _core_render_validationRender_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2009);
/* harmony import */ var _core_schema_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36964);
/* harmony import */ var _core_validate_split_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78114);
/* harmony import */ var _core_validate_validate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62554);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73776);
/* harmony import */ var _readOptions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61924);










/** `modelgate validate`: 0 when valid, 1 when a check failed; unusable input throws (exit 2). */
async function runValidate(input, io) {
    const { data, schema: schemaPath } = input;
    const schema = await (0,_core_config_yamlFile_js__WEBPACK_IMPORTED_MODULE_1__.loadYamlFile)(schemaPath, _core_schema_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaFileSchema */ .FJ);
    const options = (0,_readOptions_js__WEBPACK_IMPORTED_MODULE_8__/* .readOptionsOf */ .M)(input);
    const result = (await splitIfLarge(data, options, schema, schemaPath, input, io)) ??
        (await onePass(data, options, schema, schemaPath, input, io));
    const report = { ...result.report, file: (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .shown */ .SP)(data, io.cwd) };
    if (input.report !== undefined)
        await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOutput */ .z)(input.report, `${JSON.stringify(report, null, 2)}\n`);
    if (input.junit !== undefined)
        await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOutput */ .z)(input.junit, (0,_core_render_validationRender_js__WEBPACK_IMPORTED_MODULE_4__/* .validationJunit */ .sK)(report));
    if (input.profile !== undefined && result.profile)
        await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOutput */ .z)(input.profile, `${JSON.stringify(result.profile)}\n`);
    (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .printResult */ .RS)(io, (0,_core_render_validationRender_js__WEBPACK_IMPORTED_MODULE_4__/* .validationText */ .nP)(report), report);
    const { platform } = io;
    await platform.writeSummary((0,_core_render_validationRender_js__WEBPACK_IMPORTED_MODULE_4__/* .validationMarkdown */ .N5)(report));
    platform.annotate(annotationsFor(report, data, platform.context.workspace, platform.annotationLimit));
    await platform.setOutputs({
        valid: report.valid,
        "report-path": input.report ?? "",
        rows: report.rows,
        checks: report.summary.checks,
        "failed-checks": report.summary.failed,
        violations: report.summary.violations,
        "profile-path": input.profile ?? "",
    });
    return report.valid ? 0 : 1;
}
/** Error annotations on the data file's lines, when the file is in the workspace; the summary has the full list. */
function annotationsFor(report, dataPath, workspace, limit) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, dataPath);
    const inWorkspace = !rel.startsWith("..") && !rel.startsWith("/");
    const out = [];
    for (const c of report.checks) {
        if (c.passed)
            continue;
        const e = c.examples[0];
        out.push({
            level: "error",
            title: `modelgate: ${(0,_core_render_validationRender_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTitle */ .Tq)(c)}`,
            message: `${c.count} violation(s) of "${c.expectation}"${e ? `; first at row ${e.row}: ${JSON.stringify(e.value)}` : ""}`,
            ...(inWorkspace ? { file: rel } : {}),
            ...(inWorkspace && e?.line ? { line: e.line } : {}),
        });
    }
    return out.slice(0, limit);
}
async function onePass(data, options, schema, schemaPath, input, io) {
    const source = await (0,_core_data_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openTable */ .RT)(data, options);
    try {
        return await (0,_core_validate_validate_js__WEBPACK_IMPORTED_MODULE_7__/* .validateTable */ .z)({
            source,
            schema,
            schemaFile: (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .shown */ .SP)(schemaPath, io.cwd),
            profile: input.profile !== undefined,
            ...(io.progress ? { onProgress: io.progress } : {}),
        });
    }
    finally {
        await source.close();
    }
}
/** A large CSV is validated in two halves at once when a worker is at hand (same results; see core/validate/split.ts). */
async function splitIfLarge(data, options, schema, schemaPath, input, io) {
    if (!io.rangeRunner || (0,_core_data_open_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(data, options.format) !== "csv")
        return null;
    return (0,_core_validate_split_js__WEBPACK_IMPORTED_MODULE_6__.validateCsvSplit)({
        file: data,
        read: (0,_core_data_open_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveReadOptions */ .ZH)(data, options),
        schema,
        schemaFile: (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .shown */ .SP)(schemaPath, io.cwd),
        profile: input.profile !== undefined,
        runRemote: io.rangeRunner,
        ...(io.splitMinBytes !== undefined ? { minBytes: io.splitMinBytes } : {}),
    });
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
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89629);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11854);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78713);





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
        if (!_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR.includes(format)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `unknown format ${JSON.stringify(format)} (expected one of ${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR.join(", ")})`);
        }
        return format;
    }
    const found = BY_EXTENSION[(0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase()];
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `cannot tell the format from the extension: name one with --format (${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR.join(", ")})`);
    return found;
}
/** The reader options in full: defaults filled in (a .tsv file defaults to a tab delimiter). */
function resolveReadOptions(file, options = {}) {
    return {
        nullValues: options.nullValues ?? _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_READ_OPTIONS */ .O$.nullValues,
        delimiter: options.delimiter ?? ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase() === ".tsv" ? "\t" : _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_READ_OPTIONS */ .O$.delimiter),
    };
}
/** Open a table for streaming, in the format named or implied. */
async function openTable(file, options = {}) {
    const format = formatOf(file, options.format);
    const read = resolveReadOptions(file, options);
    // Every format's reader would block on a FIFO or read /dev/zero for ever: refused here, before any opens it.
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_2__/* .assertRegularFile */ .f)(file);
    switch (format) {
        case "csv":
            return (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_3__/* .openCsv */ .f)(file, read);
        // Loaded when needed: apache-arrow and hyparquet are most of the bundle, and CSV runs start faster without them.
        case "jsonl":
            return (await __webpack_require__.e(/* import() */ 6558).then(__webpack_require__.bind(__webpack_require__, 16558))).openJsonl(file, read);
        case "parquet":
            return (await Promise.all(/* import() */[__webpack_require__.e(9913), __webpack_require__.e(5767)]).then(__webpack_require__.bind(__webpack_require__, 45767))).openParquet(file, read);
        case "arrow":
            return (await Promise.all(/* import() */[__webpack_require__.e(4733), __webpack_require__.e(9833)]).then(__webpack_require__.bind(__webpack_require__, 39833))).openArrow(file, read);
    }
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

/***/ 2009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ validationMarkdown),
/* harmony export */   Tq: () => (/* binding */ checkTitle),
/* harmony export */   nP: () => (/* binding */ validationText),
/* harmony export */   sK: () => (/* binding */ validationJunit)
/* harmony export */ });
/* unused harmony export checkFinding */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const KIND_TITLE = {
    missing_column: "missing column",
    extra_column: "extra column",
    row_count: "row count",
    type: "type",
    nulls: "nulls",
    range: "out of range",
    allowed: "unexpected value",
    pattern: "pattern",
    unique: "duplicate",
    compound_unique: "duplicate key",
};
function checkTitle(c) {
    return `${c.column ?? "table"} › ${KIND_TITLE[c.kind]}`;
}
function pct(share) {
    if (share === 0)
        return "0%";
    if (share < 0.0001)
        return "<0.01%";
    return `${(share * 100).toFixed(2)}%`;
}
function where(e) {
    return e.line !== null ? `row ${e.row} (line ${e.line})` : `row ${e.row}`;
}
/** What a failed check found, in one line of plain text. */
function checkFinding(c) {
    if (c.kind === "row_count")
        return `${c.count} rows; expected ${c.expectation}`;
    if (c.kind === "missing_column" || c.kind === "extra_column")
        return `expected ${c.expectation}`;
    const mostly = c.mostly !== undefined ? ` (mostly ${c.mostly})` : "";
    return `${c.count} of ${c.denominator} (${pct(c.share)}) break "${c.expectation}"${mostly}`;
}
/** Terminal output: a verdict line, then one line per failed check with its first examples. */
function validationText(r) {
    const lines = [
        `${r.valid ? "PASS" : "FAIL"} ${r.file}: ${r.rows} rows, ${r.columns} columns, ${r.summary.checks} checks, ${r.summary.failed} failed`,
    ];
    for (const c of r.checks.filter((x) => !x.passed)) {
        lines.push(`  ✗ ${checkTitle(c)}: ${checkFinding(c)}`);
        for (const e of c.examples)
            lines.push(`      ${where(e)}: ${JSON.stringify(e.value)}${e.note ? ` — ${e.note}` : ""}`);
    }
    return `${lines.join("\n")}\n`;
}
/** Markdown for a job summary or PR comment: verdict, then a table of every check, failures first. */
function validationMarkdown(r) {
    const icon = r.valid ? "✅" : "❌";
    const out = [
        `### ${icon} Data validation: ${r.valid ? "passed" : "failed"}`,
        "",
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.file)} against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.schema)}: **${r.rows}** rows, **${r.columns}** columns, **${r.summary.checks}** checks, **${r.summary.failed}** failed.`,
        "",
    ];
    const failed = r.checks.filter((c) => !c.passed);
    if (failed.length) {
        out.push("| | Column | Check | Expectation | Violations | Examples |", "|---|---|---|---|---:|---|");
        for (const c of failed) {
            const examples = c.examples
                .map((e) => `${where(e)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(e.value, 40)}${e.note ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(e.note)})` : ""}`)
                .join("<br>");
            const count = c.kind === "row_count" ? `${c.count} rows` : `${c.count} (${pct(c.share)})`;
            out.push(`| ❌ | ${c.column === null ? "*table*" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} | ${KIND_TITLE[c.kind]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.expectation)} | ${count} | ${examples} |`);
        }
        out.push("");
    }
    const passed = r.checks.filter((c) => c.passed);
    if (passed.length) {
        out.push(`<details><summary>${passed.length} checks passed</summary>`, "", "| Column | Check | Expectation |", "|---|---|---|");
        for (const c of passed)
            out.push(`| ${c.column === null ? "*table*" : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} | ${KIND_TITLE[c.kind]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.expectation)} |`);
        out.push("", "</details>", "");
    }
    return out.join("\n");
}
/** JUnit XML: one test case per rule per column, so GitLab's merge request widget lists them. */
function validationJunit(r) {
    const cases = r.checks.map((c) => {
        const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(checkTitle(c));
        const head = `    <testcase classname="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(`modelgate.validate.${r.file}`)}" name="${name}">`;
        if (c.passed)
            return `${head}</testcase>`;
        const detail = c.examples
            .map((e) => `${where(e)}: ${JSON.stringify(e.value)}${e.note ? ` (${e.note})` : ""}`)
            .join("\n");
        return `${head}\n      <failure message="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(checkFinding(c))}" type="${c.kind}">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(detail)}</failure>\n    </testcase>`;
    });
    const failures = r.checks.filter((c) => !c.passed).length;
    return [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="modelgate validate" tests="${r.checks.length}" failures="${failures}">`,
        `  <testsuite name="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.file)}" tests="${r.checks.length}" failures="${failures}" errors="0" skipped="0">`,
        ...cases,
        `  </testsuite>`,
        `</testsuites>`,
        "",
    ].join("\n");
}


/***/ })

};
