export const id = 6293;
export const ids = [6293];
export const modules = {

/***/ 71355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabApi: () => (/* binding */ gitlabApi),
/* harmony export */   gitlabVerdict: () => (/* binding */ gitlabVerdict)
/* harmony export */ });
/* harmony import */ var _gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33888);
/* harmony import */ var _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37582);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70385);
// The gitbeaker client the GitLab adapter uses, with modelgate's own request handler in place of gitbeaker's:
// gitbeaker retries a 429 or a 502 ten times within a quarter of a second (its waits are 0.25 ms, 0.5 ms, …)
// whatever Retry-After says, and a 500 or a refused connection not at once. Here every request goes through
// src/platform/retry.ts: Retry-After honoured up to 60 s, 5xx and lost connections retried 3 times in 7 s, a line
// per retry. The request itself is built as gitbeaker builds it (its options handler and rate limiters).



/** What a failed GitLab request allows: a 429 waits as told, 5xx and lost connections back off. */
function gitlabVerdict(e) {
    if (e instanceof _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .GitbeakerTimeoutError */ ._dR)
        return { kind: "failed", why: `no answer in ${_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTEMPT_TIMEOUT_SECONDS */ .Kw} s` };
    const response = e.cause?.response;
    if (!(e instanceof _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .GitbeakerRequestError */ .UNz) || !response)
        return e instanceof TypeError ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .networkVerdict */ .Iy)(e) : null;
    if (response.status === 429) {
        const after = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryAfterSeconds */ .C3)(response.headers.get("retry-after"));
        const told = after !== null ? `, Retry-After: ${after}` : "";
        return { kind: "wait", seconds: after, why: `HTTP 429 (too many requests${told})` };
    }
    if (response.status >= 500)
        return { kind: "failed", why: `HTTP ${response.status} (${e.message.slice(0, 120)})` };
    return null;
}
async function bodyOf(response, asStream) {
    if (asStream)
        return response.body;
    if (response.status === 204)
        return null;
    const type = (response.headers.get("content-type") ?? "").split(";")[0].trim();
    if (type === "application/json")
        return (await response.json()) ?? {};
    if (type.startsWith("text/"))
        return response.text();
    return response.blob();
}
/** An error as gitbeaker throws it (the response in `cause`), so callers read the status the same way. */
async function failed(request, response) {
    const content = await response.text();
    let description = content;
    if (response.headers.get("content-type")?.includes("application/json")) {
        try {
            const json = JSON.parse(content);
            const said = json?.error ?? json?.message ?? "";
            description = typeof said === "string" ? said : JSON.stringify(said);
        }
        catch {
            // not JSON after all: the text is the description
        }
    }
    throw new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .GitbeakerRequestError */ .UNz(description, { cause: { description, request, response } });
}
function requester(o) {
    return (0,_gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__/* .createRequesterFn */ .PD)(async (_service, options) => options, async (endpoint, options = {}) => {
        // An `agent` (gitbeaker's proxy option) is never configured by modelgate: left out of the request.
        const { rateLimiters, agent: _agent, asStream, prefixUrl, searchParams, method, ...init } = options;
        const url = new URL(endpoint, prefixUrl?.endsWith("/") ? prefixUrl : `${prefixUrl ?? ""}/`);
        url.search = searchParams ?? "";
        const verb = (method ?? "GET").toUpperCase();
        const limit = (0,_gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_0__/* .getMatchingRateLimiter */ .y9)(endpoint, rateLimiters, verb);
        const call = `${verb} ${url.pathname.replace(/^.*?\/api\/v4/, "")}`;
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)({ platform: "GitLab", call, repeatable: verb !== "POST", say: o.say, secondMs: o.secondMs }, async () => {
            await limit();
            // Each attempt gets its own deadline (gitbeaker's queryTimeout, off below, would span every retry).
            const deadline = AbortSignal.timeout(o.attemptTimeoutMs ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTEMPT_TIMEOUT_SECONDS */ .Kw * 1000);
            const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
            const request = new Request(url, { ...init, method: verb, signal });
            const response = await fetch(request).catch((e) => {
                const name = e.name;
                if (name === "TimeoutError" || name === "AbortError")
                    throw new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .GitbeakerTimeoutError */ ._dR("Query timeout was reached");
                throw e;
            });
            if (!response.ok)
                return failed(request, response);
            const headers = Object.fromEntries(response.headers.entries());
            return { body: (await bodyOf(response, asStream ?? false)), headers, status: response.status };
        }, gitlabVerdict);
    });
}
/** A gitbeaker client whose every request goes through modelgate's retry policy. */
function gitlabApi(o) {
    return new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .Gitlab */ .mJr({ host: o.host, ...o.auth, queryTimeout: null, requesterFn: requester(o) });
}


/***/ }),

/***/ 70385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ retryAfterSeconds),
/* harmony export */   Iy: () => (/* binding */ networkVerdict),
/* harmony export */   Kw: () => (/* binding */ ATTEMPT_TIMEOUT_SECONDS),
/* harmony export */   LH: () => (/* binding */ withRetries)
/* harmony export */ });
/* unused harmony exports RETRIES, BACKOFF_SECONDS, MAX_WAIT_SECONDS, systemCode */
/* harmony import */ var _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43716);
// One retry policy for every API call of both platform adapters, so that a failing server costs seconds and says
// so, instead of each client library's own loop (octokit's plugin-retry waited 1, 4 and 9 s around every call
// without a word and ignored Retry-After; gitbeaker retries a 429 ten times within a quarter of a second).

/** Retries of one call after its first attempt. */
const RETRIES = 3;
/** Waits before retries 1, 2 and 3 on a 5xx or a lost connection: 7 s in all, per call. */
const BACKOFF_SECONDS = [1, 2, 4];
/** The longest Retry-After (or rate-limit reset) waited out; a longer one ends the call at once. */
const MAX_WAIT_SECONDS = 60;
/**
 * An attempt with no answer after this long counts as lost (and is retried like one). The APIs answer in well under
 * a second; gitbeaker's own limit was 300 s for a whole call, octokit has none.
 */
const ATTEMPT_TIMEOUT_SECONDS = 30;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The error's system code (ECONNREFUSED, …), looked for along its `cause` chain. */
function systemCode(e) {
    for (let c = e, depth = 0; c && depth < 5; c = c.cause, depth++) {
        const code = c.code;
        if (typeof code === "string" && /^E[A-Z_]+$/.test(code))
            return code;
    }
    return undefined;
}
/** A request that got no answer: unreached when the connection was never made, else failed (maybe carried out). */
function networkVerdict(e) {
    for (let c = e, depth = 0; c && depth < 5; c = c.cause, depth++)
        if (c.name === "TimeoutError")
            return { kind: "failed", why: `no answer in ${ATTEMPT_TIMEOUT_SECONDS} s` };
    const code = systemCode(e);
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH")
        return { kind: "unreached", why: `no connection (${code})` };
    const message = e instanceof Error ? (e.cause?.message ?? e.message) : String(e);
    return { kind: "failed", why: `the connection was lost (${code ?? message})` };
}
/** Retry-After as seconds (a number, or an HTTP date), when the header is there and readable. */
function retryAfterSeconds(header, now = Date.now()) {
    if (!header)
        return null;
    if (/^\s*\d+\s*$/.test(header))
        return Number(header);
    const at = Date.parse(header);
    return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
/**
 * Run `attempt`, retrying what `verdictOf` calls transient: at most RETRIES times, waiting what the server asks
 * (up to MAX_WAIT_SECONDS) or 1, 2, 4 s. What cannot be retried (a refused token, a 404) is thrown as it is; a
 * transient failure that outlasts the budget ends as a CommentCallError naming the call.
 */
async function withRetries(o, attempt, verdictOf) {
    const secondMs = o.secondMs ?? 1000;
    let waited = 0;
    for (let retry = 1;; retry++) {
        try {
            return await attempt();
        }
        catch (e) {
            const v = verdictOf(e);
            if (!v || (v.kind === "failed" && !o.repeatable))
                throw e;
            const asked = v.kind === "wait" ? v.seconds : null;
            if (asked !== null && asked > MAX_WAIT_SECONDS)
                throw new _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_0__/* .CommentCallError */ .iU(`${o.platform} ${o.call}: ${v.why}, and asks to wait ${asked} s, more than the ${MAX_WAIT_SECONDS} s modelgate waits: gave up`, { cause: e });
            if (retry > RETRIES)
                throw new _core_comment_applyComment_js__WEBPACK_IMPORTED_MODULE_0__/* .CommentCallError */ .iU(`${o.platform} ${o.call}: ${v.why}, ${retry} times in a row (${waited} s of waiting between them): gave up`, { cause: e });
            const seconds = asked ?? BACKOFF_SECONDS[retry - 1];
            o.say(`${o.platform} ${o.call}: ${v.why}; retry ${retry} of ${RETRIES} in ${seconds} s`);
            await sleep(seconds * secondMs);
            waited += seconds;
        }
    }
}


/***/ }),

/***/ 65407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		85860
	],
	"./BurstyRateLimiter.js": [
		85860
	],
	"./ExpressBruteFlexible": [
		83966,
		3966
	],
	"./ExpressBruteFlexible.js": [
		83966,
		3966
	],
	"./RLWrapperBlackAndWhite": [
		87383
	],
	"./RLWrapperBlackAndWhite.js": [
		87383
	],
	"./RLWrapperTimeouts": [
		24016
	],
	"./RLWrapperTimeouts.js": [
		24016
	],
	"./RateLimiterAbstract": [
		88569
	],
	"./RateLimiterAbstract.js": [
		88569
	],
	"./RateLimiterCluster": [
		10565
	],
	"./RateLimiterCluster.js": [
		10565
	],
	"./RateLimiterDrizzle": [
		50673
	],
	"./RateLimiterDrizzle.js": [
		50673
	],
	"./RateLimiterDrizzleNonAtomic": [
		75347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		75347
	],
	"./RateLimiterDynamo": [
		82309
	],
	"./RateLimiterDynamo.js": [
		82309
	],
	"./RateLimiterEtcd": [
		36481
	],
	"./RateLimiterEtcd.js": [
		36481
	],
	"./RateLimiterEtcdNonAtomic": [
		15299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		15299
	],
	"./RateLimiterInsuredAbstract": [
		33847
	],
	"./RateLimiterInsuredAbstract.js": [
		33847
	],
	"./RateLimiterMemcache": [
		73250
	],
	"./RateLimiterMemcache.js": [
		73250
	],
	"./RateLimiterMemory": [
		24544
	],
	"./RateLimiterMemory.js": [
		24544
	],
	"./RateLimiterMongo": [
		28439
	],
	"./RateLimiterMongo.js": [
		28439
	],
	"./RateLimiterMySQL": [
		67793
	],
	"./RateLimiterMySQL.js": [
		67793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		16323
	],
	"./RateLimiterPrisma.js": [
		16323
	],
	"./RateLimiterQueue": [
		52860
	],
	"./RateLimiterQueue.js": [
		52860
	],
	"./RateLimiterRedis": [
		54336
	],
	"./RateLimiterRedis.js": [
		54336
	],
	"./RateLimiterRes": [
		80449
	],
	"./RateLimiterRes.js": [
		80449
	],
	"./RateLimiterSQLite": [
		73283
	],
	"./RateLimiterSQLite.js": [
		73283
	],
	"./RateLimiterStoreAbstract": [
		65140
	],
	"./RateLimiterStoreAbstract.js": [
		65140
	],
	"./RateLimiterUnion": [
		10244
	],
	"./RateLimiterUnion.js": [
		10244
	],
	"./RateLimiterValkey": [
		32193
	],
	"./RateLimiterValkey.js": [
		32193
	],
	"./RateLimiterValkeyGlide": [
		53756
	],
	"./RateLimiterValkeyGlide.js": [
		53756
	],
	"./component/BlockedKeys": [
		38830
	],
	"./component/BlockedKeys/": [
		38830
	],
	"./component/BlockedKeys/BlockedKeys": [
		85202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		85202
	],
	"./component/BlockedKeys/index": [
		38830
	],
	"./component/BlockedKeys/index.js": [
		38830
	],
	"./component/MemoryStorage": [
		28178,
		8178
	],
	"./component/MemoryStorage/": [
		28178,
		8178
	],
	"./component/MemoryStorage/MemoryStorage": [
		81534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		81534
	],
	"./component/MemoryStorage/Record": [
		60749
	],
	"./component/MemoryStorage/Record.js": [
		60749
	],
	"./component/MemoryStorage/index": [
		28178,
		8178
	],
	"./component/MemoryStorage/index.js": [
		28178,
		8178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		43184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		43184
	],
	"./component/RateLimiterQueueError": [
		27948
	],
	"./component/RateLimiterQueueError.js": [
		27948
	],
	"./component/RateLimiterSetupError": [
		72922
	],
	"./component/RateLimiterSetupError.js": [
		72922
	],
	"./constants": [
		13880,
		3880
	],
	"./constants.js": [
		13880,
		3880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 65407;
module.exports = webpackAsyncContext;

/***/ })

};
