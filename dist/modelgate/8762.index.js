export const id = 8762;
export const ids = [8762];
export const modules = {

/***/ 28762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubApi: () => (/* binding */ githubApi),
  l: () => (/* binding */ githubVerdict)
});

// UNUSED EXPORTS: githubClient

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/platform/retry.ts
var retry = __webpack_require__(70385);
;// CONCATENATED MODULE: ./src/platform/github/githubClient.ts
// The octokit the GitHub adapter uses: @actions/github's client with the throttling plugin (it spaces writes as
// GitHub asks: one at a time, comment creations 3 s apart) and modelgate's own retry around every request
// (src/platform/retry.ts: Retry-After honoured up to 60 s, 5xx and lost connections retried 3 times in 7 s, a line
// per retry). plugin-retry is not loaded: it ignored Retry-After (a 429 asking for 10 s came back after 1 s) and
// spent up to 14 s per call in silence.




/** What a failed GitHub request allows: rate limits wait as told, 5xx and lost connections back off. */
function githubVerdict(e, now = Date.now()) {
    const err = e;
    if (typeof err.status !== "number")
        return null;
    // octokit turns a fetch that got no answer into a status 500 without a response.
    if (!err.response)
        return (0,retry/* networkVerdict */.Iy)(e);
    const headers = err.response.headers ?? {};
    const header = (name) => (headers[name] === undefined ? undefined : String(headers[name]));
    const secondary = /secondary rate limit/i.test(err.message ?? "");
    const primary = header("x-ratelimit-remaining") === "0" && (err.status === 403 || err.status === 429);
    if (err.status === 429 || secondary || primary) {
        const after = (0,retry/* retryAfterSeconds */.C3)(header("retry-after"), now);
        const reset = Number(header("x-ratelimit-reset"));
        // GitHub: retry after the reset time (plus a second); a secondary limit without Retry-After waits a minute.
        const untilReset = primary && reset > 0 ? Math.max(0, Math.ceil(reset - now / 1000)) + 1 : null;
        const kind = secondary ? "secondary rate limit" : primary ? "rate limit" : "too many requests";
        const told = after !== null ? `, Retry-After: ${after}` : "";
        return {
            kind: "wait",
            seconds: after ?? untilReset ?? (secondary ? 60 : null),
            why: `HTTP ${err.status} (${kind}${told})`,
        };
    }
    if (err.status >= 500)
        return { kind: "failed", why: `HTTP ${err.status} (${(0,errors/* errorMessage */.gJ)(e).slice(0, 120)})` };
    return null;
}
/** The access with one token at one API URL. */
function githubApi(o) {
    return { token: o.token, octokit: (say) => githubClient({ ...o, say }) };
}
/** An octokit whose every request goes through modelgate's retry policy. */
function githubClient(o) {
    const { throttle, ...rest } = o.tuning?.octokit ?? {};
    const options = {
        ...rest,
        baseUrl: o.baseUrl,
        // The plugin only spaces requests here: its own retries would stack on ours (with their own waits).
        throttle: { ...throttle, onRateLimit: () => false, onSecondaryRateLimit: () => false },
    };
    const octokit = (0,github/* getOctokit */.Q)(o.token, options, throttling);
    const base = o.baseUrl.replace(/\/+$/, "");
    const deadline = o.tuning?.attemptTimeoutMs ?? retry/* ATTEMPT_TIMEOUT_SECONDS */.Kw * 1000;
    // Registered after the plugins, so it wraps them: a retry is spaced by the throttling plugin too.
    octokit.hook.wrap("request", (request, endpoint) => {
        const { method, url } = octokit.request.endpoint.parse(endpoint);
        const call = `${method} ${url.startsWith(base) ? url.slice(base.length) : url}`;
        return (0,retry/* withRetries */.LH)({ platform: "GitHub", call, repeatable: method !== "POST", say: o.say, secondMs: o.tuning?.secondMs }, 
        // Each attempt gets its own deadline: octokit has none, and a hung connection would hold the step. Set on
        // the options object itself: the hooks inside were bound to it, a new object would not reach them.
        async () => {
            // A release asset's transfer may ask for longer (`request.deadlineMs`, from its size): it streams a file.
            const asked = Number(endpoint.request?.deadlineMs);
            const ms = Number.isFinite(asked) ? Math.max(deadline, asked) : deadline;
            endpoint.request = { ...endpoint.request, signal: AbortSignal.timeout(ms) };
            return request(endpoint);
        }, (e) => githubVerdict(e));
    });
    return octokit;
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


/***/ })

};
