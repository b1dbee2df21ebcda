// A fake of what @actions/artifact talks to: the Actions results service (Twirp JSON, CreateArtifact and
// FinalizeArtifact) and the blob store its signed URL points at (Azure block blobs: stageBlock, commitBlockList).
// Requests are checked as the real services check them: the backend ids must be the runtime token's, the blob
// must be committed before it is finalized, and the finalized size and sha256 must be the bytes received.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const SERVICE = "/twirp/github.actions.results.api.v1.ArtifactService/";

export interface StoredArtifact {
  id: number;
  name: string;
  mimeType: string | null;
  body: Buffer;
  finalized: boolean;
  /** What FinalizeArtifact said: size in bytes and "sha256:<hex>". */
  size: string | null;
  hash: string | null;
}

export interface ArtifactFake {
  url: string;
  /** An ACTIONS_RUNTIME_TOKEN whose scope names this fake's run and job. */
  token: string;
  artifacts: StoredArtifact[];
  requests: string[];
  /** Make the next CreateArtifact answer this status (e.g. 403, as for a fork's run). */
  failNextCreate(status: number): void;
  close(): Promise<void>;
}

const RUN = "c0ffee00-0000-4000-8000-000000000001";
const JOB = "c0ffee00-0000-4000-8000-000000000002";

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of req) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Azure's answer to a block or block-list PUT. */
function created(res: ServerResponse) {
  res.writeHead(201, {
    "x-ms-request-id": "00000000-0000-0000-0000-000000000000",
    "x-ms-version": "2025-01-05",
    "x-ms-request-server-encrypted": "true",
    etag: '"0x8DC0000000000000"',
    "last-modified": new Date().toUTCString(),
    "content-length": "0",
  });
  res.end();
}

export async function startArtifactFake(): Promise<ArtifactFake> {
  const artifacts: StoredArtifact[] = [];
  const requests: string[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  let failCreate: number | null = null;
  let base = "";

  const twirp = async (method: string, req: IncomingMessage, res: ServerResponse) => {
    const auth = req.headers.authorization ?? "";
    if (auth !== `Bearer ${fake.token}`) return json(res, 401, { code: "unauthenticated", msg: "bad token" });
    const m = JSON.parse((await bodyOf(req)).toString("utf8")) as Record<string, unknown>;
    if (m.workflow_run_backend_id !== RUN || m.workflow_job_run_backend_id !== JOB)
      return json(res, 400, { code: "invalid_argument", msg: "backend ids are not the token's" });
    if (typeof m.name !== "string" || m.name === "")
      return json(res, 400, { code: "invalid_argument", msg: "name required" });
    if (method === "CreateArtifact") {
      if (failCreate !== null) {
        const status = failCreate;
        failCreate = null;
        return json(res, status, { code: "permission_denied", msg: "artifact creation refused" });
      }
      if (m.version !== 7) return json(res, 400, { code: "invalid_argument", msg: "version must be 7" });
      if (artifacts.some((a) => a.name === m.name))
        return json(res, 409, { code: "already_exists", msg: "an artifact with this name exists" });
      const id = 40 + artifacts.length + 1;
      artifacts.push({
        id,
        name: m.name,
        mimeType: typeof m.mime_type === "string" ? m.mime_type : null,
        body: Buffer.alloc(0),
        finalized: false,
        size: null,
        hash: null,
      });
      return json(res, 200, { ok: true, signed_upload_url: `${base}/blob/acct/artifacts/${id}?sv=2025&sig=fake` });
    }
    if (method === "FinalizeArtifact") {
      const a = artifacts.find((x) => x.name === m.name);
      if (!a) return json(res, 404, { code: "not_found", msg: "no such artifact" });
      a.size = String(m.size);
      a.hash = typeof m.hash === "string" ? m.hash : null;
      const sha = `sha256:${createHash("sha256").update(a.body).digest("hex")}`;
      if (a.size !== String(a.body.length) || (a.hash !== null && a.hash !== sha))
        return json(res, 400, { code: "invalid_argument", msg: "size or hash does not match the blob" });
      a.finalized = true;
      return json(res, 200, { ok: true, artifact_id: String(a.id) });
    }
    return json(res, 404, { code: "bad_route", msg: method });
  };

  const blob = async (url: URL, req: IncomingMessage, res: ServerResponse) => {
    const id = Number(url.pathname.split("/").pop());
    const a = artifacts.find((x) => x.id === id);
    if (req.method !== "PUT" || !a || url.searchParams.get("sig") !== "fake") {
      res.writeHead(403);
      return res.end();
    }
    const body = await bodyOf(req);
    const comp = url.searchParams.get("comp");
    const staged = blocks.get(String(id)) ?? new Map<string, Buffer>();
    blocks.set(String(id), staged);
    if (comp === "block") {
      staged.set(url.searchParams.get("blockid") ?? "", body);
      return created(res);
    }
    if (comp === "blocklist") {
      const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map((x) => x[1]!);
      if (ids.some((b) => !staged.has(b))) {
        res.writeHead(400);
        return res.end();
      }
      a.body = Buffer.concat(ids.map((b) => staged.get(b)!));
      if (typeof req.headers["x-ms-blob-content-type"] === "string") a.mimeType = req.headers["x-ms-blob-content-type"];
      return created(res);
    }
    res.writeHead(400);
    res.end();
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    requests.push(
      `${req.method} ${url.pathname}${url.searchParams.get("comp") ? `?comp=${url.searchParams.get("comp")}` : ""}`,
    );
    const done = url.pathname.startsWith(SERVICE)
      ? twirp(url.pathname.slice(SERVICE.length), req, res)
      : url.pathname.startsWith("/blob/")
        ? blob(url, req, res)
        : Promise.resolve(json(res, 404, {}));
    done.catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake: ArtifactFake = {
    url: `${base}/`,
    token: `${b64url({ alg: "none", typ: "JWT" })}.${b64url({ scp: `Actions.GenericRead Actions.Results:${RUN}:${JOB}` })}.sig`,
    artifacts,
    requests,
    failNextCreate: (s) => {
      failCreate = s;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
  return fake;
}
