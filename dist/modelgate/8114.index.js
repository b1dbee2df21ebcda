export const id = 8114;
export const ids = [8114];
export const modules = {

/***/ 58182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ cellHash),
/* harmony export */   q: () => (/* binding */ CodeHashes)
/* harmony export */ });
/* harmony import */ var _profile_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47861);
// A cell's 52-bit value hash, for exact duplicate detection (validate's unique rules, schema infer's unique
// columns). A string is hashed once per distinct value: batches carry dictionary codes, and the cache is keyed by
// code (and reset when a column's dictionary changes).

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


/***/ }),

/***/ 43516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compileDatetimeFormat)
/* harmony export */ });
/* unused harmony export FORMAT_DIRECTIVES */
const DIRECTIVES = {
    Y: { min: 0, max: 9999, width: 4 },
    m: { min: 1, max: 12, width: 2 },
    d: { min: 1, max: 31, width: 2 },
    H: { min: 0, max: 23, width: 2 },
    M: { min: 0, max: 59, width: 2 },
    S: { min: 0, max: 60, width: 2 },
};
/** The strftime directives a datetime `format` may use. */
const FORMAT_DIRECTIVES = "%Y %m %d %H %M %S %f %z %%";
/** Compile a strftime-style format (`%d/%m/%Y %H:%M`) to a byte parser; throws on an unknown directive. */
function compileDatetimeFormat(format) {
    const tokens = [];
    for (let i = 0; i < format.length; i++) {
        const ch = format[i];
        if (ch !== "%") {
            const code = ch.charCodeAt(0);
            if (code > 127)
                throw new Error(`only ASCII text may stand between directives, not ${JSON.stringify(ch)}`);
            tokens.push({ kind: "lit", byte: code });
            continue;
        }
        const d = format[++i];
        if (d === "%")
            tokens.push({ kind: "lit", byte: 37 });
        else if (d === "f")
            tokens.push({ kind: "frac" });
        else if (d === "z")
            tokens.push({ kind: "zone" });
        else if (d && DIRECTIVES[d])
            tokens.push({ kind: "num", key: d });
        else
            throw new Error(`unknown directive %${d ?? ""} (known: ${FORMAT_DIRECTIVES})`);
    }
    return (b, s, e) => {
        const f = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0 };
        let ms = 0;
        let offset = 0;
        let i = s;
        for (const t of tokens) {
            if (t.kind === "lit") {
                if (b[i] !== t.byte)
                    return NaN;
                i++;
            }
            else if (t.kind === "num") {
                const spec = DIRECTIVES[t.key];
                let v = 0;
                let n = 0;
                while (n < spec.width && i < e && b[i] >= 48 && b[i] <= 57) {
                    v = v * 10 + (b[i++] - 48);
                    n++;
                }
                if (n === 0 || v < spec.min || v > spec.max)
                    return NaN;
                f[t.key] = v;
            }
            else if (t.kind === "frac") {
                let scale = 100;
                const start = i;
                while (i < e && b[i] >= 48 && b[i] <= 57) {
                    ms += (b[i++] - 48) * scale;
                    scale /= 10;
                }
                if (i === start)
                    return NaN;
            }
            else {
                if (i < e && (b[i] === 90 || b[i] === 122)) {
                    i++;
                    continue;
                }
                const sign = b[i] === 43 ? -1 : b[i] === 45 ? 1 : 0;
                if (sign === 0)
                    return NaN;
                i++;
                const digits = [];
                while (i < e && digits.length < 4) {
                    if (b[i] === 58) {
                        i++;
                        continue;
                    }
                    if (b[i] < 48 || b[i] > 57)
                        break;
                    digits.push(b[i++] - 48);
                }
                if (digits.length !== 4)
                    return NaN;
                offset = sign * ((digits[0] * 10 + digits[1]) * 60 + digits[2] * 10 + digits[3]) * 60000;
            }
        }
        if (i !== e)
            return NaN;
        const day = new Date(Date.UTC(2000, f.m - 1, f.d));
        day.setUTCFullYear(f.Y);
        if (day.getUTCDate() !== f.d)
            return NaN; // 31 February and the like
        return day.getTime() + ((f.H * 60 + f.M) * 60 + f.S) * 1000 + ms + offset;
    };
}


/***/ }),

/***/ 46226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ColumnProfiler)
/* harmony export */ });
/* unused harmony export binOf */
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78713);
/* harmony import */ var _frequent_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59823);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47861);
/* harmony import */ var _hll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78525);
/* harmony import */ var _kll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81204);
/* harmony import */ var _moments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33216);






/** Integer columns keep exact value counts only while they have at most this many distinct values. */
const INTEGER_TOP_LIMIT = 1024;
/** Shared by every column before its first strings: an array each costs time and memory on a wide table. */
const NO_COUNTS = new Int32Array(0);
/** The bin of `v`: how many edges are ≤ v (edges ascending). */
function binOf(edges, v) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (edges[mid] <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Accumulates one column's profile batch by batch. */
class ColumnProfiler {
    name;
    type;
    edges;
    count = 0;
    nulls = 0;
    invalid = 0;
    hll = new _hll_js__WEBPACK_IMPORTED_MODULE_2__/* .HyperLogLog */ .l8();
    moments = _moments_js__WEBPACK_IMPORTED_MODULE_4__/* .EMPTY_MOMENTS */ .Qb;
    kll;
    frequent;
    intCounts;
    dict = null;
    codeCounts = NO_COUNTS;
    binCounts;
    constructor(name, type, 
    /** Fixed bin edges (ascending), so that profiles of shards and of another table count on the same bins. */
    edges = null) {
        this.name = name;
        this.type = type;
        this.edges = edges;
        const numeric = (0,_data_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isNumericType */ .cD)(type);
        this.binCounts = numeric && edges ? new Float64Array(edges.length + 1) : null;
        this.kll = numeric ? new _kll_js__WEBPACK_IMPORTED_MODULE_3__/* .KllSketch */ .gu() : null;
        this.frequent = type === "string" || type === "boolean" || type === "integer" ? new _frequent_js__WEBPACK_IMPORTED_MODULE_5__/* .FrequentItems */ .J() : null;
        this.intCounts = type === "integer" ? new Map() : null;
    }
    add(col, length) {
        this.count += length;
        const status = col.status;
        for (let i = 0; i < length; i++) {
            const s = status[i];
            if (s === 1)
                this.nulls++;
            else if (s === 2)
                this.invalid++;
        }
        if (col.kind === "string")
            return this.addStrings(col.codes, col.dict, status, length);
        const values = col.values;
        if (col.type === "boolean") {
            let t = 0;
            let f = 0;
            for (let i = 0; i < length; i++) {
                if (status[i] !== 0)
                    continue;
                if (values[i] === 1)
                    t++;
                else
                    f++;
            }
            if (t)
                this.frequent.add("true", t);
            if (f)
                this.frequent.add("false", f);
            if (t)
                this.hll.addNumber(1);
            if (f)
                this.hll.addNumber(0);
            this.moments = (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeMoments */ .iQ)(this.moments, (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .batchMoments */ .E3)(values, status, length));
            return;
        }
        const kll = this.kll;
        const hll = this.hll;
        const bins = this.binCounts;
        for (let i = 0; i < length; i++) {
            if (status[i] !== 0)
                continue;
            const v = values[i];
            kll.add(v);
            hll.addNumber(v);
            if (bins)
                bins[binOf(this.edges, v)]++;
        }
        this.moments = (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeMoments */ .iQ)(this.moments, (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .batchMoments */ .E3)(values, status, length));
        const ints = this.intCounts;
        if (ints) {
            for (let i = 0; i < length && ints.size <= INTEGER_TOP_LIMIT; i++) {
                if (status[i] === 0)
                    ints.set(values[i], (ints.get(values[i]) ?? 0) + 1);
            }
            if (ints.size > INTEGER_TOP_LIMIT) {
                this.intCounts = null;
                this.frequent = null;
            }
        }
    }
    addStrings(codes, dict, status, length) {
        if (dict !== this.dict) {
            this.flushStrings();
            this.dict = dict;
        }
        if (this.codeCounts.length < dict.values.length) {
            const grown = new Int32Array(Math.max(dict.values.length, this.codeCounts.length * 2, 64));
            grown.set(this.codeCounts);
            this.codeCounts = grown;
        }
        const counts = this.codeCounts;
        for (let i = 0; i < length; i++)
            if (status[i] === 0)
                counts[codes[i]]++;
    }
    /** Move the per-code counts of the current dictionary into the sketches (each distinct value hashed once). */
    flushStrings() {
        const dict = this.dict;
        if (!dict)
            return;
        const counts = this.codeCounts;
        for (let c = 0; c < dict.values.length; c++) {
            const n = counts[c];
            if (n === 0)
                continue;
            const text = dict.values[c];
            this.frequent.add(text, n);
            this.hll.add((0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashString */ .YZ)(text));
        }
        this.codeCounts = NO_COUNTS;
        this.dict = null;
    }
    toState() {
        this.flushStrings();
        if (this.intCounts) {
            for (const [v, n] of this.intCounts)
                this.frequent.add(String(v), n);
            this.intCounts = new Map();
        }
        return {
            name: this.name,
            type: this.type,
            count: this.count,
            nulls: this.nulls,
            invalid: this.invalid,
            hll: this.hll.toBase64(),
            moments: this.type === "string" ? null : this.moments,
            quantiles: this.kll ? this.kll.toState() : null,
            frequent: this.frequent ? this.frequent.toState() : null,
            ...(this.binCounts ? { bins: { edges: [...this.edges], counts: [...this.binCounts] } } : {}),
        };
    }
}


/***/ }),

/***/ 36964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ datetimeBound),
/* harmony export */   FJ: () => (/* binding */ schemaFileSchema)
/* harmony export */ });
/* unused harmony export fieldSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _data_datetimeFormat_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43516);
/* harmony import */ var _data_parseBytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73300);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78713);




const share = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().gt(0).lte(1);
const scalar = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()]);
const bound = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()]);
/** A rule's value, or the value with `mostly`: the share of checked cells that must pass (as in Great Expectations). */
function withMostly(value, key) {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
        value,
        zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ [key]: value, mostly: share.optional() })
            .strict(),
    ]);
}
const fieldSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).describe("Column name, exactly as in the data."),
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_data_types_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMN_TYPES */ .RO).describe("integer, number, boolean, datetime or string."),
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    required: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true).describe("The column must be present."),
    nullable: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().default(true).describe("Nulls are allowed (see max_null_fraction)."),
    max_null_fraction: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).max(1).optional().describe("Largest share of nulls allowed."),
    min: withMostly(bound, "value").optional().describe("Inclusive lower bound (ISO text for datetimes)."),
    max: withMostly(bound, "value").optional().describe("Inclusive upper bound (ISO text for datetimes)."),
    allowed: withMostly(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(scalar).min(1), "values").optional().describe("The only values allowed."),
    pattern: withMostly(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), "regex")
        .optional()
        .describe("A regular expression each string must contain a match of (anchor it with ^…$)."),
    unique: withMostly(zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), "value").optional().describe("No value may repeat."),
    format: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe("strftime format of a datetime column (default ISO 8601)."),
    mostly: share.optional().describe("Default `mostly` for this column's value rules."),
})
    .strict();
const schemaFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).default(1),
    columns: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["strict", "allow_extra"]).default("strict").describe("strict: columns not listed are an error."),
    row_count: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(), max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional() })
        .strict()
        .optional(),
    unique: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).min(1))
        .optional()
        .describe("Compound keys: each list of columns must be unique together."),
    target: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe("The target (label) column."),
    fields: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(fieldSchema),
})
    .strict()
    .superRefine((s, ctx) => {
    const names = new Set();
    s.fields.forEach((f, i) => {
        if (names.has(f.name))
            ctx.addIssue({
                code: "custom",
                path: ["fields", i, "name"],
                message: `the column ${JSON.stringify(f.name)} is listed twice`,
            });
        names.add(f.name);
        const numeric = f.type === "integer" || f.type === "number";
        for (const key of ["min", "max"]) {
            const v = f[key];
            if (v === undefined)
                continue;
            const value = typeof v === "object" ? v.value : v;
            if (f.type === "datetime"
                ? typeof value !== "string" || Number.isNaN(datetimeBound(value))
                : !numeric || typeof value !== "number") {
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, key],
                    message: f.type === "datetime"
                        ? "a datetime bound must be ISO 8601 text"
                        : `${key} applies to integer, number and datetime columns, as a number`,
                });
            }
        }
        if (f.pattern !== undefined) {
            if (f.type !== "string")
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, "pattern"],
                    message: "pattern applies to string columns",
                });
            try {
                new RegExp(typeof f.pattern === "string" ? f.pattern : f.pattern.regex, "u");
            }
            catch (e) {
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, "pattern"],
                    message: `not a valid regular expression (${e.message})`,
                });
            }
        }
        if (f.format !== undefined) {
            if (f.type !== "datetime")
                ctx.addIssue({
                    code: "custom",
                    path: ["fields", i, "format"],
                    message: "format applies to datetime columns",
                });
            try {
                (0,_data_datetimeFormat_js__WEBPACK_IMPORTED_MODULE_0__/* .compileDatetimeFormat */ .E)(f.format);
            }
            catch (e) {
                ctx.addIssue({ code: "custom", path: ["fields", i, "format"], message: e.message });
            }
        }
    });
    if (s.target !== undefined && !names.has(s.target))
        ctx.addIssue({
            code: "custom",
            path: ["target"],
            message: `the target ${JSON.stringify(s.target)} is not a listed column`,
        });
    s.unique?.forEach((key, i) => key.forEach((col, j) => {
        if (!names.has(col))
            ctx.addIssue({
                code: "custom",
                path: ["unique", i, j],
                message: `${JSON.stringify(col)} is not a listed column`,
            });
    }));
    if (s.row_count?.min !== undefined && s.row_count.max !== undefined && s.row_count.min > s.row_count.max) {
        ctx.addIssue({ code: "custom", path: ["row_count"], message: "min is greater than max" });
    }
});
/** Epoch milliseconds of an ISO 8601 bound. */
function datetimeBound(text) {
    const { b, n } = (0,_data_parseBytes_js__WEBPACK_IMPORTED_MODULE_1__/* .toBytes */ .ZJ)(text);
    return (0,_data_parseBytes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatetime */ .X7)(b, 0, n);
}


/***/ }),

/***/ 78114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OWN_SHARE: () => (/* binding */ OWN_SHARE),
/* harmony export */   SPLIT_MIN_BYTES: () => (/* binding */ SPLIT_MIN_BYTES),
/* harmony export */   validateCsvSplit: () => (/* binding */ validateCsvSplit),
/* harmony export */   validateRange: () => (/* binding */ validateRange)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _data_csv_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11854);
/* harmony import */ var _data_csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50162);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62554);
// Large CSV files are validated as two halves at once: this thread takes the first, a worker the second, and the
// second half's state is merged into the first's (counts add, examples shift, profile sketches merge). A CSV split
// at a newline is only valid when that newline is not inside a quoted field; the first half, read from the true
// start, tells: if it ends inside an open quote, the split is dropped and the file is read in one pass.





/**
 * This thread's share of the rows: the worker first loads the bundle (~0.15 s), so an even split would leave this
 * thread waiting for it. A fixed share keeps the split, and so the results, the same on every run.
 */
const OWN_SHARE = 0.55;
/** Below this size one pass is as fast as starting a worker. */
const SPLIT_MIN_BYTES = 32 << 20;
/** Validate one byte range of a CSV file: what a worker runs. */
async function validateRange(job) {
    const source = await (0,_data_csv_source_js__WEBPACK_IMPORTED_MODULE_1__/* .openCsv */ .f)(job.file, job.read, { start: job.start, end: job.end });
    try {
        const validator = new _validate_js__WEBPACK_IMPORTED_MODULE_4__/* .TableValidator */ .B(job.schema, source.columnNames, job.profile);
        for await (const batch of source.batches(validator.plan))
            validator.add(batch);
        return { ...validator.state(), endLine: source.endLine };
    }
    finally {
        await source.close();
    }
}
/** The first line start at or after `from`, or null. */
async function lineStartAfter(file, from, size) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r");
    try {
        const buf = new Uint8Array(1 << 20);
        for (let pos = from; pos < size; pos += buf.length) {
            const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
            const i = buf.subarray(0, bytesRead).indexOf(10);
            if (i >= 0)
                return pos + i + 1 < size ? pos + i + 1 : null;
        }
        return null;
    }
    finally {
        await fh.close();
    }
}
/** Validate a CSV file in two halves at once; null when it is small, a rule needs every row, or the split falls in a quote. */
async function validateCsvSplit(o) {
    const head = await (0,_data_csv_source_js__WEBPACK_IMPORTED_MODULE_1__/* .openCsv */ .f)(o.file, o.read);
    const { dataStart, size, columnNames } = head;
    await head.close();
    if (size < (o.minBytes ?? SPLIT_MIN_BYTES))
        return null;
    const validator = new _validate_js__WEBPACK_IMPORTED_MODULE_4__/* .TableValidator */ .B(o.schema, columnNames, o.profile);
    if (!validator.splittable)
        return null;
    const middle = await lineStartAfter(o.file, dataStart + Math.floor((size - dataStart) * OWN_SHARE), size);
    if (middle === null)
        return null;
    const remote = o.runRemote({
        file: o.file,
        read: o.read,
        schema: o.schema,
        profile: o.profile,
        start: middle,
        end: size,
    });
    remote.catch(() => { }); // awaited below; an early failure of ours must not leave it unhandled
    let ownEndLine;
    try {
        const own = await (0,_data_csv_source_js__WEBPACK_IMPORTED_MODULE_1__/* .openCsv */ .f)(o.file, o.read, { start: dataStart, end: middle });
        try {
            for await (const batch of own.batches(validator.plan))
                validator.add(batch);
            ownEndLine = own.endLine;
        }
        finally {
            await own.close();
        }
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz && e.problem === _data_csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_2__/* .UNCLOSED_QUOTE */ .jv)
            return null;
        throw e;
    }
    let next;
    try {
        next = await remote;
    }
    catch (e) {
        // The second half counted lines from its own start.
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz && e.place?.line !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(e.file, { ...e.place, line: e.place.line + ownEndLine - 1 }, e.problem);
        throw e;
    }
    validator.absorb(next, ownEndLine - 1);
    return validator.result({ file: o.file, format: "csv" }, o.schemaFile);
}


/***/ }),

/***/ 62554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ TableValidator),
  z: () => (/* binding */ validateTable)
});

// EXTERNAL MODULE: ./src/core/data/cellHash.ts
var cellHash = __webpack_require__(58182);
// EXTERNAL MODULE: ./src/core/profile/columnProfiler.ts
var columnProfiler = __webpack_require__(46226);
// EXTERNAL MODULE: ./src/core/profile/hash.ts
var hash = __webpack_require__(47861);
// EXTERNAL MODULE: ./src/core/profile/profile.ts
var profile_profile = __webpack_require__(17416);
// EXTERNAL MODULE: ./src/core/data/datetimeFormat.ts
var datetimeFormat = __webpack_require__(43516);
// EXTERNAL MODULE: ./src/core/schema/schema.ts
var schema = __webpack_require__(36964);
;// CONCATENATED MODULE: ./src/core/validate/codeCache.ts
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

;// CONCATENATED MODULE: ./src/core/validate/report.ts
/** How many examples each check keeps, whatever the number of bad rows. */
const MAX_EXAMPLES = 5;

;// CONCATENATED MODULE: ./src/core/validate/tally.ts

/** Counts rule breaks and keeps the first few as examples. */
class Tally {
    count = 0;
    examples = [];
    state() {
        return { count: this.count, examples: this.examples };
    }
    /** Add the tally of a later range, whose rows and lines count from its own start. */
    absorb(next, rowOffset, lineOffset) {
        this.count += next.count;
        const shifted = next.examples.map((e) => ({
            ...e,
            row: e.row + rowOffset,
            line: e.line === null ? null : e.line + lineOffset,
        }));
        this.examples = [...this.examples, ...shifted].slice(0, MAX_EXAMPLES);
    }
    hit(batch, col, r, note) {
        this.count++;
        if (this.examples.length < MAX_EXAMPLES) {
            this.examples.push({
                row: batch.rowStart + r + 1,
                line: batch.lines ? batch.lines[r] : null,
                value: batch.raw(col, r),
                ...(note ? { note } : {}),
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/core/validate/fieldChecker.ts







function ruleValue(rule, key) {
    if (rule === undefined)
        return undefined;
    if (typeof rule === "object" && rule !== null && !Array.isArray(rule)) {
        const r = rule;
        return { value: r[key], ...(r.mostly !== undefined ? { mostly: r.mostly } : {}) };
    }
    return { value: rule };
}
function toNumberValue(type, v) {
    if (type === "datetime")
        return typeof v === "string" ? (0,schema/* datetimeBound */.CQ)(v) : NaN;
    if (type === "boolean")
        return v === true || v === "true" ? 1 : v === false || v === "false" ? 0 : NaN;
    return typeof v === "number" ? v : NaN;
}
/** Checks one schema field against the column's cells, batch by batch. */
class FieldChecker {
    spec;
    index;
    plan;
    rows = 0;
    nulls = 0;
    nonNull = 0;
    ok = 0;
    typeBad = new Tally();
    nullTally = new Tally();
    nullsLimited;
    range = null;
    allowed = null;
    pattern = null;
    unique = null;
    constructor(spec, index) {
        this.spec = spec;
        this.index = index;
        const type = spec.type;
        this.nullsLimited = spec.max_null_fraction !== undefined || !spec.nullable;
        this.plan = { type, ...(spec.format ? { datetime: (0,datetimeFormat/* compileDatetimeFormat */.E)(spec.format) } : {}) };
        const lo = ruleValue(spec.min, "value");
        const hi = ruleValue(spec.max, "value");
        if (lo || hi) {
            const mostly = lo?.mostly ?? hi?.mostly ?? spec.mostly;
            this.range = {
                min: lo ? (type === "datetime" ? (0,schema/* datetimeBound */.CQ)(String(lo.value)) : Number(lo.value)) : -Infinity,
                max: hi ? (type === "datetime" ? (0,schema/* datetimeBound */.CQ)(String(hi.value)) : Number(hi.value)) : Infinity,
                ...(mostly !== undefined ? { mostly } : {}),
                tally: new Tally(),
            };
        }
        const allowed = ruleValue(spec.allowed, "values");
        if (allowed) {
            const texts = new Set(allowed.value.map(String));
            const mostly = allowed.mostly ?? spec.mostly;
            this.allowed = {
                numbers: new Set(allowed.value.map((v) => toNumberValue(type, v))),
                memo: new CodeMemo((t) => texts.has(t)),
                ...(mostly !== undefined ? { mostly } : {}),
                tally: new Tally(),
                text: allowed.value.map((v) => JSON.stringify(v)).join(", "),
            };
        }
        const pattern = ruleValue(spec.pattern, "regex");
        if (pattern) {
            const re = new RegExp(pattern.value, "u");
            const mostly = pattern.mostly ?? spec.mostly;
            this.pattern = {
                memo: new CodeMemo((t) => re.test(t)),
                ...(mostly !== undefined ? { mostly } : {}),
                tally: new Tally(),
                text: pattern.value,
            };
        }
        const unique = ruleValue(spec.unique, "value");
        if (unique && unique.value !== false) {
            const mostly = unique.mostly ?? spec.mostly;
            this.unique = {
                set: new hash/* HashSet */.bw(),
                hashes: new cellHash/* CodeHashes */.q(),
                ...(mostly !== undefined ? { mostly } : {}),
                tally: new Tally(),
            };
        }
    }
    /** Uniqueness needs every row in one place; the other rules can be checked range by range. */
    get needsAllRows() {
        return this.unique !== null;
    }
    tallies() {
        return [
            this.typeBad,
            this.nullTally,
            this.range?.tally ?? null,
            this.allowed?.tally ?? null,
            this.pattern?.tally ?? null,
        ];
    }
    state() {
        return {
            rows: this.rows,
            nulls: this.nulls,
            nonNull: this.nonNull,
            ok: this.ok,
            tallies: this.tallies().map((t) => t?.state() ?? null),
        };
    }
    absorb(next, rowOffset, lineOffset) {
        this.rows += next.rows;
        this.nulls += next.nulls;
        this.nonNull += next.nonNull;
        this.ok += next.ok;
        this.tallies().forEach((t, i) => {
            const other = next.tallies[i];
            if (t && other)
                t.absorb(other, rowOffset, lineOffset);
        });
    }
    add(batch) {
        const col = batch.columns[this.index];
        const n = batch.length;
        const status = col.status;
        this.rows += n;
        let nulls = 0;
        let ok = 0;
        for (let r = 0; r < n; r++) {
            const s = status[r];
            if (s === 0)
                ok++;
            else if (s === 1) {
                nulls++;
                if (this.nullsLimited && this.nullTally.examples.length < MAX_EXAMPLES)
                    this.nullTally.hit(batch, this.index, r);
            }
            else
                this.typeBad.hit(batch, this.index, r);
        }
        this.nulls += nulls;
        this.nonNull += n - nulls;
        this.ok += ok;
        if (this.range && col.kind === "numeric") {
            const { min, max, tally } = this.range;
            const v = col.values;
            for (let r = 0; r < n; r++) {
                const x = v[r];
                if (status[r] === 0 && (x < min || x > max))
                    tally.hit(batch, this.index, r);
            }
        }
        if (this.allowed) {
            const { numbers, memo, tally } = this.allowed;
            for (let r = 0; r < n; r++) {
                if (status[r] !== 0)
                    continue;
                const good = col.kind === "string" ? memo.ok(col.dict, col.codes[r]) : numbers.has(col.values[r]);
                if (!good)
                    tally.hit(batch, this.index, r);
            }
        }
        if (this.pattern && col.kind === "string") {
            const { memo, tally } = this.pattern;
            for (let r = 0; r < n; r++)
                if (status[r] === 0 && !memo.ok(col.dict, col.codes[r]))
                    tally.hit(batch, this.index, r);
        }
        if (this.unique) {
            const { set, hashes, tally } = this.unique;
            for (let r = 0; r < n; r++) {
                if (status[r] !== 0)
                    continue;
                const first = set.addOrGet((0,cellHash/* cellHash */.T)(col, r, hashes), batch.rowStart + r + 1);
                if (first >= 0)
                    tally.hit(batch, this.index, r, `same value as row ${first}`);
            }
        }
    }
    checks() {
        const name = this.spec.name;
        const out = [];
        const make = (kind, tally, denominator, expectation, mostly) => {
            const share = denominator ? tally.count / denominator : 0;
            const passed = mostly === undefined ? tally.count === 0 : 1 - share >= mostly - 1e-12;
            return {
                kind,
                column: name,
                passed,
                count: tally.count,
                share,
                denominator,
                ...(mostly !== undefined ? { mostly } : {}),
                expectation,
                examples: tally.examples,
            };
        };
        out.push(make("type", this.typeBad, this.nonNull, `values are ${this.spec.type}${this.spec.format ? ` (${this.spec.format})` : ""}`, this.spec.mostly));
        const maxNull = this.spec.max_null_fraction ?? (this.spec.nullable ? undefined : 0);
        if (maxNull !== undefined) {
            const share = this.rows ? this.nulls / this.rows : 0;
            out.push({
                kind: "nulls",
                column: name,
                passed: share <= maxNull + 1e-12,
                count: this.nulls,
                share,
                denominator: this.rows,
                expectation: maxNull === 0 ? "no nulls" : `at most ${+(maxNull * 100).toFixed(4)}% nulls`,
                examples: this.nullTally.examples,
            });
        }
        if (this.range) {
            const lo = this.spec.min === undefined ? "" : `≥ ${JSON.stringify(ruleValue(this.spec.min, "value").value)}`;
            const hi = this.spec.max === undefined ? "" : `≤ ${JSON.stringify(ruleValue(this.spec.max, "value").value)}`;
            out.push(make("range", this.range.tally, this.ok, `values ${[lo, hi].filter(Boolean).join(" and ")}`, this.range.mostly));
        }
        if (this.allowed)
            out.push(make("allowed", this.allowed.tally, this.ok, `values in {${this.allowed.text}}`, this.allowed.mostly));
        if (this.pattern)
            out.push(make("pattern", this.pattern.tally, this.ok, `values match /${this.pattern.text}/`, this.pattern.mostly));
        if (this.unique)
            out.push(make("unique", this.unique.tally, this.ok, "no value repeats", this.unique.mostly));
        return out;
    }
}

;// CONCATENATED MODULE: ./src/core/validate/validate.ts






/** Compound keys: rows whose key columns (all non-null) repeat an earlier row's. */
class KeyChecker {
    names;
    indexes;
    set = new hash/* HashSet */.bw();
    hashes;
    tally = new Tally();
    constructor(names, indexes) {
        this.names = names;
        this.indexes = indexes;
        this.hashes = indexes.map(() => new cellHash/* CodeHashes */.q());
    }
    add(batch) {
        const cols = this.indexes.map((i) => batch.columns[i]);
        rows: for (let r = 0; r < batch.length; r++) {
            let h = 0x2545f491;
            for (let k = 0; k < cols.length; k++) {
                const col = cols[k];
                if (col.status[r] !== 0)
                    continue rows;
                h = (0,hash/* hashCombine */._5)(h, (0,cellHash/* cellHash */.T)(col, r, this.hashes[k]));
            }
            const first = this.set.addOrGet(h, batch.rowStart + r + 1);
            if (first >= 0)
                this.tally.hit(batch, this.indexes[0], r, `same key as row ${first}`);
        }
    }
}
function tableCheck(kind, column, passed, expectation) {
    const count = passed ? 0 : 1;
    return { kind, column, passed, count, share: count, denominator: 1, expectation, examples: [] };
}
/** Validates (and optionally profiles) a table batch by batch; ranges of one file can be validated apart and merged. */
class TableValidator {
    schema;
    names;
    plan;
    checkers = [];
    keys;
    tableChecks = [];
    profilers;
    absorbed = [];
    rows = 0;
    constructor(schema, names, profile) {
        this.schema = schema;
        this.names = names;
        const position = new Map(names.map((n, i) => [n, i]));
        for (const field of schema.fields) {
            const i = position.get(field.name);
            if (i !== undefined)
                this.checkers.push(new FieldChecker(field, i));
            else {
                const expectation = field.required ? "the column is present" : "the column is present (optional)";
                this.tableChecks.push(tableCheck("missing_column", field.name, !field.required, expectation));
            }
        }
        const listed = new Set(schema.fields.map((f) => f.name));
        if (schema.columns === "strict") {
            for (const n of names) {
                if (!listed.has(n))
                    this.tableChecks.push(tableCheck("extra_column", n, false, "only the columns the schema lists (columns: strict)"));
            }
        }
        this.keys = (schema.unique ?? [])
            .filter((key) => key.every((c) => position.has(c)))
            .map((key) => new KeyChecker(key, key.map((c) => position.get(c))));
        this.plan = names.map(() => ({ type: "string" }));
        for (const c of this.checkers)
            this.plan[c.index] = c.plan;
        this.profilers = profile ? names.map((n, i) => new columnProfiler/* ColumnProfiler */.k(n, this.plan[i].type)) : null;
    }
    /** Ranges can be checked apart only when no rule needs to see every row at once (uniqueness does). */
    get splittable() {
        return this.keys.length === 0 && this.checkers.every((c) => !c.needsAllRows);
    }
    add(batch) {
        for (const c of this.checkers)
            c.add(batch);
        for (const k of this.keys)
            k.add(batch);
        if (this.profilers)
            this.profilers.forEach((p, i) => p.add(batch.columns[i], batch.length));
        this.rows += batch.length;
    }
    state() {
        return {
            rows: this.rows,
            fields: this.checkers.map((c) => c.state()),
            profiles: this.profilers?.map((p) => p.toState()) ?? null,
        };
    }
    /** Merge the state of the range that follows this one; its rows and lines count from its own start. */
    absorb(next, lineOffset) {
        this.checkers.forEach((c, i) => c.absorb(next.fields[i], this.rows, lineOffset));
        if (next.profiles)
            this.absorbed.push(next.profiles);
        this.rows += next.rows;
    }
    result(source, schemaFile) {
        const rows = this.rows;
        const checks = [...this.tableChecks];
        if (this.schema.row_count) {
            const { min, max } = this.schema.row_count;
            const ok = (min === undefined || rows >= min) && (max === undefined || rows <= max);
            const bounds = [min !== undefined ? `at least ${min} rows` : "", max !== undefined ? `at most ${max} rows` : ""];
            checks.unshift({
                ...tableCheck("row_count", null, ok, bounds.filter(Boolean).join(" and ")),
                count: rows,
                share: 1,
                denominator: rows,
            });
        }
        for (const c of this.checkers)
            checks.push(...c.checks());
        for (const k of this.keys) {
            checks.push({
                kind: "compound_unique",
                column: k.names.join(", "),
                passed: k.tally.count === 0,
                count: k.tally.count,
                share: rows ? k.tally.count / rows : 0,
                denominator: rows,
                expectation: `(${k.names.join(", ")}) is unique`,
                examples: k.tally.examples,
            });
        }
        const failed = checks.filter((c) => !c.passed);
        const report = {
            kind: "modelgate.validation",
            version: 1,
            valid: failed.length === 0,
            file: source.file,
            format: source.format,
            schema: schemaFile,
            rows,
            columns: this.names.length,
            checks,
            summary: {
                checks: checks.length,
                failed: failed.length,
                violations: failed.reduce((a, c) => a + (c.kind === "row_count" ? 1 : c.count), 0),
            },
        };
        let profile = null;
        if (this.profilers) {
            const own = this.profilers.map((p) => p.toState());
            const states = this.absorbed.length
                ? own.map((s, i) => (0,profile_profile/* mergeColumnStates */.dp)(s.name, [s, ...this.absorbed.map((a) => a[i])]))
                : own;
            profile = (0,profile_profile/* buildProfile */.Er)(states, [{ file: source.file, format: source.format, rows }]);
        }
        return { report, profile };
    }
}
/** Validate a table against a schema in one streaming pass, profiling it in the same pass when asked. */
async function validateTable(options) {
    const { source } = options;
    const validator = new TableValidator(options.schema, source.columnNames, Boolean(options.profile));
    for await (const batch of source.batches(validator.plan)) {
        validator.add(batch);
        options.onProgress?.(validator.rows);
    }
    return validator.result(source, options.schemaFile);
}


/***/ })

};
