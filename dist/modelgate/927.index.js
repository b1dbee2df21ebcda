export const id = 927;
export const ids = [927];
export const modules = {

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

/***/ 92927:
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
// EXTERNAL MODULE: ./src/core/profile/columnProfiler.ts
var columnProfiler = __webpack_require__(46226);
// EXTERNAL MODULE: ./src/core/profile/hash.ts
var hash = __webpack_require__(47861);
// EXTERNAL MODULE: ./src/core/profile/profile.ts
var profile = __webpack_require__(17416);
// EXTERNAL MODULE: ./src/core/validate/codeCache.ts
var codeCache = __webpack_require__(97327);
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
    const hashes = names.map(() => new codeCache/* CodeHashes */.qy());
    let rows = 0;
    for await (const batch of source.batches(types.map((type) => ({ type })))) {
        batch.columns.forEach((col, i) => {
            profilers[i].add(col, batch.length);
            const set = uniques[i];
            if (!set)
                return;
            for (let r = 0; r < batch.length; r++) {
                if (col.status[r] === 0 && set.addOrGet((0,codeCache/* cellHash */.TH)(col, r, hashes[i]), r) >= 0) {
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
;// CONCATENATED MODULE: ./src/commands/schemaInfer.ts






/** `modelgate schema infer`: writes the schema YAML. */
async function runSchemaInfer(inputs, io) {
    const data = inputs.data;
    const out = inputs.out;
    const source = await (0,data_open/* openTable */.RT)(data, (0,readOptions/* readOptionsOf */.M)(inputs));
    const target = typeof inputs.target === "string" ? inputs.target : undefined;
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

/***/ 97327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TH: () => (/* binding */ cellHash),
/* harmony export */   oY: () => (/* binding */ CodeMemo),
/* harmony export */   qy: () => (/* binding */ CodeHashes)
/* harmony export */ });
/* harmony import */ var _profile_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47861);

/** Per-dictionary-code memo of a string predicate, so a rule runs once per distinct value. */
class CodeMemo {
    test;
    dict = null;
    memo = new Int8Array(0);
    constructor(test) {
        this.test = test;
    }
    ok(dict, code) {
        if (dict !== this.dict) {
            this.dict = dict;
            this.memo = new Int8Array(Math.max(64, dict.values.length * 2));
        }
        if (code >= this.memo.length) {
            const grown = new Int8Array(Math.max(code + 1, this.memo.length * 2));
            grown.set(this.memo);
            this.memo = grown;
        }
        let m = this.memo[code];
        if (m === 0) {
            m = this.test(dict.values[code]) ? 1 : 2;
            this.memo[code] = m;
        }
        return m === 1;
    }
}
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


/***/ })

};
