export const id = 7868;
export const ids = [7868,8221];
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
    const source = await (0,_core_data_open_js__WEBPACK_IMPORTED_MODULE_0__/* .openTable */ .RT)(data, (0,_readOptions_js__WEBPACK_IMPORTED_MODULE_5__/* .readOptionsOf */ .M)(input));
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


/***/ })

};
