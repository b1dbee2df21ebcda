export const id = 301;
export const ids = [301];
export const modules = {

/***/ 97301:
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
var result = __webpack_require__(60158);
;// CONCATENATED MODULE: ./src/core/drift/columnTests.ts
// The drift tests a user names: `--test psi` for every column, `--column-test "income=psi:0.2"` for one.


/** A drift test's name, checked; `where` names the flag and value in the error. */
function testName(value, where) {
    if (!result/* DRIFT_TESTS */.qx.includes(value))
        throw new errors/* InputError */.dz(undefined, undefined, `${where}: unknown test ${JSON.stringify(value)} (use ${result/* DRIFT_TESTS */.qx.join(", ")})`);
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
// EXTERNAL MODULE: ./src/core/drift/drift.ts
var drift = __webpack_require__(16748);
// EXTERNAL MODULE: ./src/core/data/types.ts
var types = __webpack_require__(78713);
// EXTERNAL MODULE: ./src/core/profile/frequent.ts
var frequent = __webpack_require__(59823);
// EXTERNAL MODULE: ./src/core/profile/hll.ts
var profile_hll = __webpack_require__(78525);
// EXTERNAL MODULE: ./src/core/profile/kll.ts
var profile_kll = __webpack_require__(81204);
// EXTERNAL MODULE: ./src/core/quantile.ts
var quantile = __webpack_require__(44322);
// EXTERNAL MODULE: ./src/core/drift/kolmogorov.ts
var kolmogorov = __webpack_require__(61024);
// EXTERNAL MODULE: ./src/core/drift/statistics.ts + 1 modules
var statistics = __webpack_require__(69277);
// EXTERNAL MODULE: ./src/core/drift/verdict.ts
var verdict = __webpack_require__(44982);
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
function sideOf(state) {
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
        const picture = (0,drift/* pictureOf */.CS)(bins.edges.map(String), bins.r, bins.c);
        const [rv, cv] = [exactValues(rk), exactValues(ck)];
        if (rv && cv)
            return { result: test === "ks" ? (0,kolmogorov/* ks2Samp */.wI)(rv, cv) : (0,statistics/* wassersteinNormed */.w8)(rv, cv), picture };
        const gaps = cdfGaps(rk.cdfTable(), ck.cdfTable());
        const eps = rk.rankError() + ck.rankError();
        if (test === "ks") {
            const en = Math.round((rk.n * ck.n) / (rk.n + ck.n));
            return {
                result: { statistic: gaps.ks, pValue: (0,kolmogorov/* kolmogorovSf */.FH)(en, gaps.ks) },
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
            ...(0,drift/* binnedTest */.$j)(test, edges.map(String), r, c),
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
    const outcome = (0,drift/* countsTest */.jP)(test, ref.counts.counts, cur.counts.counts);
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
const valueCount = (s) => s.count - s.nulls - s.invalid;
/**
 * Why the current profile's values cannot be of the reference's type, or null. Two profiles typed apart (each
 * detected from its own data) may differ; the current values fit when read with the reference's type — any value
 * fits a text column, whole numbers (profiled as integer) fit a number column — and anything else is a type
 * change, as it would be from the rows. A side without values has no type to speak of (an all-null column reads
 * as text).
 */
function typeChange(ref, cur) {
    if (ref.type === cur.type || valueCount(ref) === 0 || valueCount(cur) === 0)
        return null;
    if (ref.type === "string" || (ref.type === "number" && cur.type === "integer"))
        return null;
    return `${ref.type} in the reference profile, ${cur.type} in the current one`;
}
function compareProfileColumn(refState, curState, o) {
    const [ref, cur] = [sideOf(refState), sideOf(curState)];
    const numeric = (0,types/* isNumericType */.cD)(refState.type);
    const nRef = valueCount(refState);
    return (0,verdict/* judgeColumn */.sW)({
        name: refState.name,
        numeric,
        type: refState.type,
        reference: factsOf(ref),
        current: factsOf(cur),
        nRef,
        nCur: valueCount(curState),
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
    (0,verdict/* checkComparable */.JX)({ file: ref.file, rows: ref.profile.rows, columns: names(ref.profile) }, { file: cur.file, rows: cur.profile.rows, columns: names(cur.profile) });
    const byName = new Map(cur.profile.columns.map((c) => [c.state.name, c.state]));
    const columns = ref.profile.columns.map(({ state }) => {
        const other = byName.get(state.name);
        if (other)
            return compareProfileColumn(state, other, o);
        return (0,verdict/* missingColumn */.JA)(state.name, (0,types/* isNumericType */.cD)(state.type), factsOf(sideOf(state)));
    });
    return (0,verdict/* summarizeColumns */.Hd)({ file: ref.file, rows: ref.profile.rows }, { file: cur.file, rows: cur.profile.rows }, columns, o, "profiles");
}

// EXTERNAL MODULE: ./src/core/evaluate/modelInput.ts
var modelInput = __webpack_require__(89688);
// EXTERNAL MODULE: ./src/core/evaluate/predict.ts + 4 modules
var predict = __webpack_require__(85476);
// EXTERNAL MODULE: ./src/core/evaluate/score.ts + 1 modules
var score = __webpack_require__(94576);
// EXTERNAL MODULE: ./src/core/model/ort.ts
var ort = __webpack_require__(71670);
// EXTERNAL MODULE: ./src/core/drift/numberColumn.ts + 1 modules
var numberColumn = __webpack_require__(96755);
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
// EXTERNAL MODULE: ./src/core/drift/samples.ts
var samples = __webpack_require__(77156);
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
        result = (0,drift/* compareSamples */.r_)(sides[0], sides[1], options);
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
    const read = (0,readOptions/* readOptionsOf */.Mt)(input);
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

/***/ 94383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ jsonPieces),
/* harmony export */   Rx: () => (/* binding */ writePieces),
/* harmony export */   z: () => (/* binding */ chunked)
/* harmony export */ });
/* harmony import */ var _core_outputFile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7344);
// JSON for a table of 100,000 columns is a few hundred MB: one JSON.stringify of it is a string that size (past
// V8's longest string, or near the memory a wide table is allowed: issue 16), and writing it copies it again. The
// text is made here one element of the long array at a time, the same bytes JSON.stringify would give.

/** Text pieces under this size are joined before a write: one write per column would be slow. */
const FLUSH_CHARS = 1 << 20;
/**
 * The text of `JSON.stringify(value, null, indent)`, in pieces: `value[key]` (an array) one element at a time.
 * `indent` is 0 (one line) or a number of spaces. `items`, when given, stands for `value[key]`: elements made as
 * they are written, so that they need never be held all at once.
 */
function* jsonPieces(value, key, indent = 0, items = value[key]) {
    // The object with a marker in the array's place, split around the marker.
    const marker = `\u0000${key}\u0000`;
    const text = JSON.stringify({ ...value, [key]: marker }, null, indent || undefined);
    const at = text.indexOf(JSON.stringify(marker));
    const [head, tail] = [text.slice(0, at), text.slice(at + JSON.stringify(marker).length)];
    // The array sits one level into the object, its elements two: an element is given that indentation by
    // stringifying it two arrays deep and cutting the arrays off (re-indenting each line cost more than the rest).
    const [open, close] = indent ? [`[\n${" ".repeat(indent)}[\n`, `\n${" ".repeat(indent)}]\n]`] : ["", ""];
    let n = 0;
    for (const element of items) {
        const item = indent
            ? JSON.stringify([[element]], null, indent).slice(open.length, -close.length)
            : (JSON.stringify(element) ?? "null");
        yield `${n++ ? "," : `${head}[`}${indent ? "\n" : ""}${item}`;
    }
    yield n ? `${indent ? `\n${" ".repeat(indent)}` : ""}]${tail}` : `${head}[]${tail}`;
}
/** Pieces of text joined into chunks of about FLUSH_CHARS. */
function* chunked(pieces) {
    let buf = [];
    let size = 0;
    for (const p of pieces) {
        buf.push(p);
        size += p.length;
        if (size >= FLUSH_CHARS) {
            yield buf.join("");
            buf = [];
            size = 0;
        }
    }
    if (buf.length)
        yield buf.join("");
}
/** Write pieces of text to a file a chunk at a time, atomically as every output (core/outputFile.ts). */
async function writePieces(file, pieces) {
    await (0,_core_outputFile_js__WEBPACK_IMPORTED_MODULE_0__/* .writeOutput */ .z)(file, chunked(pieces));
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

/***/ 67186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ profileTable),
/* harmony export */   Xv: () => (/* binding */ profileColumns),
/* harmony export */   kT: () => (/* binding */ takeStates)
/* harmony export */ });
/* harmony import */ var _columnProfiler_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46226);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17416);


/** One pass over a table: a profiler per column, fed every batch (see `takeStates` for what comes next). */
async function profileColumns(source, options = {}) {
    const types = options.types ?? (await source.detectTypes());
    const profilers = source.columnNames.map((n, i) => new _columnProfiler_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnProfiler */ .k(n, types[i], options.edges?.get(n) ?? null));
    let rows = 0;
    for await (const batch of source.batches(types.map((type) => ({ type })))) {
        profilers.forEach((p, i) => p.add(batch.columns[i], batch.length));
        rows += batch.length;
        options.onProgress?.(rows);
    }
    return { profilers, rows };
}
/**
 * Each profiler's state in column order, the profiler let go (the list emptied) as its state is taken: on a wide
 * table the profilers, their states and the summaries together would triple the peak (issue 16).
 */
function* takeStates(profilers) {
    profilers.reverse();
    for (let p = profilers.pop(); p; p = profilers.pop())
        yield p.toState();
}
/** Profile a table: counts, nulls, moments and mergeable sketches per column. */
async function profileTable(source, options = {}) {
    const { profilers, rows } = await profileColumns(source, options);
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .buildProfile */ .Er)([...takeStates(profilers)], [{ file: source.file, format: source.format, rows }]);
}


/***/ }),

/***/ 89588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readProfile)
/* harmony export */ });
/* harmony import */ var _config_jsonFile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11252);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17416);



/** A profile file (from `modelgate profile`), checked against its schema: one line naming the file and the place. */
async function readProfile(file) {
    const json = await (0,_config_jsonFile_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonFile */ .JE)(file);
    const parsed = _profile_js__WEBPACK_IMPORTED_MODULE_2__/* .profileSchema */ .Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, { path: issue.path.join(".") || "(top level)" }, `not a modelgate profile: ${issue.message}`);
    }
    return parsed.data;
}


/***/ })

};
