export const id = 238;
export const ids = [238];
export const modules = {

/***/ 60238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRegistryPull: () => (/* binding */ runRegistryPull)
/* harmony export */ });
/* harmony import */ var _core_registry_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51979);
/* harmony import */ var _core_registry_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86686);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73776);
/* harmony import */ var _registryOf_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11902);




/** `modelgate registry pull`: 0 written and verified, 1 the download is not what the manifest says (nothing written). */
async function runRegistryPull(input, io) {
    const ref = (0,_core_registry_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelRef */ .qV)(input.ref, "registry pull");
    const { store } = await (0,_registryOf_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegistry */ .M)(input.registry, io);
    const got = await (0,_core_registry_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .pull */ .a$)(store, ref, { to: input.out, asset: input.asset });
    if (!got.ok) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .printResult */ .RS)(io, `refused: ${got.problem}\n`, { ok: false, tag: got.release.tag, problem: got.problem });
        return 1;
    }
    const where = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(got.file, io.cwd);
    (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .printResult */ .RS)(io, `pulled ${got.asset.name} of ${got.release.tag}${got.stage ? ` (${got.stage})` : ""} to ${where}: sha256 ${got.asset.sha256} verified\n`, {
        ok: true,
        tag: got.release.tag,
        version: got.release.version,
        stage: got.stage,
        file: got.file,
        sha256: got.asset.sha256,
    });
    await io.platform.setOutputs({ path: got.file, version: got.release.version, sha256: got.asset.sha256 });
    return 0;
}


/***/ })

};
