export const id = 7416;
export const ids = [7416];
export const modules = {

/***/ 59823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ FrequentItems)
/* harmony export */ });
/* unused harmony export FREQUENT_CAPACITY */
/** How many values a frequent-items sketch tracks before it starts to forget the rarest (Misra-Gries). */
const FREQUENT_CAPACITY = 1024;
/** Value counts: exact for few distinct values, a Misra-Gries summary beyond; merges by adding counts. */
class FrequentItems {
    counts = new Map();
    error = 0;
    add(value, count = 1) {
        this.counts.set(value, (this.counts.get(value) ?? 0) + count);
        if (this.counts.size > FREQUENT_CAPACITY * 2)
            this.reduce();
    }
    /** Misra-Gries reduction: subtract the (capacity+1)-th largest count from all, drop those at or below zero. */
    reduce() {
        const sorted = [...this.counts.values()].sort((a, b) => b - a);
        const cut = sorted[FREQUENT_CAPACITY] ?? 0;
        if (cut === 0)
            return;
        for (const [k, v] of this.counts) {
            if (v <= cut)
                this.counts.delete(k);
            else
                this.counts.set(k, v - cut);
        }
        this.error += cut;
    }
    merge(other) {
        for (const [k, v] of other.counts)
            this.counts.set(k, (this.counts.get(k) ?? 0) + v);
        this.error += other.error;
        if (this.counts.size > FREQUENT_CAPACITY)
            this.reduce();
    }
    top(n) {
        return [...this.counts]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .slice(0, n)
            .map(([value, count]) => ({ value, count }));
    }
    toState() {
        if (this.counts.size > FREQUENT_CAPACITY)
            this.reduce();
        return { items: [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)), error: this.error };
    }
    static fromState(state) {
        const f = new FrequentItems();
        for (const [k, v] of state.items)
            f.counts.set(k, v);
        f.error = state.error;
        return f;
    }
}


/***/ }),

/***/ 47861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ hash32),
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   YZ: () => (/* binding */ hashString),
/* harmony export */   _5: () => (/* binding */ hashCombine),
/* harmony export */   bw: () => (/* binding */ HashSet)
/* harmony export */ });
// 52-bit value hashes: HyperLogLog takes 32 of the bits, exact duplicate detection keeps all 52 in a float64 key.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
function combine(a, b) {
    // 32 bits from one mix, 20 from the other: exactly representable as a float64 integer.
    return fmix(a) * 1048576 + (fmix(b ^ 0x9e3779b9) >>> 12);
}
/** The hash of a number (-0 and 0 alike). */
function hashNumber(x) {
    f64[0] = x === 0 ? 0 : x;
    return combine(u32[0] ^ Math.imul(u32[1], 0x27d4eb2d), u32[1] ^ 0x165667b1);
}
/** The hash of a string's UTF-16 code units. */
function hashString(s) {
    let a = 0x811c9dc5;
    let b = 0x3c6ef372;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
    }
    return combine(a ^ s.length, b);
}
/** Mix a hash into a running key, for compound keys. */
function hashCombine(acc, h) {
    return combine((acc / 1048576) ^ Math.imul(h % 1048576, 0x9e3779b1), (h / 1048576) ^ (acc % 1048576));
}
/** The upper 32 bits of a 52-bit hash. */
function hash32(h) {
    return Math.floor(h / 1048576) >>> 0;
}
/** An open-addressing set of 52-bit hashes, each with the first row it was seen on: exact duplicate detection in 12 bytes a value. */
class HashSet {
    keys = new Float64Array(1024);
    rows = new Int32Array(1024);
    mask = 1023;
    size = 0;
    /** The first row this hash was seen on, or -1 (then it is added with `row`). */
    addOrGet(h, row) {
        const key = h + 1; // 0 marks an empty slot
        let slot = ((h % 4294967296) >>> 0) & this.mask;
        for (;;) {
            const k = this.keys[slot];
            if (k === 0)
                break;
            if (k === key)
                return this.rows[slot];
            slot = (slot + 1) & this.mask;
        }
        this.keys[slot] = key;
        this.rows[slot] = row;
        if (++this.size * 2 > this.keys.length)
            this.grow();
        return -1;
    }
    grow() {
        const keys = this.keys;
        const rows = this.rows;
        this.keys = new Float64Array(keys.length * 2);
        this.rows = new Int32Array(keys.length * 2);
        this.mask = this.keys.length - 1;
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            if (k === 0)
                continue;
            let slot = (((k - 1) % 4294967296) >>> 0) & this.mask;
            while (this.keys[slot] !== 0)
                slot = (slot + 1) & this.mask;
            this.keys[slot] = k;
            this.rows[slot] = rows[i];
        }
    }
}


/***/ }),

/***/ 78525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ hllTextProblem),
/* harmony export */   l8: () => (/* binding */ HyperLogLog)
/* harmony export */ });
/* unused harmony exports HLL_P, SPARSE_MAX */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47861);

/** HyperLogLog precision: 2^12 registers, a standard error of about 1.04/sqrt(4096) = 1.6 %. */
const HLL_P = 12;
const M = 1 << HLL_P;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/**
 * Registers set, up to which they are kept as a list rather than all 4,096: a table of 100,000 short columns
 * would otherwise hold (and write to its profile) 400 MB of registers that are nearly all zero (issue 16).
 * Small, since each value added to a sparse sketch scans the list.
 */
const SPARSE_MAX = 64;
/** The text form of a sparse sketch: this prefix (not base64, so never mistaken for the dense form), then the entries. */
const SPARSE_PREFIX = "sparse:";
/** The largest rank of a 32-bit hash's remaining bits, sentinel included. */
const MAX_RANK = 32 - HLL_P + 1;
/** 2^−r for every register value (a rank is at most 64 − p + 1). */
const INVERSE_POWERS = Float64Array.from({ length: 66 }, (_x, r) => 2 ** -r);
/**
 * A HyperLogLog distinct-count sketch; merging takes the register-wise maximum, so shards merge exactly. While few
 * registers are set it keeps them as a list (index << 8 | rank); the estimate is the same either way.
 */
class HyperLogLog {
    dense;
    sparse = [];
    constructor(registers) {
        this.dense = registers ?? null;
    }
    /** Add a number: one 32-bit mix of its bits is all HyperLogLog needs, and this is the hot path. */
    addNumber(x) {
        f64[0] = x === 0 ? 0 : x;
        let h = u32[0] ^ Math.imul(u32[1], 0x9e3779b1);
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 16;
        this.add32(h >>> 0);
    }
    add(hash52) {
        this.add32((0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hash32 */ .Ap)(hash52));
    }
    add32(h) {
        const idx = h >>> (32 - HLL_P);
        const rest = (h << HLL_P) | (1 << (HLL_P - 1)); // a sentinel bit bounds the rank
        const rank = Math.clz32(rest) + 1;
        this.raise(idx, rank);
    }
    /** Register `idx` to at least `rank`, in whichever form the sketch is (the list may turn dense on the way). */
    raise(idx, rank) {
        const d = this.dense;
        if (d) {
            if (rank > d[idx])
                d[idx] = rank;
            return;
        }
        const s = this.sparse;
        for (let i = 0; i < s.length; i++) {
            const e = s[i];
            if (e >>> 8 !== idx)
                continue;
            if (rank > (e & 255))
                s[i] = (idx << 8) | rank;
            return;
        }
        if (s.length < SPARSE_MAX)
            s.push((idx << 8) | rank);
        else
            this.densify()[idx] = rank;
    }
    densify() {
        if (this.dense)
            return this.dense;
        const d = new Uint8Array(M);
        for (const e of this.sparse)
            d[e >>> 8] = e & 255;
        this.sparse = [];
        this.dense = d;
        return d;
    }
    /** Whether the registers are all kept (past SPARSE_MAX set), for tests of the memory a column holds. */
    get isDense() {
        return this.dense !== null;
    }
    merge(other) {
        if (!this.dense && !other.dense) {
            for (const e of other.sparse)
                this.raise(e >>> 8, e & 255);
            return;
        }
        const d = this.densify();
        if (other.dense) {
            const o = other.dense;
            for (let i = 0; i < M; i++)
                if (o[i] > d[i])
                    d[i] = o[i];
        }
        else
            for (const e of other.sparse)
                if ((e & 255) > d[e >>> 8])
                    d[e >>> 8] = e & 255;
    }
    /** The estimate, with the small-range (linear counting) correction of Flajolet et al. */
    estimate() {
        // 2 ** -r per register was most of a drift-from-profiles run's own time; the table holds the same doubles.
        let sum = 0;
        let zeros = 0;
        if (this.dense) {
            const d = this.dense;
            for (let i = 0; i < M; i++) {
                const r = d[i];
                sum += INVERSE_POWERS[r] ?? 2 ** -r;
                if (r === 0)
                    zeros++;
            }
        }
        else {
            zeros = M - this.sparse.length;
            sum = zeros;
            for (const e of this.sparse)
                sum += INVERSE_POWERS[e & 255];
        }
        const alpha = 0.7213 / (1 + 1.079 / M);
        const raw = (alpha * M * M) / sum;
        if (raw <= 2.5 * M && zeros > 0)
            return Math.round(M * Math.log(M / zeros));
        return Math.round(raw);
    }
    /** The registers as text: base64 of all 4,096, or of the set ones (3 bytes each, by index) after "sparse:". */
    toBase64() {
        if (this.dense)
            return Buffer.from(this.dense).toString("base64");
        const entries = [...this.sparse].sort((a, b) => a - b);
        const bytes = Buffer.alloc(entries.length * 3);
        entries.forEach((e, i) => bytes.writeUIntBE(e, i * 3, 3));
        return SPARSE_PREFIX + bytes.toString("base64");
    }
    static fromBase64(text) {
        const problem = hllTextProblem(text);
        if (problem)
            throw new Error(`a HyperLogLog sketch ${problem}`);
        if (!text.startsWith(SPARSE_PREFIX))
            return new HyperLogLog(new Uint8Array(Buffer.from(text, "base64")));
        const s = new HyperLogLog();
        const bytes = Buffer.from(text.slice(SPARSE_PREFIX.length), "base64");
        for (let i = 0; i < bytes.length; i += 3) {
            const e = bytes.readUIntBE(i, 3);
            s.raise(e >>> 8, e & 255);
        }
        return s;
    }
}
/** Why `text` is not a sketch this code wrote (null when it is): a profile's sketch is checked before it is trusted. */
function hllTextProblem(text) {
    const sparse = text.startsWith(SPARSE_PREFIX);
    const body = sparse ? text.slice(SPARSE_PREFIX.length) : text;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0)
        return "is not base64";
    const bytes = Buffer.from(body, "base64");
    if (!sparse)
        return bytes.length === M ? null : `holds ${bytes.length} registers, not ${M}`;
    if (bytes.length % 3 !== 0 || bytes.length / 3 > SPARSE_MAX)
        return "has a malformed sparse list";
    for (let i = 0; i < bytes.length; i += 3)
        if (bytes.readUIntBE(i, 2) >= M || bytes[i + 2] < 1 || bytes[i + 2] > MAX_RANK)
            return "has a register out of range";
    return null;
}


/***/ }),

/***/ 81204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gu: () => (/* binding */ KllSketch)
/* harmony export */ });
/* unused harmony exports KLL_K, KLL_RANK_ERROR */
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38640);
// A KLL quantile sketch (Karnin, Lang, Liberty 2016) with a seeded generator, so the same data gives the same
// sketch on every run and machine, and a block sampler below it: once a stream is long, each block of 2^s
// values sends one value chosen at random to level s. That keeps the cost per value at a counter step and the
// sampling error below 1/(2*sqrt(SAMPLE_TARGET)) ≈ 0.39 % of rank; KLL itself adds about 0.7 % at k = 512.

const KLL_K = 512;
/** The rank error stated for a sketch that has compacted or sampled: 0.7 % (KLL, k = 512) + 0.39 % (sampler). */
const KLL_RANK_ERROR = 0.011;
const SAMPLE_TARGET = 16_384;
const C = 2 / 3;
const NO_BLOCK = new Float64Array(0);
class KllSketch {
    k;
    n = 0;
    min = Infinity;
    max = -Infinity;
    levels = [];
    seed;
    samplerLevel = 0;
    /** The sampler's pending block: none until sampling starts (a short column never needs one). */
    block = NO_BLOCK;
    blockFill = 0;
    /** Level capacities, recomputed only when a level is added. */
    caps = [];
    constructor(k = KLL_K, seed = 0x5eed) {
        this.k = k;
        this.seed = seed >>> 0;
        this.addLevel();
    }
    random() {
        // The counter lives in the sketch so a serialised sketch resumes the same sequence.
        return (0,_random_js__WEBPACK_IMPORTED_MODULE_0__/* .mulberryOutput */ .si)((this.seed = (this.seed + _random_js__WEBPACK_IMPORTED_MODULE_0__/* .MULBERRY_STEP */ .wo) >>> 0));
    }
    /** The CDF table, kept until the sketch changes (quantile() asks for it once per quantile). */
    cdf = null;
    /** Add a value (never NaN). */
    add(x) {
        this.cdf = null;
        this.n++;
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        if (this.samplerLevel === 0) {
            this.insert(x, 0);
            if (this.n >= 2 * SAMPLE_TARGET)
                this.raiseSampler();
            return;
        }
        this.block[this.blockFill++] = x;
        if (this.blockFill === this.block.length) {
            this.insert(this.block[Math.floor(this.random() * this.block.length)], this.samplerLevel);
            this.blockFill = 0;
            if (this.n >= SAMPLE_TARGET << (this.samplerLevel + 1))
                this.raiseSampler();
        }
    }
    raiseSampler() {
        // Called only at block boundaries, so no pending value is lost.
        this.samplerLevel++;
        this.block = new Float64Array(1 << this.samplerLevel);
        this.blockFill = 0;
    }
    insert(x, level) {
        while (this.levels.length <= level)
            this.addLevel();
        const items = this.levels[level];
        items.push(x);
        if (items.length >= this.caps[level])
            this.compress();
    }
    addLevel() {
        this.levels.push([]);
        const top = this.levels.length - 1;
        this.caps = this.levels.map((_l, h) => Math.max(2, Math.ceil(this.k * C ** (top - h))));
    }
    compress() {
        for (let h = 0; h < this.levels.length; h++) {
            const items = this.levels[h];
            if (items.length < this.caps[h])
                continue;
            if (h + 1 === this.levels.length)
                this.addLevel();
            const sorted = Float64Array.from(items);
            sortNumbers(sorted, 0, sorted.length - 1);
            // An odd item (the largest) stays behind, so weight is conserved exactly.
            const even = sorted.length - (sorted.length % 2);
            const offset = this.random() < 0.5 ? 0 : 1;
            const up = this.levels[h + 1];
            for (let i = offset; i < even; i += 2)
                up.push(sorted[i]);
            this.levels[h] = even < sorted.length ? [sorted[even]] : [];
        }
    }
    /** The serialisable state; values of a pending sampler block go to level 0 with weight 1 each. */
    toState() {
        const levels = this.levels.map((l) => l.slice());
        for (let i = 0; i < this.blockFill; i++)
            levels[0].push(this.block[i]);
        return { k: this.k, n: this.n, min: this.min, max: this.max, levels, seed: this.seed };
    }
    static fromState(state) {
        const s = new KllSketch(state.k, state.seed);
        s.n = state.n;
        s.min = state.min;
        s.max = state.max;
        s.levels = [];
        for (const l of state.levels) {
            s.addLevel();
            s.levels[s.levels.length - 1] = l.slice();
        }
        if (s.levels.length === 0)
            s.addLevel();
        // A restored sketch keeps sampling as densely as its own weight implies.
        while (s.n >= SAMPLE_TARGET << (s.samplerLevel + 1))
            s.raiseSampler();
        return s;
    }
    /** Merge another sketch into this one (level by level, then compaction), as KLL allows. */
    merge(other) {
        this.cdf = null;
        const o = other.toState();
        this.n += o.n;
        this.min = Math.min(this.min, o.min);
        this.max = Math.max(this.max, o.max);
        o.levels.forEach((items, h) => {
            while (this.levels.length <= h)
                this.addLevel();
            this.levels[h].push(...items);
        });
        this.compress();
        while (this.n >= SAMPLE_TARGET << (this.samplerLevel + 1) && this.blockFill === 0)
            this.raiseSampler();
    }
    /** Sorted values with cumulative weights: the sketch's approximate CDF. */
    cdfTable() {
        if (this.cdf)
            return this.cdf;
        const state = this.toState();
        const pairs = [];
        state.levels.forEach((items, h) => items.forEach((x) => pairs.push([x, 2 ** h])));
        pairs.sort((a, b) => a[0] - b[0]);
        const values = new Float64Array(pairs.length);
        const cum = new Float64Array(pairs.length);
        let acc = 0;
        pairs.forEach(([x, w], i) => {
            acc += w;
            values[i] = x;
            cum[i] = acc;
        });
        this.cdf = { values, cum, total: acc };
        return this.cdf;
    }
    /**
     * The largest error of the sketch's CDF, as a share of n: 0 while it still holds every value at weight 1,
     * else KLL's ~0.7 % at k = 512 plus the block sampler's 0.39 % (see the top of this file).
     */
    rankError() {
        // Exact: every value still at level 0 (a pending sampler block means sampling has begun).
        const atLevel0 = this.levels[0].length;
        const exact = this.samplerLevel === 0 && this.levels.every((l, h) => h === 0 || l.length === 0);
        return exact && atLevel0 === this.n ? 0 : KLL_RANK_ERROR;
    }
    /** The approximate q-quantile (0 ≤ q ≤ 1); min and max are exact. */
    quantile(q) {
        if (this.n === 0)
            return NaN;
        if (q <= 0)
            return this.min;
        if (q >= 1)
            return this.max;
        const { values, cum, total } = this.cdfTable();
        const target = q * total;
        for (let i = 0; i < values.length; i++)
            if (cum[i] >= target)
                return values[i];
        return this.max;
    }
}
/** In-place quicksort (median of three, insertion sort for short runs): several times faster than TypedArray#sort here. */
function sortNumbers(a, lo, hi) {
    while (hi - lo > 16) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < a[lo])
            swap(a, mid, lo);
        if (a[hi] < a[lo])
            swap(a, hi, lo);
        if (a[hi] < a[mid])
            swap(a, hi, mid);
        const pivot = a[mid];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j)
                swap(a, i++, j--);
        }
        // Recurse into the smaller side, loop on the larger: bounded stack depth.
        if (j - lo < hi - i) {
            sortNumbers(a, lo, j);
            lo = i;
        }
        else {
            sortNumbers(a, i, hi);
            hi = j;
        }
    }
    for (let i = lo + 1; i <= hi; i++) {
        const x = a[i];
        let j = i - 1;
        while (j >= lo && a[j] > x) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = x;
    }
}
function swap(a, i, j) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
}


/***/ }),

/***/ 33216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ batchMoments),
/* harmony export */   Qb: () => (/* binding */ EMPTY_MOMENTS),
/* harmony export */   iQ: () => (/* binding */ mergeMoments),
/* harmony export */   yE: () => (/* binding */ sampleStd)
/* harmony export */ });
const EMPTY_MOMENTS = { n: 0, mean: 0, m2: 0 };
function mergeMoments(a, b) {
    if (a.n === 0)
        return { ...b };
    if (b.n === 0)
        return { ...a };
    const n = a.n + b.n;
    const delta = b.mean - a.mean;
    return { n, mean: a.mean + (delta * b.n) / n, m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n };
}
/** Moments of the OK values of a batch column (two passes over the batch for accuracy). */
function batchMoments(values, status, length) {
    let n = 0;
    let sum = 0;
    for (let i = 0; i < length; i++) {
        if (status[i] === 0) {
            n++;
            sum += values[i];
        }
    }
    if (n === 0)
        return EMPTY_MOMENTS;
    const mean = sum / n;
    let m2 = 0;
    for (let i = 0; i < length; i++) {
        if (status[i] === 0) {
            const d = values[i] - mean;
            m2 += d * d;
        }
    }
    return { n, mean, m2 };
}
/** Sample standard deviation (ddof = 1, as pandas' `std`). */
function sampleStd(m) {
    return m.n > 1 ? Math.sqrt(m.m2 / (m.n - 1)) : NaN;
}


/***/ }),

/***/ 17416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ profileColumn),
/* harmony export */   Er: () => (/* binding */ buildProfile),
/* harmony export */   Fk: () => (/* binding */ profileSchema),
/* harmony export */   dp: () => (/* binding */ mergeColumnStates),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   kT: () => (/* binding */ profileHead),
/* harmony export */   rL: () => (/* binding */ edgesOfProfile)
/* harmony export */ });
/* unused harmony exports PROFILE_KIND, PROFILE_VERSION */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var _data_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78713);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44322);
/* harmony import */ var _frequent_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59823);
/* harmony import */ var _hll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78525);
/* harmony import */ var _kll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81204);
/* harmony import */ var _moments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33216);








const PROFILE_KIND = "modelgate.profile";
/**
 * The version written. 2: a HyperLogLog sketch may be kept sparse ("sparse:…", issue 16), which an older modelgate
 * would decode as registers and misread — so it refuses version 2 instead. Version 1 files (every register kept)
 * still read.
 */
const PROFILE_VERSION = 2;
const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const HISTOGRAM_BINS = 20;
const TOP_VALUES = 10;
const momentsSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ n: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), mean: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), m2: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig() }).strict();
const columnStateSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_data_types_js__WEBPACK_IMPORTED_MODULE_0__/* .COLUMN_TYPES */ .RO),
    count: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative(),
    nulls: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative(),
    invalid: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative(),
    hll: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().superRefine((text, ctx) => {
        const problem = (0,_hll_js__WEBPACK_IMPORTED_MODULE_2__/* .hllTextProblem */ .PI)(text);
        if (problem)
            ctx.addIssue({ code: "custom", message: `the HyperLogLog sketch ${problem}` });
    }),
    moments: momentsSchema.nullable(),
    quantiles: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        k: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        n: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        min: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        max: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
        levels: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig())),
        seed: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    })
        .strict()
        .nullable(),
    frequent: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ items: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()])), error: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig() })
        .strict()
        .nullable(),
    bins: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ edges: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()), counts: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative()) })
        .strict()
        .refine((b) => b.counts.length === b.edges.length + 1, "bins need one count more than edges")
        .refine((b) => b.edges.every((e, i) => i === 0 || e > b.edges[i - 1]), "bin edges must ascend")
        .nullable()
        .optional(),
})
    .strict();
const columnSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ summary: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()), state: columnStateSchema }).strict();
/** The profile file: summaries to read, and the mergeable state they were computed from. */
const profileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(PROFILE_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(PROFILE_VERSION)]),
    rows: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative(),
    sources: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), format: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), rows: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig() }).strict()),
    columns: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(columnSchema),
})
    .strict();
function show(type, v) {
    return type === "datetime" ? new Date(v).toISOString() : v;
}
/** The readable summary of a column's state. Quantiles and histogram come from the KLL sketch (approximate). */
function summarize(state) {
    const frequent = state.frequent ? _frequent_js__WEBPACK_IMPORTED_MODULE_6__/* .FrequentItems */ .J.fromState(state.frequent) : null;
    const exactDistinct = frequent !== null && frequent.error === 0;
    const summary = {
        name: state.name,
        type: state.type,
        count: state.count,
        nulls: state.nulls,
        null_fraction: state.count ? state.nulls / state.count : 0,
        invalid: state.invalid,
        distinct: exactDistinct ? frequent.counts.size : _hll_js__WEBPACK_IMPORTED_MODULE_2__/* .HyperLogLog */ .l8.fromBase64(state.hll).estimate(),
        distinct_exact: exactDistinct,
    };
    if (state.moments && state.moments.n > 0) {
        summary.mean = state.type === "datetime" ? undefined : state.moments.mean;
        summary.std = state.type === "datetime" ? undefined : (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .sampleStd */ .yE)(state.moments);
    }
    if (state.quantiles && state.quantiles.n > 0) {
        const kll = _kll_js__WEBPACK_IMPORTED_MODULE_3__/* .KllSketch */ .gu.fromState(state.quantiles);
        summary.min = show(state.type, kll.min);
        summary.max = show(state.type, kll.max);
        summary.quantiles = Object.fromEntries(QUANTILES.map((q) => [`p${Math.round(q * 100)}`, show(state.type, kll.quantile(q))]));
        if (state.type !== "datetime")
            summary.histogram = histogram(kll);
    }
    if (frequent) {
        summary.top = frequent.top(TOP_VALUES);
        summary.top_exact = exactDistinct;
    }
    return summary;
}
function histogram(kll) {
    const { values, cum, total } = kll.cdfTable();
    const lo = kll.min;
    const hi = kll.max;
    const bins = lo === hi ? 1 : HISTOGRAM_BINS;
    const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + ((hi - lo) * i) / bins));
    const counts = new Array(bins).fill(0);
    // Weight of sketch items per bin, scaled to the true count.
    let j = 0;
    let prev = 0;
    for (let b = 0; b < bins; b++) {
        const upper = edges[b + 1];
        while (j < values.length && (values[j] < upper || (b === bins - 1 && values[j] <= upper)))
            j++;
        const c = j > 0 ? cum[j - 1] : 0;
        counts[b] = Math.round(((c - prev) / total) * kll.n);
        prev = c;
    }
    return { edges, counts, approximate: true };
}
/** One column of the profile file: its summary, and the state it was computed from. */
function profileColumn(state) {
    return { summary: summarize(state), state };
}
/** The profile file without its columns (a wide table's are written one at a time: see commands/profile.ts). */
function profileHead(sources) {
    const rows = sources.reduce((a, s) => a + s.rows, 0);
    return { kind: PROFILE_KIND, version: PROFILE_VERSION, rows, sources, columns: [] };
}
/** Build the profile file from column states. */
function buildProfile(states, sources) {
    return { ...profileHead(sources), columns: states.map(profileColumn) };
}
/** One type for a column across shards: the same type, or number where integer and number shards meet. */
function reconcileTypes(name, types) {
    const distinct = [...new Set(types)];
    if (distinct.length === 1)
        return distinct[0];
    if (distinct.every((t) => t === "integer" || t === "number"))
        return "number";
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `column ${JSON.stringify(name)} is ${distinct.join(" in one profile and ")} in another: profiles of one table must agree`);
}
/** Merge one column's states from several shards or ranges: counts and moments exactly, sketches by their rules. */
function mergeColumnStates(name, states) {
    // A shard where the column is all null says nothing of its type or values: it adds counts only.
    const valued = states.filter((s) => s.count - s.nulls > 0);
    const type = reconcileTypes(name, valued.length ? valued.map((s) => s.type) : [states[0].type]);
    const hll = _hll_js__WEBPACK_IMPORTED_MODULE_2__/* .HyperLogLog */ .l8.fromBase64(states[0].hll);
    for (const s of states.slice(1))
        hll.merge(_hll_js__WEBPACK_IMPORTED_MODULE_2__/* .HyperLogLog */ .l8.fromBase64(s.hll));
    let kll = null;
    let frequent = null;
    let moments = null;
    valued.forEach((s, i) => {
        if (s.quantiles) {
            if (kll)
                kll.merge(_kll_js__WEBPACK_IMPORTED_MODULE_3__/* .KllSketch */ .gu.fromState(s.quantiles));
            else if (i === 0)
                kll = _kll_js__WEBPACK_IMPORTED_MODULE_3__/* .KllSketch */ .gu.fromState(s.quantiles);
        }
        if (s.frequent && (frequent || i === 0)) {
            if (frequent)
                frequent.merge(_frequent_js__WEBPACK_IMPORTED_MODULE_6__/* .FrequentItems */ .J.fromState(s.frequent));
            else
                frequent = _frequent_js__WEBPACK_IMPORTED_MODULE_6__/* .FrequentItems */ .J.fromState(s.frequent);
        }
        else
            frequent = null;
        if (s.moments && (moments || i === 0))
            moments = moments ? (0,_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeMoments */ .iQ)(moments, s.moments) : s.moments;
        else
            moments = null;
    });
    const bins = mergeBins(name, valued);
    const count = states.reduce((a, s) => a + s.count, 0);
    const nulls = states.reduce((a, s) => a + s.nulls, 0);
    const invalid = states.reduce((a, s) => a + s.invalid, 0);
    return {
        name,
        type,
        count,
        nulls,
        invalid,
        hll: hll.toBase64(),
        moments,
        quantiles: kll ? kll.toState() : null,
        frequent: frequent ? frequent.toState() : null,
        ...(bins ? { bins } : {}),
    };
}
/** Bin counts add exactly when every shard counted on the same edges; shards on other edges cannot merge. */
function mergeBins(name, states) {
    if (states.length === 0 || !states.every((s) => s.bins))
        return null;
    const edges = states[0].bins.edges;
    const counts = new Array(edges.length + 1).fill(0);
    for (const s of states) {
        const b = s.bins;
        if (b.edges.length !== edges.length || b.edges.some((e, i) => e !== edges[i]))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(undefined, undefined, `column ${JSON.stringify(name)} was binned on different edges in two profiles: profile every shard with the same --edges-from`);
        b.counts.forEach((c, i) => (counts[i] += c));
    }
    return { edges: [...edges], counts };
}
/**
 * Bin edges for profiling another table (or shards) comparably with `profile`: each numeric column's own fixed
 * edges when it has them, else its deciles from the quantile sketch.
 */
function edgesOfProfile(profile) {
    const out = new Map();
    for (const { state } of profile.columns) {
        if (state.bins)
            out.set(state.name, [...state.bins.edges]);
        else if (state.quantiles && state.quantiles.n > 0) {
            const kll = _kll_js__WEBPACK_IMPORTED_MODULE_3__/* .KllSketch */ .gu.fromState(state.quantiles);
            out.set(state.name, (0,_quantile_js__WEBPACK_IMPORTED_MODULE_7__/* .decileEdgesBy */ .OW)((q) => kll.quantile(q)));
        }
    }
    return out;
}


/***/ }),

/***/ 44322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ decileEdgesBy),
/* harmony export */   Vq: () => (/* binding */ quantileLinear)
/* harmony export */ });
/* unused harmony export DECILES */
/**
 * numpy.quantile(sorted, q, method="linear") to the bit: index (n − 1)·q, and numpy 1.24's interpolation, which
 * works down from the upper neighbour when the fraction is ≥ 0.5. Used for latency percentiles, bootstrap
 * intervals and drift bin edges alike. `sorted` must be ascending and non-empty.
 */
function quantileLinear(sorted, q) {
    const n = sorted.length;
    const index = (n - 1) * q;
    const lo = Math.min(Math.max(Math.floor(index), 0), n - 1);
    const hi = Math.min(lo + 1, n - 1);
    const t = index - Math.floor(index);
    const a = sorted[lo];
    const b = sorted[hi];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/** The quantiles at which drift cuts numeric bins (from the rows, or from a sketch). */
const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** Interior bin edges at the deciles `quantile` gives, de-duplicated and ascending. */
function decileEdgesBy(quantile) {
    return [...new Set(DECILES.map(quantile))].sort((x, y) => x - y);
}


/***/ }),

/***/ 38640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sK: () => (/* binding */ mulberry32),
/* harmony export */   si: () => (/* binding */ mulberryOutput),
/* harmony export */   wo: () => (/* binding */ MULBERRY_STEP)
/* harmony export */ });
// mulberry32: a small seeded generator that gives the same numbers in every JavaScript engine, so sketches and
// bootstrap intervals are reproducible run to run. `state` is the 32-bit counter; callers may persist it.
const MULBERRY_STEP = 0x6d2b79f5;
/** The output for a counter value already advanced by MULBERRY_STEP: a float in [0, 1). */
function mulberryOutput(state) {
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function mulberry32(seed) {
    let state = seed >>> 0;
    return () => mulberryOutput((state = (state + MULBERRY_STEP) >>> 0));
}


/***/ })

};
