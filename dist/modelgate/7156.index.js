export const id = 7156;
export const ids = [7156];
export const modules = {

/***/ 7814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ openTable),
/* harmony export */   ZH: () => (/* binding */ resolveReadOptions),
/* harmony export */   be: () => (/* binding */ formatOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _regularFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89629);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11854);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78713);





const BY_EXTENSION = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".arrow": "arrow",
    ".feather": "arrow",
    ".ipc": "arrow",
};
/** The format named, or the one the file's extension implies. */
function formatOf(file, format) {
    if (format) {
        if (!_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR.includes(format)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `unknown format ${JSON.stringify(format)} (expected one of ${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR.join(", ")})`);
        }
        return format;
    }
    const found = BY_EXTENSION[(0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase()];
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, undefined, `cannot tell the format from the extension: name one with --format (${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR.join(", ")})`);
    return found;
}
/** The reader options in full: defaults filled in (a .tsv file defaults to a tab delimiter). */
function resolveReadOptions(file, options = {}) {
    return {
        nullValues: options.nullValues ?? _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_READ_OPTIONS */ .O$.nullValues,
        delimiter: options.delimiter ?? ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(file).toLowerCase() === ".tsv" ? "\t" : _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_READ_OPTIONS */ .O$.delimiter),
    };
}
/** Open a table for streaming, in the format named or implied. */
async function openTable(file, options = {}) {
    const format = formatOf(file, options.format);
    const read = resolveReadOptions(file, options);
    // Every format's reader would block on a FIFO or read /dev/zero for ever: refused here, before any opens it.
    await (0,_regularFile_js__WEBPACK_IMPORTED_MODULE_2__/* .assertRegularFile */ .f)(file);
    switch (format) {
        case "csv":
            return (0,_csv_source_js__WEBPACK_IMPORTED_MODULE_3__/* .openCsv */ .f)(file, read);
        // Loaded when needed: apache-arrow and hyparquet are most of the bundle, and CSV runs start faster without them.
        case "jsonl":
            return (await __webpack_require__.e(/* import() */ 6558).then(__webpack_require__.bind(__webpack_require__, 16558))).openJsonl(file, read);
        case "parquet":
            return (await Promise.all(/* import() */[__webpack_require__.e(9913), __webpack_require__.e(5767)]).then(__webpack_require__.bind(__webpack_require__, 45767))).openParquet(file, read);
        case "arrow":
            return (await Promise.all(/* import() */[__webpack_require__.e(4733), __webpack_require__.e(9833)]).then(__webpack_require__.bind(__webpack_require__, 39833))).openArrow(file, read);
    }
}


/***/ }),

/***/ 96755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oq: () => (/* binding */ NumberColumn),
  HC: () => (/* binding */ floatsOf)
});

// UNUSED EXPORTS: numbersLength, radixSortInt32

;// CONCATENATED MODULE: ./src/core/drift/radixSort.ts
// Sorting a million doubles is the drift step's main cost: V8's Float64Array#sort takes ~130 ms for 1M values,
// an LSD radix sort on the IEEE-754 bits ~15 ms. The order is the same as the numeric sort's for every value
// but NaN (which the drift samples never hold): −0 sorts before +0, as Float64Array#sort puts it.
const BITS = 11; // six passes of 2048 buckets: the scatter's targets stay in cache
const DIGITS = Math.ceil(64 / BITS);
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
/** Bits [shift, shift + BITS) of the 64-bit key (hi:lo). */
function digitOf(lo, hi, shift) {
    if (shift >= 32)
        return (hi >>> (shift - 32)) & MASK;
    if (shift + BITS <= 32)
        return (lo >>> shift) & MASK;
    return ((lo >>> shift) | (hi << (32 - shift))) & MASK;
}
/**
 * Sort `values` ascending in place (and return it). The key of a double is its bit pattern with the sign bit
 * flipped for positives and every bit flipped for negatives, so unsigned key order is numeric order. `scratch`,
 * when at least as long, is used as the second buffer.
 */
function radixSortFloat64(values, scratch) {
    const n = values.length;
    if (n < 512)
        return values.sort();
    const counts = new Uint32Array(DIGITS * RADIX);
    const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    // One pass counts every digit; words are little-endian pairs (low, high).
    for (let i = 0; i < n; i++) {
        const w = words[2 * i + 1];
        const flip = w >>> 31 ? 0xffffffff : 0;
        const lo = (words[2 * i] ^ flip) >>> 0;
        const hi = (w ^ (flip | 0x80000000)) >>> 0;
        for (let d = 0; d < DIGITS; d++)
            counts[d * RADIX + digitOf(lo, hi, d * BITS)]++;
    }
    let src = values;
    // A caller sorting many columns passes one scratch buffer for all of them.
    let dst = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
    for (let d = 0; d < DIGITS; d++) {
        const base = d * RADIX;
        // A digit every value shares does not reorder anything: skip its pass.
        let single = false;
        for (let k = 0; k < RADIX; k++) {
            const c = counts[base + k];
            if (c === n)
                single = true;
            if (c !== 0)
                break;
        }
        if (single)
            continue;
        let sum = 0;
        for (let k = 0; k < RADIX; k++) {
            const c = counts[base + k];
            counts[base + k] = sum;
            sum += c;
        }
        const srcWords = new Uint32Array(src.buffer, src.byteOffset, n * 2);
        const shift = d * BITS;
        for (let i = 0; i < n; i++) {
            const w = srcWords[2 * i + 1];
            const flip = w >>> 31 ? 0xffffffff : 0;
            const digit = digitOf((srcWords[2 * i] ^ flip) >>> 0, (w ^ (flip | 0x80000000)) >>> 0, shift);
            dst[counts[base + digit]++] = src[i];
        }
        [src, dst] = [dst, src];
    }
    if (src !== values)
        values.set(src);
    return values;
}

;// CONCATENATED MODULE: ./src/core/drift/numberColumn.ts
// A numeric column's non-null values, kept for exact KS and Wasserstein in half the memory where the data allows:
// decimals and integers (what CSV columns mostly hold) are stored as Int32 with a decimal exponent,
// value = q / 10^e (e < 0: q · 10^−e). The mapping back is exact: q and 10^e are exact doubles and IEEE division
// is correctly rounded, so q / 10^e is the double nearest q·10^−e, the very double the parser made of that text;
// and it keeps order, so sorting the integers sorts the values. A value with no such form (a binary fraction,
// a wide range) turns the column to Float64 for good.

const MAX_Q = 2 ** 31 - 1;
const MIN_EXPONENT = -9;
const MAX_EXPONENT = 9;
// Up to 10^18: a rescale can go from the coarsest exponent to the finest.
const POW10 = Array.from({ length: MAX_EXPONENT - MIN_EXPONENT + 1 }, (_x, k) => 10 ** k);
const numbersLength = (s) => (s.kind === "scaled" ? s.ints.length : s.floats.length);
/** The integer holding v at exponent e, or null when v has no exact form there. */
function scaled(v, e) {
    const q = e >= 0 ? Math.round(v * POW10[e]) : v / POW10[-e];
    if (!Number.isInteger(q) || q > MAX_Q || q < -MAX_Q)
        return null;
    return (e >= 0 ? q / POW10[e] : q * POW10[-e]) === v ? q : null;
}
/** The values as doubles: a new array for scaled integers, or a view of `into` when it is long enough. */
function floatsOf(s, into) {
    if (s.kind === "float")
        return s.floats;
    const out = into && into.length >= s.ints.length ? into.subarray(0, s.ints.length) : new Float64Array(s.ints.length);
    const p = POW10[Math.abs(s.exponent)];
    if (s.exponent >= 0)
        for (let i = 0; i < out.length; i++)
            out[i] = s.ints[i] / p;
    else
        for (let i = 0; i < out.length; i++)
            out[i] = s.ints[i] * p;
    return out;
}
/** Integers at exponent e ≥ 0 from a batch, until one does not fit; returns how many cells were consumed. */
function appendPositive(dst, at, v, st, from, n, p) {
    let k = at;
    let r = from;
    let max = 0;
    for (; r < n; r++) {
        if (st[r] !== 0)
            continue;
        const x = v[r];
        const q = Math.round(x * p);
        const a = Math.abs(q);
        if (q / p !== x || a > MAX_Q)
            break;
        if (a > max)
            max = a;
        dst[k++] = q;
    }
    return { r, k, max };
}
/** The same at e < 0 (values that are multiples of 10^−e). */
function appendNegative(dst, at, v, st, from, n, p) {
    let k = at;
    let r = from;
    let max = 0;
    for (; r < n; r++) {
        if (st[r] !== 0)
            continue;
        const x = v[r];
        const q = x / p;
        const a = Math.abs(q);
        if (!Number.isInteger(q) || a > MAX_Q || q * p !== x)
            break;
        if (a > max)
            max = a;
        dst[k++] = q;
    }
    return { r, k, max };
}
/** Zeros, before any value has chosen the exponent. */
function appendZeros(dst, at, v, st, from, n) {
    let k = at;
    let r = from;
    for (; r < n; r++) {
        if (st[r] !== 0)
            continue;
        if (v[r] !== 0)
            break;
        dst[k++] = 0;
    }
    return { r, k, max: 0 };
}
function appendFloats(dst, at, v, st, from, n) {
    let k = at;
    for (let r = from; r < n; r++)
        if (st[r] === 0)
            dst[k++] = v[r];
    return k;
}
const NO_INTS = new Int32Array(0);
/** The first `n` values of `a`: `a` itself when it holds exactly those (a view is one more object per column). */
const firstOf = (a, n) => a.length === n ? a : a.subarray(0, n);
class NumberColumn {
    /** Empty until reserved: shared, since an array per column costs a wide table time and memory (issue 16). */
    ints = NO_INTS;
    floats = null;
    /** null until the first non-zero value chooses it (the coarsest exponent that value fits). */
    exponent = null;
    maxAbs = 0;
    length = 0;
    get isFloat() {
        return this.floats !== null;
    }
    get capacity() {
        return this.ints ? this.ints.length : this.floats.length;
    }
    /** Room for `capacity` values in all (sized once from the table's row estimate, so nothing is joined later). */
    reserve(capacity) {
        if (capacity <= this.capacity)
            return;
        if (this.ints) {
            const next = new Int32Array(capacity);
            next.set(this.ints.subarray(0, this.length));
            this.ints = next;
        }
        else {
            const next = new Float64Array(capacity);
            next.set(this.floats.subarray(0, this.length));
            this.floats = next;
        }
    }
    /** Append a batch's OK cells (room for all of them must be reserved). */
    append(values, status, n) {
        let r = 0;
        while (r < n) {
            if (this.floats) {
                this.length = appendFloats(this.floats, this.length, values, status, r, n);
                return;
            }
            const e = this.exponent;
            const ints = this.ints;
            const done = e === null
                ? appendZeros(ints, this.length, values, status, r, n)
                : e >= 0
                    ? appendPositive(ints, this.length, values, status, r, n, POW10[e])
                    : appendNegative(ints, this.length, values, status, r, n, POW10[-e]);
            this.maxAbs = Math.max(this.maxAbs, done.max);
            this.length = done.k;
            r = done.r;
            if (r < n)
                this.admit(values[r++]);
        }
    }
    /** A value the current form cannot hold: a finer exponent for all, or doubles from now on. */
    admit(v) {
        const from = this.exponent ?? MIN_EXPONENT;
        for (let e = from; Number.isFinite(v) && e <= MAX_EXPONENT; e++) {
            const q = scaled(v, e);
            if (q === null)
                continue;
            const factor = this.exponent === null ? 1 : POW10[e - this.exponent];
            if (this.maxAbs * factor > MAX_Q)
                break;
            const ints = this.ints;
            if (factor !== 1)
                for (let i = 0; i < this.length; i++)
                    ints[i] = ints[i] * factor;
            this.maxAbs = Math.max(this.maxAbs * factor, Math.abs(q));
            this.exponent = e;
            ints[this.length++] = q;
            return;
        }
        this.toFloats();
        this.floats[this.length++] = v;
    }
    toFloats() {
        const ints = this.ints;
        this.floats = new Float64Array(ints.length);
        floatsOf({ kind: "scaled", ints: ints.subarray(0, this.length), exponent: this.exponent ?? 0 }, this.floats);
        this.ints = null;
    }
    /** Sort and hand over the values (the column is spent). `scratch` is shared by the columns of a table. */
    finish(scratch) {
        // Room reserved from an estimate that proved high is given back (a view would keep the whole buffer alive).
        const tight = this.capacity <= this.length * 1.1 + 1024;
        if (this.ints) {
            const kept = tight ? firstOf(this.ints, this.length) : this.ints.slice(0, this.length);
            this.ints = null;
            return { kind: "scaled", ints: radixSortInt32(kept, scratch.ints), exponent: this.exponent ?? 0 };
        }
        const kept = tight ? firstOf(this.floats, this.length) : this.floats.slice(0, this.length);
        this.floats = null;
        return { kind: "float", floats: radixSortFloat64(kept, scratch.floats) };
    }
}
/** LSD radix sort of int32s in place, three passes of 11, 11 and 10 bits on the sign-flipped bits. */
function radixSortInt32(values, scratch) {
    const n = values.length;
    if (n < 512)
        return values.sort();
    const counts = new Uint32Array(3 * 2048);
    for (let i = 0; i < n; i++) {
        const key = (values[i] ^ 0x80000000) >>> 0;
        counts[key & 2047]++;
        counts[2048 + ((key >>> 11) & 2047)]++;
        counts[4096 + (key >>> 22)]++;
    }
    let src = values;
    let dst = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Int32Array(n);
    for (let d = 0; d < 3; d++) {
        const base = d * 2048;
        const shift = d * 11;
        let skip = false;
        let sum = 0;
        for (let k = 0; k < 2048; k++) {
            const c = counts[base + k];
            if (c === n)
                skip = true;
            counts[base + k] = sum;
            sum += c;
        }
        // A digit every value shares does not reorder anything.
        if (skip)
            continue;
        for (let i = 0; i < n; i++) {
            const x = src[i];
            dst[counts[base + ((((x ^ 0x80000000) >>> 0) >>> shift) & 2047)]++] = x;
        }
        [src, dst] = [dst, src];
    }
    if (src !== values)
        values.set(src);
    return values;
}


/***/ }),

/***/ 77156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectFile: () => (/* binding */ collectFile),
/* harmony export */   mQ: () => (/* binding */ countsOf),
/* harmony export */   uM: () => (/* binding */ collectSamples),
/* harmony export */   uQ: () => (/* binding */ distinctSorted),
/* harmony export */   yA: () => (/* binding */ distinctUnion)
/* harmony export */ });
/* harmony import */ var _data_open_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7814);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78713);
/* harmony import */ var _numberColumn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96755);
// One pass over a table, keeping what the drift tests need per column: the non-null numbers (sorted at the end,
// held as scaled integers where that is exact: see numberColumn.ts) or the count of each category, plus null and
// type-mismatch counts.



const BOOLEAN_KEYS = ["false", "true"];
/** Headroom over the row estimate, so an estimate from the first batch rarely has to grow. */
const ESTIMATE_MARGIN = 1.03;
async function collectSamples(source, types, onProgress) {
    const plan = types.map((type) => ({ type }));
    // Each numeric column's values go into one array sized from the table's row estimate: chunks joined at the end
    // would hold every value twice at the peak, and glibc keeps the freed chunks' pages.
    const numbers = types.map((t) => ((0,_data_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumericType */ .cD)(t) ? new _numberColumn_js__WEBPACK_IMPORTED_MODULE_2__/* .NumberColumn */ .oq() : null));
    const out = source.columnNames.map((name, i) => ({
        name,
        type: types[i],
        numbers: null,
        counts: (0,_data_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumericType */ .cD)(types[i]) ? null : new Map(),
        rows: 0,
        nulls: 0,
        invalid: 0,
    }));
    let rows = 0;
    for await (const batch of source.batches(plan)) {
        rows += batch.length;
        const room = (col) => {
            const need = col.length + batch.length;
            if (need <= col.capacity)
                return;
            // An estimate from few rows can be far off (a file whose first rows are short): at most 64× the rows read
            // so far, and a later growth estimates again from more of the file.
            const estimate = Math.ceil((source.rowsEstimate?.(rows) ?? 0) * ESTIMATE_MARGIN);
            col.reserve(Math.max(need, Math.min(estimate, rows * 64), Math.ceil(col.capacity * 1.25)));
        };
        batch.columns.forEach((col, i) => {
            const s = out[i];
            s.rows += batch.length;
            const st = col.status;
            const values = numbers[i];
            if (col.kind === "numeric" && values) {
                room(values);
                values.append(col.values, st, batch.length);
                countBad(s, st, batch.length);
            }
            else {
                const keys = col.kind === "string" ? col.dict.values : BOOLEAN_KEYS;
                const counts = s.counts;
                if (keys.length > batch.length) {
                    // A dictionary larger than the batch (a wide table reads few rows a batch, and the dictionary is
                    // shared by its batches): an array per code would cost more than the rows, so each row counts itself.
                    for (let r = 0; r < batch.length; r++) {
                        if (st[r] === _data_types_js__WEBPACK_IMPORTED_MODULE_1__.OK) {
                            const key = keys[col.kind === "string" ? col.codes[r] : col.values[r] ? 1 : 0];
                            counts.set(key, (counts.get(key) ?? 0) + 1);
                        }
                        else if (st[r] === _data_types_js__WEBPACK_IMPORTED_MODULE_1__/* .NULL */ .Cq)
                            s.nulls++;
                        else
                            s.invalid++;
                    }
                }
                else {
                    // Counted per dictionary code first (a typed-array increment), then per value once per batch.
                    const perCode = new Float64Array(keys.length);
                    for (let r = 0; r < batch.length; r++) {
                        if (st[r] === _data_types_js__WEBPACK_IMPORTED_MODULE_1__.OK)
                            perCode[col.kind === "string" ? col.codes[r] : col.values[r] ? 1 : 0]++;
                        else if (st[r] === _data_types_js__WEBPACK_IMPORTED_MODULE_1__/* .NULL */ .Cq)
                            s.nulls++;
                        else
                            s.invalid++;
                    }
                    perCode.forEach((c, k) => {
                        if (c > 0)
                            counts.set(keys[k], (counts.get(keys[k]) ?? 0) + c);
                    });
                }
            }
        });
        onProgress?.(out[0]?.rows ?? 0);
    }
    const longest = numbers.reduce((m, c) => Math.max(m, c?.length ?? 0), 0);
    const scratch = { ints: new Int32Array(longest), floats: undefined };
    out.forEach((s, i) => {
        const col = numbers[i];
        if (!col)
            return;
        if (!scratch.floats && col.isFloat)
            scratch.floats = new Float64Array(longest);
        s.numbers = col.finish(scratch);
    });
    return out;
}
/** Nulls and type mismatches of a numeric column's batch (its OK cells went into the column). */
function countBad(s, st, n) {
    for (let r = 0; r < n; r++) {
        const c = st[r];
        if (c === _data_types_js__WEBPACK_IMPORTED_MODULE_1__/* .NULL */ .Cq)
            s.nulls++;
        else if (c !== _data_types_js__WEBPACK_IMPORTED_MODULE_1__.OK)
            s.invalid++;
    }
}
/** Distinct non-null values of a sorted array. */
function distinctSorted(a) {
    let d = 0;
    for (let i = 0; i < a.length; i++)
        if (i === 0 || a[i] !== a[i - 1])
            d++;
    return d;
}
/** Counts per value of a sorted numeric sample (for the category tests on few-valued numeric columns). */
function countsOf(a) {
    const m = new Map();
    for (let i = 0; i < a.length; i++) {
        const k = String(a[i]);
        m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
}
/** Distinct values over two sorted arrays together. */
function distinctUnion(a, b) {
    let i = 0;
    let j = 0;
    let d = 0;
    while (i < a.length || j < b.length) {
        const x = Math.min(i < a.length ? a[i] : Infinity, j < b.length ? b[j] : Infinity);
        while (i < a.length && a[i] === x)
            i++;
        while (j < b.length && b[j] === x)
            j++;
        d++;
    }
    return d;
}
/** Open, read and close one table: the job a worker runs for `drift`, or this thread when there is no worker. */
async function collectFile(job, onProgress) {
    const source = await (0,_data_open_js__WEBPACK_IMPORTED_MODULE_0__/* .openTable */ .RT)(job.file, job.read);
    try {
        return await collectSamples(source, job.types, onProgress);
    }
    finally {
        await source.close();
    }
}


/***/ })

};
