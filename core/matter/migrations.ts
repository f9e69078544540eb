// Matter format migrations. Every document the app reads (store load, import, CLI) passes through
// `migrateMatter` before zod validation, so older files keep opening after the format changes.
//
// Version 0 — the pre-release draft format (written before `formatVersion` existed):
//   - no `formatVersion` key at all (or `formatVersion: 0`);
//   - `matter.perspective` may be absent (drafts were defence-only → "defense");
//   - `defendants[].actPeriod` is one string "YYYY-MM-DD~YYYY-MM-DD" (either side may be empty,
//     e.g. "2021-03-01~" = end unknown), or null;
//   - `defendants[].conduct.cards[]` carries `number` instead of `count`;
//   - `defendants[].history` may be absent (drafts had no 前科/行政处罚 block → every fact unknown);
//   - `defendants[].evidence` may be absent.
// Version 1 — the first release's format.
// Version 2 — the current format (core/matter/schema.ts; docs/store.md): adds matter.province,
//   matter.accusation, defendants[].sex, custody, factsText. Every key is optional and a missing key reads
//   as null, so 1 → 2 only renumbers; the schema fills what a writer left out.
//
// A migration never validates and never guesses a fact: it only reshapes. Unknown facts stay null.
// A version newer than FORMAT_VERSION is refused with a clear error (the file came from a newer app).
import { z } from 'zod'
import { FORMAT_VERSION, matterDocumentSchema, validateMatter, type FieldIssue, type MatterDocument } from './schema'

export class MigrationError extends Error {
  readonly path: string
  constructor(message: string, path = 'formatVersion') {
    super(message)
    this.name = 'MigrationError'
    this.path = path
  }
}

export interface MigrationResult {
  /** the reshaped (not yet validated) document */
  document: unknown
  /** the version the input was in */
  from: number
  /** true when at least one migration step ran */
  migrated: boolean
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Version of a raw document: a missing formatVersion means the version-0 draft format. */
export function detectVersion(raw: unknown): number | null {
  if (!isObj(raw)) return null
  if (!('formatVersion' in raw) || raw.formatVersion === undefined) return 0
  const v = raw.formatVersion
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null
}

const DATE_RANGE = /^\s*(\d{4}-\d{2}-\d{2})?\s*~\s*(\d{4}-\d{2}-\d{2})?\s*$/

function migrateActPeriod(v: unknown, index: number): unknown {
  if (typeof v !== 'string') return v
  if (v.trim() === '') return { from: null, to: null }
  const m = DATE_RANGE.exec(v)
  if (!m) {
    throw new MigrationError(
      `第 ${index + 1} 名被告人的行为期间“${v}”无法识别，应为“YYYY-MM-DD~YYYY-MM-DD” / act period "${v}" is not "YYYY-MM-DD~YYYY-MM-DD"`,
      `defendants.${index}.actPeriod`
    )
  }
  return { from: m[1] ?? null, to: m[2] ?? null }
}

function migrateDefendant0(d: unknown, index: number): unknown {
  if (!isObj(d)) return d
  const out: Obj = { ...d }
  if ('actPeriod' in out) out.actPeriod = migrateActPeriod(out.actPeriod, index)
  if (isObj(out.conduct) && Array.isArray(out.conduct.cards)) {
    out.conduct = {
      ...out.conduct,
      cards: out.conduct.cards.map((c: unknown) => {
        if (!isObj(c) || !('number' in c)) return c
        const { number, ...rest } = c
        return 'count' in rest ? rest : { ...rest, count: number }
      })
    }
  }
  if (!('history' in out)) out.history = { adminPenaltyWithin2Years: null, priorCriminalRecord: null, recidivist: null }
  return out
}

/** 0 → 1 */
function migrate0to1(doc: Obj): Obj {
  const out: Obj = { ...doc, formatVersion: 1 }
  if (isObj(out.matter) && !('perspective' in out.matter)) out.matter = { ...out.matter, perspective: 'defense' }
  if (Array.isArray(out.defendants)) out.defendants = out.defendants.map(migrateDefendant0)
  return out
}

/** 1 → 2: the new keys are optional (a missing key reads as null), so only the number changes. */
function migrate1to2(doc: Obj): Obj {
  return { ...doc, formatVersion: 2 }
}

const STEPS: Record<number, (doc: Obj) => Obj> = { 0: migrate0to1, 1: migrate1to2 }

/**
 * Bring a raw document to the current format version. Inputs that are not objects, or whose
 * formatVersion is not a whole number, are returned unchanged (validation then reports them).
 * Throws MigrationError for a version newer than this app understands.
 */
export function migrateMatter(raw: unknown): MigrationResult {
  const from = detectVersion(raw)
  if (from === null || !isObj(raw)) return { document: raw, from: FORMAT_VERSION, migrated: false }
  if (from > FORMAT_VERSION) {
    throw new MigrationError(
      `文件格式版本 ${from} 高于本程序支持的版本 ${FORMAT_VERSION}，请升级帮信案件文书工作台后再打开 / ` +
        `format version ${from} is newer than the supported version ${FORMAT_VERSION}; upgrade the app to open it`
    )
  }
  let doc: Obj = raw
  for (let v = from; v < FORMAT_VERSION; v++) {
    const step = STEPS[v]
    if (!step) throw new MigrationError(`缺少从版本 ${v} 升级的迁移步骤 / no migration from version ${v}`)
    doc = step(doc)
  }
  return { document: doc, from, migrated: from < FORMAT_VERSION }
}

export type LoadResult =
  | { ok: true; value: MatterDocument; from: number; migrated: boolean }
  | { ok: false; issues: FieldIssue[] }

/** Migrate then validate: the one way every reader turns raw JSON into a MatterDocument. */
export function loadMatterDocument(raw: unknown): LoadResult {
  let m: MigrationResult
  try {
    m = migrateMatter(raw)
  } catch (e) {
    if (e instanceof MigrationError) return { ok: false, issues: [{ path: e.path, message: e.message }] }
    throw e
  }
  const v = validateMatter(m.document)
  return v.ok ? { ok: true, value: v.value, from: m.from, migrated: m.migrated } : { ok: false, issues: v.issues }
}

/**
 * The matter schema for a matter stored inside another document (a clinic exercise, a pack, a bundled case):
 * an older format version is migrated before validation, exactly as `loadMatterDocument` does.
 */
export const storedMatterSchema = z.preprocess((raw, ctx) => {
  try {
    return migrateMatter(raw).document
  } catch (e) {
    if (!(e instanceof MigrationError)) throw e
    ctx.issues.push({ code: 'custom', message: e.message, input: raw, path: e.path.split('.') })
    return z.NEVER
  }
}, matterDocumentSchema)
