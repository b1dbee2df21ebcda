export const id = 469;
export const ids = [469];
export const modules = {

/***/ 11469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runComment: () => (/* binding */ runComment)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_regularFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89629);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5862);




/** `modelgate comment`: one comment per key on the pull/merge request, created, updated or deleted. */
async function runComment(input, io) {
    const flags = (0,_post_js__WEBPACK_IMPORTED_MODULE_3__/* .postFlags */ .gg)(input);
    const { bodyFile: file, fullReportUrl: url } = input;
    if (!file && flags.mode !== "delete")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, "--body-file is required (unless --mode delete)");
    if (file)
        await (0,_core_regularFile_js__WEBPACK_IMPORTED_MODULE_2__/* .assertRegularFile */ .f)(file);
    const body = file ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => Promise.reject((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e))) : "";
    const result = await (0,_post_js__WEBPACK_IMPORTED_MODULE_3__/* .postComment */ .Gy)(io, {
        ...flags,
        body,
        dryRun: input.dryRun,
        ...(url ? { fullReport: { label: "the full report", url } } : {}),
    });
    if (io.json)
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    await io.platform.setOutputs((0,_post_js__WEBPACK_IMPORTED_MODULE_3__/* .postOutputs */ .BX)(result));
    return 0;
}


/***/ })

};
