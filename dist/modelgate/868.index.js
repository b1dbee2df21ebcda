export const id = 868;
export const ids = [868,221];
export const modules = {

/***/ 38221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runProfile: () => (/* binding */ runProfile),
/* harmony export */   writeProfile: () => (/* binding */ writeProfile)
/* harmony export */ });
/* harmony import */ var _core_data_open_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7814);
/* harmony import */ var _core_profile_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17416);
/* harmony import */ var _core_profile_profileTable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67186);
/* harmony import */ var _core_profile_readProfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89588);
/* harmony import */ var _core_schema_schemaTypes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74203);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73776);
/* harmony import */ var _readOptions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61924);
/* harmony import */ var _writeJson_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94383);








/** `modelgate profile`: one table's profile, with types from the schema when one is given. */
async function runProfile(input, io) {
    const { data, out } = input;
    const source = await (0,_core_data_open_js__WEBPACK_IMPORTED_MODULE_0__/* .openTable */ .RT)(data, (0,_readOptions_js__WEBPACK_IMPORTED_MODULE_5__/* .readOptionsOf */ .Mt)(input));
    let made;
    try {
        const types = input.schema !== undefined ? await (0,_core_schema_schemaTypes_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaTypes */ .Z)(input.schema, source.columnNames) : null;
        const edges = input.edgesFrom !== undefined ? (0,_core_profile_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .edgesOfProfile */ .rL)(await (0,_core_profile_readProfile_js__WEBPACK_IMPORTED_MODULE_3__/* .readProfile */ .e)(input.edgesFrom)) : null;
        made = await (0,_core_profile_profileTable_js__WEBPACK_IMPORTED_MODULE_2__/* .profileColumns */ .Xv)(source, {
            ...(types ? { types } : {}),
            ...(edges ? { edges } : {}),
            ...(io.progress ? { onProgress: io.progress } : {}),
        });
    }
    finally {
        await source.close();
    }
    const head = (0,_core_profile_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .profileHead */ .kT)([{ file: (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(source.file, io.cwd), format: source.format, rows: made.rows }]);
    // Each column's state and summary made as it is written, then let go: the same file as buildProfile's.
    const columns = made.profilers.length;
    return writeProfile(head, out, io, columns, mapIterable((0,_core_profile_profileTable_js__WEBPACK_IMPORTED_MODULE_2__/* .takeStates */ .kT)(made.profilers), _core_profile_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .profileColumn */ .AJ));
}
/** The profile file's text: one line, as JSON.stringify gives it, its columns taken from `columns` as they come. */
function* jsonLines(profile, columns) {
    yield* (0,_writeJson_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonPieces */ .Mx)(profile, "columns", 0, columns);
    yield "\n";
}
function* mapIterable(items, f) {
    for (const item of items)
        yield f(item);
}
/**
 * Write the profile file a column at a time (see writeJson.ts): one line, as JSON.stringify gives it. `columns`
 * (default: the profile's own) may be made as they are written, so that a wide table's are never all held.
 */
async function writeProfile(profile, out, io, count = profile.columns.length, columns = profile.columns) {
    const summaries = [];
    const kept = io.json ? mapIterable(columns, (c) => (summaries.push(c.summary), c)) : columns;
    await (0,_writeJson_js__WEBPACK_IMPORTED_MODULE_6__/* .writePieces */ .Rx)(out, jsonLines(profile, kept));
    const human = `wrote ${(0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(out, io.cwd)}: ${profile.rows} rows, ${count} columns\n`;
    (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .printResult */ .RS)(io, human, summaries);
    await io.platform.setOutputs({ "profile-path": out, rows: profile.rows });
    return 0;
}


/***/ }),

/***/ 97868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProfileMerge: () => (/* binding */ runProfileMerge)
});

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

// EXTERNAL MODULE: ./src/core/profile/readProfile.ts
var readProfile = __webpack_require__(89588);
// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/profile/run.ts
var run = __webpack_require__(38221);
;// CONCATENATED MODULE: ./src/commands/profileMerge/run.ts




/** `modelgate profile merge`: shard profiles into the profile of the whole. */
async function runProfileMerge(input, io) {
    const profiles = await Promise.all(input.profiles.map((f) => (0,readProfile/* readProfile */.e)(f)));
    const names = input.profiles.map((f) => (0,commands_io/* shown */.SP)(f, io.cwd));
    return (0,run.writeProfile)(mergeProfiles(profiles, names), input.out, io);
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

/***/ 46226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ColumnProfiler)
/* harmony export */ });
/* unused harmony export binOf */
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78713);
/* harmony import */ var _frequent_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59823);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47861);
/* harmony import */ var _hll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78525);
/* harmony import */ var _kll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81204);
/* harmony import */ var _moments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33216);






/** Integer columns keep exact value counts only while they have at most this many distinct values. */
const INTEGER_TOP_LIMIT = 1024;
/** Shared by every column before its first strings: an array each costs time and memory on a wide table. */
const NO_COUNTS = new Int32Array(0);
/** The bin of `v`: how many edges are ≤ v (edges ascending). */
function binOf(edges, v) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (edges[mid] <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Accumulates one column's profile batch by batch. */
class ColumnProfiler {
    name;
    type;
    edges;
    count = 0;
    nulls = 0;
    invalid = 0;
    hll = new _hll_js__WEBPACK_IMPORTED_MODULE_2__/* .HyperLogLog */ .l8();
    moments = _moments_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_MOMENTS */ .Qb;
    kll;
    frequent;
    intCounts;
    dict = null;
    codeCounts = NO_COUNTS;
    binCounts;
    constructor(name, type, 
    /** Fixed bin edges (ascending), so that profiles of shards and of another table count on the same bins. */
    edges = null) {
        this.name = name;
        this.type = type;
        this.edges = edges;
        const numeric = (0,_data_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isNumericType */ .cD)(type);
        this.binCounts = numeric && edges ? new Float64Array(edges.length + 1) : null;
        this.kll = numeric ? new _kll_js__WEBPACK_IMPORTED_MODULE_3__/* .KllSketch */ .gu() : null;
        this.frequent = type === "string" || type === "boolean" || type === "integer" ? new _frequent_js__WEBPACK_IMPORTED_MODULE_5__/* .FrequentItems */ .J() : null;
        this.intCounts = type === "integer" ? new Map() : null;
    }
    add(col, length) {
        this.count += length;
        const status = col.status;
        for (let i = 0; i < length; i++) {
            const s = status[i];
            if (s === 1)
                this.nulls++;
            else if (s === 2)
                this.invalid++;
        }
        if (col.kind === "string")
            return this.addStrings(col.codes, col.dict, status, length);
        const values = col.values;
        if (col.type === "boolean") {
            let t = 0;
            let f = 0;
            for (let i = 0; i < length; i++) {
                if (status[i] !== 0)
                    continue;
                if (values[i] === 1)
                    t++;
                else
                    f++;
            }
            if (t)
                this.frequent.add("true", t);
            if (f)
                this.frequent.add("false", f);
            if (t)
                this.hll.addNumber(1);
            if (f)
                this.hll.addNumber(0);
            this.moments = (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeMoments */ .iQ)(this.moments, (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .batchMoments */ .E3)(values, status, length));
            return;
        }
        const kll = this.kll;
        const hll = this.hll;
        const bins = this.binCounts;
        for (let i = 0; i < length; i++) {
            if (status[i] !== 0)
                continue;
            const v = values[i];
            kll.add(v);
            hll.addNumber(v);
            if (bins)
                bins[binOf(this.edges, v)]++;
        }
        this.moments = (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeMoments */ .iQ)(this.moments, (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .batchMoments */ .E3)(values, status, length));
        const ints = this.intCounts;
        if (ints) {
            for (let i = 0; i < length && ints.size <= INTEGER_TOP_LIMIT; i++) {
                if (status[i] === 0)
                    ints.set(values[i], (ints.get(values[i]) ?? 0) + 1);
            }
            if (ints.size > INTEGER_TOP_LIMIT) {
                this.intCounts = null;
                this.frequent = null;
            }
        }
    }
    addStrings(codes, dict, status, length) {
        if (dict !== this.dict) {
            this.flushStrings();
            this.dict = dict;
        }
        if (this.codeCounts.length < dict.values.length) {
            const grown = new Int32Array(Math.max(dict.values.length, this.codeCounts.length * 2, 64));
            grown.set(this.codeCounts);
            this.codeCounts = grown;
        }
        const counts = this.codeCounts;
        for (let i = 0; i < length; i++)
            if (status[i] === 0)
                counts[codes[i]]++;
    }
    /** Move the per-code counts of the current dictionary into the sketches (each distinct value hashed once). */
    flushStrings() {
        const dict = this.dict;
        if (!dict)
            return;
        const counts = this.codeCounts;
        for (let c = 0; c < dict.values.length; c++) {
            const n = counts[c];
            if (n === 0)
                continue;
            const text = dict.values[c];
            this.frequent.add(text, n);
            this.hll.add((0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashString */ .YZ)(text));
        }
        this.codeCounts = NO_COUNTS;
        this.dict = null;
    }
    toState() {
        this.flushStrings();
        if (this.intCounts) {
            for (const [v, n] of this.intCounts)
                this.frequent.add(String(v), n);
            this.intCounts = new Map();
        }
        return {
            name: this.name,
            type: this.type,
            count: this.count,
            nulls: this.nulls,
            invalid: this.invalid,
            hll: this.hll.toBase64(),
            moments: this.type === "string" ? null : this.moments,
            quantiles: this.kll ? this.kll.toState() : null,
            frequent: this.frequent ? this.frequent.toState() : null,
            ...(this.binCounts ? { bins: { edges: [...this.edges], counts: [...this.binCounts] } } : {}),
        };
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


/***/ }),

/***/ 89588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readProfile)
/* harmony export */ });
/* harmony import */ var _config_jsonFile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11252);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17416);



/** A profile file (from `modelgate profile`), checked against its schema: one line naming the file and the place. */
async function readProfile(file) {
    const json = await (0,_config_jsonFile_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonFile */ .JE)(file);
    const parsed = _profile_js__WEBPACK_IMPORTED_MODULE_2__/* .profileSchema */ .Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { path: issue.path.join(".") || "(top level)" }, `not a modelgate profile: ${issue.message}`);
    }
    return parsed.data;
}


/***/ })

};
