export const id = 282;
export const ids = [282];
export const modules = {

/***/ 14282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readProfile: () => (/* binding */ readProfile),
  runProfile: () => (/* binding */ runProfile),
  runProfileMerge: () => (/* binding */ runProfileMerge)
});

// EXTERNAL MODULE: ./src/core/config/jsonFile.ts
var jsonFile = __webpack_require__(11252);
// EXTERNAL MODULE: ./src/core/data/open.ts
var data_open = __webpack_require__(7814);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/profile/profile.ts
var profile = __webpack_require__(17416);
;// CONCATENATED MODULE: ./src/core/profile/merge.ts
// Merging the profiles of a table's shards, and refusing profiles that are not shards of one table (issue 16): a
// merge of two tables' profiles describes no table, and drift against it compares the wrong columns.


/**
 * Merge profiles of shards of one table: counts and moments exactly, sketches by their own merge rules. Profiles
 * of different tables (another column set, or a column of another type) are refused: their merge would describe
 * no table, and drift against it would compare the wrong columns. `files` name the profiles in that message.
 */
function mergeProfiles(profiles, files = profiles.map((_p, i) => `profile ${i + 1}`)) {
    const first = profiles[0];
    if (!first)
        throw new Error("nothing to merge");
    checkSameTable(profiles, files);
    const byName = new Map();
    for (const p of profiles)
        for (const c of p.columns)
            byName.set(c.state.name, [...(byName.get(c.state.name) ?? []), c.state]);
    const merged = [...byName].map(([name, states]) => (0,profile/* mergeColumnStates */.dp)(name, states));
    return (0,profile/* buildProfile */.Er)(merged, profiles.flatMap((p) => p.sources));
}
/** The first difference between the shards' column sets or types, as one line naming both files. */
function checkSameTable(profiles, files) {
    const first = profiles[0];
    const names = (p) => new Set(p.columns.map((c) => c.state.name));
    const firstNames = names(first);
    // The type a column has where it holds values (an all-null shard's column says nothing of its type).
    const valuedType = new Map();
    const binned = new Map();
    profiles.forEach((p, i) => {
        const these = names(p);
        const missing = [...firstNames].find((n) => !these.has(n));
        const extra = [...these].find((n) => !firstNames.has(n));
        const differ = (what) => {
            throw new errors/* InputError */.dz(undefined, undefined, `${files[0]} and ${files[i]} are not profiles of one table: ${what}; profile every shard of one table with the same columns and types`);
        };
        if (missing !== undefined)
            differ(`column ${JSON.stringify(missing)} is in ${files[0]}, not in ${files[i]}`);
        if (extra !== undefined)
            differ(`column ${JSON.stringify(extra)} is in ${files[i]}, not in ${files[0]}`);
        for (const { state } of p.columns) {
            if (state.count - state.nulls === 0)
                continue;
            const seen = valuedType.get(state.name);
            if (!seen)
                valuedType.set(state.name, { type: state.type, at: i });
            else if (!sameColumnType(seen.type, state.type))
                throw new errors/* InputError */.dz(undefined, undefined, `${files[seen.at]} and ${files[i]} are not profiles of one table: column ${JSON.stringify(state.name)} is ${seen.type} in ${files[seen.at]}, ${state.type} in ${files[i]}; profile every shard with the same --schema`);
            if (!state.bins)
                continue;
            const bins = binned.get(state.name);
            if (!bins)
                binned.set(state.name, { edges: state.bins.edges, at: i });
            else if (bins.edges.length !== state.bins.edges.length || bins.edges.some((e, k) => e !== state.bins.edges[k]))
                throw new errors/* InputError */.dz(undefined, undefined, `column ${JSON.stringify(state.name)} was binned on different edges in ${files[bins.at]} and ${files[i]}: profile every shard with the same --edges-from`);
        }
    });
}
/** Types one column may have across shards of one table: the same, or integer and number (a shard of whole numbers). */
const sameColumnType = (a, b) => a === b || ((a === "integer" || a === "number") && (b === "integer" || b === "number"));

// EXTERNAL MODULE: ./src/core/profile/profileTable.ts
var profileTable = __webpack_require__(67186);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/readOptions.ts
var readOptions = __webpack_require__(61924);
// EXTERNAL MODULE: ./src/commands/writeJson.ts
var writeJson = __webpack_require__(94383);
;// CONCATENATED MODULE: ./src/commands/profile.ts









/** `modelgate profile`: one table's profile, with types from the schema when one is given. */
async function runProfile(inputs, io) {
    const data = inputs.data;
    const out = inputs.out;
    const source = await (0,data_open/* openTable */.RT)(data, (0,readOptions/* readOptionsOf */.M)(inputs));
    let made;
    try {
        const types = typeof inputs.schema === "string" ? await (0,readOptions/* schemaTypes */.Z)(inputs.schema, source.columnNames) : null;
        const edges = typeof inputs.edgesFrom === "string" ? (0,profile/* edgesOfProfile */.rL)(await readProfile(inputs.edgesFrom)) : null;
        made = await (0,profileTable/* profileColumns */.Xv)(source, {
            ...(types ? { types } : {}),
            ...(edges ? { edges } : {}),
            ...(io.progress ? { onProgress: io.progress } : {}),
        });
    }
    finally {
        await source.close();
    }
    const head = (0,profile/* profileHead */.kT)([{ file: (0,commands_io/* shown */.SP)(source.file, io.cwd), format: source.format, rows: made.rows }]);
    // Each column's state and summary made as it is written, then let go: the same file as buildProfile's.
    const columns = made.profilers.length;
    return writeProfile(head, out, io, columns, mapIterable((0,profileTable/* takeStates */.kT)(made.profilers), profile/* profileColumn */.AJ));
}
/** The profile file's text: one line, as JSON.stringify gives it, its columns taken from `columns` as they come. */
function* jsonLines(profile, columns) {
    yield* (0,writeJson/* jsonPieces */.Mx)(profile, "columns", 0, columns);
    yield "\n";
}
function* mapIterable(items, f) {
    for (const item of items)
        yield f(item);
}
/** `modelgate profile merge`: shard profiles into the profile of the whole. */
async function runProfileMerge(inputs, io) {
    const files = inputs.profiles;
    const profiles = await Promise.all(files.map((f) => readProfile(f)));
    return writeProfile(mergeProfiles(profiles, files.map((f) => (0,commands_io/* shown */.SP)(f, io.cwd))), inputs.out, io);
}
async function readProfile(file) {
    const json = await (0,jsonFile/* readJsonFile */.JE)(file);
    const parsed = profile/* profileSchema */.Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* InputError */.dz(file, { path: issue.path.join(".") || "(top level)" }, `not a modelgate profile: ${issue.message}`);
    }
    return parsed.data;
}
/**
 * Write the profile file a column at a time (see writeJson.ts): one line, as JSON.stringify gives it. `columns`
 * (default: the profile's own) may be made as they are written, so that a wide table's are never all held.
 */
async function writeProfile(profile, out, io, count = profile.columns.length, columns = profile.columns) {
    const summaries = [];
    const kept = io.json ? mapIterable(columns, (c) => (summaries.push(c.summary), c)) : columns;
    await (0,writeJson/* writePieces */.Rx)(out, jsonLines(profile, kept));
    const human = `wrote ${(0,commands_io/* shown */.SP)(out, io.cwd)}: ${profile.rows} rows, ${count} columns\n`;
    (0,commands_io/* printResult */.RS)(io, human, summaries);
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

/***/ 94383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ jsonPieces),
/* harmony export */   Rx: () => (/* binding */ writePieces),
/* harmony export */   z: () => (/* binding */ chunked)
/* harmony export */ });
/* harmony import */ var _core_outputFile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7344);
// JSON for a table of 100,000 columns is a few hundred MB: one JSON.stringify of it is a string that size (past
// V8's longest string, or near the memory a wide table is allowed: issue 16), and writing it copies it again. The
// text is made here one element of the long array at a time, the same bytes JSON.stringify would give.

/** Text pieces under this size are joined before a write: one write per column would be slow. */
const FLUSH_CHARS = 1 << 20;
/**
 * The text of `JSON.stringify(value, null, indent)`, in pieces: `value[key]` (an array) one element at a time.
 * `indent` is 0 (one line) or a number of spaces. `items`, when given, stands for `value[key]`: elements made as
 * they are written, so that they need never be held all at once.
 */
function* jsonPieces(value, key, indent = 0, items = value[key]) {
    // The object with a marker in the array's place, split around the marker.
    const marker = `\u0000${key}\u0000`;
    const text = JSON.stringify({ ...value, [key]: marker }, null, indent || undefined);
    const at = text.indexOf(JSON.stringify(marker));
    const [head, tail] = [text.slice(0, at), text.slice(at + JSON.stringify(marker).length)];
    // The array sits one level into the object, its elements two: an element is given that indentation by
    // stringifying it two arrays deep and cutting the arrays off (re-indenting each line cost more than the rest).
    const [open, close] = indent ? [`[\n${" ".repeat(indent)}[\n`, `\n${" ".repeat(indent)}]\n]`] : ["", ""];
    let n = 0;
    for (const element of items) {
        const item = indent
            ? JSON.stringify([[element]], null, indent).slice(open.length, -close.length)
            : (JSON.stringify(element) ?? "null");
        yield `${n++ ? "," : `${head}[`}${indent ? "\n" : ""}${item}`;
    }
    yield n ? `${indent ? `\n${" ".repeat(indent)}` : ""}]${tail}` : `${head}[]${tail}`;
}
/** Pieces of text joined into chunks of about FLUSH_CHARS. */
function* chunked(pieces) {
    let buf = [];
    let size = 0;
    for (const p of pieces) {
        buf.push(p);
        size += p.length;
        if (size >= FLUSH_CHARS) {
            yield buf.join("");
            buf = [];
            size = 0;
        }
    }
    if (buf.length)
        yield buf.join("");
}
/** Write pieces of text to a file a chunk at a time, atomically as every output (core/outputFile.ts). */
async function writePieces(file, pieces) {
    await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_0__/* .writeOutput */ .z)(file, chunked(pieces));
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
            return (await __webpack_require__.e(/* import() */ 558).then(__webpack_require__.bind(__webpack_require__, 16558))).openJsonl(file, read);
        case "parquet":
            return (await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(767)]).then(__webpack_require__.bind(__webpack_require__, 45767))).openParquet(file, read);
        case "arrow":
            return (await Promise.all(/* import() */[__webpack_require__.e(733), __webpack_require__.e(833)]).then(__webpack_require__.bind(__webpack_require__, 39833))).openArrow(file, read);
    }
}


/***/ }),

/***/ 67186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ profileTable),
/* harmony export */   Xv: () => (/* binding */ profileColumns),
/* harmony export */   kT: () => (/* binding */ takeStates)
/* harmony export */ });
/* harmony import */ var _columnProfiler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46226);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17416);


/** One pass over a table: a profiler per column, fed every batch (see `takeStates` for what comes next). */
async function profileColumns(source, options = {}) {
    const types = options.types ?? (await source.detectTypes());
    const profilers = source.columnNames.map((n, i) => new _columnProfiler_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnProfiler */ .k(n, types[i], options.edges?.get(n) ?? null));
    let rows = 0;
    for await (const batch of source.batches(types.map((type) => ({ type })))) {
        profilers.forEach((p, i) => p.add(batch.columns[i], batch.length));
        rows += batch.length;
        options.onProgress?.(rows);
    }
    return { profilers, rows };
}
/**
 * Each profiler's state in column order, the profiler let go (the list emptied) as its state is taken: on a wide
 * table the profilers, their states and the summaries together would triple the peak (issue 16).
 */
function* takeStates(profilers) {
    profilers.reverse();
    for (let p = profilers.pop(); p; p = profilers.pop())
        yield p.toState();
}
/** Profile a table: counts, nulls, moments and mergeable sketches per column. */
async function profileTable(source, options = {}) {
    const { profilers, rows } = await profileColumns(source, options);
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .buildProfile */ .Er)([...takeStates(profilers)], [{ file: source.file, format: source.format, rows }]);
}


/***/ })

};
