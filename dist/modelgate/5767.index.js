export const id = 5767;
export const ids = [5767];
export const modules = {

/***/ 45767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openParquet: () => (/* binding */ openParquet)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(51609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 8 modules
var read = __webpack_require__(27992);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(28286);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(20138);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/data/header.ts
var header = __webpack_require__(83115);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js + 5 modules
var column = __webpack_require__(61419);
;// CONCATENATED MODULE: ./src/core/data/parquetPages.ts


const isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const bitWidth = (max) => 32 - Math.clz32(max);
/**
 * What is wrong with one section of RLE/bit-packed levels (`length` bytes at `offset`) that must hold `values`
 * levels of `width` bits, or null. Its runs must end inside it, and none may run past the page's values.
 */
function levelsProblem(view, offset, length, width, values) {
    const end = offset + length;
    let pos = offset;
    for (let seen = 0; seen < values;) {
        let header = 0;
        for (let shift = 0;; shift += 7) {
            if (pos >= end || shift > 28)
                return "run past their byte length";
            const byte = view.getUint8(pos++);
            header += (byte & 0x7f) * 2 ** shift;
            if (!(byte & 0x80))
                break;
        }
        if (header % 2 === 1) {
            // Bit-packed: groups of 8 levels, `width` bytes a group; the last group may pad past the values.
            const groups = (header - 1) / 2;
            pos += groups * width;
            seen += groups * 8;
        }
        else {
            const run = header / 2;
            if (seen + run > values)
                return `have a run of ${run} where ${values - seen} levels remain`;
            pos += Math.ceil(width / 8);
            seen += run;
        }
        if (pos > end)
            return "run past their byte length";
    }
    return null;
}
/**
 * The levels of an uncompressed DATA_PAGE (v1), each section a 4-byte length and its runs, or null. Compressed v1
 * pages hold theirs inside the compressed bytes, which are not expanded twice for this.
 */
function v1LevelsProblem(view, at, h, levels) {
    const values = h.data_page_header.num_values;
    const end = at + h.compressed_page_size;
    let pos = at;
    for (const [kind, max] of [
        ["repetition", levels.maxRepetition],
        ["definition", levels.maxDefinition],
    ]) {
        if (max === 0 || values === 0)
            continue;
        if (pos + 4 > end)
            return `its ${kind} levels run past the page`;
        const length = view.getUint32(pos, true);
        pos += 4;
        if (pos + length > end)
            return `its ${kind} levels run past the page`;
        const problem = levelsProblem(view, pos, length, bitWidth(max), values);
        if (problem)
            return `its ${kind} levels ${problem}`;
        pos += length;
    }
    return null;
}
/** The levels of a DATA_PAGE_V2 whose header is whole (see headerProblem), or null when they hold together. */
function v2LevelsProblem(view, at, h, levels) {
    const d = h.data_page_header_v2;
    const sections = [
        ["repetition", levels.maxRepetition, 0, d.repetition_levels_byte_length],
        ["definition", levels.maxDefinition, d.repetition_levels_byte_length, d.definition_levels_byte_length],
    ];
    for (const [kind, max, offset, length] of sections) {
        if (max === 0 || d.num_values === 0)
            continue;
        const problem = levelsProblem(view, at + offset, length, bitWidth(max), d.num_values);
        if (problem)
            return `its ${kind} levels ${problem}`;
    }
    return null;
}
/** What is wrong with one page header, for "the page header at byte N …", or null. */
function headerProblem(h, meta) {
    if (!isCount(h.compressed_page_size))
        return "has no valid compressed size";
    if (!isCount(h.uncompressed_page_size))
        return "has no valid uncompressed size";
    const chunkBytes = Number(meta.total_uncompressed_size);
    if (h.uncompressed_page_size > chunkBytes)
        return `claims ${h.uncompressed_page_size} uncompressed bytes, more than its column chunk's ${chunkBytes}`;
    const values = Number(meta.num_values);
    switch (h.type) {
        case "DATA_PAGE": {
            const d = h.data_page_header;
            if (!d || !isCount(d.num_values) || !d.encoding || !d.definition_level_encoding || !d.repetition_level_encoding)
                return "has an incomplete data page header";
            if (d.num_values > values)
                return `claims ${d.num_values} values, more than its column chunk's ${values}`;
            return null;
        }
        case "DATA_PAGE_V2": {
            const d = h.data_page_header_v2;
            if (!d ||
                !isCount(d.num_values) ||
                !isCount(d.num_nulls) ||
                !isCount(d.num_rows) ||
                !d.encoding ||
                !isCount(d.definition_levels_byte_length) ||
                !isCount(d.repetition_levels_byte_length))
                return "has an incomplete data page header";
            if (d.num_values > values || d.num_rows > values || d.num_nulls > d.num_values)
                return `claims ${d.num_values} values in ${d.num_rows} rows, more than its column chunk's ${values}`;
            if (d.definition_levels_byte_length + d.repetition_levels_byte_length > h.compressed_page_size)
                return "claims more level bytes than its page holds";
            return null;
        }
        case "DICTIONARY_PAGE": {
            const d = h.dictionary_page_header;
            if (!d || !isCount(d.num_values) || !d.encoding)
                return "has an incomplete dictionary page header";
            return null;
        }
        case "INDEX_PAGE":
            return null;
        default:
            return "has an unknown page type";
    }
}
/**
 * Why a column chunk's pages cannot be decoded safely, or null when every page header is whole and every page lies
 * inside the chunk. `view` holds the chunk's bytes; `fileOffset` is where they start in the file (for the message).
 */
function columnChunkProblem(view, meta, levels, fileOffset) {
    const reader = { view, offset: 0 };
    const values = Number(meta.num_values);
    // Where hyparquet stops too: once the chunk's values are all read, or with less than a byte left.
    for (let seen = 0; seen < values && reader.offset < view.byteLength - 1;) {
        const at = fileOffset + reader.offset;
        let header;
        try {
            header = (0,column/* parquetHeader */.wK)(reader);
        }
        catch (e) {
            return `the page header at byte ${at} cannot be read (${(0,errors/* errorMessage */.gJ)(e)})`;
        }
        const problem = headerProblem(header, meta);
        if (problem)
            return `the page header at byte ${at} ${problem}`;
        if (reader.offset + header.compressed_page_size > view.byteLength)
            return `the page at byte ${at} runs past the end of its column chunk`;
        const levelProblem = header.type === "DATA_PAGE_V2"
            ? v2LevelsProblem(view, reader.offset, header, levels)
            : header.type === "DATA_PAGE" && meta.codec === "UNCOMPRESSED"
                ? v1LevelsProblem(view, reader.offset, header, levels)
                : null;
        if (levelProblem)
            return `the page at byte ${at}: ${levelProblem}`;
        reader.offset += header.compressed_page_size;
        seen += header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
    }
    return null;
}

// EXTERNAL MODULE: ./src/core/data/valueSource.ts + 1 modules
var valueSource = __webpack_require__(41363);
;// CONCATENATED MODULE: ./src/core/data/parquet.ts








/**
 * Open a Parquet file (hyparquet: every codec via hyparquet-compressors). Rows stream one row group at a time, each
 * read a column at a time.
 */
async function openParquet(file, options) {
    const size = await (0,promises_.stat)(file).then((s) => s.size, (e) => {
        throw (0,errors/* unreadable */.O$)(file, e);
    });
    if (size === 0)
        throw new errors/* InputError */.dz(file, undefined, "the file is empty");
    const buffer = await (0,node/* asyncBufferFromFile */.Rv)(file);
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
    }
    catch (e) {
        throw new errors/* InputError */.dz(file, undefined, `not a readable Parquet file (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    let names;
    let tree;
    try {
        tree = (0,src_metadata/* parquetSchema */.YR)(metadata);
        names = tree.children.map((c) => c.element.name);
    }
    catch (e) {
        throw new errors/* InputError */.dz(file, undefined, `the Parquet schema cannot be read (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    if (names.some((n) => typeof n !== "string"))
        throw new errors/* InputError */.dz(file, undefined, "the Parquet schema has a column without a name");
    (0,header/* validateHeader */.I)(file, names, {});
    /** A leaf column's highest levels, from the schema (hyparquet's own reckoning of them). */
    function levelsOf(path, place) {
        let schemaPath;
        try {
            schemaPath = (0,schema/* getTreePath */.st)(tree, path);
        }
        catch (e) {
            throw new errors/* InputError */.dz(file, place, `the column chunk's path is not in the schema (${(0,errors/* errorMessage */.gJ)(e)})`);
        }
        return { maxRepetition: (0,schema/* getMaxRepetitionLevel */.qt)(schemaPath), maxDefinition: (0,schema/* getMaxDefinitionLevel */.mM)(schemaPath) };
    }
    /**
     * One column of one row group. Its chunk's bytes are read here and their page headers checked before hyparquet
     * sees them (see parquetPages.ts); then only this column is decoded, so the raw and decompressed bytes in memory
     * are one column chunk's, not the row group's.
     */
    async function readColumn(g, name, rowStart, rows) {
        const place = { rowGroup: g, column: name };
        const chunks = metadata.row_groups[g].columns.flatMap((c) => c.meta_data && c.meta_data.path_in_schema[0] === name ? [c.meta_data] : []);
        const ranges = chunks.map((m) => {
            // hyparquet's own reckoning of a chunk's bytes (a dictionary page, when there is one, comes first).
            const start = Number(m.dictionary_page_offset || m.data_page_offset);
            return { meta: m, start, end: start + Number(m.total_compressed_size) };
        });
        const outside = ranges.find((r) => !Number.isSafeInteger(r.start) || !Number.isSafeInteger(r.end) || r.start < 0 || r.end < r.start) ?? ranges.find((r) => r.end > buffer.byteLength);
        if (outside)
            throw new errors/* InputError */.dz(file, place, `the column chunk's byte range ${outside.start}–${outside.end} lies outside the file`);
        let guarded = buffer;
        if (ranges.length > 0) {
            const start = Math.min(...ranges.map((r) => r.start));
            const end = Math.max(...ranges.map((r) => r.end));
            const bytes = await buffer.slice(start, end);
            if (bytes.byteLength !== end - start)
                throw new errors/* InputError */.dz(file, place, `the column chunk's bytes ${start}–${end} could not all be read`);
            for (const r of ranges) {
                const view = new DataView(bytes, r.start - start, r.end - r.start);
                const problem = columnChunkProblem(view, r.meta, levelsOf(r.meta.path_in_schema, place), r.start);
                if (problem)
                    throw new errors/* InputError */.dz(file, place, problem);
            }
            // hyparquet is served the bytes just checked, not a second read of the file that could differ.
            guarded = {
                byteLength: buffer.byteLength,
                slice: (s, e = buffer.byteLength) => s === start && e === end
                    ? bytes
                    : s >= start && e <= end
                        ? bytes.slice(s - start, e - start)
                        : buffer.slice(s, e),
            };
        }
        // hyparquet hands a column chunk as one array; it is used as it is (no copy) when it covers the group.
        let column = [];
        try {
            await (0,read/* parquetRead */.bA)({
                file: guarded,
                metadata,
                compressors: src/* compressors */.Vm,
                rowStart,
                rowEnd: rowStart + rows,
                columns: [name],
                onChunk(chunk) {
                    if (chunk.columnName !== name)
                        return;
                    if (chunk.rowStart === rowStart && chunk.columnData.length === rows) {
                        column = chunk.columnData;
                        return;
                    }
                    const target = column.length === rows ? column : (column = new Array(rows));
                    for (let i = 0; i < chunk.columnData.length; i++) {
                        const r = chunk.rowStart + i - rowStart;
                        if (r >= 0 && r < rows)
                            target[r] = chunk.columnData[i];
                    }
                },
            });
        }
        catch (e) {
            throw new errors/* InputError */.dz(file, place, `cannot be decoded (${(0,errors/* errorMessage */.gJ)(e)})`);
        }
        if (column.length !== rows)
            throw new errors/* InputError */.dz(file, place, `holds ${column.length} values, not the ${rows} rows the row group declares`);
        return column;
    }
    async function* rawBatches() {
        let rowStart = 0;
        for (const [g, group] of metadata.row_groups.entries()) {
            const rows = Number(group.num_rows);
            if (!Number.isSafeInteger(rows) || rows < 0)
                throw new errors/* InputError */.dz(file, { rowGroup: g }, `the row count ${String(group.num_rows)} is not valid`);
            // Column after column: the next chunk is read only once this one is decoded.
            const columns = [];
            for (const name of names)
                columns.push(await readColumn(g, name, rowStart, rows));
            yield { columns, length: rows, lines: null };
            rowStart += rows;
        }
    }
    const rows = Number(metadata.num_rows);
    const knownRows = Number.isSafeInteger(rows) && rows >= 0 ? rows : null;
    return (0,valueSource/* valueSource */.n)(file, "parquet", names, rawBatches, options, async () => { }, knownRows);
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
