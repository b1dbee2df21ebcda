export const id = 6998;
export const ids = [6998];
export const modules = {

/***/ 66998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSchemaInfer: () => (/* binding */ runSchemaInfer)
});

// EXTERNAL MODULE: ./src/core/data/open.ts
var data_open = __webpack_require__(7814);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/outputFile.ts
var outputFile = __webpack_require__(7344);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/data/cellHash.ts
var cellHash = __webpack_require__(58182);
// EXTERNAL MODULE: ./src/core/profile/columnProfiler.ts
var columnProfiler = __webpack_require__(46226);
// EXTERNAL MODULE: ./src/core/profile/hash.ts
var hash = __webpack_require__(47861);
// EXTERNAL MODULE: ./src/core/profile/profile.ts
var profile = __webpack_require__(17416);
;// CONCATENATED MODULE: ./src/core/schema/infer.ts





/** A string column is a category, and gets an `allowed` domain, when it has at most this many distinct values... */
const MAX_DOMAIN = 100;
/** ...and its values repeat: at most this share of its non-null cells are distinct. */
const DOMAIN_DISTINCT_SHARE = 0.5;
/** Uniqueness is only claimed from a sample at least this large. */
const MIN_ROWS_FOR_UNIQUE = 20;
/**
 * Infer a schema from reference data: types, nullability, category domains and uniqueness. Ranges are not
 * inferred as rules (as TFDV does not): a reference sample's min and max are not the population's, so hard
 * bounds taken from them fail valid data; they are written as comments to adopt by hand.
 */
async function inferSchema(source, options = {}) {
    const types = await source.detectTypes();
    const names = source.columnNames;
    const profilers = names.map((n, i) => new columnProfiler/* ColumnProfiler */.k(n, types[i]));
    // Exact duplicate detection for ID-like candidates, dropped at the first repeat.
    const uniques = types.map((t) => (t === "string" || t === "integer" ? new hash/* HashSet */.bw() : null));
    const hashes = names.map(() => new cellHash/* CodeHashes */.q());
    let rows = 0;
    for await (const batch of source.batches(types.map((type) => ({ type })))) {
        batch.columns.forEach((col, i) => {
            profilers[i].add(col, batch.length);
            const set = uniques[i];
            if (!set)
                return;
            for (let r = 0; r < batch.length; r++) {
                if (col.status[r] === 0 && set.addOrGet((0,cellHash/* cellHash */.T)(col, r, hashes[i]), r) >= 0) {
                    uniques[i] = null;
                    return;
                }
            }
        });
        rows += batch.length;
        options.onProgress?.(rows);
    }
    if (options.target !== undefined && !names.includes(options.target)) {
        throw new Error(`the target column ${JSON.stringify(options.target)} is not in ${source.file}`);
    }
    const fields = [];
    const notes = [];
    profilers.forEach((p, i) => {
        const s = (0,profile/* summarize */.eh)(p.toState());
        const type = types[i];
        const field = { name: s.name, type, required: true, nullable: s.nulls > 0 };
        const nonNull = s.count - s.nulls;
        const note = [];
        if (s.nulls > 0)
            note.push(`observed ${s.nulls} nulls (${((s.nulls / s.count) * 100).toFixed(2)}%): consider max_null_fraction`);
        if (type === "string" &&
            nonNull > 0 &&
            s.distinct_exact &&
            s.distinct <= MAX_DOMAIN &&
            s.distinct <= nonNull * DOMAIN_DISTINCT_SHARE &&
            s.top) {
            field.allowed = [...(s.top_exact ? topAll(p) : s.top.map((t) => t.value))].sort();
        }
        if (uniques[i] && nonNull >= MIN_ROWS_FOR_UNIQUE && (type === "string" || type === "integer"))
            field.unique = true;
        if (s.min !== undefined &&
            s.max !== undefined &&
            (type === "integer" || type === "number" || type === "datetime")) {
            note.push(`observed range ${s.min} … ${s.max}: add min/max to enforce`);
        }
        fields.push(field);
        notes.push(note.join("; "));
    });
    const schema = {
        version: 1,
        columns: "strict",
        ...(options.target ? { target: options.target } : {}),
        fields,
    };
    return { schema, yaml: toYaml(schema, notes, source.file, rows) };
}
function topAll(p) {
    return p.toState().frequent.items.map(([v]) => v);
}
function toYaml(schema, notes, file, rows) {
    const doc = new dist/* Document */.yo(schema);
    doc.commentBefore = ` modelgate schema, inferred from ${file} (${rows} rows). Review it: inference sees one sample.`;
    const fields = doc.get("fields");
    if ((0,dist/* isSeq */.oP)(fields)) {
        fields.items.forEach((item, i) => {
            if ((0,dist/* isMap */.jh)(item) && notes[i])
                item.commentBefore = ` ${notes[i]}`;
        });
    }
    return doc.toString({ lineWidth: 0 });
}

// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/commands/readOptions.ts
var readOptions = __webpack_require__(61924);
;// CONCATENATED MODULE: ./src/commands/schemaInfer/run.ts






/** `modelgate schema infer`: writes the schema YAML. */
async function runSchemaInfer(input, io) {
    const { data, out, target } = input;
    const source = await (0,data_open/* openTable */.RT)(data, (0,readOptions/* readOptionsOf */.M)(input));
    if (target !== undefined && !source.columnNames.includes(target)) {
        await source.close();
        throw new errors/* InputError */.dz(data, undefined, `the target column ${JSON.stringify(target)} is not in the header`);
    }
    let result;
    try {
        result = await inferSchema(source, {
            ...(target ? { target } : {}),
            ...(io.progress ? { onProgress: io.progress } : {}),
        });
    }
    finally {
        await source.close();
    }
    await (0,outputFile/* writeOutput */.z)(out, result.yaml);
    const fields = result.schema.fields;
    const human = `wrote ${(0,commands_io/* shown */.SP)(out, io.cwd)}: ${fields.length} columns (${fields.map((f) => `${f.name}: ${f.type}`).join(", ")})\n`;
    (0,commands_io/* printResult */.RS)(io, human, result.schema);
    await io.platform.setOutputs({ "schema-path": out, columns: fields.length });
    return 0;
}


/***/ }),

/***/ 58182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ cellHash),
/* harmony export */   q: () => (/* binding */ CodeHashes)
/* harmony export */ });
/* harmony import */ var _profile_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47861);
// A cell's 52-bit value hash, for exact duplicate detection (validate's unique rules, schema infer's unique
// columns). A string is hashed once per distinct value: batches carry dictionary codes, and the cache is keyed by
// code (and reset when a column's dictionary changes).

/** Per-dictionary-code cache of string hashes. */
class CodeHashes {
    dict = null;
    hashes = new Float64Array(0);
    get(dict, code) {
        if (dict !== this.dict) {
            this.dict = dict;
            this.hashes = new Float64Array(Math.max(64, dict.values.length * 2)).fill(-1);
        }
        if (code >= this.hashes.length) {
            const grown = new Float64Array(Math.max(code + 1, this.hashes.length * 2)).fill(-1);
            grown.set(this.hashes);
            this.hashes = grown;
        }
        let h = this.hashes[code];
        if (h < 0) {
            h = (0,_profile_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(dict.values[code]);
            this.hashes[code] = h;
        }
        return h;
    }
}
/** The hash of an OK cell, for duplicate detection. */
function cellHash(col, r, hashes) {
    return col.kind === "string" ? hashes.get(col.dict, col.codes[r]) : (0,_profile_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(col.values[r]);
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


/***/ })

};
