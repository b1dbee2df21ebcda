// The model registry as a folder (default ./.modelgate/registry), with the semantics of the hosted ones:
//   <name>/<version>/           a published version: its files, and .release.json (the store's record: sizes, sha256)
//   <name>/.drafts/<version>-*  drafts, one folder per publisher; publishing is one rename to <name>/<version>/
//   <name>/stages.jsonl         the stages' append-only history
//   <name>/.lock                held (O_EXCL) around publishing and stage writes
// A rename is atomic, so a version is either absent or whole; the lock makes "is it taken?" and the rename one step.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { appendFile, lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, truncate } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

import { z } from "zod";

import { InputError, jsonSyntaxProblem } from "../../core/errors.js";
import { writeOutput } from "../../core/outputFile.js";
import { buildTag, isVersion, parseAssetName, parseModelName, parseStageName } from "../../core/registry/names.js";
import { stageEventSchema } from "../../core/registry/stages.js";
import {
  type AssetFile,
  type RegistryStore,
  type ReleaseRecord,
  type StageEvent,
  StageMoved,
  type StoredAsset,
  VersionTaken,
} from "../../core/registry/store.js";
import { assertRegularFile } from "../../core/regularFile.js";
import { type LockOptions, withLock } from "./localLock.js";

export { DEFAULT_LOCAL_REGISTRY } from "../../core/registry/store.js";

const RECORD = ".release.json";
const DRAFTS = ".drafts";
const STAGES = "stages.jsonl";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const recordSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    tag: z.string(),
    notes: z.string(),
    created_at: z.string(),
    published_at: z.string().nullable(),
    assets: z.array(z.object({ name: z.string(), size: z.number().int().nonnegative(), sha256 }).strict()),
  })
  .strict();
type Record_ = z.infer<typeof recordSchema>;

const DRAFT_ID = /^draft:([0-9A-Za-z.+-]+-[0-9a-f]{12})$/;
const VERSION_ID = /^version:(.+)$/;

const exists = (p: string) =>
  lstat(p).then(
    () => true,
    () => false,
  );

/** A line that is a whole stage event (JSON of the event's form), not the torn tail of an append. */
function wholeEvent(line: string): boolean {
  try {
    return stageEventSchema.safeParse(JSON.parse(line)).success;
  } catch {
    return false;
  }
}

export class LocalRegistry implements RegistryStore {
  readonly label: string;

  constructor(
    private readonly root: string,
    private readonly o: { label?: string; lock?: Partial<LockOptions>; now?: () => Date } = {},
  ) {
    this.label = `local folder ${o.label ?? root}`;
  }

  private modelDir(name: string): string {
    return join(this.root, parseModelName(name, "model name"));
  }

  /** The folder of a release this store listed; an id it did not make (a path in disguise) is refused. */
  private dirOf(release: ReleaseRecord): string {
    const base = this.modelDir(release.name);
    const d = DRAFT_ID.exec(release.id);
    if (d) return join(base, DRAFTS, d[1]!);
    const v = VERSION_ID.exec(release.id);
    if (v && isVersion(v[1]!) && v[1] === release.version) return join(base, v[1]!);
    throw new Error(`${this.label}: ${JSON.stringify(release.id)} is no release id of this registry`);
  }

  private now(): string {
    return (this.o.now ?? (() => new Date()))().toISOString();
  }

  private lock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return mkdir(this.modelDir(name), { recursive: true }).then(() =>
      withLock(join(this.modelDir(name), ".lock"), fn, this.o.lock),
    );
  }

  private async readRecord(dir: string): Promise<Record_ | null> {
    const file = join(dir, RECORD);
    const text = await readFile(file, "utf8").catch(() => null);
    if (text === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new InputError(file, undefined, jsonSyntaxProblem(text, e));
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success) throw new InputError(file, undefined, parsed.error.issues[0]!.message);
    return parsed.data;
  }

  private writeRecord(dir: string, record: Record_): Promise<void> {
    return writeOutput(join(dir, RECORD), `${JSON.stringify(record, null, 2)}\n`);
  }

  /** A release as listed: each file with the size on disk; recorded (complete) only when its record says that size. */
  private async release(id: string, dir: string, record: Record_, draft: boolean): Promise<ReleaseRecord> {
    const assets: StoredAsset[] = [];
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith(".") || !entry.isFile()) continue;
      const size = (await lstat(join(dir, entry.name))).size;
      const rec = record.assets.find((a) => a.name === entry.name);
      const complete = rec !== undefined && rec.size === size;
      assets.push({ name: entry.name, size, sha256: complete ? rec.sha256 : null, complete });
    }
    return {
      id,
      name: record.name,
      version: record.version,
      tag: record.tag,
      draft,
      assets,
      url: dir,
      ...(record.published_at ? { publishedAt: record.published_at } : {}),
    };
  }

  async releases(name: string): Promise<ReleaseRecord[]> {
    const base = this.modelDir(name);
    const entries = await readdir(base, { withFileTypes: true }).catch(() => []);
    const out: ReleaseRecord[] = [];
    for (const e of entries) {
      if (!e.isDirectory() || !isVersion(e.name)) continue;
      const record = await this.readRecord(join(base, e.name));
      if (!record)
        throw new InputError(join(base, e.name), undefined, `has no ${RECORD}: not a version this registry wrote`);
      out.push(await this.release(`version:${e.name}`, join(base, e.name), record, false));
    }
    const drafts = await readdir(join(base, DRAFTS), { withFileTypes: true }).catch(() => []);
    for (const e of drafts) {
      const id = `draft:${e.name}`;
      if (!e.isDirectory() || !DRAFT_ID.test(id)) continue;
      const record = await this.readRecord(join(base, DRAFTS, e.name)).catch(() => null);
      if (record) out.push(await this.release(id, join(base, DRAFTS, e.name), record, true));
    }
    return out;
  }

  async createDraft(o: { name: string; version: string; tag: string; notes: string }): Promise<ReleaseRecord> {
    const base = this.modelDir(o.name);
    if (o.tag !== buildTag(o.name, o.version)) throw new Error(`${o.tag} is not the tag of ${o.name} ${o.version}`);
    if (await exists(join(base, o.version))) throw new VersionTaken(o.tag);
    await mkdir(join(base, DRAFTS), { recursive: true });
    // Made whole under a name no listing reads, then renamed: a draft is never seen without its record.
    const staging = await mkdtemp(join(base, DRAFTS, ".new-"));
    const record: Record_ = {
      name: o.name,
      version: o.version,
      tag: o.tag,
      notes: o.notes,
      created_at: this.now(),
      published_at: null,
      assets: [],
    };
    await this.writeRecord(staging, record);
    const dirName = `${o.version}-${randomBytes(6).toString("hex")}`;
    await rename(staging, join(base, DRAFTS, dirName));
    return this.release(`draft:${dirName}`, join(base, DRAFTS, dirName), record, true);
  }

  private async draftDir(release: ReleaseRecord): Promise<{ dir: string; record: Record_ }> {
    if (!release.draft || !DRAFT_ID.test(release.id))
      throw new Error(`${this.label}: ${release.tag} is published; its files never change`);
    const dir = this.dirOf(release);
    const record = await this.readRecord(dir);
    if (!record) throw new Error(`${this.label}: the draft ${release.tag} is gone`);
    return { dir, record };
  }

  async uploadAsset(release: ReleaseRecord, asset: AssetFile): Promise<StoredAsset> {
    const name = parseAssetName(asset.name, "asset");
    const { dir, record } = await this.draftDir(release);
    await assertRegularFile(asset.path);
    // Unrecorded first: a copy cut short leaves a file the listing shows as incomplete, never as the old one.
    const rest = record.assets.filter((a) => a.name !== name);
    await this.writeRecord(dir, { ...record, assets: rest });
    const hash = createHash("sha256");
    let size = 0;
    await pipeline(
      createReadStream(asset.path),
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(join(dir, name)),
    );
    const stored = { name, size, sha256: hash.digest("hex") };
    await this.writeRecord(dir, { ...record, assets: [...rest, stored] });
    return { ...stored, complete: true };
  }

  async deleteAsset(release: ReleaseRecord, name: string): Promise<void> {
    const { dir, record } = await this.draftDir(release);
    await this.writeRecord(dir, { ...record, assets: record.assets.filter((a) => a.name !== name) });
    await rm(join(dir, parseAssetName(name, "asset")), { force: true });
  }

  async publish(release: ReleaseRecord): Promise<ReleaseRecord> {
    const { dir, record } = await this.draftDir(release);
    const target = join(this.modelDir(release.name), record.version);
    return this.lock(release.name, async () => {
      // Under the lock, "taken?" and the rename are one step; rename(2) would also replace an empty folder.
      if (await exists(target)) throw new VersionTaken(record.tag);
      const published = { ...record, published_at: this.now() };
      await this.writeRecord(dir, published);
      try {
        await rename(dir, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EEXIST" || code === "ENOTEMPTY") throw new VersionTaken(record.tag);
        throw e;
      }
      return this.release(`version:${record.version}`, target, published, false);
    });
  }

  async deleteRelease(release: ReleaseRecord): Promise<void> {
    if (!release.draft) throw new Error(`${this.label}: ${release.tag} is published; versions are never deleted`);
    await rm(this.dirOf(release), { recursive: true, force: true });
  }

  async download(release: ReleaseRecord, name: string, to: string): Promise<void> {
    const file = join(this.dirOf(release), parseAssetName(name, "asset"));
    if (!(await lstat(file).catch(() => null))?.isFile())
      throw new InputError(undefined, undefined, `${release.tag} has no file ${name} in ${this.label}`);
    await pipeline(createReadStream(file), createWriteStream(to));
  }

  /**
   * The history as stored. A last line without its newline is an event if it reads as one (a file saved by an editor
   * that drops the final newline), and an append cut short by a crash if it does not: that one was never written.
   */
  async stageHistory(name: string): Promise<StageEvent[]> {
    const file = join(this.modelDir(name), STAGES);
    const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) =>
      e.code === "ENOENT" ? "" : Promise.reject(e),
    );
    const lines = text.split("\n");
    const tail = lines.pop()!;
    if (tail.trim() !== "" && wholeEvent(tail)) lines.push(tail);
    return lines.map((line, i) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (e) {
        throw new InputError(file, { line: i + 1 }, jsonSyntaxProblem(line, e));
      }
      const parsed = stageEventSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new InputError(file, { line: i + 1, path: issue.path.join(".") }, issue.message);
      }
      return parsed.data;
    });
  }

  /** Append one event under the lock, if the stage still points where the event says it moved from. */
  async recordStage(event: StageEvent): Promise<void> {
    const e = stageEventSchema.parse(event);
    parseStageName(e.stage, "stage");
    const file = join(this.modelDir(e.name), STAGES);
    await this.lock(e.name, async () => {
      const history = await this.stageHistory(e.name);
      const current = history.filter((h) => h.stage === e.stage).at(-1)?.version ?? null;
      if (current !== e.previous) throw new StageMoved(e, current);
      const size = (await lstat(file).catch(() => null))?.size ?? 0;
      const text = size ? await readFile(file, "utf8") : "";
      // The tail of an append cut short goes, so the new line starts a line of its own; a whole event that only
      // lacks its newline stays (the history is append-only) and gets one.
      const tail = text.slice(text.lastIndexOf("\n") + 1);
      if (tail !== "" && !wholeEvent(tail))
        await truncate(file, Buffer.byteLength(text.slice(0, text.lastIndexOf("\n") + 1)));
      await appendFile(file, `${tail !== "" && wholeEvent(tail) ? "\n" : ""}${JSON.stringify(e)}\n`);
    });
  }
}
