export const id = 7148;
export const ids = [7148];
export const modules = {

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

/***/ 43516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compileDatetimeFormat)
/* harmony export */ });
/* unused harmony export FORMAT_DIRECTIVES */
const DIRECTIVES = {
    Y: { min: 0, max: 9999, width: 4 },
    m: { min: 1, max: 12, width: 2 },
    d: { min: 1, max: 31, width: 2 },
    H: { min: 0, max: 23, width: 2 },
    M: { min: 0, max: 59, width: 2 },
    S: { min: 0, max: 60, width: 2 },
};
/** The strftime directives a datetime `format` may use. */
const FORMAT_DIRECTIVES = "%Y %m %d %H %M %S %f %z %%";
/** Compile a strftime-style format (`%d/%m/%Y %H:%M`) to a byte parser; throws on an unknown directive. */
function compileDatetimeFormat(format) {
    const tokens = [];
    for (let i = 0; i < format.length; i++) {
        const ch = format[i];
        if (ch !== "%") {
            const code = ch.charCodeAt(0);
            if (code > 127)
                throw new Error(`only ASCII text may stand between directives, not ${JSON.stringify(ch)}`);
            tokens.push({ kind: "lit", byte: code });
            continue;
        }
        const d = format[++i];
        if (d === "%")
            tokens.push({ kind: "lit", byte: 37 });
        else if (d === "f")
            tokens.push({ kind: "frac" });
        else if (d === "z")
            tokens.push({ kind: "zone" });
        else if (d && DIRECTIVES[d])
            tokens.push({ kind: "num", key: d });
        else
            throw new Error(`unknown directive %${d ?? ""} (known: ${FORMAT_DIRECTIVES})`);
    }
    return (b, s, e) => {
        const f = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0 };
        let ms = 0;
        let offset = 0;
        let i = s;
        for (const t of tokens) {
            if (t.kind === "lit") {
                if (b[i] !== t.byte)
                    return NaN;
                i++;
            }
            else if (t.kind === "num") {
                const spec = DIRECTIVES[t.key];
                let v = 0;
                let n = 0;
                while (n < spec.width && i < e && b[i] >= 48 && b[i] <= 57) {
                    v = v * 10 + (b[i++] - 48);
                    n++;
                }
                if (n === 0 || v < spec.min || v > spec.max)
                    return NaN;
                f[t.key] = v;
            }
            else if (t.kind === "frac") {
                let scale = 100;
                const start = i;
                while (i < e && b[i] >= 48 && b[i] <= 57) {
                    ms += (b[i++] - 48) * scale;
                    scale /= 10;
                }
                if (i === start)
                    return NaN;
            }
            else {
                if (i < e && (b[i] === 90 || b[i] === 122)) {
                    i++;
                    continue;
                }
                const sign = b[i] === 43 ? -1 : b[i] === 45 ? 1 : 0;
                if (sign === 0)
                    return NaN;
                i++;
                const digits = [];
                while (i < e && digits.length < 4) {
                    if (b[i] === 58) {
                        i++;
                        continue;
                    }
                    if (b[i] < 48 || b[i] > 57)
                        break;
                    digits.push(b[i++] - 48);
                }
                if (digits.length !== 4)
                    return NaN;
                offset = sign * ((digits[0] * 10 + digits[1]) * 60 + digits[2] * 10 + digits[3]) * 60000;
            }
        }
        if (i !== e)
            return NaN;
        const day = new Date(Date.UTC(2000, f.m - 1, f.d));
        day.setUTCFullYear(f.Y);
        if (day.getUTCDate() !== f.d)
            return NaN; // 31 February and the like
        return day.getTime() + ((f.H * 60 + f.M) * 60 + f.S) * 1000 + ms + offset;
    };
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


/***/ }),

/***/ 36964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ datetimeBound),
/* harmony export */   FJ: () => (/* binding */ schemaFileSchema)
/* harmony export */ });
/* unused harmony export fieldSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _data_datetimeFormat_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43516);
/* harmony import */ var _data_parseBytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73300);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78713);




const share = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().gt(0).lte(1);
const scalar = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()]);
const bound = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()]);
/** A rule's value, or the value with `mostly`: the share of checked cells that must pass (as in Great Expectations). */
function withMostly(value, key) {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
        value,
        zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ [key]: value, mostly: share.optional() })
            .strict(),
    ]);
}
const fieldSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).describe("Column name, exactly as in the data."),
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_data_types_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMN_TYPES */ .RO).describe("integer, number, boolean, datetime or string."),
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    required: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true).describe("The column must be present."),
    nullable: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true).describe("Nulls are allowed (see max_null_fraction)."),
    max_null_fraction: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).max(1).optional().describe("Largest share of nulls allowed."),
    min: withMostly(bound, "value").optional().describe("Inclusive lower bound (ISO text for datetimes)."),
    max: withMostly(bound, "value").optional().describe("Inclusive upper bound (ISO text for datetimes)."),
    allowed: withMostly(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(scalar).min(1), "values").optional().describe("The only values allowed."),
    pattern: withMostly(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), "regex")
        .optional()
        .describe("A regular expression each string must contain a match of (anchor it with ^…$)."),
    unique: withMostly(zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), "value").optional().describe("No value may repeat."),
    format: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe("strftime format of a datetime column (default ISO 8601)."),
    mostly: share.optional().describe("Default `mostly` for this column's value rules."),
})
    .strict();
const schemaFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).default(1),
    columns: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["strict", "allow_extra"]).default("strict").describe("strict: columns not listed are an error."),
    row_count: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(), max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional() })
        .strict()
        .optional(),
    unique: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).min(1))
        .optional()
        .describe("Compound keys: each list of columns must be unique together."),
    target: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe("The target (label) column."),
    fields: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(fieldSchema),
})
    .strict()
    .superRefine((s, ctx) => {
    const names = new Set();
    s.fields.forEach((f, i) => {
        if (names.has(f.name))
            ctx.addIssue({
                code: "custom",
                path: ["fields", i, "name"],
                message: `the column ${JSON.stringify(f.name)} is listed twice`,
            });
        names.add(f.name);
        const numeric = f.type === "integer" || f.type === "number";
        for (const key of ["min", "max"]) {
            const v = f[key];
            if (v === undefined)
                continue;
            const value = typeof v === "object" ? v.value : v;
            if (f.type === "datetime"
                ? typeof value !== "string" || Number.isNaN(datetimeBound(value))
                : !numeric || typeof value !== "number") {
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, key],
                    message: f.type === "datetime"
                        ? "a datetime bound must be ISO 8601 text"
                        : `${key} applies to integer, number and datetime columns, as a number`,
                });
            }
        }
        if (f.pattern !== undefined) {
            if (f.type !== "string")
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, "pattern"],
                    message: "pattern applies to string columns",
                });
            try {
                new RegExp(typeof f.pattern === "string" ? f.pattern : f.pattern.regex, "u");
            }
            catch (e) {
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, "pattern"],
                    message: `not a valid regular expression (${e.message})`,
                });
            }
        }
        if (f.format !== undefined) {
            if (f.type !== "datetime")
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, "format"],
                    message: "format applies to datetime columns",
                });
            try {
                (0,_data_datetimeFormat_js__WEBPACK_IMPORTED_MODULE_0__/* .compileDatetimeFormat */ .E)(f.format);
            }
            catch (e) {
                ctx.addIssue({ code: "custom", path: ["fields", i, "format"], message: e.message });
            }
        }
    });
    if (s.target !== undefined && !names.has(s.target))
        ctx.addIssue({
            code: "custom",
            path: ["target"],
            message: `the target ${JSON.stringify(s.target)} is not a listed column`,
        });
    s.unique?.forEach((key, i) => key.forEach((col, j) => {
        if (!names.has(col))
            ctx.addIssue({
                code: "custom",
                path: ["unique", i, j],
                message: `${JSON.stringify(col)} is not a listed column`,
            });
    }));
    if (s.row_count?.min !== undefined && s.row_count.max !== undefined && s.row_count.min > s.row_count.max) {
        ctx.addIssue({ code: "custom", path: ["row_count"], message: "min is greater than max" });
    }
});
/** Epoch milliseconds of an ISO 8601 bound. */
function datetimeBound(text) {
    const { b, n } = (0,_data_parseBytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toBytes */ .ZJ)(text);
    return (0,_data_parseBytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatetime */ .X7)(b, 0, n);
}


/***/ }),

/***/ 74203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ schemaTypes)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36964);

/** Column types from a schema file, in the table's column order; a column the schema does not name is read as text. */
async function schemaTypes(schemaFile, columnNames) {
    // Loaded when needed: the command declarations every run loads reach this module, and only a run given a schema
    // parses YAML.
    const { loadYamlFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3302)]).then(__webpack_require__.bind(__webpack_require__, 20921));
    const schema = await loadYamlFile(schemaFile, _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaFileSchema */ .FJ);
    const byName = new Map(schema.fields.map((f) => [f.name, f.type]));
    return columnNames.map((n) => byName.get(n) ?? "string");
}


/***/ })

};
