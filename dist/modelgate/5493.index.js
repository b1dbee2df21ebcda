export const id = 5493;
export const ids = [5493];
export const modules = {

/***/ 5493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDrift: () => (/* binding */ runDrift)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/drift/result.ts
var drift_result = __webpack_require__(60158);
;// CONCATENATED MODULE: ./src/core/drift/columnTests.ts
// The drift tests a user names: `--test psi` for every column, `--column-test "income=psi:0.2"` for one.


/** A drift test's name, checked; `where` names the flag and value in the error. */
function testName(value, where) {
    if (!drift_result/* DRIFT_TESTS */.qx.includes(value))
        throw new errors/* InputError */.dz(undefined, undefined, `${where}: unknown test ${JSON.stringify(value)} (use ${drift_result/* DRIFT_TESTS */.qx.join(", ")})`);
    return value;
}
/** `--column-test "income=psi:0.2"`: a column's own test and threshold. */
function columnTests(values) {
    const out = {};
    for (const v of values) {
        const m = /^(.+)=([a-z0-9]+)(?::([0-9.eE+-]+))?$/.exec(v);
        if (!m)
            throw new errors/* InputError */.dz(undefined, undefined, `--column-test ${JSON.stringify(v)}: write column=test or column=test:threshold`);
        const threshold = m[3] === undefined ? undefined : Number(m[3]);
        if (threshold !== undefined && !Number.isFinite(threshold))
            throw new errors/* InputError */.dz(undefined, undefined, `--column-test ${JSON.stringify(v)}: the threshold is not a number`);
        out[m[1]] = {
            test: testName(m[2], `--column-test ${JSON.stringify(v)}`),
            ...(threshold !== undefined ? { threshold } : {}),
        };
    }
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/data/open.ts
var data_open = __webpack_require__(7814);
// EXTERNAL MODULE: ./src/core/model/onnxModel.ts + 2 modules
var onnxModel = __webpack_require__(31479);
;// CONCATENATED MODULE: ./src/core/drift/special.ts
// Special functions the drift tests need, to double precision: log-gamma, the regularized incomplete gamma
// function (the chi-square and normal tails both reduce to it), and the normal survival function.
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x) for x > 0 (Lanczos, g = 7: relative error ~1e-15). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const EPS = 1e-16;
const TINY = 1e-300;
/** Regularized lower incomplete gamma P(a, x) by its series (converges fast for x < a + 1). */
function gammaPSeries(a, x) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 10_000; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
/** Regularized upper incomplete gamma Q(a, x) by its continued fraction (modified Lentz; for x ≥ a + 1). */
function gammaQFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10_000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
/** Q(a, x) = Γ(a, x) / Γ(a), computed without cancellation on either side of a + 1. */
function gammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (!Number.isFinite(x))
        return 0;
    return x < a + 1 ? 1 - gammaPSeries(a, x) : gammaQFraction(a, x);
}
/** P(χ²_k ≥ x): scipy.stats.chi2.sf. */
function chi2Sf(x, k) {
    return gammaQ(k / 2, x / 2);
}
/** erfc(x) = Q(1/2, x²) for x ≥ 0. */
function erfc(x) {
    return x >= 0 ? gammaQ(0.5, x * x) : 2 - gammaQ(0.5, x * x);
}
/** P(Z ≥ z) for a standard normal Z: scipy.stats.norm.sf. */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}

;// CONCATENATED MODULE: ./src/core/drift/kolmogorov.ts
// The two-sided two-sample Kolmogorov–Smirnov p-value as scipy.stats.ks_2samp(method="auto") computes it
// (scipy 1.10): exact when both samples have at most 10,000 values, else the one-sample Kolmogorov distribution
// kstwo at n = round(n1·n2/(n1+n2)) — not the textbook limit formula. The algorithms are the published ones scipy
// cites: Hodges' lattice-path method with Viehmann's 1−p recursion, Durbin's matrix (Marsaglia–Tsang–Wang),
// Pelz–Good, and Smirnov's exact one-sided sum, selected by the same regions as Simard & L'Ecuyer.

/** ks_2samp's switch from the exact to the asymptotic p-value. */
const MAX_EXACT_N = 10_000;
const clip = (p) => Math.min(1, Math.max(0, p));
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** numpy's round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** P(D ≥ h/n) for two samples of n: Horner form of 2Σ(−1)^(k+1) C(2n, n−kh)/C(2n, n), without cancellation. */
function probOutsideSquare(n, h) {
    let P = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
    }
    return 2 * P;
}
/**
 * The share of lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm (Hodges' inside method,
 * computing 1 − p directly as Viehmann 2021 does, one sliding column at a time).
 */
function probOutsideBand(m0, n0, g, h) {
    const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const A = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
    A.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return A[maxj - minj - 1];
}
/** Smirnov's one-sided P(D⁺_n ≥ x), summed exactly (Birnbaum–Tingey), in logs to stay in range. */
function smirnovSf(n, x) {
    if (x <= 0)
        return 1;
    if (x >= 1)
        return 0;
    const lgn = logGamma(n + 1);
    let sum = 0;
    for (let j = 0; j <= Math.floor(n * (1 - x)); j++) {
        const rest = 1 - x - j / n;
        if (rest <= 0 && n - j > 0)
            continue;
        const logTerm = lgn - logGamma(j + 1) - logGamma(n - j + 1) + (j - 1) * Math.log(x + j / n) + (n - j) * Math.log(rest);
        sum += Math.exp(logTerm);
    }
    return clip(x * sum);
}
/** P(D_n ≤ d) by Durbin's matrix method in the Marsaglia–Tsang–Wang form (exact; for small n·d). */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    const multiply = (a, b) => {
        const out = new Float64Array(m * m);
        for (let i = 0; i < m; i++)
            for (let l = 0; l < m; l++) {
                const x = a[i * m + l];
                if (x === 0)
                    continue;
                for (let j = 0; j < m; j++)
                    out[i * m + j] += x * b[l * m + j];
            }
        return out;
    };
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
    const SCALE = 2 ** 128;
    let expnt = 0;
    let hExpnt = 0;
    for (let nn = n; nn > 0; nn = Math.floor(nn / 2)) {
        if (nn % 2) {
            power = multiply(power, H);
            expnt += hExpnt;
        }
        H = multiply(H, H);
        hExpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > SCALE) {
            for (let i = 0; i < H.length; i++)
                H[i] /= SCALE;
            hExpnt += 128;
        }
    }
    let p = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < 1 / SCALE) {
            p *= SCALE;
            expnt -= 128;
        }
    }
    return clip(p * 2 ** expnt);
}
/** The Pelz–Good asymptotic series for P(D_n ≤ x). */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const pi2 = Math.PI ** 2;
    const pi4 = pi2 * pi2;
    const pi6 = pi4 * pi2;
    const qlog = -pi2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = pi2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
    const k2c = (pi4 * (1 - 2 * z2)) / 16;
    const k3d = (pi6 * (5 - 30 * z2)) / 64;
    const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qp = q ** (8 * k);
        const c = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qp + c[i];
    }
    const root2pi = Math.sqrt(2 * Math.PI);
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * root2pi) / div[i];
    q = Math.exp(-pi2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const s3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const qk = q ** (k * k);
        k2extra += k * k * qk;
        k3extra += (s3z + Math.PI * k) * (s3z - Math.PI * k) * k * k * qk;
    }
    K[2] += (k2extra * pi2 * root2pi) / (-36 * z3);
    K[3] += (k3extra * pi2 * root2pi) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
/** P(D_n ≥ x) of the one-sample two-sided statistic: scipy.stats.kstwo.sf(x, n). */
function kolmogorovSf(n, x) {
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        const logCdf = logGamma(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1);
        return clip(1 - Math.exp(logCdf));
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        // scipy uses Pomeranz's recursion for 0.754693 < n·x² ≤ 4; Durbin's matrix is exact there too.
        if (nx2 <= 4)
            return clip(1 - durbinCdf(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip(2 * smirnovSf(n, x));
    const cdf = nx2 >= 18 ? 1 : n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbinCdf(n, x) : pelzGoodCdf(n, x);
    return clip(1 - cdf);
}
/** The largest gap between the two empirical CDFs; both arrays sorted ascending. */
function ksStatistic(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let d = 0;
    while (i < n1 && j < n2) {
        const x = Math.min(a[i], b[j]);
        while (i < n1 && a[i] === x)
            i++;
        while (j < n2 && b[j] === x)
            j++;
        d = Math.max(d, Math.abs(i / n1 - j / n2));
    }
    return d;
}
/** scipy.stats.ks_2samp(a, b, alternative="two-sided", method="auto") on sorted samples. */
function ks2Samp(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    const d = ksStatistic(a, b);
    if (Math.max(n1, n2) <= MAX_EXACT_N) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        const dq = h / lcm;
        if (h === 0)
            return { statistic: dq, pValue: 1, method: "exact" };
        const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
        // Like scipy, fall back to the asymptotic value if the exact one is not a probability.
        if (p >= 0 && p <= 1)
            return { statistic: dq, pValue: p, method: "exact" };
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    return { statistic: d, pValue: clip(kolmogorovSf(roundHalfEven(en), d)), method: "asymptotic" };
}

// EXTERNAL MODULE: ./src/core/drift/numberColumn.ts + 1 modules
var numberColumn = __webpack_require__(96755);
// EXTERNAL MODULE: ./src/core/drift/samples.ts
var samples = __webpack_require__(77156);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
// EXTERNAL MODULE: ./src/core/quantile.ts
var quantile = __webpack_require__(44322);
;// CONCATENATED MODULE: ./src/core/drift/statistics.ts
// The drift tests other than KS, with the conventions stated in the README: chi-square and the proportions z-test
// as Evidently defines them, Wasserstein distance normed by the reference's standard deviation, and Jensen–Shannon
// distance (natural log, as scipy) and PSI over bins cut at the reference's deciles, empty bins filled with ε.



/** What an empty bin's share becomes in JS and PSI (Evidently's value), so logarithms stay finite. */
const EMPTY_BIN_SHARE = 0.0001;
/** Counts per category over the sorted union of both sides' categories. */
function alignCounts(ref, cur) {
    const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort(compareKeys);
    return { keys, r: keys.map((k) => ref.get(k) ?? 0), c: keys.map((k) => cur.get(k) ?? 0) };
}
/** Numbers as numbers, else as text: the order numpy/pandas give a column's unique values. */
function compareKeys(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a.trim() !== "" && b.trim() !== "" && Number.isFinite(x) && Number.isFinite(y))
        return x - y;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Pearson's chi-square of the current counts against the reference proportions scaled to the current size
 * (scipy.stats.chisquare(observed, expected)). A category the reference never saw makes the statistic infinite.
 */
function chiSquare(ref, cur) {
    const { r, c } = alignCounts(ref, cur);
    const nr = r.reduce((a, b) => a + b, 0);
    const nc = c.reduce((a, b) => a + b, 0);
    if (r.length < 2)
        return { statistic: 0, pValue: 1 };
    let stat = 0;
    for (let i = 0; i < r.length; i++) {
        const expected = (r[i] * nc) / nr;
        if (expected === 0) {
            if (c[i] > 0)
                return { statistic: Infinity, pValue: 0 };
            continue;
        }
        stat += (c[i] - expected) ** 2 / expected;
    }
    return { statistic: stat, pValue: chi2Sf(stat, r.length - 1) };
}
/** Evidently's two-proportion z-test on the share of the first category (two-sided). */
function proportionsZ(ref, cur) {
    const { keys, r, c } = alignCounts(ref, cur);
    const n1 = r.reduce((a, b) => a + b, 0);
    const n2 = c.reduce((a, b) => a + b, 0);
    if (keys.length < 2)
        return { statistic: 0, pValue: 1 };
    const p1 = r[0] / n1;
    const p2 = c[0] / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    return { statistic: z, pValue: 2 * normalSf(Math.abs(z)) };
}
/** The 1-D Wasserstein distance between two samples (both sorted): ∫|F_ref − F_cur|. */
function wasserstein(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let prev = Math.min(a[0], b[0]);
    let sum = 0;
    while (i < n1 || j < n2) {
        const x = Math.min(i < n1 ? a[i] : Infinity, j < n2 ? b[j] : Infinity);
        sum += Math.abs(i / n1 - j / n2) * (x - prev);
        while (i < n1 && a[i] === x)
            i++;
        while (j < n2 && b[j] === x)
            j++;
        prev = x;
    }
    return sum;
}
/** Wasserstein distance in units of the reference's standard deviation (at least 0.001, Evidently's floor). */
function wassersteinNormed(ref, cur) {
    // simple-statistics' population standard deviation (ddof 0, numpy's default); it only indexes its argument.
    const sd = (0,simple_statistics/* standardDeviation */.Fx)(ref);
    return { statistic: wasserstein(ref, cur) / Math.max(sd, 0.001), pValue: null };
}
/** Interior bin edges at the reference's deciles, de-duplicated. Bins: (−∞, e1), [e1, e2), …, [ek, ∞). */
function decileEdges(sortedRef) {
    return (0,quantile/* decileEdgesBy */.OW)((q) => (0,quantile/* quantileLinear */.Vq)(sortedRef, q));
}
/** Counts per bin of a sorted sample: bin i holds the values with exactly i edges ≤ them. */
function binCounts(sorted, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    let bin = 0;
    for (let i = 0; i < sorted.length; i++) {
        while (bin < edges.length && sorted[i] >= edges[bin])
            bin++;
        counts[bin]++;
    }
    return counts;
}
/** Shares with empty bins set to ε (not renormalised, as Evidently does). */
function shares(counts) {
    const n = counts.reduce((a, b) => a + b, 0);
    return counts.map((c) => (c === 0 ? EMPTY_BIN_SHARE : c / n));
}
/** scipy.spatial.distance.jensenshannon(p, q): natural log; p and q normalised to sum 1 first. */
function jensenShannon(p, q) {
    const sp = p.reduce((a, b) => a + b, 0);
    const sq = q.reduce((a, b) => a + b, 0);
    let js = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        if (a > 0)
            js += a * Math.log(a / m);
        if (b > 0)
            js += b * Math.log(b / m);
    }
    return Math.sqrt(Math.max(js / 2, 0));
}
/** Population stability index: Σ (ref − cur) · ln(ref / cur). */
function psi(p, q) {
    let s = 0;
    for (let i = 0; i < p.length; i++)
        s += (p[i] - q[i]) * Math.log(p[i] / q[i]);
    return s;
}

;// CONCATENATED MODULE: ./src/core/drift/verdict.ts
// What drift means, for rows and profiles alike: when a column drifted (its test, its null share moving, a type
// change, or being missing from the current data) and the dataset's verdict. A comparison that cannot be made (no
// rows, no shared column, nothing with values on both sides) is refused in one line rather than passed: "OK 0 of 0
// columns drifted" was a silent pass (issue 16).


const pct = (x) => `${(x * 100).toFixed(1)} %`;
const verdict_short = (x) => (Number.isFinite(x) ? Number(x.toPrecision(4)).toString() : x > 0 ? "∞" : "−∞");
const invalidShare = (s) => (s.rows ? s.invalid / s.rows : 0);
/** One column's verdict: its status, the test chosen (Evidently's default or configured), and the result. */
function judgeColumn(f, o, run) {
    const limit = o.nullRateThreshold ?? drift_result/* DEFAULT_NULL_RATE_THRESHOLD */.RE;
    const nullChange = f.current.null_fraction - f.reference.null_fraction;
    const nullDrifted = Math.abs(nullChange) > limit;
    const reasons = [];
    // Current values of another type than the reference's: every one of them (whatever the share), or a share that
    // grew past the threshold. Either is a type change, which fails the run like a missing column.
    const allInvalid = f.nRef > 0 && f.nCur === 0 && f.current.invalid > 0;
    const [ri, ci] = [invalidShare(f.reference), invalidShare(f.current)];
    const typeChange = f.typeChange ??
        (allInvalid
            ? `none of the ${f.current.invalid} current values is ${f.type}, as the reference's are`
            : ci - ri > limit
                ? `${pct(ci)} of current values are not ${f.type} (reference ${pct(ri)})`
                : null);
    if (typeChange)
        reasons.push(`type changed: ${typeChange}`);
    if (nullDrifted)
        reasons.push(`null share ${pct(f.reference.null_fraction)} → ${pct(f.current.null_fraction)} (moved more than ${pct(limit)})`);
    const untested = (status) => columnDrift(f, status, nullChange, nullDrifted, reasons, null, null, null);
    if (typeChange)
        return untested("type_changed");
    if (f.nRef === 0 || f.nCur === 0)
        return untested(f.nRef === 0 ? "no_reference_values" : "no_current_values");
    if (f.identifier)
        return untested("identifier");
    const distinct = f.distinctBoth();
    const configured = o.columns?.[f.name];
    let test = configured?.test ?? o.test ?? (0,drift_result/* defaultTest */.Cz)(f.numeric, f.nRef, distinct);
    if (!(0,drift_result/* testApplies */.LY)(test, f.numeric, distinct))
        test = (0,drift_result/* defaultTest */.Cz)(f.numeric, f.nRef, distinct);
    const threshold = configured?.threshold ?? drift_result/* DEFAULT_THRESHOLD */.aV[test];
    const outcome = run(test, f.reference.distinct);
    const { result } = outcome;
    // A NaN statistic or p-value is no evidence of stability: it counts as drift, never as a pass.
    const measured = drift_result/* P_VALUE_TESTS */.Dw.has(test) ? result.pValue : result.statistic;
    const testDrifted = Number.isNaN(measured) || (drift_result/* P_VALUE_TESTS */.Dw.has(test) ? measured < threshold : measured >= threshold);
    if (testDrifted)
        reasons.unshift(drift_result/* P_VALUE_TESTS */.Dw.has(test)
            ? `${test} p = ${verdict_short(measured)} < ${threshold}`
            : `${test} ${verdict_short(measured)} ≥ ${threshold}`);
    return columnDrift(f, "ok", nullChange, nullDrifted, reasons, test, threshold, outcome);
}
/**
 * A column's result, every field set in one order: objects built by spreading took a hidden class each (20,000
 * of them for 20,000 columns), which a wide table pays for in memory and collection time (issue 16).
 */
function columnDrift(f, status, nullChange, nullDrifted, reasons, test, threshold, outcome) {
    const c = {
        column: f.name,
        type: f.numeric ? "numeric" : "categorical",
        reference: f.reference,
        current: f.current,
        null_rate_change: nullChange,
        null_rate_drifted: nullDrifted,
        status,
        test,
        statistic: outcome ? outcome.result.statistic : null,
        p_value: outcome ? outcome.result.pValue : null,
        threshold,
        drifted: reasons.length > 0,
        reasons,
        picture: outcome ? outcome.picture : null,
    };
    if (outcome?.approximate)
        c.approximate = outcome.approximate;
    return c;
}
/** A reference column the current data does not have: drifted, untested. */
function missingColumn(name, numeric, reference) {
    const current = { rows: 0, null_fraction: 0, invalid: 0, distinct: 0 };
    return columnDrift({ name, numeric, reference, current }, "missing_in_current", 0, false, ["missing in current"], null, null, null);
}
/** Refuse a comparison that cannot be made: a side without rows, or no column in common. */
function checkComparable(ref, cur) {
    for (const side of [ref, cur])
        if (side.rows === 0)
            throw new errors/* InputError */.dz(side.file, undefined, "has no rows: there is nothing to compare");
    const have = new Set(cur.columns);
    if (!ref.columns.some((c) => have.has(c))) {
        const some = ref.columns.slice(0, 5).map((c) => JSON.stringify(c));
        throw new errors/* InputError */.dz(cur.file, undefined, `has none of the columns of ${ref.file} (${some.join(", ")}${ref.columns.length > 5 ? ", …" : ""}): nothing to compare`);
    }
}
const judged = (c) => c !== null && (c.status === "ok" || c.drifted);
const isSchemaChange = (c) => drift_result/* SCHEMA_STATUSES */.F2.includes(c.status);
/** The dataset verdict over compared columns, sorted worst first. */
function summarizeColumns(reference, current, columns, o, from) {
    const apart = (name) => columns.find((c) => c.column === name) ?? null;
    const target = apart(o.target);
    const prediction = apart(o.prediction);
    const all = columns;
    columns = columns.filter((c) => c !== target && c !== prediction).sort(worstFirst);
    const tested = columns.filter(judged).length;
    if (tested === 0 && !judged(target) && !judged(prediction)) {
        const why = all.slice(0, 5).map((c) => `${JSON.stringify(c.column)} ${c.status.replace(/_/g, " ")}`);
        throw new errors/* InputError */.dz(current.file, undefined, `nothing to compare with ${reference.file}: no column has values on both sides (${why.join("; ")}${all.length > 5 ? "; …" : ""})`);
    }
    const drifted = columns.filter((c) => c.drifted).length;
    const share = tested ? drifted / tested : 0;
    const datasetThreshold = o.datasetThreshold ?? 0.5;
    const datasetDrifted = tested > 0 && share >= datasetThreshold;
    const schemaDrifted = all.some(isSchemaChange);
    return {
        kind: "modelgate.drift",
        version: 1,
        from,
        reference,
        current,
        columns,
        target,
        prediction,
        drifted_columns: drifted,
        tested_columns: tested,
        share_drifted: share,
        dataset_threshold: datasetThreshold,
        null_rate_threshold: o.nullRateThreshold ?? drift_result/* DEFAULT_NULL_RATE_THRESHOLD */.RE,
        dataset_drifted: datasetDrifted,
        schema_drifted: schemaDrifted,
        drifted: datasetDrifted || schemaDrifted || Boolean(target?.drifted) || Boolean(prediction?.drifted),
    };
}
/** How far past (> 0) or short of (< 0) its threshold a column is, in decades: p-values and distances alike. */
function severity(c) {
    if (c.status !== "ok")
        return -Infinity;
    const ratio = c.p_value !== null ? c.threshold / Math.max(c.p_value, 1e-300) : c.statistic / c.threshold;
    return Math.log10(ratio);
}
/** Drifted columns first (schema changes first of them), then by severity, then flagged null-rate changes. */
function worstFirst(a, b) {
    return (Number(b.drifted) - Number(a.drifted) ||
        Number(isSchemaChange(b)) - Number(isSchemaChange(a)) ||
        severity(b) - severity(a) ||
        Number(b.null_rate_drifted) - Number(a.null_rate_drifted));
}

;// CONCATENATED MODULE: ./src/core/drift/drift.ts
// Per-column drift between a reference and a current table, from their rows: the test Evidently would choose for
// the column (or the one configured), its statistic and p-value; the verdicts are verdict.ts's.







const sideOf = (s, into) => ({
    ...s,
    values: s.numbers ? (0,numberColumn/* floatsOf */.HC)(s.numbers, into) : null,
});
/** Values of the column's type on a side (neither null nor invalid). */
const valueCount = (s) => (s.values ? s.values.length : [...s.counts.values()].reduce((a, b) => a + b, 0));
function facts(s) {
    return {
        rows: s.rows,
        null_fraction: s.rows ? s.nulls / s.rows : 0,
        invalid: s.invalid,
        distinct: s.values ? (0,samples/* distinctSorted */.uQ)(s.values) : s.counts.size,
    };
}
function runTest(test, ref, cur, refDistinct) {
    const numeric = ref.values !== null;
    if (numeric && (test === "ks" || test === "wasserstein")) {
        const edges = decileEdges(ref.values);
        const picture = pictureOf(edges.map((e) => String(e)), binCounts(ref.values, edges), binCounts(cur.values, edges));
        return {
            result: test === "ks" ? ks2Samp(ref.values, cur.values) : wassersteinNormed(ref.values, cur.values),
            picture,
        };
    }
    if (numeric && (test === "js" || test === "psi") && refDistinct > 5) {
        const edges = decileEdges(ref.values);
        return binnedTest(test, edges.map(String), binCounts(ref.values, edges), binCounts(cur.values, edges));
    }
    return countsTest(test, numeric ? (0,samples/* countsOf */.mQ)(ref.values) : ref.counts, numeric ? (0,samples/* countsOf */.mQ)(cur.values) : cur.counts);
}
/** JS or PSI over bins (or categories) counted on both sides. */
function binnedTest(test, labels, r, c) {
    const [p, q] = [shares(r), shares(c)];
    return {
        result: { statistic: test === "js" ? jensenShannon(p, q) : psi(p, q), pValue: null },
        picture: pictureOf(labels, r, c),
    };
}
/** A category test (chi-square, z, JS or PSI) on counts per value. */
function countsTest(test, rc, cc) {
    const { keys, r, c } = alignCounts(rc, cc);
    if (test === "chi2")
        return { result: chiSquare(rc, cc), picture: pictureOf(keys, r, c) };
    if (test === "z")
        return { result: proportionsZ(rc, cc), picture: pictureOf(keys, r, c) };
    return binnedTest(test === "psi" ? "psi" : "js", keys, r, c);
}
function pictureOf(labels, r, c) {
    const nr = r.reduce((a, b) => a + b, 0) || 1;
    const nc = c.reduce((a, b) => a + b, 0) || 1;
    // Categorical pictures keep the 12 most common reference categories, in their order.
    const order = labels.map((_l, i) => i);
    const keep = labels.length > 12
        ? [...order]
            .sort((a, b) => r[b] - r[a])
            .slice(0, 12)
            .sort((a, b) => a - b)
        : order;
    return {
        labels: keep.map((i) => labels[i]),
        reference: keep.map((i) => r[i] / nr),
        current: keep.map((i) => c[i] / nc),
    };
}
function compareColumn(refSample, curSample, o, buffers) {
    const ref = sideOf(refSample, buffers?.ref);
    const cur = sideOf(curSample, buffers?.cur);
    const numeric = ref.values !== null;
    const rf = facts(ref);
    const nRef = valueCount(ref);
    return judgeColumn({
        name: ref.name,
        numeric,
        type: ref.type,
        reference: rf,
        current: facts(cur),
        nRef,
        nCur: valueCount(cur),
        // A text column whose every reference value is unique (an id) has no distribution to compare.
        identifier: !numeric && rf.distinct === nRef && nRef > 50,
        distinctBoth: () => numeric
            ? (0,samples/* distinctUnion */.yA)(ref.values, cur.values)
            : new Set([...ref.counts.keys(), ...cur.counts.keys()]).size,
    }, o, (test, refDistinct) => runTest(test, ref, cur, refDistinct));
}
/**
 * Drift of every reference column: compared where the current table has it, drifted where it has not. Both
 * sample lists are consumed (left empty), so that each column's values can be let go once it is compared: on a
 * wide table the samples and the results would otherwise be held together (issue 16).
 */
function compareSamples(ref, cur, o) {
    checkComparable({ file: ref.file, rows: ref.rows, columns: ref.samples.map((s) => s.name) }, { file: cur.file, rows: cur.rows, columns: cur.samples.map((s) => s.name) });
    // A reduce, not Math.max(...list): a spread of 100,000 columns' lengths overflows the stack.
    const longest = (list) => list.reduce((m, s) => Math.max(m, s.numbers?.kind === "scaled" ? s.numbers.ints.length : 0), 0);
    const buffers = { ref: new Float64Array(longest(ref.samples)), cur: new Float64Array(longest(cur.samples)) };
    const byName = new Map(cur.samples.map((s) => [s.name, s]));
    cur.samples.length = 0;
    const columns = [];
    // From the last column back (pop), then reversed: the reference's order, with each sample dropped as it goes.
    for (let s = ref.samples.pop(); s; s = ref.samples.pop()) {
        const other = byName.get(s.name);
        byName.delete(s.name);
        columns.push(other
            ? compareColumn(s, other, o, buffers)
            : missingColumn(s.name, s.numbers !== null, facts(sideOf(s, buffers.ref))));
    }
    columns.reverse();
    return summarizeColumns({ file: ref.file, rows: ref.rows }, { file: cur.file, rows: cur.rows }, columns, o, "data");
}

// EXTERNAL MODULE: ./src/core/data/types.ts
var types = __webpack_require__(78713);
// EXTERNAL MODULE: ./src/core/profile/frequent.ts
var frequent = __webpack_require__(59823);
// EXTERNAL MODULE: ./src/core/profile/hll.ts
var profile_hll = __webpack_require__(78525);
// EXTERNAL MODULE: ./src/core/profile/kll.ts
var profile_kll = __webpack_require__(81204);
;// CONCATENATED MODULE: ./src/core/drift/fromProfiles.ts
// Drift from two profiles, when the raw reference is not kept or the data never fits one machine. What is exact
// and what is not is stated per column:
// - counts, nulls and moments are exact; so are bin counts on shared fixed edges (`profile --edges-from`) and
//   category counts while the top-value sketch has forgotten nothing (error 0);
// - KS and Wasserstein come from the quantile sketches' CDFs: each CDF is within the sketch's rank error ε of
//   the true one, so KS is within ε_ref + ε_cur of the exact statistic and Wasserstein within
//   (ε_ref + ε_cur) · (max − min) / σ_ref. A sketch that still holds every value is exact, and then the exact
//   tests run on its values.











/** The sketch's values when it still holds all of them at weight 1 (then the tests are exact). */
function exactValues(kll) {
    return kll.rankError() === 0 ? kll.cdfTable().values : null;
}
function fromProfiles_sideOf(state) {
    const kll = state.quantiles && state.quantiles.n > 0 ? profile_kll/* KllSketch */.gu.fromState(state.quantiles) : null;
    let counts = null;
    if (state.frequent) {
        const f = frequent/* FrequentItems */.J.fromState(state.frequent);
        counts = { counts: f.counts, exact: f.error === 0 };
    }
    else {
        const values = kll && exactValues(kll);
        if (values) {
            const m = new Map();
            for (const v of values)
                m.set(String(v), (m.get(String(v)) ?? 0) + 1);
            counts = { counts: m, exact: true };
        }
    }
    const distinct = state.frequent && counts?.exact ? counts.counts.size : profile_hll/* HyperLogLog */.l8.fromBase64(state.hll).estimate();
    return { state, kll, counts, distinct };
}
/** KS statistic and unnormalised Wasserstein distance between two weighted CDFs, walked together once. */
function cdfGaps(a, b) {
    let i = 0;
    let j = 0;
    let ks = 0;
    let w = 0;
    let prev = Math.min(a.values[0], b.values[0]);
    const na = a.values.length;
    const nb = b.values.length;
    while (i < na || j < nb) {
        const x = Math.min(i < na ? a.values[i] : Infinity, j < nb ? b.values[j] : Infinity);
        const fa = i > 0 ? a.cum[i - 1] / a.total : 0;
        const fb = j > 0 ? b.cum[j - 1] / b.total : 0;
        w += Math.abs(fa - fb) * (x - prev);
        while (i < na && a.values[i] === x)
            i++;
        while (j < nb && b.values[j] === x)
            j++;
        const ga = i > 0 ? a.cum[i - 1] / a.total : 0;
        const gb = j > 0 ? b.cum[j - 1] / b.total : 0;
        ks = Math.max(ks, Math.abs(ga - gb));
        prev = x;
    }
    return { ks, wasserstein: w };
}
/** Counts per bin (bin i: values with i edges ≤ them) estimated from a sketch's CDF, scaled to its n. */
function sketchBinCounts(kll, edges) {
    const { values, cum, total } = kll.cdfTable();
    const counts = new Array(edges.length + 1).fill(0);
    let j = 0;
    let prev = 0;
    edges.forEach((e, b) => {
        while (j < values.length && values[j] < e)
            j++;
        const c = j > 0 ? cum[j - 1] : 0;
        counts[b] = ((c - prev) / total) * kll.n;
        prev = c;
    });
    counts[edges.length] = ((total - prev) / total) * kll.n;
    return counts;
}
/** Bin counts on both sides: the profiles' own when both counted on the same edges, else from the sketches. */
function numericBins(ref, cur) {
    const [rb, cb] = [ref.state.bins, cur.state.bins];
    if (rb && cb && rb.edges.length === cb.edges.length && rb.edges.every((e, i) => e === cb.edges[i]))
        return { edges: rb.edges, r: rb.counts, c: cb.counts, exact: true };
    const edges = (0,quantile/* decileEdgesBy */.OW)((q) => ref.kll.quantile(q));
    return { edges, r: sketchBinCounts(ref.kll, edges), c: sketchBinCounts(cur.kll, edges), exact: false };
}
function runProfileTest(test, ref, cur, refDistinct) {
    const numeric = (0,types/* isNumericType */.cD)(ref.state.type);
    if (numeric && (test === "ks" || test === "wasserstein")) {
        const [rk, ck] = [ref.kll, cur.kll];
        const bins = numericBins(ref, cur);
        const picture = pictureOf(bins.edges.map(String), bins.r, bins.c);
        const [rv, cv] = [exactValues(rk), exactValues(ck)];
        if (rv && cv)
            return { result: test === "ks" ? ks2Samp(rv, cv) : wassersteinNormed(rv, cv), picture };
        const gaps = cdfGaps(rk.cdfTable(), ck.cdfTable());
        const eps = rk.rankError() + ck.rankError();
        if (test === "ks") {
            const en = Math.round((rk.n * ck.n) / (rk.n + ck.n));
            return {
                result: { statistic: gaps.ks, pValue: kolmogorovSf(en, gaps.ks) },
                picture,
                approximate: { bound: eps, why: "KS statistic from the quantile sketches' CDFs" },
            };
        }
        const m = ref.state.moments;
        const sd = Math.max(Math.sqrt(m.m2 / m.n), 0.001);
        const span = Math.max(rk.max, ck.max) - Math.min(rk.min, ck.min);
        return {
            result: { statistic: gaps.wasserstein / sd, pValue: null },
            picture,
            approximate: { bound: (eps * span) / sd, why: "Wasserstein distance from the quantile sketches' CDFs" },
        };
    }
    if (numeric && (test === "js" || test === "psi") && refDistinct > 5) {
        const { edges, r, c, exact } = numericBins(ref, cur);
        return {
            ...binnedTest(test, edges.map(String), r, c),
            ...(exact
                ? {}
                : {
                    approximate: {
                        bound: null,
                        why: "bin counts from the quantile sketches (profile with --edges-from for exact bins)",
                    },
                }),
        };
    }
    if (!ref.counts || !cur.counts)
        throw new errors/* InputError */.dz(undefined, undefined, `column ${JSON.stringify(ref.state.name)}: the profiles keep no value counts for the ${test} test; choose ks, wasserstein, js or psi`);
    const outcome = countsTest(test, ref.counts.counts, cur.counts.counts);
    return ref.counts.exact && cur.counts.exact
        ? outcome
        : {
            ...outcome,
            approximate: { bound: null, why: "category counts from the top-value sketch, which dropped rare values" },
        };
}
/** A side's counts as drift reports them: nulls apart from values not of the column's type. */
function factsOf(s) {
    return {
        rows: s.state.count,
        null_fraction: s.state.count ? s.state.nulls / s.state.count : 0,
        invalid: s.state.invalid,
        distinct: s.distinct,
    };
}
const fromProfiles_valueCount = (s) => s.count - s.nulls - s.invalid;
/**
 * Why the current profile's values cannot be of the reference's type, or null. Two profiles typed apart (each
 * detected from its own data) may differ; the current values fit when read with the reference's type — any value
 * fits a text column, whole numbers (profiled as integer) fit a number column — and anything else is a type
 * change, as it would be from the rows. A side without values has no type to speak of (an all-null column reads
 * as text).
 */
function typeChange(ref, cur) {
    if (ref.type === cur.type || fromProfiles_valueCount(ref) === 0 || fromProfiles_valueCount(cur) === 0)
        return null;
    if (ref.type === "string" || (ref.type === "number" && cur.type === "integer"))
        return null;
    return `${ref.type} in the reference profile, ${cur.type} in the current one`;
}
function compareProfileColumn(refState, curState, o) {
    const [ref, cur] = [fromProfiles_sideOf(refState), fromProfiles_sideOf(curState)];
    const numeric = (0,types/* isNumericType */.cD)(refState.type);
    const nRef = fromProfiles_valueCount(refState);
    return judgeColumn({
        name: refState.name,
        numeric,
        type: refState.type,
        reference: factsOf(ref),
        current: factsOf(cur),
        nRef,
        nCur: fromProfiles_valueCount(curState),
        // HyperLogLog counts within ~2 %: a text column nearly every reference value of which is unique is an id.
        identifier: !numeric && ref.distinct >= nRef * 0.99 && nRef > 50,
        typeChange: typeChange(refState, curState),
        distinctBoth: () => {
            if (ref.counts?.exact && cur.counts?.exact)
                return new Set([...ref.counts.counts.keys(), ...cur.counts.counts.keys()]).size;
            const hll = profile_hll/* HyperLogLog */.l8.fromBase64(refState.hll);
            hll.merge(profile_hll/* HyperLogLog */.l8.fromBase64(curState.hll));
            return hll.estimate();
        },
    }, o, (test, refDistinct) => runProfileTest(test, ref, cur, refDistinct));
}
/** Drift of every reference column: compared where the current profile has it, drifted where it has not. */
function compareProfiles(ref, cur, o) {
    const names = (p) => p.columns.map((c) => c.state.name);
    checkComparable({ file: ref.file, rows: ref.profile.rows, columns: names(ref.profile) }, { file: cur.file, rows: cur.profile.rows, columns: names(cur.profile) });
    const byName = new Map(cur.profile.columns.map((c) => [c.state.name, c.state]));
    const columns = ref.profile.columns.map(({ state }) => {
        const other = byName.get(state.name);
        if (other)
            return compareProfileColumn(state, other, o);
        return missingColumn(state.name, (0,types/* isNumericType */.cD)(state.type), factsOf(fromProfiles_sideOf(state)));
    });
    return summarizeColumns({ file: ref.file, rows: ref.profile.rows }, { file: cur.file, rows: cur.profile.rows }, columns, o, "profiles");
}

// EXTERNAL MODULE: ./src/core/evaluate/modelInput.ts
var modelInput = __webpack_require__(89688);
// EXTERNAL MODULE: ./src/core/evaluate/predict.ts + 4 modules
var predict = __webpack_require__(85476);
// EXTERNAL MODULE: ./src/core/evaluate/score.ts + 1 modules
var score = __webpack_require__(94576);
// EXTERNAL MODULE: ./src/core/model/ort.ts
var ort = __webpack_require__(71670);
;// CONCATENATED MODULE: ./src/core/drift/modelPredictions.ts






/** The model's predictions over each table (opened by `open`, closed after), as a drift sample per table. */
async function predictionSamples(spec, tables) {
    const session = await (0,ort/* ort */.g)()
        .InferenceSession.create(spec.model.runnable)
        .catch((e) => {
        throw new errors/* InputError */.dz(spec.model.path, undefined, `onnxruntime cannot load the model (${(0,errors/* errorMessage */.gJ)(e)})`);
    });
    try {
        const out = [];
        // The features are named once, from the first table (the reference): a table whose columns come in another
        // order must still feed the model the same columns in the same input order.
        let features = spec.features ? [...spec.features] : undefined;
        for (const open of tables) {
            const source = await open();
            try {
                features = (0,modelInput/* modelFeatures */.r)(spec.model, source.file, source.columnNames, {
                    ...(features ? { features } : {}),
                    exclude: spec.exclude,
                });
                out.push(await sampleOf(spec, session, source, features));
            }
            finally {
                await source.close();
            }
        }
        return out;
    }
    finally {
        await session.release();
    }
}
async function sampleOf(spec, session, source, features) {
    const outputs = (0,predict/* planOutputs */.iS)(spec.model);
    const p = await (0,predict/* predict */.K$)({
        model: spec.model,
        session,
        source,
        target: null,
        features,
        outputs,
        batchSize: 8192,
        keep: [],
    });
    const base = { name: spec.name, rows: p.rows, nulls: 0, invalid: 0 };
    if (outputs.task === "regression") {
        const values = new numberColumn/* NumberColumn */.oq();
        values.reserve(p.rows);
        values.append(p.values.subarray(0, p.rows), new Uint8Array(p.rows), p.rows);
        return { ...base, type: "number", numbers: values.finish({}), counts: null };
    }
    // The predicted class of each row as evaluate reads it: the label output, else the most probable class.
    const counts = new Map();
    for (const label of (0,score/* classificationView */.sl)(p).yPred)
        counts.set(label, (counts.get(label) ?? 0) + 1);
    return { ...base, type: "string", numbers: null, counts };
}

// EXTERNAL MODULE: ./src/core/profile/profile.ts
var profile = __webpack_require__(17416);
// EXTERNAL MODULE: ./src/core/profile/profileTable.ts
var profileTable = __webpack_require__(67186);
// EXTERNAL MODULE: ./src/core/profile/readProfile.ts
var readProfile = __webpack_require__(89588);
;// CONCATENATED MODULE: ./src/core/drift/profileSides.ts
// Drift from profiles: a side given as `modelgate profile`'s JSON is read; a side given as data is profiled now.





/** A profile (`modelgate profile`'s JSON) rather than a table: tables are never .json. */
const isProfile = (file) => (0,external_node_path_.extname)(file).toLowerCase() === ".json";
/**
 * Two profiles for drift, at least one of the files being one: read from the files, or, for a side given as data,
 * profiled now with the other profile's types and bin edges (so its bins compare exactly).
 */
async function profileSides(refFile, curFile, read, progress) {
    const given = isProfile(refFile) ? await (0,readProfile/* readProfile */.e)(refFile) : await (0,readProfile/* readProfile */.e)(curFile);
    const other = isProfile(refFile) ? curFile : refFile;
    let made;
    if (isProfile(other))
        made = await (0,readProfile/* readProfile */.e)(other);
    else {
        const types = new Map(given.columns.map((c) => [c.state.name, c.state.type]));
        const source = await (0,data_open/* openTable */.RT)(other, read);
        try {
            made = await (0,profileTable/* profileTable */.A6)(source, {
                types: source.columnNames.map((n) => types.get(n) ?? "string"),
                edges: (0,profile/* edgesOfProfile */.rL)(given),
                ...(progress ? { onProgress: progress } : {}),
            });
        }
        finally {
            await source.close();
        }
    }
    return isProfile(refFile) ? [given, made] : [made, given];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/schema/schemaTypes.ts
var schemaTypes = __webpack_require__(74203);
;// CONCATENATED MODULE: ./src/core/drift/readSides.ts
// Both tables' drift samples, read with one set of column types: the reference's, from its schema or detected.





/** Below this size the current table is read in this thread: starting a worker costs ~0.15 s. */
const WORKER_MIN_BYTES = 8 << 20;
/** Rows read to guess the reference's types (all of them are read when a guess turns out wrong). */
const TYPE_SAMPLE_ROWS = 65_536;
/** The reference's column types: from the schema, else guessed from its first rows (checked by `readSides`). */
async function referenceTypes(source, schemaFile, full) {
    if (schemaFile !== undefined)
        return (0,schemaTypes/* schemaTypes */.Z)(schemaFile, source.columnNames);
    return source.detectTypes(full ? {} : { sampleRows: TYPE_SAMPLE_ROWS });
}
/**
 * Both tables' samples, the current one read in a worker thread while this thread reads the reference. Types
 * guessed from the reference's first rows are exact whenever every reference value fits them (a narrower type
 * would have fitted the first rows too); when one does not, the types are detected over all rows and both
 * tables are read again.
 */
async function readSides(request, reading = {}) {
    const { reference: refFile, current: curFile, read, schema: schemaFile, wanted } = request;
    const { sampleRunner, progress } = reading;
    // The current table's header, and whether it is large enough to be worth a worker, are known once.
    const head = await (0,data_open/* openTable */.RT)(curFile, read);
    await head.close();
    const threaded = sampleRunner && (await (0,promises_.stat)(curFile)).size >= (reading.splitMinBytes ?? WORKER_MIN_BYTES);
    for (const full of [false, true]) {
        const source = await (0,data_open/* openTable */.RT)(refFile, read);
        let types;
        try {
            types = await referenceTypes(source, schemaFile, full);
        }
        catch (e) {
            await source.close();
            throw e;
        }
        for (const c of wanted ?? [])
            if (!source.columnNames.includes(c)) {
                await source.close();
                throw new errors/* InputError */.dz(refFile, undefined, `no column ${JSON.stringify(c)}`);
            }
        const byName = new Map(source.columnNames.map((n, i) => [n, types[i]]));
        // The current table is read with the reference's types: a value that no longer fits is counted, not guessed.
        const job = { file: curFile, read, types: head.columnNames.map((n) => byName.get(n) ?? "string") };
        const remote = threaded ? sampleRunner(job) : null;
        remote?.catch(() => { }); // awaited below; an early failure here must not leave it unhandled
        let reference;
        try {
            reference = await (0,samples/* collectSamples */.uM)(source, types, progress);
        }
        finally {
            await source.close();
        }
        const guessWrong = !full && schemaFile === undefined && reference.some((s) => s.invalid > 0);
        const current = remote ? await remote : guessWrong ? [] : await (0,samples.collectFile)(job, progress);
        if (!guessWrong)
            return { reference, current };
    }
    throw new Error("unreachable: the second pass uses the types of every row");
}

;// CONCATENATED MODULE: ./src/core/drift/driftFiles.ts
// `modelgate drift`'s comparison over files: two tables, two profiles or one of each, and the model's predictions
// on both tables when a model is given.









/** Drift between two files (tables or profiles): a result whatever it finds; InputError for what cannot compare. */
async function driftOfFiles(files, driftOptions, reading = {}) {
    const options = { ...driftOptions };
    const { reference: refFile, current: curFile, model: modelFile, read, label } = files;
    const wanted = files.columns ? new Set(files.columns) : null;
    // The target and prediction columns are always compared, whatever --columns lists.
    const keep = (s) => !wanted || wanted.has(s.name) || s.name === options.target || s.name === options.prediction;
    let result;
    if (modelFile !== undefined && options.prediction !== undefined)
        throw new errors/* InputError */.dz(undefined, undefined, "give --model or --prediction, not both: each is the prediction drift");
    if (isProfile(refFile) || isProfile(curFile)) {
        if (modelFile !== undefined)
            throw new errors/* InputError */.dz(isProfile(refFile) ? refFile : curFile, undefined, "--model needs both tables as data, not a profile");
        const [ref, cur] = await profileSides(refFile, curFile, read, reading.progress);
        for (const c of wanted ?? [])
            if (!ref.columns.some((x) => x.state.name === c))
                throw new errors/* InputError */.dz(refFile, undefined, `no column ${JSON.stringify(c)}`);
        const only = (p) => ({ ...p, columns: p.columns.filter((c) => keep(c.state)) });
        result = compareProfiles({ file: label(refFile), profile: only(ref) }, { file: label(curFile), profile: only(cur) }, options);
    }
    else {
        const { reference, current } = await readSides({ reference: refFile, current: curFile, read, schema: files.schema, wanted }, reading);
        if (modelFile !== undefined) {
            const predicted = await modelPredictions(modelFile, files.features, options.target, [refFile, curFile], read);
            reference.push(predicted[0]);
            current.push(predicted[1]);
            options.prediction = predicted[0].name;
        }
        const sides = [reference, current].map((samples, i) => {
            const side = { file: label(i ? curFile : refFile), rows: samples[0]?.rows ?? 0, samples: samples.filter(keep) };
            // Only the filtered lists hold the samples now: compareSamples lets each go once compared.
            samples.length = 0;
            return side;
        });
        result = compareSamples(sides[0], sides[1], options);
    }
    for (const [flag, name] of [
        ["target", options.target],
        ["prediction", options.prediction],
    ])
        if (name !== undefined && result[flag] === null)
            throw new errors/* InputError */.dz(refFile, undefined, `--${flag} ${JSON.stringify(name)}: no such column in both tables`);
    return result;
}
/** The model's predictions on both tables, as one more column each ("prediction (<model file>)"). */
async function modelPredictions(modelFile, features, target, files, read) {
    const model = await (0,onnxModel/* loadModelFile */.O)(modelFile);
    return predictionSamples({
        model,
        name: `prediction (${(0,external_node_path_.basename)(model.path)})`,
        ...(features ? { features } : {}),
        exclude: target ? [target] : [],
    }, files.map((f) => () => (0,data_open/* openTable */.RT)(f, read)));
}

// EXTERNAL MODULE: ./src/core/outputFile.ts
var outputFile = __webpack_require__(7344);
// EXTERNAL MODULE: ./src/core/render/driftRender.ts
var driftRender = __webpack_require__(50215);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(56745);
;// CONCATENATED MODULE: ./src/core/render/driftHtml.ts


const REF = "#4c78a8";
const CUR = "#f58518";
const BAD = "#d62728";
const GOOD = "#2ca02c";
/** The verdict, escaped. */
const verdictText = (c) => (0,render_escape/* escapeHtml */.ZD)((0,driftRender/* verdictWords */.L2)(c).label);
/** Why beyond the test (null or invalid share, type change), after the verdict. */
function whyHtml(c) {
    const { more } = (0,driftRender/* verdictWords */.L2)(c);
    return more.length ? ` <span class="why">${(0,render_escape/* escapeHtml */.ZD)(more.join("; "))}</span>` : "";
}
/** Paired bars per bin or category: reference (blue) beside current (orange), on one scale. */
function distributionSvg(c) {
    const p = c.picture;
    if (!p || p.labels.length === 0)
        return "–";
    const W = 220;
    const H = 56;
    const n = p.labels.length;
    const slot = W / n;
    const bar = Math.max(1, slot / 2 - 1);
    const max = Math.max(...p.reference, ...p.current) || 1;
    const bars = p.labels
        .map((label, i) => {
        const [r, k] = [p.reference[i], p.current[i]];
        const [hr, hk] = [(r / max) * (H - 4), (k / max) * (H - 4)];
        const x = i * slot;
        const tip = (0,render_escape/* escapeHtml */.ZD)(`${c.type === "numeric" ? (i === 0 ? "below" : "from") : ""} ${label}: reference ${(0,driftRender/* pct */.Oe)(r)}, current ${(0,driftRender/* pct */.Oe)(k)}`.trim());
        return (`<g><title>${tip}</title>` +
            `<rect x="${(x + 0.5).toFixed(1)}" y="${(H - hr).toFixed(1)}" width="${bar.toFixed(1)}" height="${hr.toFixed(1)}" fill="${REF}"/>` +
            `<rect x="${(x + 0.5 + bar).toFixed(1)}" y="${(H - hk).toFixed(1)}" width="${bar.toFixed(1)}" height="${hk.toFixed(1)}" fill="${CUR}"/></g>`);
    })
        .join("");
    return `<svg class="dist" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${(0,render_escape/* escapeHtml */.ZD)(`distribution of ${c.column}`)}">${bars}<line x1="0" y1="${H - 0.5}" x2="${W}" y2="${H - 0.5}" stroke="#999"/></svg>`;
}
/** Horizontal bars: each tested column's severity as a multiple of its threshold (log scale), the threshold at 1×. */
function severitySvg(d) {
    const tested = d.columns.filter((c) => c.status === "ok" && c.statistic !== null).slice(0, 20);
    if (tested.length === 0)
        return "";
    const rowH = 22;
    const left = 170;
    const W = 640;
    const plot = W - left - 60;
    const H = tested.length * rowH + 30;
    // log10 from 0.01× to 100×, the threshold (1×) in the middle.
    const x = (ratio) => left + ((Math.log10(Math.min(Math.max(ratio, 0.01), 100)) + 2) / 4) * plot;
    const rows = tested
        .map((c, i) => {
        const ratio = (0,driftRender/* severityRatio */.Rm)(c);
        const y = 10 + i * rowH;
        const name = c.column.length > 24 ? `${c.column.slice(0, 23)}…` : c.column;
        const end = x(ratio);
        const start = x(0.01);
        return (`<g><title>${(0,render_escape/* escapeHtml */.ZD)(`${c.column}: ${(0,driftRender/* testSummary */.JH)(c)}`)}</title>` +
            `<text x="${left - 8}" y="${y + 14}" text-anchor="end">${(0,render_escape/* escapeHtml */.ZD)(name)}</text>` +
            `<rect x="${start}" y="${y + 3}" width="${Math.max(end - start, 1).toFixed(1)}" height="${rowH - 8}" fill="${c.drifted ? BAD : GOOD}"/>` +
            `<text x="${(Math.max(end, start) + 4).toFixed(1)}" y="${y + 14}" class="v">${ratio >= 100 ? "≥100" : ratio.toFixed(2)}×</text></g>`);
    })
        .join("");
    const t = x(1);
    const axis = [0.01, 0.1, 1, 10, 100]
        .map((v) => `<text x="${x(v)}" y="${H - 4}" text-anchor="middle" class="v">${v}×</text>`)
        .join("");
    return `<svg class="severity" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="drift severity per column">${rows}<line x1="${t}" y1="4" x2="${t}" y2="${H - 18}" stroke="#333" stroke-dasharray="4 3"/>${axis}</svg>`;
}
function rowHtml(c) {
    const cls = c.drifted ? "bad" : c.status === "ok" ? "good" : "na";
    const nulls = `${(0,driftRender/* pct */.Oe)(c.reference.null_fraction)} → ${(0,driftRender/* pct */.Oe)(c.current.null_fraction)}${c.null_rate_drifted ? ' <span class="warn">moved</span>' : ""}`;
    return `<tr class="${cls}"><td><code>${(0,render_escape/* escapeHtml */.ZD)(c.column)}</code></td><td>${c.type}</td><td>${c.test ?? "–"}</td><td class="n">${(0,render_escape/* escapeHtml */.ZD)((0,driftRender/* statistic */.$t)(c))}</td><td class="n">${(0,driftRender/* num */.bu)(c.p_value)}</td><td class="n">${c.threshold === null ? "–" : (0,driftRender/* num */.bu)(c.threshold)}</td><td><span class="pill ${cls}">${verdictText(c)}</span>${whyHtml(c)}</td><td>${nulls}</td><td>${distributionSvg(c)}</td></tr>`;
}
const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1f2328;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}.sub{color:#57606a;margin:0 0 16px}
.banner{padding:12px 16px;border-radius:6px;margin:12px 0 20px;font-weight:600}
.banner.bad{background:#ffebe9;border:1px solid ${BAD}}.banner.good{background:#dafbe1;border:1px solid ${GOOD}}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:middle}
th{background:#f6f8fa;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.pill{padding:1px 8px;border-radius:10px;font-size:12px}.pill.bad{background:${BAD};color:#fff}.pill.good{background:${GOOD};color:#fff}.pill.na{background:#d0d7de}
.warn{color:#9a6700;font-weight:600}.why{font-size:12px;color:#57606a}svg text{font-size:12px;fill:#1f2328}svg .v{fill:#57606a}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}footer{color:#57606a;font-size:12px;margin-top:20px}
@media print{body{margin:0}}`;
/** Columns missing from the current data or of another type there: the run fails on them whatever the share. */
function schemaBanner(d) {
    const changed = (0,driftRender/* schemaChanges */.nQ)(d);
    if (changed.length === 0)
        return "";
    const items = changed
        .slice(0, 20)
        .map((c) => `<code>${(0,render_escape/* escapeHtml */.ZD)(c.column)}</code> ${(0,render_escape/* escapeHtml */.ZD)(c.reasons?.[0] ?? c.status)}`)
        .join("; ");
    return `<div class="banner bad">Schema drift: ${items}${changed.length > 20 ? `; and ${changed.length - 20} more` : ""}</div>\n`;
}
/** The whole report as one HTML document. */
function driftHtml(d, o = {}) {
    const title = o.title ?? "Data drift report";
    const banner = `${d.dataset_drifted ? "Dataset drift" : "No dataset drift"}: ${d.drifted_columns} of ${d.tested_columns} columns drifted (${(0,driftRender/* pct */.Oe)(d.share_drifted)}; threshold ${(0,driftRender/* pct */.Oe)(d.dataset_threshold)})`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${(0,render_escape/* escapeHtml */.ZD)(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${(0,render_escape/* escapeHtml */.ZD)(title)}</h1>
<p class="sub">Reference <code>${(0,render_escape/* escapeHtml */.ZD)(d.reference.file)}</code> (${d.reference.rows.toLocaleString("en-US")} rows) → current <code>${(0,render_escape/* escapeHtml */.ZD)(d.current.file)}</code> (${d.current.rows.toLocaleString("en-US")} rows)${d.from === "profiles" ? ", from profiles" : ""}${o.generated ? ` · ${(0,render_escape/* escapeHtml */.ZD)(o.generated)}` : ""}</p>
<div class="banner ${d.dataset_drifted ? "bad" : "good"}">${banner}</div>
${schemaBanner(d)}${[
        ["Target", d.target],
        ["Prediction", d.prediction],
    ]
        .filter((x) => x[1] !== null)
        .map(([what, c]) => `<div class="banner ${c.drifted ? "bad" : "good"}">${what} <code>${(0,render_escape/* escapeHtml */.ZD)(c.column)}</code>: ${verdictText(c)}${c.status === "ok" ? ` — ${(0,render_escape/* escapeHtml */.ZD)((0,driftRender/* testSummary */.JH)(c))}` : ""}${whyHtml(c)}</div>`)
        .join("\n")}
<h2>Severity</h2>
<p class="sub">Each tested column's statistic as a multiple of its threshold (p-value tests: threshold ÷ p). Right of the dashed line is drift.</p>
${severitySvg(d)}
<h2>Columns</h2>
<p class="legend">Distribution: shares per reference-decile bin or category<span style="background:${REF}"></span>reference<span style="background:${CUR}"></span>current</p>
<table><thead><tr><th>Column</th><th>Type</th><th>Test</th><th>Statistic</th><th>p-value</th><th>Threshold</th><th>Verdict</th><th>Nulls (ref → cur)</th><th>Distribution</th></tr></thead>
<tbody>${[d.target, d.prediction, ...d.columns]
        .filter((c) => c !== null)
        .map(rowHtml)
        .join("\n")}</tbody></table>
<footer>modelgate drift. Tests as Evidently chooses them by default; p-values as scipy computes them. ≈ marks a statistic from profile sketches, ± its largest error. This page holds aggregates only, no rows of the data.</footer>
</body></html>
`;
}

// EXTERNAL MODULE: ./src/commands/io.ts
var commands_io = __webpack_require__(73776);
;// CONCATENATED MODULE: ./src/commands/keepHtml.ts


/**
 * Keep the HTML report with the run when `--upload-html` asks for it: a line linking it for the summary and the
 * outputs naming it, or a warning saying why not. Either way the file stays where it was written: an upload that
 * fails loses nothing, and the step's verdict stays the report's.
 */
async function keepHtml(io, file, asked) {
    if (!asked)
        return { line: "", outputs: {} };
    if (!file) {
        io.platform.warning("--upload-html uploads the report --html writes: give --html <file> too");
        return { line: "", outputs: {} };
    }
    const kept = await io.platform.keepFile({ file });
    if ("unavailable" in kept) {
        // An artifact's name is its file's name (uploaded as it is), and names are unique within a run.
        io.platform.warning(`the HTML report was not uploaded: ${kept.unavailable}${/409|exist|conflict/i.test(kept.unavailable) ? ` (an artifact named ${(0,external_node_path_.basename)(file)} exists in this run: give each job's report its own file name)` : ""}`);
        return { line: "", outputs: {} };
    }
    const name = (0,render_escape/* escapeMarkdown */.FV)((0,external_node_path_.basename)(file));
    return {
        line: kept.url ? `\n\nThe full HTML report: [${name}](${kept.url}) (a workflow artifact).\n` : "",
        outputs: { "html-artifact-id": kept.id, ...(kept.url ? { "html-artifact-url": kept.url } : {}) },
    };
}

// EXTERNAL MODULE: ./src/commands/readOptions.ts
var readOptions = __webpack_require__(61924);
// EXTERNAL MODULE: ./src/commands/writeJson.ts
var writeJson = __webpack_require__(94383);
;// CONCATENATED MODULE: ./src/commands/drift/run.ts









/** drift.json's text (JSON.stringify(result, null, 2) and a newline), a column at a time. */
function* driftJsonText(result) {
    yield* (0,writeJson/* jsonPieces */.Mx)(result, "columns", 2);
    yield "\n";
}
/**
 * `modelgate drift`: 0 without drift, 1 with dataset, schema, target or prediction drift (a result: report and outputs
 * written), 2 for bad input or nothing to compare.
 */
async function runDrift(input, io) {
    const test = input.test !== undefined ? testName(input.test, "--test") : undefined;
    const options = {
        ...(test ? { test } : {}),
        columns: columnTests(input.columnTest ?? []),
        datasetThreshold: input.datasetThreshold,
        nullRateThreshold: input.nullRateThreshold,
        ...(input.target !== undefined ? { target: input.target } : {}),
        ...(input.prediction !== undefined ? { prediction: input.prediction } : {}),
    };
    const { reference, current, schema, columns, model, features, out, html } = input;
    const label = (file) => (0,commands_io/* shown */.SP)(file, io.cwd);
    const read = (0,readOptions/* readOptionsOf */.M)(input);
    const result = await driftOfFiles({ reference, current, label, read, schema, columns, model, features }, options, io);
    // A column at a time: drift.json of 100,000 columns is past what one string should hold (see writeJson.ts).
    await (0,writeJson/* writePieces */.Rx)(out, driftJsonText(result));
    const markdown = (0,driftRender/* driftMarkdown */.fZ)(result, { fullReport: (0,commands_io/* shown */.SP)(out, io.cwd) });
    if (input.report !== undefined)
        await (0,outputFile/* writeOutput */.z)(input.report, markdown);
    if (html)
        await (0,outputFile/* writeOutput */.z)(html, driftHtml(result));
    const kept = await keepHtml(io, html, input.uploadHtml);
    if (io.json)
        for (const chunk of (0,writeJson/* chunked */.z)(driftJsonText(result)))
            io.stdout(chunk);
    (0,commands_io/* humanStream */.wW)(io)((0,driftRender/* driftText */.LU)(result, { fullReport: (0,commands_io/* shown */.SP)(out, io.cwd) }));
    await io.platform.writeSummary(markdown + kept.line);
    await io.platform.setOutputs({
        drifted: result.drifted,
        "drifted-columns": result.drifted_columns,
        "share-drifted": result.share_drifted,
        "drift-path": out,
        ...(html ? { "html-path": html } : {}),
        ...kept.outputs,
    });
    return result.drifted ? 1 : 0;
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


/***/ }),

/***/ 89688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ modelFeatures)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * The columns a model is fed, in input order: `features`, else every column but `exclude`. Checked against the
 * model's one float32 [N, F] input, so a table that cannot feed it is one line before any inference.
 */
function modelFeatures(model, file, names, o) {
    const features = o.features ? [...o.features] : names.filter((n) => !o.exclude.includes(n));
    for (const f of features)
        if (!names.includes(f))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, undefined, `no feature column ${JSON.stringify(f)}`);
    // Each column has one place in the input row: a name given twice would leave a place no column fills.
    const twice = features.find((f, i) => features.indexOf(f) !== i);
    if (twice !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(undefined, undefined, `the features name ${JSON.stringify(twice)} twice: each feature column once, in the model's input order`);
    const input = model.signature.inputs;
    if (input.length !== 1 || input[0].elemType !== "float32" || input[0].shape?.length !== 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(model.path, undefined, `modelgate evaluates models with one float32 [N, F] input; this one takes ${input.map((i) => `${i.name}: ${i.type}${i.shape ? ` [${i.shape.join(", ")}]` : ""}`).join(", ")}`);
    }
    const width = input[0].shape[1];
    if (typeof width === "number" && width !== features.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, undefined, `${features.length} feature columns, but the model ${model.path} takes ${width}`);
    return features;
}


/***/ }),

/***/ 31479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ loadModelFile)
});

// UNUSED EXPORTS: readSignature

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/data/fileHash.ts
var fileHash = __webpack_require__(5264);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/regularFile.ts
var regularFile = __webpack_require__(89629);
;// CONCATENATED MODULE: ./src/core/model/protobuf.ts
// A small protobuf wire-format reader: enough to walk an ONNX ModelProto for its signature without a code
// generator. Every read is bounds-checked, so truncated or random bytes end in an error, never a hang.
class ProtoError extends Error {
}
/** The fields of one message, in order. Groups (wire types 3/4) are not used by ONNX and are an error. */
/** A varint's exact value (up to 64 bits). */
function exactVarint(bytes) {
    let v = 0n;
    for (let k = bytes.length - 1; k >= 0; k--)
        v = (v << 7n) | BigInt(bytes[k] & 0x7f);
    return v;
}
/** A varint field as a signed int64 (protobuf writes negative int64s as their 64-bit two's complement). */
function int64Of(f) {
    return BigInt.asIntN(64, f.int64 ?? BigInt(f.int));
}
/** The values of a packed repeated int64 field. */
function packedInt64s(buf) {
    const out = [];
    const at = { i: 0 };
    while (at.i < buf.length) {
        const from = at.i;
        readVarint(buf, at);
        out.push(BigInt.asIntN(64, exactVarint(buf.subarray(from, at.i))));
    }
    return out;
}
function readVarint(buf, at) {
    let result = 0;
    let scale = 1;
    for (let k = 0; k < 10; k++) {
        if (at.i >= buf.length)
            throw new ProtoError("truncated varint");
        const b = buf[at.i++];
        result += (b & 0x7f) * scale;
        if ((b & 0x80) === 0)
            return result;
        scale *= 128;
    }
    throw new ProtoError("varint too long");
}
function fields(buf) {
    const out = [];
    const at = { i: 0 };
    while (at.i < buf.length) {
        const start = at.i;
        const key = readVarint(buf, at);
        const no = Math.floor(key / 8);
        const wire = key % 8;
        if (no === 0)
            throw new ProtoError("field number 0");
        if (wire === 0) {
            const from = at.i;
            const int = readVarint(buf, at);
            const f = { no, wire, int, bytes: null, start, end: at.i };
            if (at.i - from > 7)
                f.int64 = exactVarint(buf.subarray(from, at.i));
            out.push(f);
        }
        else if (wire === 1 || wire === 5) {
            const n = wire === 1 ? 8 : 4;
            if (at.i + n > buf.length)
                throw new ProtoError("truncated fixed-width field");
            at.i += n;
            out.push({ no, wire, int: 0, bytes: null, start, end: at.i });
        }
        else if (wire === 2) {
            const len = readVarint(buf, at);
            if (len > buf.length - at.i)
                throw new ProtoError(`a field of ${len} bytes runs past the end`);
            out.push({ no, wire, int: 0, bytes: buf.subarray(at.i, at.i + len), start, end: at.i + len });
            at.i += len;
        }
        else
            throw new ProtoError(`unsupported wire type ${wire}`);
    }
    return out;
}
const utf8 = new TextDecoder("utf-8", { fatal: true });
function protobuf_text(f) {
    if (!f?.bytes)
        return "";
    try {
        return utf8.decode(f.bytes);
    }
    catch {
        throw new ProtoError("a string field is not UTF-8");
    }
}
function sub(f) {
    return f?.bytes ? fields(f.bytes) : [];
}
// Writing, for the few rewrites modelgate makes (see zipMap.ts): fields are copied byte for byte unless replaced.
function varintBytes(n) {
    const out = [];
    let v = n;
    while (v >= 0x80) {
        out.push((v % 0x80) | 0x80);
        v = Math.floor(v / 0x80);
    }
    out.push(v);
    return out;
}
function concatBytes(parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/** A length-delimited field: a string, bytes or an embedded message. */
function lenField(no, data) {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    return concatBytes([Uint8Array.from([...varintBytes(no * 8 + 2), ...varintBytes(bytes.length)]), bytes]);
}
function varintField(no, n) {
    return Uint8Array.from([...varintBytes(no * 8), ...varintBytes(n)]);
}
/** The message `buf` with each field replaced by what `edit` returns for it (undefined keeps it, null drops it). */
function rewrite(buf, edit) {
    return concatBytes(fields(buf).flatMap((f) => {
        const r = edit(f);
        return r === null ? [] : [r ?? buf.subarray(f.start, f.end)];
    }));
}

;// CONCATENATED MODULE: ./src/core/model/zipMap.ts
// scikit-learn's ONNX converter ends classifiers in an ai.onnx.ml ZipMap by default: probabilities as a sequence
// of {class: probability} maps. onnxruntime-node returns tensors only ("Non tensor type is temporarily not
// supported"), so modelgate runs a copy of the graph without the ZipMap, reading the [N, C] float tensor that fed
// it, and takes the class names from the ZipMap's own attribute. The file on disk, its sha256 and its signature
// stay those of the original model.

function classLabels(node) {
    for (const a of node.filter((f) => f.no === 5).map(sub)) {
        const name = protobuf_text(a.find((f) => f.no === 1));
        if (name === "classlabels_strings")
            return a.filter((f) => f.no === 9).map(protobuf_text);
        if (name === "classlabels_int64s") {
            const out = [];
            for (const f of a.filter((x) => x.no === 8)) {
                if (f.wire === 0)
                    out.push(String(int64Of(f)));
                else if (f.bytes)
                    out.push(...packedInt64s(f.bytes).map(String));
            }
            return out;
        }
    }
    throw new ProtoError("a ZipMap node without classlabels_int64s or classlabels_strings");
}
/** A float tensor [N, C] output declaration. */
function floatMatrix(name, width) {
    const dims = [lenField(1, lenField(2, "N")), lenField(1, varintField(1, width))];
    const shape = lenField(2, concatBytes(dims));
    const tensor = lenField(1, concatBytes([varintField(1, 1), shape]));
    return lenField(12, concatBytes([lenField(1, name), lenField(2, tensor)]));
}
/** The model without its output ZipMap, or null when it has none. */
function unzipMap(model) {
    const graphField = fields(model).find((f) => f.no === 7);
    if (!graphField?.bytes)
        return null;
    const graph = fields(graphField.bytes);
    const outputs = new Set(graph.filter((f) => f.no === 12).map((f) => protobuf_text(sub(f).find((x) => x.no === 1))));
    const zip = graph.find((f) => {
        if (f.no !== 1)
            return false;
        const n = sub(f);
        return protobuf_text(n.find((x) => x.no === 4)) === "ZipMap" && outputs.has(protobuf_text(n.find((x) => x.no === 2)));
    });
    if (!zip)
        return null;
    const node = sub(zip);
    const input = protobuf_text(node.find((x) => x.no === 1));
    const output = protobuf_text(node.find((x) => x.no === 2));
    const classes = classLabels(node);
    const newGraph = rewrite(graphField.bytes, (f) => {
        if (f.no === 1 && f.start === zip.start)
            return null;
        if (f.no === 12 && protobuf_text(sub(f).find((x) => x.no === 1)) === output)
            return floatMatrix(input, classes.length);
        return undefined;
    });
    const bytes = rewrite(model, (f) => (f.no === 7 ? lenField(7, newGraph) : undefined));
    return { bytes, zipMapOutput: output, probabilities: input, classes };
}

;// CONCATENATED MODULE: ./src/core/model/onnxModel.ts






/** ONNX TensorProto.DataType names. */
const ELEM_TYPES = {
    1: "float32",
    2: "uint8",
    3: "int8",
    4: "uint16",
    5: "int16",
    6: "int32",
    7: "int64",
    8: "string",
    9: "bool",
    10: "float16",
    11: "float64",
    12: "uint32",
    13: "uint64",
};
function typeOf(t) {
    const tensor = t.find((f) => f.no === 1);
    if (tensor) {
        const tf = sub(tensor);
        const elemType = ELEM_TYPES[tf.find((f) => f.no === 1)?.int ?? 0] ?? "unknown";
        const shapeField = tf.find((f) => f.no === 2);
        const shape = shapeField
            ? sub(shapeField)
                .filter((f) => f.no === 1)
                .map((d) => {
                const df = sub(d);
                const value = df.find((f) => f.no === 1);
                return value ? value.int : protobuf_text(df.find((f) => f.no === 2)) || "?";
            })
            : null;
        return { type: `tensor(${elemType})`, elemType, shape };
    }
    const seq = t.find((f) => f.no === 4);
    if (seq)
        return { type: `seq(${typeOf(sub(sub(seq).find((f) => f.no === 1))).type})`, elemType: null, shape: null };
    const map = t.find((f) => f.no === 5);
    if (map) {
        const mf = sub(map);
        const key = ELEM_TYPES[mf.find((f) => f.no === 1)?.int ?? 0] ?? "unknown";
        return { type: `map(${key},${typeOf(sub(mf.find((f) => f.no === 2))).type})`, elemType: null, shape: null };
    }
    return { type: "unknown", elemType: null, shape: null };
}
function valueInfo(f) {
    const vf = sub(f);
    return { name: protobuf_text(vf.find((x) => x.no === 1)), ...typeOf(sub(vf.find((x) => x.no === 2))) };
}
/** The signature of an ONNX model, read from its protobuf (onnxruntime does not expose opsets, producer or ops). */
function readSignature(bytes) {
    const model = fields(bytes);
    const graphField = model.find((f) => f.no === 7);
    if (!graphField)
        throw new ProtoError("no graph");
    const graph = sub(graphField);
    const initNames = new Set(graph.filter((f) => f.no === 5).map((f) => protobuf_text(sub(f).find((x) => x.no === 8))));
    const ops = new Set();
    for (const node of graph.filter((f) => f.no === 1)) {
        const nf = sub(node);
        const domain = protobuf_text(nf.find((x) => x.no === 7));
        ops.add(domain && domain !== "ai.onnx"
            ? `${domain}.${protobuf_text(nf.find((x) => x.no === 4))}`
            : protobuf_text(nf.find((x) => x.no === 4)));
    }
    return {
        irVersion: model.find((f) => f.no === 1)?.int ?? 0,
        producer: [protobuf_text(model.find((f) => f.no === 2)), protobuf_text(model.find((f) => f.no === 3))].filter(Boolean).join(" "),
        opsets: model
            .filter((f) => f.no === 8)
            .map((f) => {
            const of = sub(f);
            return { domain: protobuf_text(of.find((x) => x.no === 1)) || "ai.onnx", version: of.find((x) => x.no === 2)?.int ?? 0 };
        }),
        // Older IR versions list initializers among the inputs: they are weights, not what callers feed.
        inputs: graph
            .filter((f) => f.no === 11)
            .map(valueInfo)
            .filter((v) => !initNames.has(v.name)),
        outputs: graph.filter((f) => f.no === 12).map(valueInfo),
        ops: [...ops].sort(),
        initializers: initNames.size,
    };
}
/** Read an ONNX file: its bytes, sha256 and signature; anything unreadable is one InputError naming the file. */
async function loadModelFile(path) {
    await (0,regularFile/* assertRegularFile */.f)(path);
    const bytes = new Uint8Array(await (0,promises_.readFile)(path).catch((e) => Promise.reject((0,errors/* unreadable */.O$)(path, e))));
    if (bytes.length === 0)
        throw new errors/* InputError */.dz(path, undefined, "the model file is empty");
    let signature;
    try {
        signature = readSignature(bytes);
    }
    catch (e) {
        throw new errors/* InputError */.dz(path, undefined, `not an ONNX model (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    if (signature.inputs.length === 0 || signature.outputs.length === 0) {
        throw new errors/* InputError */.dz(path, undefined, "not an ONNX model (the graph declares no inputs or outputs)");
    }
    let unzipped;
    try {
        unzipped = unzipMap(bytes);
    }
    catch (e) {
        throw new errors/* InputError */.dz(path, undefined, `cannot read the model's ZipMap (${(0,errors/* errorMessage */.gJ)(e)})`);
    }
    return {
        path,
        bytes,
        sha256: (0,fileHash/* sha256Hex */.f)(bytes),
        signature,
        runnable: unzipped?.bytes ?? bytes,
        zipMap: unzipped
            ? { output: unzipped.zipMapOutput, probabilities: unzipped.probabilities, classes: unzipped.classes }
            : null,
    };
}


/***/ }),

/***/ 50215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ statistic),
/* harmony export */   JH: () => (/* binding */ testSummary),
/* harmony export */   L2: () => (/* binding */ verdictWords),
/* harmony export */   LU: () => (/* binding */ driftText),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Rm: () => (/* binding */ severityRatio),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   nQ: () => (/* binding */ schemaChanges)
/* harmony export */ });
/* unused harmony exports sparkline, statusWords, otherReasons, TEXT_COLUMNS */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56745);

const BARS = "▁▂▃▄▅▆▇█";
/** Shares as a sparkline, both sides on one scale so heights compare. */
function sparkline(values, max) {
    return values.map((v) => BARS[Math.min(7, Math.round((v / (max || 1)) * 7))]).join("");
}
function num(x) {
    if (x === null)
        return "–";
    if (!Number.isFinite(x))
        return x > 0 ? "∞" : "−∞";
    if (x !== 0 && Math.abs(x) < 1e-4)
        return x.toExponential(2);
    return x.toFixed(4);
}
function pct(x) {
    return `${(x * 100).toFixed(1)} %`;
}
/** The statistic, marked ≈ (with its bound when known) when it came from profile sketches. */
/** "ks 0.1200, p = 0.0300 (threshold 0.0500)": a tested column's test, statistic, p-value and threshold. */
function testSummary(c) {
    return `${c.test} ${statistic(c)}${c.p_value !== null ? `, p = ${num(c.p_value)}` : ""} (threshold ${num(c.threshold)})`;
}
function statistic(c) {
    if (!c.approximate)
        return num(c.statistic);
    return `≈ ${num(c.statistic)}${c.approximate.bound !== null ? ` ± ${num(c.approximate.bound)}` : ""}`;
}
/** A column's status in words (the verdict's label when no test ran). */
function statusWords(c) {
    if (c.status === "identifier")
        return "identifier, not tested";
    return c.status.replace(/_/g, " ");
}
/**
 * Why a column drifted beyond what its test row shows: its null or invalid share, a type change. The test's own
 * reason is left out (the row shows the statistic); a drift.json from before reasons existed has none.
 */
function otherReasons(c) {
    return (c.reasons ?? []).filter((r) => c.status !== "ok" || !r.startsWith(`${c.test} `));
}
/** A column's verdict in words, and the reasons beyond it (a schema change's reason is its label). */
function verdictWords(c) {
    const more = otherReasons(c);
    const schema = c.status === "missing_in_current" || c.status === "type_changed";
    if (schema && more.length)
        return { label: more[0], more: more.slice(1) };
    return { label: c.status === "ok" ? (c.drifted ? "drift" : "no drift") : statusWords(c), more };
}
function verdict(c) {
    const { label, more } = verdictWords(c);
    const icon = c.drifted ? "🔴" : c.status === "ok" ? "🟢" : "⚪";
    return `${icon} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(label)}${more.length ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(more.join("; "))}` : ""}`;
}
function row(c) {
    const pic = c.picture
        ? (() => {
            const max = Math.max(...c.picture.reference, ...c.picture.current);
            return `\`${sparkline(c.picture.reference, max)}\` → \`${sparkline(c.picture.current, max)}\``;
        })()
        : "–";
    const nulls = `${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}${c.null_rate_drifted ? " ⚠️" : ""}`;
    return `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} | ${c.type} | ${c.test ?? "–"} | ${statistic(c)} | ${num(c.p_value)} | ${c.threshold === null ? "–" : num(c.threshold)} | ${verdict(c)} | ${nulls} | ${pic} |`;
}
/** Severity as a multiple of the threshold: distances divide by it, p-values invert (threshold / p), capped at 100. */
function severityRatio(c) {
    return c.p_value !== null ? Math.min(c.threshold / Math.max(c.p_value, 1e-12), 100) : c.statistic / c.threshold;
}
/** A Mermaid bar chart of the most drifted columns' statistics relative to their thresholds. */
function chart(d) {
    const tested = d.columns.filter((c) => c.status === "ok" && c.statistic !== null).slice(0, 8);
    if (tested.length === 0)
        return [];
    const score = severityRatio;
    // Labels go inside quotes in Mermaid: keep letters, digits and simple punctuation only.
    const label = (s) => JSON.stringify(s.replace(/[^\p{L}\p{N} _.-]/gu, "_").slice(0, 24));
    return [
        "```mermaid",
        "xychart-beta",
        '  title "Drift severity (1 = threshold)"',
        `  x-axis [${tested.map((c) => label(c.column)).join(", ")}]`,
        '  y-axis "× threshold"',
        `  bar [${tested.map((c) => score(c).toFixed(3)).join(", ")}]`,
        `  line [${tested.map(() => "1").join(", ")}]`,
        "```",
        "",
    ];
}
/** Columns missing from the current data or of another type there, at most this many named in the summary line. */
const SCHEMA_NAMED = 10;
/** The columns whose schema changed (missing, another type): the run fails on them whatever the share. */
function schemaChanges(d) {
    return [...d.columns, d.target, d.prediction].filter((c) => c !== null && (c.status === "missing_in_current" || c.status === "type_changed"));
}
/** The schema line, and the target and prediction columns' verdicts, one line each, when there is something to say. */
function apartLines(d) {
    const line = (what, c) => c
        ? `**${what} drift** (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)}): ${verdict(c)}${c.status === "ok" ? ` — ${testSummary(c)}` : ""}`
        : null;
    const changed = schemaChanges(d);
    const schema = changed.length
        ? `**🔴 Schema drift**: ${changed
            .slice(0, SCHEMA_NAMED)
            .map((c) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.column)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.reasons?.[0] ?? statusWords(c))}`)
            .join("; ")}${changed.length > SCHEMA_NAMED ? `; and ${changed.length - SCHEMA_NAMED} more` : ""}`
        : null;
    return [schema, line("Target", d.target), line("Prediction", d.prediction)].filter((l) => l !== null);
}
/** Markdown, bounded: beyond `maxChars` the column table is cut and the reader pointed at the full report. */
function driftMarkdown(d, o = {}) {
    const head = [
        `### ${d.dataset_drifted ? "🔴 Dataset drift" : "🟢 No dataset drift"}: ${d.drifted_columns} of ${d.tested_columns} columns drifted (${pct(d.share_drifted)}; threshold ${pct(d.dataset_threshold)})`,
        "",
        `Reference ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(d.reference.file)} (${d.reference.rows} rows) → current ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(d.current.file)} (${d.current.rows} rows).`,
        "",
        ...apartLines(d).flatMap((l) => [l, ""]),
        ...chart(d),
        "| Column | Type | Test | Statistic | p-value | Threshold | Verdict | Nulls (ref → cur) | Distribution (ref → cur) |",
        "|---|---|---|---:|---:|---:|---|---|---|",
    ];
    const foot = [
        "",
        d.from === "profiles"
            ? "<sub>From profiles: counts, nulls and fixed-edge bins exact; ≈ marks a statistic from the quantile or top-value sketches, ± its largest error. Tests as Evidently chooses them by default.</sub>"
            : "<sub>Tests as Evidently chooses them by default; p-values as scipy computes them (KS: exact up to 10,000 values a side). Bins: reference deciles.</sub>",
        "",
    ];
    const max = o.maxChars ?? 60_000;
    let size = [...head, ...foot].join("\n").length;
    const rows = [];
    for (const c of d.columns) {
        const r = row(c);
        if (size + r.length + 200 > max) {
            const rest = d.columns.length - rows.length;
            rows.push(`| … ${rest} more columns | | | | | | | | ${o.fullReport ? `see ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o.fullReport)}` : "see drift.json"} |`);
            break;
        }
        rows.push(r);
        size += r.length + 1;
    }
    return [...head, ...rows, ...foot].join("\n");
}
/** Column lines the text verdict shows, worst first: a log of 100,000 lines helps no one; drift.json has them all. */
const TEXT_COLUMNS = 100;
/** The verdict for a terminal or CI log: the dataset line, schema, target and prediction lines, the worst columns. */
function driftText(d, o = {}) {
    const lines = [
        `${d.dataset_drifted ? "DRIFT" : "OK"} ${d.drifted_columns} of ${d.tested_columns} columns drifted (share ${d.share_drifted.toFixed(3)}, threshold ${d.dataset_threshold})`,
    ];
    const changed = schemaChanges(d);
    if (changed.length)
        lines.push(`SCHEMA DRIFT ${changed
            .slice(0, SCHEMA_NAMED)
            .map((c) => `${c.column} (${c.reasons?.[0] ?? statusWords(c)})`)
            .join(", ")}${changed.length > SCHEMA_NAMED ? ` and ${changed.length - SCHEMA_NAMED} more` : ""}`);
    const why = (c) => {
        const { more } = verdictWords(c);
        return more.length ? ` — ${more.join("; ")}` : "";
    };
    const words = (c) => (c.status === "ok" ? "" : verdictWords(c).label);
    for (const [what, c] of [
        ["target", d.target],
        ["prediction", d.prediction],
    ])
        if (c)
            lines.push(`${what.toUpperCase()} ${c.drifted ? "DRIFT" : "OK"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}` : words(c)}${why(c)}`);
    for (const c of d.columns.slice(0, TEXT_COLUMNS))
        lines.push(`  ${c.drifted ? "✗" : c.status === "ok" ? "✓" : "-"} ${c.column}: ${c.status === "ok" ? `${c.test} ${statistic(c)}${c.p_value !== null ? ` p=${num(c.p_value)}` : ""} (threshold ${c.threshold})` : words(c)}${c.reasons ? why(c) : c.null_rate_drifted ? `, null share ${pct(c.reference.null_fraction)} → ${pct(c.current.null_fraction)}` : ""}`);
    if (d.columns.length > TEXT_COLUMNS)
        lines.push(`  … ${d.columns.length - TEXT_COLUMNS} more columns (every column is in ${o.fullReport ?? "drift.json"})`);
    return `${lines.join("\n")}\n`;
}


/***/ })

};
