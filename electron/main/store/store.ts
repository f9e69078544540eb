// The local matter store (docs/store.md). One JSON file per matter, an index cache, a ring of the last
// 20 versions per matter, a recoverable trash and a quarantine for files that fail validation.
//
//   <dataDir>/matters/index.json                 summaries (a cache: rebuilt/reconciled from the files on open)
//   <dataDir>/matters/<id>.json                  the matter: { storeFormat, id, revision, createdAt, updatedAt, document }
//   <dataDir>/matters/versions/<id>/<rev>.json   the last 20 saved revisions (same envelope); each names its
//                                                change (kind, since, what changed); edits saved while the
//                                                user types are coalesced into one version
//   <dataDir>/matters/trash/<id>.json            trashed matters (restorable)
//   <dataDir>/matters/quarantine/<id>.<time>.json  byte-for-byte copies of files that failed validation
//
// Every write is atomic (tmp + rename) and durable (fsync of file and directory). Every load is
// migrated and zod-validated. A file that fails validation is never overwritten: it is copied to the
// quarantine, its index entry is flagged `corrupt`, and opening it answers CORRUPT_MATTER with every
// field issue. A save costs the same whatever the number of matters: it writes the matter file and one
// version file; the index cache is written in the background, coalesced.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { versionChangeSchema, type MatterSummary, type VersionChange, type VersionInfo } from '../../../core/ipc/contract'
import { describeChanges, mergeChanges } from '../../../core/matter/changes'
import { checkImportSize, checkLimits } from '../../../core/matter/limits'
import { loadMatterDocument } from '../../../core/matter/migrations'
import { issuesOf, type FieldIssue, type MatterDocument } from '../../../core/matter/schema'
import { IpcFailure } from '../services/errors'
import {
  decode, DIR_MODE, encode, errno, FILE_MODE, fsyncPath, mkdirPrivate, nodeFs, notRegular, POSIX, readRegular, readStored,
  READ_ONLY_MESSAGE, tighten, writeBytesAtomic, writeFailure, type RawRead, type StoreFs
} from './io'
import { markMigrated, unlock, type KeySource } from './keyring'
import { acquireLock } from './lock'
import { aesGcmSealer, isPassphraseEnvelope, isSealed, openWithPassphrase, sealWithPassphrase, SealError, type Sealer } from './seal'

export const STORE_FORMAT = 1 as const
export const VERSIONS_KEPT = 20
const INDEX_FORMAT = 1

const envelopeSchema = z.object({
  storeFormat: z.literal(STORE_FORMAT, { error: `storeFormat 应为 ${STORE_FORMAT} / storeFormat must be ${STORE_FORMAT}` }),
  id: z.string({ error: '缺少案件编号 / id is missing' }),
  revision: z.number({ error: '修订号应为整数 / revision must be an integer' }).int().min(1),
  createdAt: z.string({ error: '缺少创建时间 / createdAt is missing' }),
  updatedAt: z.string({ error: '缺少修改时间 / updatedAt is missing' }),
  document: z.unknown(),
  /** how this revision came about (read leniently: a malformed note never makes the matter corrupt) */
  change: z.unknown().optional()
})
export interface Envelope {
  storeFormat: typeof STORE_FORMAT
  id: string
  revision: number
  createdAt: string
  updatedAt: string
  document: MatterDocument
  change?: VersionChange
}

const changeOf = (raw: unknown): VersionChange | null => {
  const r = versionChangeSchema.safeParse(raw)
  return r.success ? r.data : null
}

/** Edits saved less than this apart are coalesced into one version … */
export const COALESCE_MS = 120_000
/** … as long as the coalesced version spans at most this long. */
export const COALESCE_SPAN_MS = 600_000

interface IndexEntry {
  summary: MatterSummary
  /** stat of the file the summary was read from (reconciliation on open) */
  mtimeMs: number
  size: number
  /** field issues when corrupt */
  issues?: FieldIssue[]
  /** quarantine copy of the corrupt file */
  quarantined?: string
}
const indexFileSchema = z.object({
  indexFormat: z.literal(INDEX_FORMAT),
  entries: z.record(z.string(), z.object({
    summary: z.object({
      id: z.string(), title: z.string(), caseNumber: z.string().nullable(),
      stage: z.enum(['investigation', 'prosecution', 'trial', 'appeal']), defendantNames: z.array(z.string()),
      createdAt: z.string(), updatedAt: z.string(), revision: z.number().int(), trashed: z.boolean(), corrupt: z.boolean()
    }),
    mtimeMs: z.number(),
    size: z.number(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    quarantined: z.string().optional()
  }))
})

export type ListSort = 'title' | 'caseNumber' | 'stage' | 'updatedAt'
export interface ListOptions { query?: string; sort?: ListSort; trashed?: boolean }
export interface MatterRecordOut { summary: MatterSummary; document: MatterDocument }

const ID_RE = /^[A-Za-z0-9_-]{1,200}$/
const FILE_RE = /^([A-Za-z0-9_-]{1,200})\.json$/
const TMP_RE = /^\.[A-Za-z0-9_-]{1,200}\.json\.tmp$/
const VERSION_RE = /^(\d{1,12})\.json$/
const STAGE_ORDER = { investigation: 0, prosecution: 1, trial: 2, appeal: 3 } as const
const collator = new Intl.Collator('zh-Hans-CN')

export function summaryOf(env: Envelope, trashed: boolean): MatterSummary {
  const m = env.document.matter
  return {
    id: env.id,
    title: m.title,
    caseNumber: m.caseNumber ?? null,
    stage: m.stage,
    defendantNames: env.document.defendants.map((d) => d.name),
    createdAt: env.createdAt,
    updatedAt: env.updatedAt,
    revision: env.revision,
    trashed,
    corrupt: false
  }
}

export function exportFileName(title: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/\s+/g, ' ').trim().slice(0, 80)
  return `${safe || '案件'}.bangxin.json`
}

/** Validate the raw content of a stored matter file; issues name matter fields (e.g. `defendants.0.name`). */
export function checkEnvelope(read: RawRead, expectedId: string): { ok: true; env: Envelope; migrated: boolean } | { ok: false; issues: FieldIssue[] } {
  if (read.kind === 'missing') return { ok: false, issues: [{ path: '(根)', message: '文件不存在 / file is missing' }] }
  if (read.kind === 'refused') return { ok: false, issues: [{ path: '(根)', message: read.error }] }
  if (read.kind === 'unparsable') {
    return { ok: false, issues: [{ path: '(根)', message: `文件不是有效的 JSON（${read.error}） / not valid JSON: ${read.error}` }] }
  }
  const e = envelopeSchema.safeParse(read.value)
  if (!e.success) return { ok: false, issues: issuesOf(e.error) }
  const issues: FieldIssue[] = []
  if (e.data.id !== expectedId) issues.push({ path: 'id', message: `文件中的编号与文件名不符 / id does not match the file name` })
  const limits = checkLimits(e.data.document)
  if (limits.length > 0) return { ok: false, issues: [...issues, ...limits.map((i) => ({ ...i, path: i.path === '(根)' ? '(根)' : i.path }))] }
  const doc = loadMatterDocument(e.data.document)
  if (!doc.ok) issues.push(...doc.issues)
  if (issues.length > 0 || !doc.ok) return { ok: false, issues }
  const change = changeOf(e.data.change)
  const { change: _raw, ...rest } = e.data
  return { ok: true, env: { ...rest, storeFormat: STORE_FORMAT, document: doc.value, ...(change ? { change } : {}) }, migrated: doc.migrated }
}

function bestEffortSummary(id: string, read: RawRead, trashed: boolean, mtime: Date): MatterSummary {
  let title = `（损坏的案件文件）${id}`
  let createdAt = mtime.toISOString()
  if (read.kind === 'ok' && typeof read.value === 'object' && read.value !== null) {
    const v = read.value as { document?: { matter?: { title?: unknown } }; createdAt?: unknown }
    const t = v.document?.matter?.title
    if (typeof t === 'string' && t) title = t.slice(0, 200)
    if (typeof v.createdAt === 'string') createdAt = v.createdAt.slice(0, 40)
  }
  return {
    id, title, caseNumber: null, stage: 'investigation', defendantNames: [], createdAt, updatedAt: mtime.toISOString(),
    revision: 0, trashed, corrupt: true
  }
}

const notFound = (id: string): IpcFailure => new IpcFailure('NOT_FOUND', `找不到案件 ${id} / matter not found`, 'id')

/** The additional authenticated data binding a sealed file to its place in the store. */
export const aadOf = {
  matter: (id: string): string => `bangxin:matter:${id}`,
  version: (id: string, revision: number): string => `bangxin:version:${id}:${revision}`,
  index: 'bangxin:index',
  quarantine: (name: string): string => `bangxin:quarantine:${name}`
}

export interface OpenOptions {
  now?: () => Date
  indexDelayMs?: number
  /** injected fs (tests simulate disk full, read-only folders) */
  fs?: StoreFs
  /** where the data key comes from; without one the store is plain (or LOCKED when it is encrypted) */
  keys?: KeySource
  /** how long a write waits for another process's lock (ms) */
  lockWaitMs?: number
  /** edits saved closer together than this share one version (0 = one version per save) */
  coalesceMs?: number
}

export class MatterStore {
  readonly dataDir: string
  readonly root: string
  readonly #entries = new Map<string, IndexEntry>()
  #queue: Promise<unknown> = Promise.resolve()
  #indexDirty = false
  #indexWriting: Promise<void> | null = null
  #indexTimer: ReturnType<typeof setTimeout> | null = null
  readonly #indexDelayMs: number
  readonly #fs: StoreFs
  readonly #lockWaitMs: number
  #sealer: Sealer | null = null
  #readOnly = false
  #lockDepth = 0
  #now: () => Date
  readonly #coalesceMs: number

  private constructor(dataDir: string, opts: OpenOptions) {
    this.dataDir = dataDir
    this.root = join(dataDir, 'matters')
    this.#now = opts.now ?? (() => new Date())
    this.#indexDelayMs = opts.indexDelayMs ?? 1000
    this.#fs = opts.fs ?? nodeFs
    this.#lockWaitMs = opts.lockWaitMs ?? 10_000
    this.#coalesceMs = opts.coalesceMs ?? COALESCE_MS
  }

  /** Open (creating if needed) the store under `dataDir`, reconciling the index with the files.
   *  `coalesceMs`: edits saved closer together than this share one version (0 = one version per save). */
  static async open(dataDir: string, opts: OpenOptions = {}): Promise<MatterStore> {
    const s = new MatterStore(dataDir, opts)
    await s.#init(opts.keys ?? {})
    return s
  }

  get indexPath(): string { return join(this.root, 'index.json') }
  get trashDir(): string { return join(this.root, 'trash') }
  get quarantineDir(): string { return join(this.root, 'quarantine') }
  get lockPath(): string { return join(this.root, '.lock') }
  versionsDir(id: string): string { return join(this.root, 'versions', id) }
  filePath(id: string, trashed = false): string { return join(trashed ? this.trashDir : this.root, `${id}.json`) }
  versionPath(id: string, revision: number): string { return join(this.versionsDir(id), `${String(revision).padStart(8, '0')}.json`) }

  /** true when the data folder cannot be written: list/open/export work, every write answers READ_ONLY */
  get readOnly(): boolean { return this.#readOnly }
  /** true when the files are sealed (AES-256-GCM) */
  get encrypted(): boolean { return this.#sealer !== null }
  /** a notice for the user about the data folder, or null */
  get notice(): string | null { return this.#readOnly ? READ_ONLY_MESSAGE : null }

  // ------------------------------------------------------------------ setup
  async #probeWritable(): Promise<boolean> {
    const fs = this.#fs
    try {
      await mkdirPrivate(fs, this.root)
      const probe = join(this.root, `.probe-${process.pid}-${randomUUID().slice(0, 8)}`)
      const fh = await fs.open(probe, 'wx', FILE_MODE)
      await fh.close()
      await fs.unlink(probe)
      return true
    } catch (e) {
      const code = errno(e)
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return false
      throw writeFailure(e)
    }
  }

  async #init(keys: KeySource): Promise<void> {
    const fs = this.#fs
    this.#readOnly = !(await this.#probeWritable())
    if (this.#readOnly) {
      const u = await unlock(fs, this.dataDir, keys, { readOnly: true })
      if (u) this.#sealer = aesGcmSealer(u.key)
    } else {
      await this.#locked(async () => {
        await this.#tightenTree() // before the folders below are tightened: their mode tells whether it is needed
        for (const d of [this.dataDir, this.root, this.trashDir, this.quarantineDir, join(this.root, 'versions')]) {
          await mkdirPrivate(fs, d)
          await tighten(fs, d, DIR_MODE)
        }
        // the files beside the matters (settings, keyring, index) as an earlier version left them
        for (const dir of [this.dataDir, this.root]) {
          for (const name of await this.#names(dir)) {
            const st = await fs.lstat(join(dir, name)).catch(() => null)
            if (st?.isFile()) await tighten(fs, join(dir, name), FILE_MODE, st.mode)
          }
        }
        const u = await unlock(fs, this.dataDir, keys)
        if (u) {
          this.#sealer = aesGcmSealer(u.key)
          if (!u.keyring.migrated) {
            await this.#sealEverything()
            await markMigrated(fs, this.dataDir)
          }
        }
        // temp files left by an interrupted write (crash, kill): the targets are intact; drop them
        for (const dir of [this.root, this.trashDir]) {
          for (const name of await this.#names(dir)) if (TMP_RE.test(name)) await fs.unlink(join(dir, name)).catch(() => undefined)
        }
      })
    }
    const cached = new Map<string, IndexEntry>()
    const idx = await readStored(fs, this.indexPath, this.#sealer, aadOf.index)
    let indexOk = false
    if (idx.kind === 'ok') {
      const parsed = indexFileSchema.safeParse(idx.value)
      if (parsed.success) {
        indexOk = true
        for (const [id, e] of Object.entries(parsed.data.entries)) cached.set(id, e)
      }
    }
    if (!indexOk && idx.kind !== 'missing' && !this.#readOnly) {
      // keep the unreadable index aside; it is only a cache and is rebuilt from the matter files
      await this.#quarantineBytes('index', idx.kind === 'refused' ? null : await this.#bytes(this.indexPath))
    }
    let changed = !indexOk
    for (const trashed of [false, true]) {
      const dir = trashed ? this.trashDir : this.root
      for (const name of await this.#names(dir)) {
        const m = FILE_RE.exec(name)
        if (!m || name === 'index.json') continue
        const id = m[1] as string
        const file = join(dir, name)
        const st = await fs.lstat(file).catch(() => null)
        if (!st) continue
        if (!st.isFile()) {
          changed = true
          this.#refuse(id, trashed, st.mtime)
          continue
        }
        if (!this.#readOnly) await tighten(fs, file, FILE_MODE, st.mode)
        const prev = cached.get(id)
        if (prev && prev.mtimeMs === st.mtimeMs && prev.size === st.size && prev.summary.trashed === trashed) {
          this.#entries.set(id, prev)
          continue
        }
        changed = true
        await this.#loadEntry(id, trashed, prev)
      }
    }
    if (cached.size !== this.#entries.size) changed = true
    if (changed && !this.#readOnly) {
      this.#indexDirty = true
      await this.flush()
    }
  }

  async #names(dir: string): Promise<string[]> {
    try {
      const st = await this.#fs.lstat(dir)
      if (!st.isDirectory()) return [] // a symlinked folder is not followed
      return await this.#fs.readdir(dir)
    } catch (e) {
      if (errno(e) === 'ENOENT') return []
      throw e
    }
  }

  async #bytes(file: string): Promise<Buffer | null> {
    const r = await readRegular(this.#fs, file).catch(() => null)
    return r?.kind === 'ok' ? r.bytes : null
  }

  /** An entry for something in the data folder that is not a regular file: listed as corrupt, never read. */
  #refuse(id: string, trashed: boolean, mtime: Date): IndexEntry {
    const entry: IndexEntry = {
      summary: bestEffortSummary(id, { kind: 'refused', error: notRegular }, trashed, mtime),
      mtimeMs: -1, size: -1, issues: [{ path: '(根)', message: notRegular }]
    }
    this.#entries.set(id, entry)
    this.#indexDirty = true
    return entry
  }

  /** Old stores were written 0644/0755: make versions and quarantine private once (their root marks it done). */
  async #tightenTree(): Promise<void> {
    if (!POSIX) return
    const fs = this.#fs
    for (const top of [join(this.root, 'versions'), this.quarantineDir]) {
      const st = await fs.lstat(top).catch(() => null)
      if (!st?.isDirectory()) continue
      const walk = async (dir: string): Promise<void> => {
        for (const name of await this.#names(dir)) {
          const p = join(dir, name)
          const s = await fs.lstat(p).catch(() => null)
          if (s?.isDirectory()) {
            await tighten(fs, p, DIR_MODE, s.mode)
            await walk(p)
          } else if (s?.isFile()) await tighten(fs, p, FILE_MODE, s.mode)
        }
      }
      if (st.mode & 0o077) await walk(top)
      await tighten(fs, top, DIR_MODE, st.mode)
    }
  }

  /** First open with a key: seal every plain file of the store in place (matters, trash, versions, quarantine, index). */
  async #sealEverything(): Promise<void> {
    const sealer = this.#sealer
    if (!sealer) return
    const fs = this.#fs
    const sealFile = async (file: string, aad: string): Promise<void> => {
      const bytes = await this.#bytes(file)
      if (!bytes || isSealed(bytes)) return
      await writeBytesAtomic(fs, file, sealer.seal(bytes, aad))
    }
    for (const trashed of [false, true]) {
      const dir = trashed ? this.trashDir : this.root
      for (const name of await this.#names(dir)) {
        const m = FILE_RE.exec(name)
        if (m && name !== 'index.json') await sealFile(join(dir, name), aadOf.matter(m[1] as string))
      }
    }
    for (const id of await this.#names(join(this.root, 'versions'))) {
      if (!ID_RE.test(id)) continue
      for (const name of await this.#names(this.versionsDir(id))) {
        const m = VERSION_RE.exec(name)
        if (m) await sealFile(join(this.versionsDir(id), name), aadOf.version(id, Number(m[1])))
      }
    }
    for (const name of await this.#names(this.quarantineDir)) if (!name.startsWith('.')) await sealFile(join(this.quarantineDir, name), aadOf.quarantine(name))
    await sealFile(this.indexPath, aadOf.index)
  }

  /** Copy bytes that failed validation to the quarantine (sealed when the store is encrypted); returns the file. */
  async #quarantineBytes(id: string, bytes: Buffer | null): Promise<string | undefined> {
    if (!bytes || this.#readOnly) return undefined
    const name = `${id}.${this.#stamp()}.json`
    const file = join(this.quarantineDir, name)
    const out = this.#sealer && !isSealed(bytes) ? this.#sealer.seal(bytes, aadOf.quarantine(name)) : bytes
    try {
      await writeBytesAtomic(this.#fs, file, out, { durable: false, exclusive: true })
    } catch {
      return undefined
    }
    return file
  }

  /** Read, migrate and validate one matter file, and record its index entry (quarantining it if invalid). */
  async #loadEntry(id: string, trashed: boolean, prev?: IndexEntry): Promise<{ ok: true; env: Envelope } | { ok: false; entry: IndexEntry }> {
    const fs = this.#fs
    const file = this.filePath(id, trashed)
    const raw = await readRegular(fs, file)
    if (raw.kind === 'refused') return { ok: false, entry: this.#refuse(id, trashed, new Date()) }
    if (raw.kind === 'missing') {
      this.#entries.delete(id)
      this.#indexDirty = true
      throw notFound(id)
    }
    const read = decode(raw.bytes, this.#sealer, aadOf.matter(id))
    const st = await fs.lstat(file)
    const checked = checkEnvelope(read, id)
    if (checked.ok) {
      this.#entries.set(id, { summary: summaryOf(checked.env, trashed), mtimeMs: st.mtimeMs, size: st.size })
      // a plain file in an encrypted store (copied in by hand): seal it now
      if (this.#sealer && !isSealed(raw.bytes) && !this.#readOnly) {
        await this.#locked(() => writeBytesAtomic(fs, file, this.#sealer!.seal(raw.bytes, aadOf.matter(id)))).catch(() => undefined)
        const st2 = await fs.lstat(file)
        this.#entries.set(id, { summary: summaryOf(checked.env, trashed), mtimeMs: st2.mtimeMs, size: st2.size })
      }
      this.#indexDirty = true
      return { ok: true, env: checked.env }
    }
    let quarantined = prev?.quarantined
    if (!(prev?.summary.corrupt && prev.mtimeMs === st.mtimeMs && prev.size === st.size && quarantined)) {
      quarantined = await this.#quarantineBytes(id, raw.bytes)
    }
    const entry: IndexEntry = {
      summary: bestEffortSummary(id, read, trashed, st.mtime), mtimeMs: st.mtimeMs, size: st.size, issues: checked.issues,
      ...(quarantined ? { quarantined } : {})
    }
    this.#entries.set(id, entry)
    this.#indexDirty = true
    return { ok: false, entry }
  }

  #stamp(): string {
    return `${this.#now().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`
  }

  /** Serialise every operation of this process: one at a time, in order. */
  #run<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.#queue.then(fn, fn)
    this.#queue = p.catch(() => undefined)
    return p
  }

  /** Hold the data folder's write lock (lock.ts) around `fn`: other processes wait. */
  async #locked<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#lockDepth > 0) return fn() // already held by the operation running now (operations are serialised)
    const lock = await acquireLock(this.#fs, this.lockPath, this.#lockWaitMs)
    this.#lockDepth++
    try {
      return await fn()
    } finally {
      this.#lockDepth--
      await lock.release()
    }
  }

  /** A write: refused when read-only; otherwise serialised in this process and locked across processes. */
  #mutate<T>(fn: () => Promise<T>): Promise<T> {
    return this.#run(async () => {
      if (this.#readOnly) throw new IpcFailure('READ_ONLY', READ_ONLY_MESSAGE)
      return this.#locked(fn)
    })
  }

  /** Mark the index dirty and write it after a quiet moment (indexDelayMs, default 1 s), coalescing bursts of saves.
   *  The index is a cache: a crash before it is written is repaired on the next open (stat reconciliation). */
  #scheduleIndexWrite(): void {
    this.#indexDirty = true
    if (this.#readOnly || this.#indexWriting || this.#indexTimer) return
    this.#indexTimer = setTimeout(() => {
      this.#indexTimer = null
      this.#startIndexWrite()
    }, this.#indexDelayMs)
    this.#indexTimer.unref?.()
  }

  #startIndexWrite(): void {
    if (this.#indexWriting || this.#readOnly) return
    if (this.#indexTimer) {
      clearTimeout(this.#indexTimer)
      this.#indexTimer = null
    }
    this.#indexWriting = (async () => {
      // coalesce: every save made while a write runs is covered by the next one
      while (this.#indexDirty) {
        this.#indexDirty = false
        const entries = Object.fromEntries(this.#entries)
        // a temp file of its own per process: two processes may write the cache at once (the last one wins)
        await writeBytesAtomic(this.#fs, this.indexPath, encode({ indexFormat: INDEX_FORMAT, entries }, this.#sealer, aadOf.index), {
          durable: false, tmp: join(this.root, `.index-${process.pid}.json.tmp`)
        })
      }
    })().finally(() => { this.#indexWriting = null })
    this.#indexWriting.catch(() => { this.#indexDirty = true })
  }

  /** Wait until the index cache on disk reflects every change made so far. */
  async flush(): Promise<void> {
    if (this.#readOnly) return
    if (this.#indexDirty && !this.#indexWriting) this.#startIndexWrite()
    while (this.#indexWriting) await this.#indexWriting.catch(() => undefined)
    if (this.#indexDirty) {
      this.#startIndexWrite()
      await this.#indexWriting
    }
  }

  // ------------------------------------------------------------------ reads
  /**
   * Bring the in-memory index up to date with the folder (another process — the browser host, the app on a
   * second machine — may have created, saved, trashed or removed matters): one listing and one lstat per file;
   * only files whose size or mtime changed are read again. `matters:list` calls it before listing.
   */
  refresh(): Promise<void> {
    return this.#run(async () => {
      const seen = new Map<string, { trashed: boolean; mtimeMs: number; size: number; file: boolean }>()
      for (const trashed of [false, true]) {
        const dir = trashed ? this.trashDir : this.root
        for (const name of await this.#names(dir)) {
          const m = FILE_RE.exec(name)
          if (!m || name === 'index.json') continue
          const st = await this.#fs.lstat(join(dir, name)).catch(() => null)
          if (st) seen.set(m[1] as string, { trashed, mtimeMs: st.mtimeMs, size: st.size, file: st.isFile() })
        }
      }
      let changed = false
      for (const id of [...this.#entries.keys()]) {
        if (!seen.has(id)) {
          this.#entries.delete(id)
          changed = true
        }
      }
      for (const [id, f] of seen) {
        const e = this.#entries.get(id)
        if (e && e.mtimeMs === f.mtimeMs && e.size === f.size && e.summary.trashed === f.trashed) continue
        changed = true
        if (!f.file) this.#refuse(id, f.trashed, new Date(f.mtimeMs))
        else await this.#loadEntry(id, f.trashed, e).catch(() => undefined)
      }
      if (changed) this.#scheduleIndexWrite()
    })
  }

  list(opts: ListOptions = {}): MatterSummary[] {
    const wantTrashed = opts.trashed ?? false
    const terms = (opts.query ?? '').toLowerCase().split(/\s+/).filter(Boolean)
    const out: MatterSummary[] = []
    for (const e of this.#entries.values()) {
      const s = e.summary
      if (s.trashed !== wantTrashed) continue
      if (terms.length > 0) {
        const hay = [s.title, s.caseNumber ?? '', s.id, ...s.defendantNames].join('\n').toLowerCase()
        if (!terms.every((t) => hay.includes(t))) continue
      }
      out.push(s)
    }
    const sort = opts.sort ?? 'updatedAt'
    const cmp: Record<ListSort, (a: MatterSummary, b: MatterSummary) => number> = {
      updatedAt: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
      title: (a, b) => collator.compare(a.title, b.title),
      caseNumber: (a, b) => collator.compare(a.caseNumber ?? '\uffff', b.caseNumber ?? '\uffff'),
      stage: (a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage]
    }
    return out.sort((a, b) => cmp[sort](a, b) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1))
  }

  summary(id: string): MatterSummary | undefined {
    return this.#entries.get(id)?.summary
  }

  #entry(id: string): IndexEntry {
    if (!ID_RE.test(id)) throw new IpcFailure('INVALID_REQUEST', '编号格式无效 / invalid id', 'id')
    const e = this.#entries.get(id)
    if (!e) throw notFound(id)
    return e
  }

  /** Where the matter's file is now (another process may have trashed, restored or created it). */
  async #locate(id: string): Promise<boolean> {
    if (!ID_RE.test(id)) throw new IpcFailure('INVALID_REQUEST', '编号格式无效 / invalid id', 'id')
    const known = this.#entries.get(id)?.summary.trashed ?? false
    for (const trashed of [known, !known]) {
      const st = await this.#fs.lstat(this.filePath(id, trashed)).catch((e: unknown) => (errno(e) === 'ENOENT' ? null : Promise.reject(e)))
      if (st) return trashed
    }
    if (this.#entries.delete(id)) this.#scheduleIndexWrite()
    throw notFound(id)
  }

  #corruptFailure(id: string, e: IndexEntry): IpcFailure {
    const issues = e.issues ?? []
    const where = e.quarantined ? '原文件已原样另存在隔离区（quarantine）' : '原文件未被改动'
    return new IpcFailure(
      'CORRUPT_MATTER',
      `案件文件 ${id} 未通过校验（${issues.length} 处问题），${where}；可从历史版本恢复 / the matter file failed validation and was kept aside`,
      issues[0]?.path ?? null,
      issues
    )
  }

  /** Open a matter: read, migrate and validate the file now (it may have been edited by hand or by another process). */
  open(id: string): Promise<MatterRecordOut> {
    return this.#run(async () => {
      const env = await this.#readEnvelope(id)
      return { summary: this.#entries.get(id)?.summary ?? summaryOf(env, false), document: env.document }
    })
  }

  /** The current file, validated again (a hand-corrected file clears its corrupt flag here). */
  async #readEnvelope(id: string): Promise<Envelope> {
    const trashed = await this.#locate(id)
    const before = this.#entries.get(id)
    const r = await this.#loadEntry(id, trashed, before)
    // the index cache is rewritten only when reading changed what it holds
    const after = this.#entries.get(id)
    if (!before || !after || before.mtimeMs !== after.mtimeMs || before.size !== after.size ||
      before.summary.revision !== after.summary.revision || before.summary.corrupt !== after.summary.corrupt) this.#scheduleIndexWrite()
    if (!r.ok) throw this.#corruptFailure(id, r.entry)
    return r.env
  }

  /** Under the lock: the revision on disk (the matter file is re-read; another process may have saved). */
  async #current(id: string): Promise<{ entry: IndexEntry; env: Envelope | null }> {
    const trashed = await this.#locate(id)
    const e = this.#entries.get(id)
    if (e && !e.summary.corrupt && e.summary.trashed === trashed) {
      // fast path: the file still holds the revision this process knows → no need to validate it again
      const read = await readStored(this.#fs, this.filePath(id, trashed), this.#sealer, aadOf.matter(id))
      const rev = read.kind === 'ok' ? (read.value as { revision?: unknown } | null)?.revision : undefined
      if (rev === e.summary.revision) return { entry: e, env: null }
    }
    const r = await this.#loadEntry(id, trashed, e)
    this.#scheduleIndexWrite()
    if (!r.ok) return { entry: r.entry, env: null }
    return { entry: this.#entries.get(id) as IndexEntry, env: r.env }
  }

  // ------------------------------------------------------------------ writes
  /** Write a new revision: version file first (never replacing one), then the matter file; prune the ring; update the index. */
  async #write(env: Envelope, trashed = false, replacesVersion: number | null = null): Promise<MatterSummary> {
    const fs = this.#fs
    const vdir = this.versionsDir(env.id)
    await mkdirPrivate(fs, vdir).catch((e: unknown) => Promise.reject(writeFailure(e)))
    // make room first, so that the ring never holds more than VERSIONS_KEPT files, even after a crash
    await this.#pruneVersions(env.id, env.revision)
    // the history copy is atomic but not fsynced (an unreadable version is skipped, never offered);
    // it is created exclusively: an existing revision is never overwritten
    const vfile = this.versionPath(env.id, env.revision)
    const bytes = encode(env, this.#sealer, aadOf.version(env.id, env.revision))
    for (let attempt = 0; ; attempt++) {
      try {
        await writeBytesAtomic(fs, vfile, bytes, { durable: false, exclusive: true })
        break
      } catch (e) {
        if (errno(e) !== 'EEXIST') throw e
        if (attempt > 0) {
          throw new IpcFailure('CONFLICT', `修订 ${env.revision} 已由另一程序写入，未保存；请重新打开案件 / revision ${env.revision} was written by another program; reopen the matter`, 'baseRevision')
        }
        // Callers checked the matter file under the lock, and the matter file is written after its version
        // copy: a version at or above the next revision is left by a write that was interrupted before it
        // completed (crash, kill). It is moved to the quarantine, never overwritten.
        await fs.rename(vfile, join(this.quarantineDir, `${env.id}.unfinished-${env.revision}.${this.#stamp()}.json`)).catch((x: unknown) => Promise.reject(writeFailure(x)))
      }
    }
    const file = this.filePath(env.id, trashed)
    await writeBytesAtomic(fs, file, encode(env, this.#sealer, aadOf.matter(env.id)))
    // a coalesced edit: the version it extends goes once the new one (which holds its changes) is written
    if (replacesVersion !== null) await fs.unlink(this.versionPath(env.id, replacesVersion)).catch(() => undefined)
    const st = await fs.lstat(file)
    const summary = summaryOf(env, trashed)
    this.#entries.set(env.id, { summary, mtimeMs: st.mtimeMs, size: st.size })
    this.#scheduleIndexWrite()
    return summary
  }

  async #versionFiles(id: string): Promise<{ revision: number; file: string }[]> {
    return (await this.#names(this.versionsDir(id)))
      .map((n) => VERSION_RE.exec(n))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ revision: Number(m[1]), file: join(this.versionsDir(id), m[0]) }))
      .sort((a, b) => b.revision - a.revision)
  }

  /** Keep the newest VERSIONS_KEPT − 1 revisions older than `incoming` (which is about to be written). */
  async #pruneVersions(id: string, incoming: number): Promise<void> {
    const vdir = this.versionsDir(id)
    for (const n of await this.#names(vdir)) {
      if (/^\.\d{1,12}\.json\.tmp$/.test(n)) await this.#fs.unlink(join(vdir, n)).catch(() => undefined) // interrupted earlier write
    }
    const older = (await this.#versionFiles(id)).filter((v) => v.revision < incoming)
    for (const old of older.slice(VERSIONS_KEPT - 1)) await this.#fs.unlink(old.file).catch(() => undefined)
  }

  #validated(raw: unknown): MatterDocument {
    const limits = checkLimits(raw)
    const r = limits.length > 0 ? { ok: false as const, issues: limits } : loadMatterDocument(raw)
    if (!r.ok) {
      throw new IpcFailure(
        'INVALID_MATTER',
        `案件数据有 ${r.issues.length} 处错误，未保存 / the matter has ${r.issues.length} invalid field(s); nothing was saved`,
        r.issues[0]?.path ?? null,
        r.issues
      )
    }
    return r.value
  }

  #newId(): string {
    let id: string
    do id = randomUUID()
    while (this.#entries.has(id))
    return id
  }

  /** Create a matter from a (raw, validated here) document. */
  create(document: unknown, kind: 'create' | 'import' = 'create'): Promise<MatterRecordOut> {
    let doc: MatterDocument
    try {
      doc = this.#validated(document) // outside the lock: validation may take a while on a large import
    } catch (e) {
      return Promise.reject(e)
    }
    return this.#mutate(() => this.#create(doc, kind))
  }

  /** Under the lock. */
  async #create(doc: MatterDocument, kind: 'create' | 'import'): Promise<MatterRecordOut> {
    const now = this.#now().toISOString()
    const env: Envelope = {
      storeFormat: STORE_FORMAT, id: this.#newId(), revision: 1, createdAt: now, updatedAt: now, document: doc,
      change: { kind, since: now, changes: [] }
    }
    const summary = await this.#write(env)
    return { summary, document: doc }
  }

  /**
   * Save a new revision. Under the data folder's lock the revision is read from the file on disk, so that a
   * save based on an older revision (this process or another one — the browser host, a second machine on a
   * synced folder) is refused with CONFLICT instead of silently replacing the other edit.
   */
  save(id: string, document: unknown, baseRevision?: number): Promise<MatterSummary> {
    let doc: MatterDocument
    try {
      this.#entry(id)
      doc = this.#validated(document)
    } catch (e) {
      return Promise.reject(e)
    }
    return this.#mutate(async () => {
      const { entry: e } = await this.#current(id)
      if (e.summary.corrupt) throw this.#corruptFailure(id, e)
      if (e.summary.trashed) throw new IpcFailure('CONFLICT', '案件已移入回收站，请先恢复 / the matter is in the trash; restore it first', 'id')
      if (baseRevision !== undefined && baseRevision !== e.summary.revision) {
        throw new IpcFailure(
          'CONFLICT',
          `案件已被修改（当前修订 ${e.summary.revision}，编辑基于修订 ${baseRevision}），未保存；请重新打开案件，再把修改重做一遍 / the matter changed since it was opened (now revision ${e.summary.revision}, your edit is based on ${baseRevision}); nothing was saved — reopen it and redo the edit`,
          'baseRevision'
        )
      }
      // the revision being replaced, read without touching the index (a save that fails leaves the cache alone)
      const read = checkEnvelope(await readStored(this.#fs, this.filePath(id, false), this.#sealer, aadOf.matter(id)), id)
      if (!read.ok) throw this.#corruptFailure(id, e)
      const prior = read.env
      const now = this.#now().toISOString()
      const diff = describeChanges(prior.document, doc)
      let change: VersionChange = { kind: 'edit', since: now, changes: diff }
      let replaces: number | null = null
      // coalesce with the previous version when it is an edit saved moments ago (the user is typing)
      if (prior.change?.kind === 'edit' && this.#coalesceMs > 0) {
        const t = Date.parse(now)
        if (t - Date.parse(prior.updatedAt) <= this.#coalesceMs && t - Date.parse(prior.change.since) <= COALESCE_SPAN_MS) {
          change = { kind: 'edit', since: prior.change.since, changes: mergeChanges(prior.change.changes, diff) }
          replaces = prior.revision
        }
      }
      return this.#write({
        storeFormat: STORE_FORMAT, id, revision: e.summary.revision + 1, createdAt: e.summary.createdAt,
        updatedAt: now, document: doc, change
      }, false, replaces)
    })
  }

  rename(id: string, title: string): Promise<MatterSummary> {
    return this.#mutate(async () => {
      const t = title.trim()
      if (!t) throw new IpcFailure('INVALID_REQUEST', '案件名称不能为空 / title is required', 'title')
      const env = await this.#readEnvelope(id)
      if (env.document.matter.title === t) return this.#entries.get(id)?.summary ?? summaryOf(env, false)
      const doc = this.#validated({ ...env.document, matter: { ...env.document.matter, title: t } })
      const now = this.#now().toISOString()
      return this.#write({
        ...env, revision: env.revision + 1, updatedAt: now, document: doc, change: { kind: 'rename', since: now, changes: [{ who: null, what: 'matter' }] }
      }, this.#entry(id).summary.trashed)
    })
  }

  duplicate(id: string): Promise<MatterSummary> {
    return this.#mutate(async () => {
      const env = await this.#readEnvelope(id)
      const now = this.#now().toISOString()
      const title = `${env.document.matter.title}（副本）`.slice(0, 200)
      const doc: MatterDocument = { ...env.document, matter: { ...env.document.matter, title } }
      return this.#write({
        storeFormat: STORE_FORMAT, id: this.#newId(), revision: 1, createdAt: now, updatedAt: now, document: doc,
        change: { kind: 'duplicate', since: now, changes: [] }
      })
    })
  }

  /** Move to the trash (recoverable). Corrupt files can be trashed too; they stay quarantined. */
  trash(id: string): Promise<MatterSummary> {
    return this.#move(id, true)
  }

  restore(id: string): Promise<MatterSummary> {
    return this.#move(id, false)
  }

  #move(id: string, toTrash: boolean): Promise<MatterSummary> {
    return this.#mutate(async () => {
      const trashed = await this.#locate(id)
      let e: IndexEntry | undefined = this.#entries.get(id)
      if (!e) {
        const r = await this.#loadEntry(id, trashed)
        e = r.ok ? this.#entry(id) : r.entry
      }
      if (trashed === toTrash) {
        if (e.summary.trashed !== trashed) this.#entries.set(id, { ...e, summary: { ...e.summary, trashed } })
        return this.#entry(id).summary
      }
      const to = this.filePath(id, toTrash)
      try {
        await this.#fs.rename(this.filePath(id, !toTrash), to)
      } catch (err) {
        throw writeFailure(err)
      }
      await fsyncPath(this.#fs, this.root)
      await fsyncPath(this.#fs, this.trashDir)
      const st = await this.#fs.lstat(to)
      const entry: IndexEntry = { ...e, summary: { ...e.summary, trashed: toTrash }, mtimeMs: st.mtimeMs, size: st.size }
      this.#entries.set(id, entry)
      this.#scheduleIndexWrite()
      return entry.summary
    })
  }

  async versions(id: string): Promise<VersionInfo[]> {
    this.#entry(id)
    const out: VersionInfo[] = []
    for (const v of await this.#versionFiles(id)) {
      const read = await readStored(this.#fs, v.file, this.#sealer, aadOf.version(id, v.revision))
      const checked = checkEnvelope(read, id)
      if (!checked.ok || checked.env.revision !== v.revision) continue // an unreadable version is not offered for restore
      out.push({ revision: checked.env.revision, savedAt: checked.env.updatedAt, title: checked.env.document.matter.title, change: checked.env.change ?? null })
    }
    return out
  }

  /** Make an earlier revision current again, as a new revision (so the restore itself can be undone). */
  restoreVersion(id: string, revision: number): Promise<MatterRecordOut> {
    return this.#mutate(async () => {
      const { entry: e } = await this.#current(id)
      const v = (await this.#versionFiles(id)).find((x) => x.revision === revision)
      if (!v) throw new IpcFailure('NOT_FOUND', `找不到修订 ${revision} / revision not found`, 'revision')
      const checked = checkEnvelope(await readStored(this.#fs, v.file, this.#sealer, aadOf.version(id, revision)), id)
      if (!checked.ok) throw new IpcFailure('CORRUPT_MATTER', `修订 ${revision} 的文件已损坏 / that revision is corrupt`, checked.issues[0]?.path ?? null, checked.issues)
      const latest = (await this.#versionFiles(id))[0]?.revision ?? 0
      const now = this.#now().toISOString()
      const current = e.summary.corrupt ? null : await this.#readEnvelope(id).catch(() => null)
      const summary = await this.#write({
        ...checked.env, revision: Math.max(e.summary.revision, latest) + 1, updatedAt: now,
        change: { kind: 'restore', since: now, changes: current ? describeChanges(current.document, checked.env.document) : [], restoredFrom: revision }
      }, e.summary.trashed)
      return { summary, document: checked.env.document }
    })
  }

  /**
   * Import a `.bangxin.json` file (any supported version; a published-case fixture is accepted too; an encrypted
   * export with its passphrase). A matter already there (same title, or same case number) is never duplicated
   * silently: without `onDuplicate` the import is refused with CONFLICT (path `duplicate`, one issue per existing
   * matter: path = id, message = title); `replace` writes the file as a new revision of `replaceId` (the old
   * content stays in its versions); `keepBoth` creates a new matter titled “…（导入副本）”.
   */
  async importFile(
    fileName: string, content: string, opts: { onDuplicate?: 'replace' | 'keepBoth'; replaceId?: string; passphrase?: string } = {}
  ): Promise<MatterRecordOut> {
    const passphrase = opts.passphrase
    const name = fileName.slice(0, 200)
    const size = checkImportSize(name, content.length)
    if (size) throw new IpcFailure('INVALID_MATTER', size.message, size.path, [size])
    let raw: unknown
    try {
      raw = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content)
    } catch (e) {
      const msg = (e as Error).message.slice(0, 200)
      throw new IpcFailure('INVALID_MATTER', `${name} 不是有效的 JSON（${msg}） / not valid JSON`, null, [
        { path: '(根)', message: `不是有效的 JSON / not valid JSON: ${msg}` }
      ])
    }
    if (isPassphraseEnvelope(raw)) {
      if (!passphrase) throw new IpcFailure('LOCKED', `${name} 已加密，请输入导出时设置的口令 / the file is encrypted: enter its passphrase`, 'passphrase')
      try {
        raw = JSON.parse((await openWithPassphrase(raw, passphrase, EXPORT_AAD)).toString('utf-8'))
      } catch (e) {
        if (e instanceof SealError) throw new IpcFailure('LOCKED', `口令不正确或文件已被改动：${name} / wrong passphrase or altered file`, 'passphrase')
        throw e
      }
    }
    if (typeof raw === 'object' && raw !== null && 'matter' in raw && 'actual' in raw) {
      const inner = (raw as { matter: unknown }).matter
      if (typeof inner === 'object' && inner !== null && 'defendants' in inner) raw = inner
    }
    const doc = this.#validated(raw)
    return this.#mutate(async () => {
      const dups = this.#duplicatesOf(doc)
      if (dups.length === 0 && opts.onDuplicate !== 'replace') return this.#create(doc, 'import')
      if (opts.onDuplicate === 'keepBoth') {
        return this.#create({ ...doc, matter: { ...doc.matter, title: this.#markedTitle(doc.matter.title) } }, 'import')
      }
      if (opts.onDuplicate === 'replace') {
        const target = dups.find((d) => d.id === opts.replaceId)
        if (!target) {
          throw new IpcFailure('INVALID_REQUEST', `要替换的案件不是与导入文件同名的案件 / replaceId is not a matter with the same title`, 'replaceId')
        }
        const prior = await this.#readEnvelope(target.id)
        const now = this.#now().toISOString()
        const summary = await this.#write({
          storeFormat: STORE_FORMAT, id: target.id, revision: target.revision + 1, createdAt: target.createdAt, updatedAt: now, document: doc,
          change: { kind: 'replace', since: now, changes: describeChanges(prior.document, doc) }
        })
        return { summary, document: doc }
      }
      const names = dups.map((d) => `“${d.title}”`).join('、')
      throw new IpcFailure(
        'CONFLICT',
        `已有同名案件${names}：请选择替换现有案件，或保留两者（导入的案件标题将标注“导入副本”） / a matter with this title is already there: replace it or keep both`,
        'duplicate',
        dups.map((d) => ({ path: d.id, message: d.title }))
      )
    })
  }

  /** Matters already there that an imported document duplicates: same title, or same case number. */
  #duplicatesOf(doc: MatterDocument): MatterSummary[] {
    const title = doc.matter.title.trim()
    const caseNo = doc.matter.caseNumber?.trim() || null
    return [...this.#entries.values()]
      .map((e) => e.summary)
      .filter((s) => !s.trashed && !s.corrupt && (s.title.trim() === title || (caseNo !== null && s.caseNumber?.trim() === caseNo)))
  }

  #markedTitle(title: string): string {
    const taken = new Set([...this.#entries.values()].map((e) => e.summary.title))
    for (let n = 1; ; n++) {
      const t = n === 1 ? `${title}（导入副本）` : `${title}（导入副本 ${n}）`
      if (!taken.has(t)) return t
    }
  }

  /** The document as a `.bangxin.json` file; sealed with a passphrase on request (`.bangxin.enc.json`). */
  async exportFile(id: string, passphrase?: string): Promise<{ fileName: string; content: string }> {
    const env = await this.#run(() => this.#readEnvelope(id))
    const plain = `${JSON.stringify(env.document, null, 2)}\n`
    const fileName = exportFileName(env.document.matter.title)
    if (passphrase === undefined) return { fileName, content: plain }
    if (passphrase.length < 8) throw new IpcFailure('INVALID_REQUEST', '口令至少 8 个字符 / the passphrase needs at least 8 characters', 'passphrase')
    const sealed = await sealWithPassphrase(Buffer.from(plain, 'utf-8'), passphrase, EXPORT_AAD)
    return { fileName: fileName.replace(/\.bangxin\.json$/, '.bangxin.enc.json'), content: `${JSON.stringify(sealed, null, 2)}\n` }
  }

  /** The stored issues of a corrupt matter (empty when valid). */
  issues(id: string): FieldIssue[] {
    return this.#entries.get(id)?.issues ?? []
  }

  async close(): Promise<void> {
    await this.#queue
    await this.flush()
  }
}

const EXPORT_AAD = 'bangxin:export'
