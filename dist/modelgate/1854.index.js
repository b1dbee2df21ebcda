export const id = 1854;
export const ids = [1854];
export const modules = {

/***/ 11854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ openCsv)
});

// UNUSED EXPORTS: CHUNK_BYTES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/regularFile.ts
var regularFile = __webpack_require__(89629);
// EXTERNAL MODULE: ./src/core/data/featureMatrix.ts
var featureMatrix = __webpack_require__(75875);
// EXTERNAL MODULE: ./src/core/data/header.ts
var data_header = __webpack_require__(83115);
// EXTERNAL MODULE: ./src/core/data/nulls.ts
var data_nulls = __webpack_require__(30998);
// EXTERNAL MODULE: ./src/core/data/parseBytes.ts
var parseBytes = __webpack_require__(73300);
// EXTERNAL MODULE: ./src/core/data/stringDict.ts
var stringDict = __webpack_require__(72787);
// EXTERNAL MODULE: ./src/core/data/types.ts
var types = __webpack_require__(78713);
// EXTERNAL MODULE: ./src/core/data/csv/tokenizer.ts
var tokenizer = __webpack_require__(50162);
;// CONCATENATED MODULE: ./src/core/data/csv/convert.ts






const QUOTE = 34;
const lenient = new TextDecoder("utf-8");
/** Undo doubled quotes in place into a scratch buffer; returns its length. */
function convert_unescape(b, s, e, out) {
    let n = 0;
    for (let i = s; i < e; i++) {
        const c = b[i];
        out[n++] = c;
        if (c === QUOTE && b[i + 1] === QUOTE)
            i++;
    }
    return n;
}
/** A cell's text as written (quotes undone), for examples; never fails on bad bytes. */
function cellText(fb, col, row) {
    const k = row * fb.width + col;
    const text = lenient.decode(fb.buf.subarray(fb.starts[k], fb.ends[k]));
    return fb.flags[k] & tokenizer/* ESCAPED */.Oh ? text.replaceAll('""', '"') : text;
}
/** Every column's place in one block per kind, `rows` cells each. */
function columnBuffers(rows, types) {
    const text = types.filter((t) => t === "string").length;
    const values = new Float64Array(rows * (types.length - text));
    const codes = new Int32Array(rows * text);
    const status = new Uint8Array(rows * types.length);
    let [v, c] = [0, 0];
    return types.map((type, i) => ({
        values,
        codes,
        at: type === "string" ? rows * c++ : rows * v++,
        status,
        statusAt: rows * i,
    }));
}
/** Parse one column of a field batch as its planned type, into the column's reused buffers. */
function convertColumn(fb, col, plan, nulls, interner, file, reuse, 
/** Where the values also go as float32, when the plan puts the column in the batch's feature matrix. */
slot = null) {
    const { buf, rows, width, starts, ends } = fb;
    const status = reuse.status.subarray(reuse.statusAt, reuse.statusAt + rows);
    if (plan.type === "string") {
        const codes = reuse.codes.subarray(reuse.at, reuse.at + rows);
        let scratch = null;
        for (let r = 0, k = col; r < rows; r++, k += width) {
            const s = starts[k];
            const e = ends[k];
            if (nulls.bytes(buf, s, e)) {
                status[r] = types/* NULL */.Cq;
                codes[r] = -1;
                continue;
            }
            try {
                if (fb.flags[k] & tokenizer/* ESCAPED */.Oh) {
                    if (!scratch || scratch.length < e - s)
                        scratch = new Uint8Array(e - s);
                    codes[r] = interner.intern(scratch, 0, convert_unescape(buf, s, e, scratch));
                }
                else {
                    codes[r] = interner.intern(buf, s, e);
                }
            }
            catch (err) {
                if (err instanceof stringDict/* NotUtf8Error */.xo) {
                    throw new errors/* InputError */.dz(file, { line: fb.lines[r], column: col + 1 }, "the text is not valid UTF-8");
                }
                throw err;
            }
        }
        return { kind: "string", type: "string", codes, dict: interner.dict, status };
    }
    const values = reuse.values.subarray(reuse.at, reuse.at + rows);
    // Cells that are not OK, counted where they are met: a reader of the column skips its status when there are none.
    let bad = 0;
    // One loop per type keeps each parser call monomorphic, which the engine inlines: this is the hot path.
    switch (plan.type) {
        case "integer":
            for (let r = 0, k = col; r < rows; r++, k += width) {
                const s = starts[k];
                const e = ends[k];
                const v = nulls.bytes(buf, s, e) ? NaN : (0,parseBytes/* parseInteger */.cG)(buf, s, e);
                values[r] = v;
                if (v === v)
                    status[r] = types.OK;
                else {
                    status[r] = s === e || nulls.bytes(buf, s, e) ? types/* NULL */.Cq : types/* INVALID */.uY;
                    bad++;
                }
            }
            break;
        case "number":
            if (slot) {
                bad = parseNumbersInto(fb, col, nulls, values, status, slot);
                return { kind: "numeric", type: plan.type, values, status, bad };
            }
            for (let r = 0, k = col; r < rows; r++, k += width) {
                const s = starts[k];
                const e = ends[k];
                const v = nulls.bytes(buf, s, e) ? NaN : (0,parseBytes/* parseNumber */.$J)(buf, s, e);
                values[r] = v;
                if (v === v)
                    status[r] = types.OK;
                else {
                    status[r] = s === e || nulls.bytes(buf, s, e) ? types/* NULL */.Cq : types/* INVALID */.uY;
                    bad++;
                }
            }
            break;
        case "boolean":
            for (let r = 0, k = col; r < rows; r++, k += width) {
                const s = starts[k];
                const e = ends[k];
                const v = nulls.bytes(buf, s, e) ? NaN : (0,parseBytes/* parseBoolean */.yG)(buf, s, e);
                values[r] = v;
                if (v === v)
                    status[r] = types.OK;
                else {
                    status[r] = s === e || nulls.bytes(buf, s, e) ? types/* NULL */.Cq : types/* INVALID */.uY;
                    bad++;
                }
            }
            break;
        case "datetime": {
            const parse = plan.datetime ?? parseBytes/* parseDatetime */.X7;
            for (let r = 0, k = col; r < rows; r++, k += width) {
                const s = starts[k];
                const e = ends[k];
                const v = nulls.bytes(buf, s, e) ? NaN : parse(buf, s, e);
                values[r] = v;
                if (v === v)
                    status[r] = types.OK;
                else {
                    status[r] = s === e || nulls.bytes(buf, s, e) ? types/* NULL */.Cq : types/* INVALID */.uY;
                    bad++;
                }
            }
            break;
        }
    }
    if (slot)
        (0,featureMatrix/* fillSlot */.wr)(slot, values, rows);
    return { kind: "numeric", type: plan.type, values, status, bad };
}
/**
 * The number loop that also writes each value into the feature matrix: the value is at hand, the store is cheap.
 * Returns how many cells are not OK.
 */
function parseNumbersInto(fb, col, nulls, values, status, slot) {
    const { buf, rows, width, starts, ends } = fb;
    const { data, width: stride } = slot;
    let bad = 0;
    for (let r = 0, k = col, d = slot.offset; r < rows; r++, k += width, d += stride) {
        const s = starts[k];
        const e = ends[k];
        const v = nulls.bytes(buf, s, e) ? NaN : (0,parseBytes/* parseNumber */.$J)(buf, s, e);
        values[r] = v;
        data[d] = v;
        if (v === v)
            status[r] = types.OK;
        else {
            status[r] = s === e || nulls.bytes(buf, s, e) ? types/* NULL */.Cq : types/* INVALID */.uY;
            bad++;
        }
    }
    return bad;
}

;// CONCATENATED MODULE: ./src/core/data/csv/source.ts










/** Bytes read at a time; exported so the boundary tests follow it. */
const CHUNK_BYTES = 4 << 20;
const BATCH_ROWS = 32_768;
/**
 * Cells per batch: a wide table gets fewer rows a batch, so the per-column buffers (and the tokenizer's field
 * arrays, rows × columns) stay bounded: 32,768 rows of 100,000 columns would ask for tens of GB (issue 16).
 */
const BATCH_CELLS = 1 << 20;
const MAX_COLUMNS = 100_000;
/** The interner of columns that are not text: never used (convertColumn interns only text). */
const NO_INTERNER = new stringDict/* ByteInterner */.Md();
async function openCsv(file, options, range) {
    if (options.delimiter.length !== 1 || options.delimiter.charCodeAt(0) > 127) {
        throw new errors/* InputError */.dz(file, undefined, `the delimiter must be one ASCII character, not ${JSON.stringify(options.delimiter)}`);
    }
    const delimiter = options.delimiter.charCodeAt(0);
    // The split validator opens CSV directly, not through openTable: the same refusal of a FIFO or a device.
    await (0,regularFile/* assertRegularFile */.f)(file);
    const fh = await (0,promises_.open)(file, "r").catch((e) => {
        throw (0,errors/* unreadable */.O$)(file, e);
    });
    const nulls = new data_nulls/* NullMatcher */.O(options.nullValues);
    // Whatever is wrong with the header, the file is closed before the error goes up.
    const { names, dataStart, dataLine } = await readHeader(fh, file, delimiter).catch(async (e) => {
        await fh.close();
        throw e;
    });
    const batchRows = Math.max(1, Math.min(BATCH_ROWS, Math.floor(BATCH_CELLS / Math.max(1, names.length))));
    let endLine = dataLine;
    /** The file offset up to which records have been tokenized, in the pass now running. */
    let parsedTo = range?.start ?? dataStart;
    const { size } = await fh.stat();
    async function* fieldBatches() {
        const tok = new tokenizer/* CsvTokenizer */.YB(file, delimiter, batchRows, names.length);
        const from = range?.start ?? dataStart;
        const limit = range?.end ?? Infinity;
        // A range that starts past the header counts its lines from 1; the caller knows the offset.
        tok.startAt(from === dataStart ? dataLine : 1);
        let chunk = new Uint8Array(CHUNK_BYTES);
        let used = 0;
        let filePos = from;
        let end = false;
        for (;;) {
            while (!end && used < chunk.length) {
                const want = Math.min(chunk.length - used, limit - filePos);
                const { bytesRead } = want > 0 ? await fh.read(chunk, used, want, filePos) : { bytesRead: 0 };
                if (bytesRead === 0)
                    end = true;
                used += bytesRead;
                filePos += bytesRead;
            }
            tok.fill(chunk, used, end);
            endLine = tok.currentLine;
            parsedTo = filePos - used + tok.position;
            if (tok.rows > 0) {
                yield {
                    buf: chunk,
                    rows: tok.rows,
                    width: names.length,
                    starts: tok.starts,
                    ends: tok.ends,
                    flags: tok.flags,
                    lines: tok.lines,
                };
            }
            if (end && tok.position >= used)
                return;
            if (tok.rows === tok.capacity) {
                tok.startBatch();
                continue;
            }
            const rest = used - tok.position;
            if (tok.position === 0 && rest === chunk.length) {
                // One record longer than the buffer: grow it (the only way memory follows the data).
                const grown = new Uint8Array(chunk.length * 2);
                grown.set(chunk);
                chunk = grown;
            }
            else {
                chunk.copyWithin(0, tok.position, used);
            }
            used = rest;
            tok.rebase();
        }
    }
    return {
        file,
        format: "csv",
        dataStart,
        size,
        get endLine() {
            return endLine;
        },
        columnNames: names,
        async detectTypes(options) {
            const fits = new Array(names.length).fill(parseBytes/* FITS_ALL */.TR);
            const seen = new Array(names.length).fill(false);
            let read = 0;
            for await (const fb of fieldBatches()) {
                if (options?.sampleRows !== undefined && read >= options.sampleRows && seen.every(Boolean))
                    break;
                read += fb.rows;
                const { buf: b, rows, width, starts, ends } = fb;
                for (let c = 0; c < width; c++) {
                    let m = fits[c];
                    if (m === 0)
                        continue;
                    let any = seen[c];
                    for (let r = 0, k = c; r < rows && m !== 0; r++, k += width) {
                        const s = starts[k];
                        const e = ends[k];
                        if (nulls.bytes(b, s, e))
                            continue;
                        any = true;
                        m &= (0,parseBytes/* classify */.L8)(b, s, e);
                    }
                    fits[c] = m;
                    seen[c] = any;
                }
            }
            return fits.map((m, c) => (0,data_nulls/* typeFromFits */.V)(m, seen[c]));
        },
        async *batches(plan) {
            // Only text columns intern their cells: one interner per column of a 100,000-column table costs seconds.
            const interners = plan.map((p) => (p.type === "string" ? new stringDict/* ByteInterner */.Md() : NO_INTERNER));
            const buffers = columnBuffers(batchRows, plan.map((p) => p.type));
            const matrix = (0,featureMatrix/* matrixBuffer */.ix)(plan, batchRows);
            let rowStart = 0;
            for await (const fb of fieldBatches()) {
                const columns = plan.map((p, c) => {
                    if (interners[c].size > stringDict/* MAX_SHARED_DICT */._E)
                        interners[c] = new stringDict/* ByteInterner */.Md();
                    return convertColumn(fb, c, p, nulls, interners[c], file, buffers[c], (0,featureMatrix/* slotOf */.SW)(matrix, p));
                });
                yield {
                    rowStart,
                    length: fb.rows,
                    lines: fb.lines.subarray(0, fb.rows),
                    columns,
                    matrix: (0,featureMatrix/* firstRows */.C)(matrix, fb.rows),
                    raw: (c, r) => cellText(fb, c, r),
                };
                rowStart += fb.rows;
            }
        },
        rowsEstimate(rowsRead) {
            const from = range?.start ?? dataStart;
            const to = Math.min(range?.end ?? size, size);
            return parsedTo > from ? Math.ceil((rowsRead * (to - from)) / (parsedTo - from)) : null;
        },
        close: () => fh.close(),
    };
}
/** Read the header record: the column names, and where (byte and line) the data begins. */
async function readHeader(fh, file, delimiter) {
    // The header: read until its record is complete.
    let buf = new Uint8Array(1 << 16);
    let len = 0;
    let eof = false;
    const header = new tokenizer/* CsvTokenizer */.YB(file, delimiter, 1, MAX_COLUMNS, true);
    let bom = 0;
    for (;;) {
        if (len === buf.length) {
            const grown = new Uint8Array(buf.length * 2);
            grown.set(buf);
            buf = grown;
        }
        const { bytesRead } = await fh.read(buf, len, buf.length - len, len);
        len += bytesRead;
        eof = bytesRead === 0;
        if (bom === 0 && len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
            bom = 3;
            header.skip(3);
        }
        header.fill(buf, len, eof);
        if (header.rows === 1 || eof)
            break;
    }
    if (header.rows === 0)
        throw new errors/* InputError */.dz(file, undefined, "the file is empty: a header row is needed");
    const headerLine = header.lines[0];
    const names = [];
    const strict = new TextDecoder("utf-8", { fatal: true });
    for (let c = 0; c < header.width; c++) {
        let text;
        try {
            text = strict.decode(buf.subarray(header.starts[c], header.ends[c]));
        }
        catch {
            throw new errors/* InputError */.dz(file, { line: headerLine, column: c + 1 }, "the header is not valid UTF-8");
        }
        names.push(header.flags[c] & tokenizer/* ESCAPED */.Oh ? text.replaceAll('""', '"') : text);
    }
    (0,data_header/* validateHeader */.I)(file, names, { line: headerLine });
    return { names, dataStart: header.position, dataLine: header.currentLine };
}


/***/ }),

/***/ 50162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ ESCAPED),
/* harmony export */   YB: () => (/* binding */ CsvTokenizer),
/* harmony export */   jv: () => (/* binding */ UNCLOSED_QUOTE)
/* harmony export */ });
/* unused harmony export QUOTED */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** The problem reported for a quote that is still open where the data ends. */
const UNCLOSED_QUOTE = "a quoted field is never closed";
/** Field flag: the field was quoted; with ESCAPED it also holds doubled quotes to undo. */
const QUOTED = 1;
const ESCAPED = 2;
/**
 * Splits bytes into records and fields (RFC 4180: quoted fields, doubled quotes, newlines inside quotes, CRLF).
 * Fully blank lines are skipped. A record's field count must equal `width` once it is set.
 */
class CsvTokenizer {
    file;
    delimiter;
    capacity;
    header;
    pos = 0;
    line = 1;
    starts;
    ends;
    flags;
    lines;
    rows = 0;
    width;
    constructor(file, delimiter, capacity, width, 
    /** Reading the header: any field count up to `width` is taken, and becomes the width. */
    header = false) {
        this.file = file;
        this.delimiter = delimiter;
        this.capacity = capacity;
        this.header = header;
        this.width = width;
        const n = capacity * Math.max(width, 1);
        this.starts = new Int32Array(n);
        this.ends = new Int32Array(n);
        this.flags = new Uint8Array(n);
        this.lines = new Int32Array(capacity);
    }
    get position() {
        return this.pos;
    }
    get currentLine() {
        return this.line;
    }
    /** Restart on a new buffer whose byte 0 is where `position` was. */
    rebase() {
        this.pos = 0;
        this.rows = 0;
    }
    /** Begin a new batch in the same buffer. */
    startBatch() {
        this.rows = 0;
    }
    /** The line the first record starts on. */
    startAt(line) {
        this.line = line;
    }
    skip(bytes) {
        this.pos += bytes;
    }
    /**
     * Tokenize whole records of `b[0, len)` from the current position until the batch is full.
     * With `final`, the data ends at `len`; otherwise a record cut at `len` is left for the next buffer.
     */
    fill(b, len, final) {
        const d = this.delimiter;
        const width = this.width;
        const starts = this.starts;
        const ends = this.ends;
        const flags = this.flags;
        while (this.rows < this.capacity && this.pos < len) {
            const recordStart = this.pos;
            const recordLine = this.line;
            let i = recordStart;
            // A blank line (LF or CRLF alone) is no record.
            if (b[i] === LF) {
                this.pos = i + 1;
                this.line++;
                continue;
            }
            if (b[i] === CR && i + 1 < len && b[i + 1] === LF) {
                this.pos = i + 2;
                this.line++;
                continue;
            }
            const base = this.rows * width;
            let f = 0;
            let complete = false;
            for (;;) {
                if (f >= width)
                    this.tooMany(recordLine, b, i, len);
                const k = base + f;
                if (i < len && b[i] === QUOTE) {
                    const open = i;
                    const openLine = this.line;
                    i++;
                    let flag = QUOTED;
                    let closed = -1;
                    while (i < len) {
                        const c = b[i];
                        if (c === QUOTE) {
                            if (i + 1 < len && b[i + 1] === QUOTE) {
                                flag |= ESCAPED;
                                i += 2;
                                continue;
                            }
                            if (i + 1 >= len && !final)
                                break; // the next buffer may start with the other quote
                            closed = i;
                            break;
                        }
                        if (c === LF)
                            this.line++;
                        i++;
                    }
                    if (closed < 0) {
                        if (final)
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.file, { line: openLine }, UNCLOSED_QUOTE);
                        break;
                    }
                    starts[k] = open + 1;
                    ends[k] = closed;
                    flags[k] = flag;
                    i = closed + 1;
                    if (i < len && b[i] === CR && (i + 1 >= len || b[i + 1] === LF))
                        i++;
                    if (i < len && b[i] !== d && b[i] !== LF) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.file, { line: this.line }, `unexpected text after the closing quote of field ${f + 1}`);
                    }
                }
                else {
                    const s = i;
                    let c = 0;
                    while (i < len && (c = b[i]) !== d && c !== LF)
                        i++;
                    starts[k] = s;
                    ends[k] = i > s && b[i - 1] === CR && (i < len ? c === LF : final) ? i - 1 : i;
                    flags[k] = 0;
                }
                f++;
                if (i >= len) {
                    complete = final;
                    break;
                }
                if (b[i] === d) {
                    i++;
                    continue;
                }
                // b[i] is LF
                i++;
                this.line++;
                complete = true;
                break;
            }
            if (!complete) {
                this.pos = recordStart;
                this.line = recordLine;
                return;
            }
            if (this.header)
                this.width = f;
            else if (f !== width)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.file, { line: recordLine }, `${f} fields, but the header has ${width}`);
            this.lines[this.rows] = recordLine;
            this.rows++;
            this.pos = i;
        }
    }
    tooMany(line, b, i, len) {
        let n = this.width;
        // Count the rest of the record's fields for the message.
        let inQuote = false;
        for (let j = i; j < len; j++) {
            const c = b[j];
            if (c === QUOTE)
                inQuote = !inQuote;
            else if (!inQuote && c === this.delimiter)
                n++;
            else if (!inQuote && c === LF)
                break;
        }
        if (this.header)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.file, { line }, `more than ${this.width} columns`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.file, { line }, `${n + 1} fields, but the header has ${this.width}`);
    }
}


/***/ }),

/***/ 75875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ firstRows),
/* harmony export */   SW: () => (/* binding */ slotOf),
/* harmony export */   ix: () => (/* binding */ matrixBuffer),
/* harmony export */   wr: () => (/* binding */ fillSlot)
/* harmony export */ });
/* unused harmony export matrixWidth */
/**
 * How wide the plan's matrix is: 0 when no column asks for one, or when the positions are not 0..w−1 once each
 * (then no matrix is made and the consumer copies from the columns).
 */
function matrixWidth(plan) {
    const at = plan.flatMap((p) => (p.matrix === undefined ? [] : [p.matrix]));
    const seen = new Set(at);
    const ok = seen.size === at.length && at.every((m) => Number.isInteger(m) && m >= 0 && m < at.length);
    return ok ? at.length : 0;
}
/** A matrix buffer for `rows` rows of the plan, or null when the plan asks for none. */
function matrixBuffer(plan, rows) {
    const width = matrixWidth(plan);
    return width > 0 ? { data: new Float32Array(rows * width), width } : null;
}
/** The slot of column `c`'s values in the matrix, or null when it has none. */
function slotOf(matrix, plan) {
    return matrix && plan.matrix !== undefined ? { data: matrix.data, width: matrix.width, offset: plan.matrix } : null;
}
/** The first `rows` rows of a matrix buffer, as a batch's matrix. */
function firstRows(matrix, rows) {
    return matrix ? { data: matrix.data.subarray(0, rows * matrix.width), width: matrix.width } : null;
}
/** Copy already-parsed values into their slot (for types whose parse loop does not write the slot itself). */
function fillSlot(slot, values, rows) {
    const { data, width, offset } = slot;
    for (let r = 0, d = offset; r < rows; r++, d += width)
        data[d] = values[r];
}


/***/ }),

/***/ 83115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ validateHeader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Column names must be present and distinct: later rules and reports name columns. */
function validateHeader(file, names, place) {
    const seen = new Map();
    names.forEach((name, i) => {
        if (name.trim() === "")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, { ...place, column: i + 1 }, "the column name is blank");
        const first = seen.get(name);
        if (first !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, place, `the column name ${JSON.stringify(name)} appears twice (columns ${first + 1} and ${i + 1})`);
        }
        seen.set(name, i);
    });
}


/***/ }),

/***/ 30998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ NullMatcher),
/* harmony export */   V: () => (/* binding */ typeFromFits)
/* harmony export */ });
const encoder = new TextEncoder();
/** Tests whether a cell's bytes spell one of the null tokens. */
class NullMatcher {
    tokens;
    empty;
    texts;
    /** Which byte lengths any token has, so most cells are ruled out by one load. */
    lengths = new Uint8Array(64);
    constructor(nullValues) {
        this.texts = new Set(nullValues);
        this.empty = this.texts.has("");
        this.tokens = nullValues.filter((t) => t !== "").map((t) => encoder.encode(t));
        for (const t of this.tokens)
            this.lengths[Math.min(t.length, 63)] = 1;
    }
    bytes(b, s, e) {
        const n = e - s;
        if (n === 0)
            return this.empty;
        if (n < 63 && this.lengths[n] === 0)
            return false;
        for (const t of this.tokens) {
            if (t.length !== n)
                continue;
            let k = 0;
            while (k < n && t[k] === b[s + k])
                k++;
            if (k === n)
                return true;
        }
        return false;
    }
    text(s) {
        return this.texts.has(s);
    }
}
/** The type a column is read as, from the bits of the types every non-null cell fits. */
function typeFromFits(mask, seen) {
    if (!seen)
        return "string";
    if (mask & 1)
        return "integer";
    if (mask & 2)
        return "number";
    if (mask & 4)
        return "boolean";
    if (mask & 8)
        return "datetime";
    return "string";
}


/***/ }),

/***/ 73300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   Gy: () => (/* binding */ FITS_INTEGER),
/* harmony export */   HS: () => (/* binding */ FITS_DATETIME),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   TR: () => (/* binding */ FITS_ALL),
/* harmony export */   X7: () => (/* binding */ parseDatetime),
/* harmony export */   ZJ: () => (/* binding */ toBytes),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   ln: () => (/* binding */ FITS_NUMBER),
/* harmony export */   ok: () => (/* binding */ FITS_BOOLEAN),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
// Byte-level cell parsers: the CSV hot path parses straight from the file buffer, without making strings.
// Other formats reuse them through `toBytes` so every format agrees on what a number, boolean or datetime is.
const POW10 = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];
const latin1 = new TextDecoder("latin1");
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** A decimal number (optional sign, digits, fraction, exponent); NaN when the bytes are not one. */
function parseNumber(b, s, e) {
    if (s === e)
        return NaN;
    let i = s;
    let c = b[i];
    if (c === 32 || b[e - 1] === 32)
        return parseSlow(b, s, e);
    let neg = false;
    if (c === 45 || c === 43) {
        neg = c === 45;
        if (++i === e)
            return NaN;
        c = b[i];
    }
    let mant = 0;
    let digits = 0;
    let fracDigits = 0;
    const intStart = i;
    // Leading zeros do not count towards the 15 significant digits of the exact fast path.
    while (c === 48 && i < e)
        c = b[++i];
    while (i < e && (c = b[i] - 48) >= 0 && c <= 9) {
        mant = mant * 10 + c;
        digits++;
        i++;
    }
    let any = i > intStart;
    if (i < e && b[i] === 46) {
        i++;
        const fracStart = i;
        while (i < e && (c = b[i] - 48) >= 0 && c <= 9) {
            mant = mant * 10 + c;
            if (mant !== 0)
                digits++;
            i++;
        }
        fracDigits = i - fracStart;
        any = any || fracDigits > 0;
    }
    if (!any)
        return NaN;
    if (i === e) {
        if (digits <= 15 && fracDigits <= 22) {
            const v = fracDigits === 0 ? mant : mant / POW10[fracDigits];
            return neg ? -v : v;
        }
        return parseSlow(b, s, e);
    }
    c = b[i];
    if (c !== 101 && c !== 69)
        return NaN;
    i++;
    let exp = 0;
    let eneg = false;
    if (i < e && (b[i] === 45 || b[i] === 43)) {
        eneg = b[i] === 45;
        i++;
    }
    const expStart = i;
    while (i < e && (c = b[i] - 48) >= 0 && c <= 9) {
        if (exp < 100000)
            exp = exp * 10 + c;
        i++;
    }
    if (i === expStart || i !== e)
        return NaN;
    const scale = (eneg ? -exp : exp) - fracDigits;
    // Exact fast path: a mantissa below 2^53 times an exact power of ten is one correctly rounded IEEE operation.
    if (digits <= 15 && scale >= -22 && scale <= 22) {
        const v = scale >= 0 ? mant * POW10[scale] : mant / POW10[-scale];
        return neg ? -v : v;
    }
    return parseSlow(b, s, e);
}
// Long mantissas, big exponents and padded cells: let the engine's correctly rounded parser decide.
function parseSlow(b, s, e) {
    const text = latin1.decode(b.subarray(s, e)).trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return NaN;
    const v = Number(text);
    return Number.isFinite(v) ? v : NaN;
}
/** An integer written without fraction or exponent; NaN otherwise. Exact up to 2^53. */
function parseInteger(b, s, e) {
    let i = s;
    while (i < e && b[i] === 32)
        i++;
    while (e > i && b[e - 1] === 32)
        e--;
    if (i === e)
        return NaN;
    let neg = false;
    const c0 = b[i];
    if (c0 === 45 || c0 === 43) {
        neg = c0 === 45;
        i++;
    }
    if (i === e)
        return NaN;
    let v = 0;
    for (; i < e; i++) {
        const c = b[i];
        if (!isDigit(c))
            return NaN;
        v = v * 10 + (c - 48);
    }
    if (v > Number.MAX_SAFE_INTEGER)
        return NaN;
    return neg ? -v : v;
}
function lowerEq(b, s, e, word) {
    if (e - s !== word.length)
        return false;
    for (let k = 0; k < word.length; k++)
        if ((b[s + k] | 0x20) !== word.charCodeAt(k))
            return false;
    return true;
}
/** 1 for true, 0 for false, NaN otherwise. Words in any case; `1`/`0` too, unless `wordsOnly`. */
function parseBoolean(b, s, e, wordsOnly = false) {
    if (lowerEq(b, s, e, "true"))
        return 1;
    if (lowerEq(b, s, e, "false"))
        return 0;
    if (!wordsOnly && e - s === 1) {
        if (b[s] === 49)
            return 1;
        if (b[s] === 48)
            return 0;
    }
    return NaN;
}
function num2(b, i) {
    const a = b[i] - 48;
    const c = b[i + 1] - 48;
    return a >= 0 && a <= 9 && c >= 0 && c <= 9 ? a * 10 + c : -1;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y, m) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1];
}
/**
 * ISO 8601 calendar date or date-time: `YYYY-MM-DD`, then optionally `T` or a space, `HH:MM[:SS[.fff…]]`,
 * then optionally `Z` or `±HH[:]MM`. Epoch milliseconds in UTC (no offset means UTC); NaN otherwise.
 */
function parseDatetime(b, s, e) {
    const n = e - s;
    if (n < 10 || b[s + 4] !== 45 || b[s + 7] !== 45)
        return NaN;
    const y = num2(b, s) * 100 + num2(b, s + 2);
    const mo = num2(b, s + 5);
    const d = num2(b, s + 8);
    if (num2(b, s) < 0 || num2(b, s + 2) < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return NaN;
    // Date.UTC reads years 0-99 as 1900-1999; 400 years later is the same calendar, 146097 days on.
    let ms = y < 100 ? Date.UTC(y + 400, mo - 1, d) - 146097 * 86400000 : Date.UTC(y, mo - 1, d);
    if (n === 10)
        return ms;
    let i = s + 10;
    const sep = b[i];
    if ((sep !== 84 && sep !== 32 && sep !== 116) || e - i < 6 || b[i + 3] !== 58)
        return NaN;
    const hh = num2(b, i + 1);
    const mm = num2(b, i + 4);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59)
        return NaN;
    ms += (hh * 60 + mm) * 60000;
    i += 6;
    if (i < e && b[i] === 58) {
        const ss = e - i >= 3 ? num2(b, i + 1) : -1;
        if (ss < 0 || ss > 60)
            return NaN;
        ms += ss * 1000;
        i += 3;
        if (i < e && (b[i] === 46 || b[i] === 44)) {
            i++;
            let scale = 100;
            const start = i;
            while (i < e && isDigit(b[i])) {
                ms += (b[i] - 48) * scale;
                scale /= 10;
                i++;
            }
            if (i === start)
                return NaN;
        }
    }
    if (i === e)
        return ms;
    const z = b[i];
    if ((z === 90 || z === 122) && i + 1 === e)
        return ms;
    if (z === 43 || z === 45) {
        const oh = num2(b, i + 1);
        let j = i + 3;
        if (j < e && b[j] === 58)
            j++;
        const om = j === e ? 0 : num2(b, j);
        if (j !== e)
            j += 2;
        if (oh < 0 || oh > 23 || om < 0 || om > 59 || j !== e)
            return NaN;
        const off = (oh * 60 + om) * 60000;
        return z === 43 ? ms - off : ms + off;
    }
    return NaN;
}
const scratch = { buf: new Uint8Array(256) };
const encoder = new TextEncoder();
/** The UTF-8 bytes of a string in a reused scratch buffer, so other formats share the byte parsers. */
function toBytes(text) {
    if (text.length * 3 > scratch.buf.length)
        scratch.buf = new Uint8Array(text.length * 3 + 16);
    const { written } = encoder.encodeInto(text, scratch.buf);
    return { b: scratch.buf, n: written };
}
/** Bits of the types a cell's text fits, for type detection. */
const FITS_INTEGER = 1;
const FITS_NUMBER = 2;
const FITS_BOOLEAN = 4;
const FITS_DATETIME = 8;
const FITS_ALL = 15;
/** Which types these bytes could be read as. Booleans by word only (`0`/`1` columns are integers). */
function classify(b, s, e) {
    let m = 0;
    const c = b[s];
    if (isDigit(c) || c === 45 || c === 43 || c === 46 || c === 32) {
        if (!Number.isNaN(parseInteger(b, s, e)))
            m |= FITS_INTEGER | FITS_NUMBER;
        else if (!Number.isNaN(parseNumber(b, s, e)))
            m |= FITS_NUMBER;
        if (e - s >= 10 && !Number.isNaN(parseDatetime(b, s, e)))
            m |= FITS_DATETIME;
    }
    else if (!Number.isNaN(parseBoolean(b, s, e, true)))
        m |= FITS_BOOLEAN;
    return m;
}


/***/ }),

/***/ 72787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ ByteInterner),
/* harmony export */   Zr: () => (/* binding */ StringInterner),
/* harmony export */   _E: () => (/* binding */ MAX_SHARED_DICT),
/* harmony export */   xo: () => (/* binding */ NotUtf8Error)
/* harmony export */ });
/** Past this many distinct values a column's dictionary is no longer shared across batches, so memory stays bounded. */
const MAX_SHARED_DICT = 65_536;
let nextId = 1;
/** FNV-1a over bytes: cheap, and good enough to spread short category values over a table. */
function hashBytes(b, s, e) {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++)
        h = Math.imul(h ^ b[i], 0x01000193);
    return h >>> 0;
}
const utf8 = new TextDecoder("utf-8", { fatal: true });
/** Thrown when bytes are not UTF-8; the caller adds file and line. */
class NotUtf8Error extends Error {
}
/** Interns byte strings into a dictionary, decoding each distinct value once (UTF-8, strictly). */
class ByteInterner {
    dict = { id: nextId++, values: [] };
    // Small to start, doubled as values come: a table of 100,000 columns has as many interners (issue 16).
    table = new Int32Array(16);
    mask = 15;
    arena = new Uint8Array(64);
    arenaUsed = 0;
    offsets = [0];
    hashes = [];
    get size() {
        return this.dict.values.length;
    }
    intern(b, s, e) {
        const h = hashBytes(b, s, e);
        const len = e - s;
        let slot = h & this.mask;
        for (;;) {
            const entry = this.table[slot];
            if (entry === 0)
                break;
            const code = entry - 1;
            if (this.hashes[code] === h) {
                const o = this.offsets[code];
                if (this.offsets[code + 1] - o === len) {
                    let same = true;
                    for (let i = 0; i < len; i++) {
                        if (this.arena[o + i] !== b[s + i]) {
                            same = false;
                            break;
                        }
                    }
                    if (same)
                        return code;
                }
            }
            slot = (slot + 1) & this.mask;
        }
        let text;
        try {
            text = utf8.decode(b.subarray(s, e));
        }
        catch {
            throw new NotUtf8Error("bytes that are not UTF-8");
        }
        const code = this.dict.values.length;
        this.dict.values.push(text);
        this.hashes.push(h);
        if (this.arenaUsed + len > this.arena.length) {
            const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
            grown.set(this.arena.subarray(0, this.arenaUsed));
            this.arena = grown;
        }
        this.arena.set(b.subarray(s, e), this.arenaUsed);
        this.arenaUsed += len;
        this.offsets.push(this.arenaUsed);
        this.table[slot] = code + 1;
        if (this.dict.values.length * 2 > this.table.length)
            this.rehash();
        return code;
    }
    rehash() {
        const size = this.table.length * 2;
        const table = new Int32Array(size);
        const mask = size - 1;
        for (let code = 0; code < this.hashes.length; code++) {
            let slot = this.hashes[code] & mask;
            while (table[slot] !== 0)
                slot = (slot + 1) & mask;
            table[slot] = code + 1;
        }
        this.table = table;
        this.mask = mask;
    }
}
/** Interns JavaScript strings (for formats that hand us strings already). */
class StringInterner {
    dict = { id: nextId++, values: [] };
    codes = new Map();
    get size() {
        return this.dict.values.length;
    }
    intern(text) {
        let code = this.codes.get(text);
        if (code === undefined) {
            code = this.dict.values.length;
            this.dict.values.push(text);
            this.codes.set(text, code);
        }
        return code;
    }
}


/***/ })

};
