export const id = 104;
export const ids = [104];
export const modules = {

/***/ 62104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _commands_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73776);
/* harmony import */ var _commands_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31854);
/* harmony import */ var _commands_specs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21916);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _platform_detect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7757);






/** Which command the root action runs when none is named: what modelgate.yml describes (so far, validation). */
const PIPELINE = "validate";
/** Run one command as a GitHub action step: inputs are the CLI flags' names; exit 1 and 2 fail the step. */
async function runAction(name, env = process.env, workers = {}) {
    try {
        const command = name ?? (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4("command") || PIPELINE);
        const spec = (0,_commands_run_js__WEBPACK_IMPORTED_MODULE_2__/* .specOf */ .r)(command);
        if (!spec)
            throw new Error(`unknown command ${JSON.stringify(command)}`);
        const raw = {};
        for (const opt of spec.options) {
            const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(opt.name);
            if (value !== "")
                raw[(0,_commands_specs_js__WEBPACK_IMPORTED_MODULE_3__/* .optionKey */ .D6)(opt.name)] = value;
        }
        const cwd = process.cwd();
        const io = {
            cwd,
            json: false,
            stdout: (t) => process.stdout.write(t),
            stderr: (t) => process.stderr.write(t),
            platform: await (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_5__/* .createPlatform */ .Q)({ ...env, MODELGATE_PLATFORM: env.MODELGATE_PLATFORM ?? "github" }, { cwd, err: (t) => process.stderr.write(t), out: (t) => process.stdout.write(t) }),
            ...workers,
            ...(0,_commands_io_js__WEBPACK_IMPORTED_MODULE_1__/* .splitMinBytesFrom */ .WU)(env),
        };
        const code = await (0,_commands_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runCommand */ .d)(command, raw, io, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4("config") || undefined);
        if (code === 1)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`modelgate ${command}: failed (see the summary for each finding)`);
        else if (code !== 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`modelgate ${command}: exit ${code}`);
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`modelgate: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}`);
        process.exitCode = 2;
    }
}


/***/ })

};
