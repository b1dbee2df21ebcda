export const id = 8221;
export const ids = [8221];
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


/***/ })

};
