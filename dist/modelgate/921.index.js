export const id = 921;
export const ids = [921,3302];
export const modules = {

/***/ 11252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   gZ: () => (/* binding */ TOO_DEEP),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony export stripBom */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89629);
// The one way input text and JSON files are read (config, schema, metrics, evaluation, gate, drift, profile, params):
// regular files only, a leading byte-order mark dropped, nesting bounded. YAML goes through yamlFile.ts, which uses
// the same text reader; this module stays free of the YAML library so JSON-only commands do not load it.



/**
 * How deep a structured file may nest. No config or result file comes near it; past it the readers that recurse
 * (the YAML composer, zod, the metric flattener) would overflow the stack on a crafted file of a few hundred bytes.
 */
const MAX_NESTING = 100;
/** The problem named when a file nests deeper than MAX_NESTING. */
const TOO_DEEP = `nested deeper than ${MAX_NESTING} levels`;
/** A text input's content: only a regular file is read; a UTF-8 byte-order mark is dropped. */
async function readTextFile(file) {
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_2__/* .assertRegularFile */ .f)(file);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((e) => Promise.reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e)));
    return stripBom(text);
}
/** The text without a leading U+FEFF (JSON.parse refuses one; YAML allows it). */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The line of the first bracket that opens past MAX_NESTING, strings skipped; null when the text stays within it. */
function tooDeepLine(text) {
    let depth = 0;
    let line = 1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            line++;
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            if (++depth > MAX_NESTING)
                return line;
        }
        else if (c === 93 || c === 125)
            depth--;
    }
    return null;
}
/** JSON text to a value; syntax, NaN and excessive nesting are one InputError naming the file. */
function parseJsonText(file, text) {
    const body = stripBom(text);
    const deep = tooDeepLine(body);
    if (deep !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { line: deep }, TOO_DEEP);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonSyntaxProblem */ .F1)(body, e));
    }
}
/** Read and parse a JSON file (see readTextFile and parseJsonText). */
async function readJsonFile(file) {
    return parseJsonText(file, await readTextFile(file));
}


/***/ }),

/***/ 20921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPath: () => (/* binding */ formatPath),
/* harmony export */   loadYamlFile: () => (/* binding */ loadYamlFile),
/* harmony export */   parseYamlText: () => (/* binding */ parseYamlText),
/* harmony export */   parseYamlValue: () => (/* binding */ parseYamlValue),
/* harmony export */   readStructuredFile: () => (/* binding */ readStructuredFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _jsonFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11252);



/** Alias expansions a document may make: past this it is an alias bomb ("billion laughs"), not a config. */
const MAX_ALIASES = 100;
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((it) => it.key?.value === p);
            if (!pair)
                return { node, key: false };
            node = pair.value ?? pair.key;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof p === "number") {
            node = node.items[p] ?? node;
        }
        else
            break;
    }
    return { node, key: false };
}
function keyNode(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return null;
    const pair = map.items.find((it) => it.key?.value === key);
    return pair?.key ?? null;
}
/**
 * The offset of the first collection nested past MAX_NESTING, or null. Read from the concrete syntax tree, which
 * the yaml package builds without recursion: its composer recurses per level, and `- - - … x` (two bytes a level)
 * overflows it, or worse, exhausts the heap.
 */
function tooDeepOffset(tokens) {
    for (const token of tokens) {
        const stack = [[token, 0]];
        for (let next = stack.pop(); next; next = stack.pop()) {
            const [node, depth] = next;
            const collection = node.type === "block-map" || node.type === "block-seq" || node.type === "flow-collection";
            const d = collection ? depth + 1 : depth;
            if (d > _jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING */ .M1)
                return node.offset ?? 0;
            for (const item of node.items ?? []) {
                if (item.key && typeof item.key === "object")
                    stack.push([item.key, d]);
                if (item.value && typeof item.value === "object")
                    stack.push([item.value, d]);
            }
            if (node.value && typeof node.value === "object")
                stack.push([node.value, d]);
        }
    }
    return null;
}
/**
 * YAML text as one document; nesting past MAX_NESTING and syntax errors are one InputError with the line. This is
 * yaml's parseDocument in its two steps, so that the syntax tree is checked before the composer walks it.
 */
function yamlDocument(file, text, lineCounter) {
    const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lineCounter.addNewLine).parse(text)];
    const deep = tooDeepOffset(tokens);
    if (deep !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { line: lineCounter.linePos(deep).line }, _jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_DEEP */ .gZ);
    const docs = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ prettyErrors: false, uniqueKeys: true }).compose(tokens, true, text.length);
    const doc = docs.next().value;
    const second = docs.next();
    const err = doc.errors[0] ??
        (second.done ? undefined : { pos: second.value.range, message: "holds more than one document" });
    if (err) {
        const line = err.pos ? lineCounter.linePos(err.pos[0]).line : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, line ? { line } : undefined, `not valid YAML: ${err.message.split("\n")[0]}`);
    }
    return doc;
}
/** The document's value; an alias bomb is one line here, not yaml's bare ReferenceError. */
function documentValue(file, doc) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        const bomb = /alias count/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, bomb
            ? `not valid YAML: its aliases expand past ${MAX_ALIASES} nodes (an alias bomb)`
            : `not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
}
/** YAML text to a plain value, with the same limits as every reader here (nesting, aliases). */
function parseYamlValue(file, text) {
    return documentValue(file, yamlDocument(file, text, new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN()));
}
/** A JSON or YAML file's value (metrics, params): regular files only, BOM dropped, nesting and aliases bounded. */
async function readStructuredFile(file, syntax) {
    const text = await (0,_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file);
    return syntax === "json" ? (0,_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(file, text) : parseYamlValue(file, text);
}
/** Read a YAML (or JSON) file and check it against a zod schema; any problem is one line with the path and line. */
async function loadYamlFile(file, schema) {
    return parseYamlText(file, await (0,_jsonFile_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file), schema);
}
function parseYamlText(file, text, schema) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = yamlDocument(file, text, lineCounter);
    const value = documentValue(file, doc);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { ...(line ? { line } : {}), path: formatPath(path) }, message);
}


/***/ })

};
