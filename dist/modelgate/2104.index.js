export const id = 2104;
export const ids = [2104];
export const modules = {

/***/ 62104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ROOT_INPUTS: () => (/* binding */ ROOT_INPUTS),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _commands_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53155);
/* harmony import */ var _commands_io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73776);
/* harmony import */ var _commands_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33073);
/* harmony import */ var _commands_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94331);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_render_consoleText_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48706);
/* harmony import */ var _platform_detect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7757);








/** The root action's own inputs: which command, the config, the token. Every other input is a command's flag. */
const ROOT_INPUTS = ["modelgate-command", "config", "github-token"];
/** The action inputs the workflow set (the runner passes each `with:` key as INPUT_<NAME>), as their input names. */
function inputsSet(env) {
    return Object.entries(env)
        .filter(([k, v]) => k.startsWith("INPUT_") && v !== undefined && v !== "")
        .map(([k]) => k.slice("INPUT_".length).toLowerCase());
}
/**
 * Run one command as a GitHub action step: inputs are the CLI flags' names; exit 1 and 2 fail the step. The root
 * action (`name` null) runs `modelgate-command`, or without one the pipeline modelgate.yml describes.
 */
async function runAction(name, env = process.env, workers = {}) {
    try {
        const command = name ?? (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4("modelgate-command") || "pipeline");
        const spec = (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .commandNamed */ .v)(command);
        if (!spec)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(undefined, undefined, `unknown command ${JSON.stringify(command)}`);
        const known = new Set([...ROOT_INPUTS, ...Object.keys(spec.inputs).map(_commands_command_js__WEBPACK_IMPORTED_MODULE_1__/* .inputName */ .yu)]);
        const stray = inputsSet(env).filter((i) => !known.has(i));
        // Only the root action declares every command's inputs; one the command does not take would be silently lost.
        if (name === null && stray.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(undefined, undefined, command === "pipeline"
                ? `the pipeline reads its settings from modelgate.yml; input ${stray.join(", ")} applies only with modelgate-command`
                : `modelgate ${command} takes no input ${stray.join(", ")}`);
        const raw = {};
        for (const key of Object.keys(spec.inputs)) {
            const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4((0,_commands_command_js__WEBPACK_IMPORTED_MODULE_1__/* .inputName */ .yu)(key));
            if (value !== "")
                raw[key] = value;
        }
        const cwd = process.cwd();
        const out = (t) => void process.stdout.write(t);
        const err = (t) => void process.stderr.write(t);
        const io = {
            cwd,
            json: false,
            // The runner reads workflow commands from both streams: user text reaches them inert (see consoleText).
            stdout: (0,_core_render_consoleText_js__WEBPACK_IMPORTED_MODULE_6__/* .consoleWriter */ .Fy)(out),
            stderr: (0,_core_render_consoleText_js__WEBPACK_IMPORTED_MODULE_6__/* .consoleWriter */ .Fy)(err),
            verbatim: { stdout: out, stderr: err },
            platform: await (0,_platform_detect_js__WEBPACK_IMPORTED_MODULE_5__/* .createPlatform */ .Q_)({ ...env, MODELGATE_PLATFORM: env.MODELGATE_PLATFORM ?? "github" }, { cwd, err, out }),
            ...workers,
            ...(0,_commands_io_js__WEBPACK_IMPORTED_MODULE_7__/* .splitMinBytesFrom */ .WU)(env),
        };
        const code = await (0,_commands_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommand */ .d)(command, raw, io, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4("config") || undefined);
        if (code === 1)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`modelgate ${command}: failed (see the summary for each finding)`);
        else if (code !== 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`modelgate ${command}: exit ${code}`);
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`modelgate: ${(0,_core_render_consoleText_js__WEBPACK_IMPORTED_MODULE_6__/* .consoleText */ .bt)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e))}`);
        process.exitCode = 2;
    }
}


/***/ })

};
