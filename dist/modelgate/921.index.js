export const id = 921;
export const ids = [921];
export const modules = {

/***/ 20921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPath: () => (/* binding */ formatPath),
/* harmony export */   loadYamlFile: () => (/* binding */ loadYamlFile),
/* harmony export */   parseYamlText: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



/** `a.b[0].c` from a zod issue path. */
function formatPath(path) {
    let out = "";
    for (const p of path)
        out += typeof p === "number" ? `[${p}]` : `${out ? "." : ""}${String(p)}`;
    return out || "(top level)";
}
function nodeAt(root, path) {
    let node = root;
    for (const p of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((it) => it.key?.value === p);
            if (!pair)
                return { node, key: false };
            node = pair.value ?? pair.key;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof p === "number") {
            node = node.items[p] ?? node;
        }
        else
            break;
    }
    return { node, key: false };
}
function keyNode(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(map))
        return null;
    const pair = map.items.find((it) => it.key?.value === key);
    return pair?.key ?? null;
}
/** Read a YAML (or JSON) file and check it against a zod schema; any problem is one line with the path and line. */
async function loadYamlFile(file, schema) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadable */ .O$)(file, e);
    });
    return parseYamlText(file, text, schema);
}
function parseYamlText(file, text, schema) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const err = doc.errors[0];
    if (err) {
        const line = err.pos ? lineCounter.linePos(err.pos[0]).line : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, line ? { line } : undefined, `not valid YAML: ${err.message.split("\n")[0]}`);
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    const result = schema.safeParse(value ?? {});
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    let { node } = nodeAt(doc.contents, issue.path);
    let path = issue.path;
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
        const key = issue.keys[0];
        node = keyNode(node, key) ?? node;
        path = [...issue.path, key];
        message = `unknown key ${JSON.stringify(key)}`;
    }
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(file, { ...(line ? { line } : {}), path: formatPath(path) }, message);
}


/***/ })

};
