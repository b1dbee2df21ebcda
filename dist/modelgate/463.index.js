export const id = 463;
export const ids = [463];
export const modules = {

/***/ 80463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readProfile: () => (/* binding */ readProfile),
/* harmony export */   runProfile: () => (/* binding */ runProfile),
/* harmony export */   runProfileMerge: () => (/* binding */ runProfileMerge)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_data_open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7814);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_profile_profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17416);
/* harmony import */ var _core_profile_profileTable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67186);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73776);
/* harmony import */ var _readOptions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61924);







/** `modelgate profile`: one table's profile, with types from the schema when one is given. */
async function runProfile(inputs, io) {
    const data = inputs.data;
    const out = inputs.out;
    const source = await (0,_core_data_open_js__WEBPACK_IMPORTED_MODULE_1__/* .openTable */ .RT)(data, (0,_readOptions_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptionsOf */ .M)(inputs));
    let profile;
    try {
        const types = typeof inputs.schema === "string" ? await (0,_readOptions_js__WEBPACK_IMPORTED_MODULE_6__/* .schemaTypes */ .Z)(inputs.schema, source.columnNames) : null;
        const edges = typeof inputs.edgesFrom === "string" ? (0,_core_profile_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .edgesOfProfile */ .rL)(await readProfile(inputs.edgesFrom)) : null;
        profile = await (0,_core_profile_profileTable_js__WEBPACK_IMPORTED_MODULE_4__/* .profileTable */ .A)(source, {
            ...(types ? { types } : {}),
            ...(edges ? { edges } : {}),
            ...(io.progress ? { onProgress: io.progress } : {}),
        });
    }
    finally {
        await source.close();
    }
    profile.sources = profile.sources.map((s) => ({ ...s, file: (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(s.file, io.cwd) }));
    return writeProfile(profile, out, io);
}
/** `modelgate profile merge`: shard profiles into the profile of the whole. */
async function runProfileMerge(inputs, io) {
    const files = inputs.profiles;
    const profiles = await Promise.all(files.map((f) => readProfile(f)));
    return writeProfile((0,_core_profile_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeProfiles */ .Ns)(profiles), inputs.out, io);
}
async function readProfile(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadable */ .O$)(file, e);
    });
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, undefined, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonSyntaxProblem */ .F1)(text, e));
    }
    const parsed = _core_profile_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .profileSchema */ .Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, { path: issue.path.join(".") || "(top level)" }, `not a modelgate profile: ${issue.message}`);
    }
    return parsed.data;
}
async function writeProfile(profile, out, io) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, `${JSON.stringify(profile)}\n`);
    const human = `wrote ${(0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(out, io.cwd)}: ${profile.rows} rows, ${profile.columns.length} columns\n`;
    if (io.json)
        io.stdout(`${JSON.stringify(profile.columns.map((c) => c.summary), null, 2)}\n`);
    (io.json ? io.stderr : io.stdout)(human);
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
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11854);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78713);




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
        if (!_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.includes(format)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `unknown format ${JSON.stringify(format)} (expected one of ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.join(", ")})`);
        }
        return format;
    }
    const found = BY_EXTENSION[(0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase()];
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `cannot tell the format from the extension: name one with --format (${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.join(", ")})`);
    return found;
}
/** The reader options in full: defaults filled in (a .tsv file defaults to a tab delimiter). */
function resolveReadOptions(file, options = {}) {
    return {
        nullValues: options.nullValues ?? _types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_READ_OPTIONS */ .O$.nullValues,
        delimiter: options.delimiter ?? ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase() === ".tsv" ? "\t" : _types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_READ_OPTIONS */ .O$.delimiter),
    };
}
/** Open a table for streaming, in the format named or implied. */
async function openTable(file, options = {}) {
    const format = formatOf(file, options.format);
    const read = resolveReadOptions(file, options);
    switch (format) {
        case "csv":
            return (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_2__/* .openCsv */ .f)(file, read);
        // Loaded when needed: apache-arrow and hyparquet are most of the bundle, and CSV runs start faster without them.
        case "jsonl":
            return (await __webpack_require__.e(/* import() */ 558).then(__webpack_require__.bind(__webpack_require__, 16558))).openJsonl(file, read);
        case "parquet":
            return (await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(608)]).then(__webpack_require__.bind(__webpack_require__, 90608))).openParquet(file, read);
        case "arrow":
            return (await Promise.all(/* import() */[__webpack_require__.e(733), __webpack_require__.e(833)]).then(__webpack_require__.bind(__webpack_require__, 39833))).openArrow(file, read);
    }
}


/***/ }),

/***/ 67186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ profileTable)
/* harmony export */ });
/* harmony import */ var _columnProfiler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46226);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17416);


/** Profile a table: counts, nulls, moments and mergeable sketches per column. */
async function profileTable(source, options = {}) {
    const types = options.types ?? (await source.detectTypes());
    const profilers = source.columnNames.map((n, i) => new _columnProfiler_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnProfiler */ .k(n, types[i], options.edges?.get(n) ?? null));
    let rows = 0;
    for await (const batch of source.batches(types.map((type) => ({ type })))) {
        profilers.forEach((p, i) => p.add(batch.columns[i], batch.length));
        rows += batch.length;
        options.onProgress?.(rows);
    }
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .buildProfile */ .Er)(profilers.map((p) => p.toState()), [{ file: source.file, format: source.format, rows }]);
}


/***/ })

};
