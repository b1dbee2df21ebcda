export const id = 9833;
export const ids = [9833];
export const modules = {

/***/ 39833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openArrow: () => (/* binding */ openArrow)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14733);
/* harmony import */ var apache_arrow__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44772);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83115);
/* harmony import */ var _valueSource_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41363);





async function openReader(file) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r").catch((e) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(file, e);
    });
    try {
        const reader = await apache_arrow__WEBPACK_IMPORTED_MODULE_4__/* .RecordBatchReader */ .hb.from(fh);
        await reader.open();
        return { reader, fh };
    }
    catch (e) {
        await fh.close();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `not a readable Arrow IPC file (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)})`);
    }
}
/** Open an Arrow IPC file or stream (Feather v2): record batches stream one at a time. */
async function openArrow(file, options) {
    const { reader, fh } = await openReader(file);
    await fh.close();
    const fields = reader.schema?.fields;
    if (!fields)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, "not a readable Arrow IPC file (no schema)");
    const names = fields.map((f) => f.name);
    // apache-arrow gives dates and timestamps as epoch-millisecond numbers: keep them datetimes.
    const temporal = fields.map((f) => apache_arrow__WEBPACK_IMPORTED_MODULE_5__/* .DataType */ .pe.isDate(f.type) || apache_arrow__WEBPACK_IMPORTED_MODULE_5__/* .DataType */ .pe.isTimestamp(f.type));
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, "the file has no columns");
    (0,_header_js__WEBPACK_IMPORTED_MODULE_2__/* .validateHeader */ .I)(file, names, {});
    async function* rawBatches() {
        const { reader: r, fh: handle } = await openReader(file);
        let index = 0;
        try {
            for await (const batch of r) {
                const columns = names.map((_n, c) => {
                    const vector = batch.getChildAt(c);
                    const out = new Array(batch.numRows);
                    if (vector) {
                        for (let i = 0; i < batch.numRows; i++) {
                            const v = vector.isValid(i) ? vector.get(i) : null;
                            out[i] = temporal[c] && (typeof v === "number" || typeof v === "bigint") ? new Date(Number(v)) : v;
                        }
                    }
                    return out;
                });
                yield { columns, length: batch.numRows, lines: null };
                index++;
            }
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
                throw e;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { record: index }, `record batch cannot be decoded (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)})`);
        }
        finally {
            await handle.close();
        }
    }
    return (0,_valueSource_js__WEBPACK_IMPORTED_MODULE_3__/* .valueSource */ .n)(file, "arrow", names, rawBatches, options, async () => { });
}


/***/ }),

/***/ 41363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ valueSource)
});

// EXTERNAL MODULE: ./src/core/data/featureMatrix.ts
var featureMatrix = __webpack_require__(75875);
// EXTERNAL MODULE: ./src/core/data/nulls.ts
var data_nulls = __webpack_require__(30998);
// EXTERNAL MODULE: ./src/core/data/parseBytes.ts
var parseBytes = __webpack_require__(73300);
// EXTERNAL MODULE: ./src/core/data/stringDict.ts
var stringDict = __webpack_require__(72787);
// EXTERNAL MODULE: ./src/core/data/types.ts
var types = __webpack_require__(78713);
;// CONCATENATED MODULE: ./src/core/data/values.ts



function isNullValue(v, nulls) {
    return (v === null ||
        v === undefined ||
        (typeof v === "number" && Number.isNaN(v)) ||
        (typeof v === "string" && nulls.text(v)));
}
/** Which types a value could be read as. A JSON string stays a string unless it is an ISO datetime. */
function classifyValue(v) {
    switch (typeof v) {
        case "number":
            return Number.isInteger(v) ? parseBytes/* FITS_INTEGER */.Gy | parseBytes/* FITS_NUMBER */.ln : parseBytes/* FITS_NUMBER */.ln;
        case "bigint":
            return parseBytes/* FITS_INTEGER */.Gy | parseBytes/* FITS_NUMBER */.ln;
        case "boolean":
            return parseBytes/* FITS_BOOLEAN */.ok;
        case "string": {
            const { b, n } = (0,parseBytes/* toBytes */.ZJ)(v);
            return (0,parseBytes/* classify */.L8)(b, 0, n) & parseBytes/* FITS_DATETIME */.HS;
        }
        default:
            return v instanceof Date ? parseBytes/* FITS_DATETIME */.HS : 0;
    }
}
/** Narrow the fits mask of each column by one batch of values. */
function detectValues(columns, fits, seen, nulls) {
    columns.forEach((values, c) => {
        let m = fits[c] ?? parseBytes/* FITS_ALL */.TR;
        for (let r = 0; r < values.length && m !== 0; r++) {
            const v = values[r];
            if (isNullValue(v, nulls))
                continue;
            seen[c] = true;
            m &= classifyValue(v);
        }
        fits[c] = m;
    });
}
function toNumber(v, type, plan) {
    if (typeof v === "number") {
        if (type === "integer")
            return Number.isInteger(v) ? v : NaN;
        if (type === "boolean")
            return v === 0 || v === 1 ? v : NaN;
        return v;
    }
    if (typeof v === "bigint") {
        const n = Number(v);
        return type === "boolean" ? (n === 0 || n === 1 ? n : NaN) : Number.isSafeInteger(n) ? n : NaN;
    }
    if (typeof v === "boolean")
        return type === "boolean" ? (v ? 1 : 0) : NaN;
    if (v instanceof Date)
        return type === "datetime" ? v.getTime() : NaN;
    if (typeof v === "string") {
        const { b, n } = (0,parseBytes/* toBytes */.ZJ)(v);
        if (type === "integer")
            return (0,parseBytes/* parseInteger */.cG)(b, 0, n);
        if (type === "number")
            return (0,parseBytes/* parseNumber */.$J)(b, 0, n);
        if (type === "boolean")
            return (0,parseBytes/* parseBoolean */.yG)(b, 0, n);
        return (plan.datetime ?? parseBytes/* parseDatetime */.X7)(b, 0, n);
    }
    return NaN;
}
/** A value's text for examples in reports. */
function valueText(v) {
    if (typeof v === "string")
        return v;
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === "bigint")
        return v.toString();
    if (v === undefined)
        return "";
    return typeof v === "object" && v !== null
        ? JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x))
        : String(v);
}
/** Builds batch columns from value arrays, keeping each column's string dictionary while it stays small. */
class ValueColumnBuilder {
    nulls;
    interners;
    constructor(width, nulls) {
        this.nulls = nulls;
        this.interners = Array.from({ length: width }, () => new stringDict/* StringInterner */.Zr());
    }
    /** One column as its planned type; with a slot, its numbers also go into the batch's feature matrix. */
    build(values, c, plan, slot = null) {
        const rows = values.length;
        const status = new Uint8Array(rows);
        if (plan.type === "string") {
            if (this.interners[c].size > stringDict/* MAX_SHARED_DICT */._E)
                this.interners[c] = new stringDict/* StringInterner */.Zr();
            const interner = this.interners[c];
            const codes = new Int32Array(rows);
            for (let r = 0; r < rows; r++) {
                const v = values[r];
                if (isNullValue(v, this.nulls)) {
                    status[r] = types/* NULL */.Cq;
                    codes[r] = -1;
                }
                else if (typeof v === "string") {
                    codes[r] = interner.intern(v);
                }
                else {
                    status[r] = types/* INVALID */.uY;
                    codes[r] = -1;
                }
            }
            return { kind: "string", type: "string", codes, dict: interner.dict, status };
        }
        const out = new Float64Array(rows);
        // Without a slot, a one-float scratch takes the matrix stores (one loop, no branch in it).
        const m = slot?.data ?? new Float32Array(1);
        const stride = slot?.width ?? 0;
        let bad = 0;
        for (let r = 0, d = slot?.offset ?? 0; r < rows; r++, d += stride) {
            const v = values[r];
            if (isNullValue(v, this.nulls)) {
                status[r] = types/* NULL */.Cq;
                out[r] = NaN;
                m[d] = NaN;
                bad++;
                continue;
            }
            const x = toNumber(v, plan.type, plan);
            out[r] = x;
            m[d] = x;
            if (x !== x) {
                status[r] = types/* INVALID */.uY;
                bad++;
            }
        }
        return { kind: "numeric", type: plan.type, values: out, status, bad };
    }
}

;// CONCATENATED MODULE: ./src/core/data/valueSource.ts




/** The TableSource of a format that yields JavaScript values: detection and typing are shared. */
function valueSource(file, format, columnNames, rawBatches, options, close, 
/** The table's row count, where the file's metadata states it. */
knownRows = null) {
    const nulls = new data_nulls/* NullMatcher */.O(options.nullValues);
    return {
        file,
        format,
        columnNames,
        async detectTypes(options) {
            const fits = new Array(columnNames.length).fill(parseBytes/* FITS_ALL */.TR);
            const seen = new Array(columnNames.length).fill(false);
            let rows = 0;
            for await (const vb of rawBatches()) {
                if (options?.sampleRows !== undefined && rows >= options.sampleRows && seen.every(Boolean))
                    break;
                detectValues(vb.columns, fits, seen, nulls);
                rows += vb.length;
            }
            return fits.map((m, c) => (0,data_nulls/* typeFromFits */.V)(m, seen[c]));
        },
        async *batches(plan) {
            const builder = new ValueColumnBuilder(columnNames.length, nulls);
            let rowStart = 0;
            for await (const vb of rawBatches()) {
                // A row group or record batch has its own length: its matrix is its own (the columns are not reused either).
                const matrix = (0,featureMatrix/* matrixBuffer */.ix)(plan, vb.length);
                const columns = plan.map((p, c) => builder.build(vb.columns[c], c, p, (0,featureMatrix/* slotOf */.SW)(matrix, p)));
                yield {
                    rowStart,
                    length: vb.length,
                    lines: vb.lines,
                    columns,
                    matrix,
                    raw: (c, r) => valueText(vb.columns[c][r]),
                };
                rowStart += vb.length;
            }
        },
        rowsEstimate: () => knownRows,
        close,
    };
}


/***/ })

};
