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
import { copyFile, mkdir, readdir, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { versionChangeSchema, type MatterSummary, type VersionChange, type VersionInfo } from '../../../core/ipc/contract'
import { describeChanges, mergeChanges } from '../../../core/matter/changes'
import { loadMatterDocument } from '../../../core/matter/migrations'
import { issuesOf, type FieldIssue, type MatterDocument } from '../../../core/matter/schema'
import { IpcFailure } from '../services/errors'
import { fsyncDir, readJsonRaw, writeJsonAtomic, type RawRead } from './atomic'

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
  if (read.kind === 'unparsable') {
    return { ok: false, issues: [{ path: '(根)', message: `文件不是有效的 JSON（${read.error}） / not valid JSON: ${read.error}` }] }
  }
  const e = envelopeSchema.safeParse(read.value)
  if (!e.success) return { ok: false, issues: issuesOf(e.error) }
  const issues: FieldIssue[] = []
  if (e.data.id !== expectedId) issues.push({ path: 'id', message: `文件中的编号 ${e.data.id} 与文件名不符 / id does not match the file name` })
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
    if (typeof v.document?.matter?.title === 'string' && v.document.matter.title) title = v.document.matter.title
    if (typeof v.createdAt === 'string') createdAt = v.createdAt
  }
  return {
    id, title, caseNumber: null, stage: 'investigation', defendantNames: [], createdAt, updatedAt: mtime.toISOString(),
    revision: 0, trashed, corrupt: true
  }
}

const notFound = (id: string): IpcFailure => new IpcFailure('NOT_FOUND', `找不到案件 ${id} / matter not found`, 'id')

export class MatterStore {
  readonly root: string
  readonly #entries = new Map<string, IndexEntry>()
  #queue: Promise<unknown> = Promise.resolve()
  #indexDirty = false
  #indexWriting: Promise<void> | null = null
  #indexTimer: ReturnType<typeof setTimeout> | null = null
  readonly #indexDelayMs: number
  #now: () => Date
  readonly #coalesceMs: number

  private constructor(dataDir: string, now: () => Date, indexDelayMs: number, coalesceMs: number) {
    this.root = join(dataDir, 'matters')
    this.#now = now
    this.#indexDelayMs = indexDelayMs
    this.#coalesceMs = coalesceMs
  }

  /** Open (creating if needed) the store under `dataDir`, reconciling the index with the files.
   *  `coalesceMs`: edits saved closer together than this share one version (0 = one version per save). */
  static async open(dataDir: string, opts: { now?: () => Date; indexDelayMs?: number; coalesceMs?: number } = {}): Promise<MatterStore> {
    const s = new MatterStore(dataDir, opts.now ?? (() => new Date()), opts.indexDelayMs ?? 1000, opts.coalesceMs ?? COALESCE_MS)
    await s.#init()
    return s
  }

  get indexPath(): string { return join(this.root, 'index.json') }
  get trashDir(): string { return join(this.root, 'trash') }
  get quarantineDir(): string { return join(this.root, 'quarantine') }
  versionsDir(id: string): string { return join(this.root, 'versions', id) }
  filePath(id: string, trashed = false): string { return join(trashed ? this.trashDir : this.root, `${id}.json`) }

  // ------------------------------------------------------------------ setup
  async #init(): Promise<void> {
    for (const d of [this.root, this.trashDir, this.quarantineDir, join(this.root, 'versions')]) await mkdir(d, { recursive: true })
    const cached = new Map<string, IndexEntry>()
    const idx = await readJsonRaw(this.indexPath)
    if (idx.kind === 'ok') {
      const parsed = indexFileSchema.safeParse(idx.value)
      if (parsed.success) for (const [id, e] of Object.entries(parsed.data.entries)) cached.set(id, e)
    }
    if (idx.kind === 'unparsable' || (idx.kind === 'ok' && cached.size === 0 && !indexFileSchema.safeParse(idx.value).success)) {
      // keep the unreadable index aside; it is only a cache and is rebuilt from the matter files
      await copyFile(this.indexPath, join(this.quarantineDir, `index.${this.#stamp()}.json`)).catch(() => undefined)
    }
    let changed = idx.kind !== 'ok'
    for (const trashed of [false, true]) {
      const dir = trashed ? this.trashDir : this.root
      for (const name of await readdir(dir)) {
        // a temp file left by a write that was interrupted (crash, kill): the target is intact, drop it
        if (TMP_RE.test(name)) {
          await unlink(join(dir, name)).catch(() => undefined)
          continue
        }
        const m = FILE_RE.exec(name)
        if (!m || name === 'index.json') continue
        const id = m[1] as string
        const file = join(dir, name)
        const st = await stat(file)
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
    if (changed) {
      this.#indexDirty = true
      await this.flush()
    }
  }

  /** Read, migrate and validate one matter file, and record its index entry (quarantining it if invalid). */
  async #loadEntry(id: string, trashed: boolean, prev?: IndexEntry): Promise<{ ok: true; env: Envelope } | { ok: false; entry: IndexEntry }> {
    const file = this.filePath(id, trashed)
    const read = await readJsonRaw(file)
    const st = await stat(file)
    const checked = checkEnvelope(read, id)
    if (checked.ok) {
      this.#entries.set(id, { summary: summaryOf(checked.env, trashed), mtimeMs: st.mtimeMs, size: st.size })
      return { ok: true, env: checked.env }
    }
    let quarantined = prev?.quarantined
    if (!(prev?.summary.corrupt && prev.mtimeMs === st.mtimeMs && prev.size === st.size && quarantined)) {
      quarantined = join(this.quarantineDir, `${id}.${this.#stamp()}.json`)
      await copyFile(file, quarantined)
    }
    const entry: IndexEntry = {
      summary: bestEffortSummary(id, read, trashed, st.mtime), mtimeMs: st.mtimeMs, size: st.size, issues: checked.issues, quarantined
    }
    this.#entries.set(id, entry)
    this.#indexDirty = true
    return { ok: false, entry }
  }

  #stamp(): string {
    return `${this.#now().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`
  }

  /** Serialise every mutation: one at a time, in order. */
  #run<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.#queue.then(fn, fn)
    this.#queue = p.catch(() => undefined)
    return p
  }

  /** Mark the index dirty and write it after a quiet moment (indexDelayMs, default 1 s), coalescing bursts of saves.
   *  The index is a cache: a crash before it is written is repaired on the next open (stat reconciliation). */
  #scheduleIndexWrite(): void {
    this.#indexDirty = true
    if (this.#indexWriting || this.#indexTimer) return
    this.#indexTimer = setTimeout(() => {
      this.#indexTimer = null
      this.#startIndexWrite()
    }, this.#indexDelayMs)
    this.#indexTimer.unref?.()
  }

  #startIndexWrite(): void {
    if (this.#indexWriting) return
    if (this.#indexTimer) {
      clearTimeout(this.#indexTimer)
      this.#indexTimer = null
    }
    this.#indexWriting = (async () => {
      // coalesce: every save made while a write runs is covered by the next one
      while (this.#indexDirty) {
        this.#indexDirty = false
        const entries = Object.fromEntries(this.#entries)
        await writeJsonAtomic(this.indexPath, { indexFormat: INDEX_FORMAT, entries }, { durable: false })
      }
    })().finally(() => { this.#indexWriting = null })
    this.#indexWriting.catch(() => { this.#indexDirty = true })
  }

  /** Wait until the index cache on disk reflects every change made so far. */
  async flush(): Promise<void> {
    if (this.#indexDirty && !this.#indexWriting) this.#startIndexWrite()
    while (this.#indexWriting) await this.#indexWriting.catch(() => undefined)
    if (this.#indexDirty) {
      this.#startIndexWrite()
      await this.#indexWriting
    }
  }

  // ------------------------------------------------------------------ reads
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

  #corruptFailure(id: string, e: IndexEntry): IpcFailure {
    const issues = e.issues ?? []
    const where = e.quarantined ? `原文件已原样保存在 ${e.quarantined}` : '原文件未被改动'
    return new IpcFailure(
      'CORRUPT_MATTER',
      `案件文件 ${id} 未通过校验（${issues.length} 处问题），${where}；可从历史版本恢复 / the matter file failed validation and was kept aside`,
      issues[0]?.path ?? null,
      issues
    )
  }

  /** Open a matter: read, migrate and validate the file now (it may have been edited by hand). */
  open(id: string): Promise<MatterRecordOut> {
    return this.#run(async () => {
      const trashed = this.#entry(id).summary.trashed
      const env = await this.#readEnvelope(id)
      return { summary: this.#entries.get(id)?.summary ?? summaryOf(env, trashed), document: env.document }
    })
  }

  async #readEnvelope(id: string): Promise<Envelope> {
    const e = this.#entry(id)
    if (e.summary.corrupt) throw this.#corruptFailure(id, e)
    const r = await this.#loadEntry(id, e.summary.trashed, e)
    if (!r.ok) {
      this.#scheduleIndexWrite()
      throw this.#corruptFailure(id, r.entry)
    }
    return r.env
  }

  // ------------------------------------------------------------------ writes
  /** Write a new revision: version file first, then the matter file; prune the ring; update the index. */
  async #write(env: Envelope, trashed = false, replacesVersion: number | null = null): Promise<MatterSummary> {
    const vdir = this.versionsDir(env.id)
    await mkdir(vdir, { recursive: true })
    // make room first, so that the ring never holds more than VERSIONS_KEPT files, even after a crash
    await this.#pruneVersions(env.id, env.revision)
    // the history copy is atomic but not fsynced (an unreadable version is skipped, never offered);
    // the matter file itself is atomic and durable
    await writeJsonAtomic(join(vdir, `${String(env.revision).padStart(8, '0')}.json`), env, { durable: false })
    const file = this.filePath(env.id, trashed)
    await writeJsonAtomic(file, env)
    // a coalesced edit: the version it extends goes once the new one (which holds its changes) is written
    if (replacesVersion !== null) await unlink(join(vdir, `${String(replacesVersion).padStart(8, '0')}.json`)).catch(() => undefined)
    const st = await stat(file)
    const summary = summaryOf(env, trashed)
    this.#entries.set(env.id, { summary, mtimeMs: st.mtimeMs, size: st.size })
    this.#scheduleIndexWrite()
    return summary
  }

  async #versionFiles(id: string): Promise<{ revision: number; file: string }[]> {
    let names: string[]
    try {
      names = await readdir(this.versionsDir(id))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    return names
      .map((n) => /^(\d{1,12})\.json$/.exec(n))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ revision: Number(m[1]), file: join(this.versionsDir(id), m[0]) }))
      .sort((a, b) => b.revision - a.revision)
  }

  /** Keep the newest VERSIONS_KEPT − 1 revisions older than `incoming` (which is about to be written). */
  async #pruneVersions(id: string, incoming: number): Promise<void> {
    const vdir = this.versionsDir(id)
    for (const n of await readdir(vdir).catch(() => [] as string[])) {
      if (/^\.\d{1,12}\.json\.tmp$/.test(n)) await unlink(join(vdir, n)).catch(() => undefined) // interrupted earlier write
    }
    const older = (await this.#versionFiles(id)).filter((v) => v.revision < incoming)
    for (const old of older.slice(VERSIONS_KEPT - 1)) await unlink(old.file).catch(() => undefined)
  }

  #validated(raw: unknown): MatterDocument {
    const r = loadMatterDocument(raw)
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
    return this.#run(() => this.#create(this.#validated(document), kind))
  }

  async #create(doc: MatterDocument, kind: 'create' | 'import'): Promise<MatterRecordOut> {
    const now = this.#now().toISOString()
    const env: Envelope = {
      storeFormat: STORE_FORMAT, id: this.#newId(), revision: 1, createdAt: now, updatedAt: now, document: doc,
      change: { kind, since: now, changes: [] }
    }
    const summary = await this.#write(env)
    return { summary, document: doc }
  }

  save(id: string, document: unknown, baseRevision?: number): Promise<MatterSummary> {
    return this.#run(async () => {
      const e = this.#entry(id)
      if (e.summary.corrupt) throw this.#corruptFailure(id, e)
      if (e.summary.trashed) throw new IpcFailure('CONFLICT', '案件已移入回收站，请先恢复 / the matter is in the trash; restore it first', 'id')
      const doc = this.#validated(document)
      if (baseRevision !== undefined && baseRevision !== e.summary.revision) {
        throw new IpcFailure(
          'CONFLICT',
          `案件已被修改（当前修订 ${e.summary.revision}，编辑基于修订 ${baseRevision}），请重新打开后再保存 / the matter changed since it was opened`,
          'baseRevision'
        )
      }
      const prior = await this.#readEnvelope(id)
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
    return this.#run(async () => {
      const t = title.trim()
      if (!t) throw new IpcFailure('INVALID_REQUEST', '案件名称不能为空 / title is required', 'title')
      const env = await this.#readEnvelope(id)
      if (env.document.matter.title === t) return this.#entries.get(id)?.summary ?? summaryOf(env, false)
      const doc: MatterDocument = { ...env.document, matter: { ...env.document.matter, title: t } }
      const now = this.#now().toISOString()
      return this.#write({
        ...env, revision: env.revision + 1, updatedAt: now, document: doc, change: { kind: 'rename', since: now, changes: [{ who: null, what: 'matter' }] }
      }, this.#entry(id).summary.trashed)
    })
  }

  duplicate(id: string): Promise<MatterSummary> {
    return this.#run(async () => {
      const env = await this.#readEnvelope(id)
      const now = this.#now().toISOString()
      const doc: MatterDocument = { ...env.document, matter: { ...env.document.matter, title: `${env.document.matter.title}（副本）` } }
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
    return this.#run(async () => {
      const e = this.#entry(id)
      if (e.summary.trashed === toTrash) return e.summary
      const to = this.filePath(id, toTrash)
      await rename(this.filePath(id, !toTrash), to)
      await fsyncDir(this.root)
      await fsyncDir(this.trashDir)
      const st = await stat(to)
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
      const read = await readJsonRaw(v.file)
      const checked = checkEnvelope(read, id)
      if (!checked.ok) continue // an unreadable version is not offered for restore
      out.push({ revision: checked.env.revision, savedAt: checked.env.updatedAt, title: checked.env.document.matter.title, change: checked.env.change ?? null })
    }
    return out
  }

  /** Make an earlier revision current again, as a new revision (so the restore itself can be undone). */
  restoreVersion(id: string, revision: number): Promise<MatterRecordOut> {
    return this.#run(async () => {
      const e = this.#entry(id)
      const v = (await this.#versionFiles(id)).find((x) => x.revision === revision)
      if (!v) throw new IpcFailure('NOT_FOUND', `找不到修订 ${revision} / revision not found`, 'revision')
      const checked = checkEnvelope(await readJsonRaw(v.file), id)
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
   * Import a `.bangxin.json` file (any supported version; a published-case fixture is accepted too).
   * A matter already there (same title, or same case number) is never duplicated silently: without
   * `onDuplicate` the import is refused with CONFLICT (path `duplicate`, one issue per existing matter:
   * path = id, message = title); `replace` writes the file as a new revision of `replaceId` (the old
   * content stays in its versions); `keepBoth` creates a new matter titled “…（导入副本）”.
   */
  importFile(fileName: string, content: string, opts: { onDuplicate?: 'replace' | 'keepBoth'; replaceId?: string } = {}): Promise<MatterRecordOut> {
    let raw: unknown
    try {
      raw = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content)
    } catch (e) {
      return Promise.reject(new IpcFailure('INVALID_MATTER', `${fileName} 不是有效的 JSON（${(e as Error).message}） / not valid JSON`, null, [
        { path: '(根)', message: `不是有效的 JSON / not valid JSON: ${(e as Error).message}` }
      ]))
    }
    if (typeof raw === 'object' && raw !== null && 'matter' in raw && 'actual' in raw) {
      const inner = (raw as { matter: unknown }).matter
      if (typeof inner === 'object' && inner !== null && 'defendants' in inner) raw = inner
    }
    return this.#run(async () => {
      const doc = this.#validated(raw)
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

  async exportFile(id: string): Promise<{ fileName: string; content: string }> {
    const env = await this.#run(() => this.#readEnvelope(id))
    return { fileName: exportFileName(env.document.matter.title), content: `${JSON.stringify(env.document, null, 2)}\n` }
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
