// User settings (stored by the main process in settings.json; edited in the app's settings page).
//
// Settings carry a version, like matters (core/matter/migrations.ts), and every read passes through
// `migrateSettings`, so a file written by an earlier release keeps the user's letterhead, signature and
// profile when the format grows:
//   version 0 — files written before `settingsVersion` existed (no key). Some lack memo kinds added
//               later (e.g. `clinic`) or `memoLineSpacingPt`;
//   version 1 — `settingsVersion: 1`, every memo kind's boilerplate;
//   version 2 — adds `profile` (律师事务所、律师、执业证号；检察院、承办人) used by the memos.
// A migration only reshapes. After it, a key still missing (say a memo kind added in a later release)
// or a value outside its range is replaced by its default, one key at a time — the rest of the user's
// settings is kept, and the paths replaced are reported. A version newer than SETTINGS_VERSION is
// refused (the file came from a newer app) and must not be overwritten.
import { z } from 'zod'

export const MEMO_KINDS = ['defense', 'prosecution', 'analysis', 'clinic'] as const
export type MemoKind = (typeof MEMO_KINDS)[number]

/** the settings format this app reads and writes */
export const SETTINGS_VERSION = 2

const boilerplate = z.object({
  /** 文书抬头 / letterhead line(s) */
  letterhead: z.string().max(2000),
  /** 署名 (counsel / 承办人 / 作者) */
  signature: z.string().max(2000),
  /** closing paragraph(s) before the signature */
  closing: z.string().max(4000)
})
export type MemoBoilerplate = z.infer<typeof boilerplate>

const profileText = z.string().max(200)
/** Who writes the memos: the defence (firm, lawyer, licence) and the prosecution (procuratorate, prosecutor). */
export const profileSchema = z.object({
  /** 律师事务所 */
  firm: profileText,
  /** 律师 */
  lawyer: profileText,
  /** 律师执业证号 */
  licenseNo: profileText,
  /** 检察院 */
  procuratorate: profileText,
  /** 承办人（检察官） */
  prosecutor: profileText
})
export type Profile = z.infer<typeof profileSchema>
export const PROFILE_FIELDS = ['firm', 'lawyer', 'licenseNo', 'procuratorate', 'prosecutor'] as const satisfies readonly (keyof Profile)[]

export const settingsSchema = z.object({
  language: z.enum(['zh', 'en']),
  theme: z.enum(['light', 'dark']),
  /** memo body line spacing, fixed value in points (GB/T 9704 practice: 28 or 29) */
  memoLineSpacingPt: z.number().min(20).max(40),
  profile: profileSchema,
  boilerplate: z.object({
    defense: boilerplate,
    prosecution: boilerplate,
    analysis: boilerplate,
    clinic: boilerplate
  } satisfies Record<MemoKind, typeof boilerplate>),
  /** last, so that a request's issues name the user's fields first */
  settingsVersion: z.literal(SETTINGS_VERSION)
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  settingsVersion: SETTINGS_VERSION,
  language: 'zh',
  theme: 'light',
  memoLineSpacingPt: 28,
  profile: { firm: '', lawyer: '', licenseNo: '', procuratorate: '', prosecutor: '' },
  boilerplate: {
    defense: { letterhead: '', signature: '辩护人：', closing: '以上意见，恳请采纳。' },
    prosecution: { letterhead: '', signature: '承办检察官：', closing: '以上意见，请审查。' },
    analysis: { letterhead: '', signature: '', closing: '以上分析仅供参考，应结合全案证据审慎判断。' },
    clinic: { letterhead: '', signature: '', closing: '' }
  }
}

// ---- migrations

export class SettingsVersionError extends Error {
  readonly version: number
  constructor(version: number) {
    super(
      `设置文件（settings.json）的格式版本 ${version} 高于本程序支持的版本 ${SETTINGS_VERSION}，` +
        `可能由更新版本的帮信案件文书工作台写入；为免覆盖，本程序不读取也不改写它，请升级后再修改设置 / ` +
        `settings.json has format version ${version}, newer than the supported version ${SETTINGS_VERSION}; ` +
        `it is left untouched — upgrade the app to change the settings`
    )
    this.name = 'SettingsVersionError'
    this.version = version
  }
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Version of a raw settings value: no `settingsVersion` key means version 0; null when not a whole number. */
export function detectSettingsVersion(raw: unknown): number | null {
  if (!isObj(raw)) return null
  if (!('settingsVersion' in raw) || raw.settingsVersion === undefined) return 0
  const v = raw.settingsVersion
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null
}

/** 0 → 1: every memo kind present (kinds missing from the file get their defaults, the others are kept). */
function migrate0to1(s: Obj): Obj {
  const bp: Obj = isObj(s.boilerplate) ? { ...s.boilerplate } : {}
  for (const k of MEMO_KINDS) if (!(k in bp)) bp[k] = structuredClone(defaultSettings.boilerplate[k])
  return { ...s, settingsVersion: 1, boilerplate: bp }
}

/** 1 → 2: the profile block, empty. */
function migrate1to2(s: Obj): Obj {
  return { ...s, settingsVersion: 2, profile: isObj(s.profile) ? s.profile : structuredClone(defaultSettings.profile) }
}

const STEPS: Record<number, (s: Obj) => Obj> = { 0: migrate0to1, 1: migrate1to2 }

export interface SettingsMigration {
  settings: Settings
  /** the version the input was in (null when it had no readable version) */
  from: number | null
  /** at least one migration step ran */
  migrated: boolean
  /** dotted paths whose stored value was missing or invalid and was replaced by its default */
  replaced: string[]
}

function getAt(o: unknown, path: readonly PropertyKey[]): unknown {
  let cur = o
  for (const k of path) {
    if (!isObj(cur)) return undefined
    cur = cur[k as string]
  }
  return cur
}

function setAt(o: Obj, path: readonly PropertyKey[], value: unknown): void {
  let cur: Obj = o
  for (const k of path.slice(0, -1)) {
    const next = cur[k as string]
    if (!isObj(next)) cur[k as string] = {}
    cur = cur[k as string] as Obj
  }
  cur[path[path.length - 1] as string] = value
}

/**
 * Bring a raw settings value to the current version and shape. Keeps every valid value of the user's;
 * replaces only what is missing or invalid (listed in `replaced`). Throws SettingsVersionError for a
 * version newer than this app's.
 */
export function migrateSettings(raw: unknown): SettingsMigration {
  const from = detectSettingsVersion(raw)
  if (from !== null && from > SETTINGS_VERSION) throw new SettingsVersionError(from)
  let doc: Obj = isObj(raw) ? structuredClone(raw) : {}
  const replaced: string[] = []
  if (!isObj(raw)) replaced.push('')
  let migrated = false
  if (from !== null) {
    for (let v = from; v < SETTINGS_VERSION; v++) {
      const step = STEPS[v]
      if (!step) throw new Error(`no settings migration from version ${v}`)
      doc = step(doc)
      migrated = true
    }
  } else {
    replaced.push('settingsVersion')
    doc.settingsVersion = SETTINGS_VERSION
  }
  // Replace what is still missing or invalid by its default, path by path (a parent that is not an object
  // is replaced whole). Each round fixes every reported path; the depth of the schema bounds the rounds.
  for (let round = 0; round < 8; round++) {
    const r = settingsSchema.safeParse(doc)
    if (r.success) return { settings: r.data, from, migrated, replaced }
    for (const issue of r.error.issues) {
      const path = issue.path
      const fallback = path.length === 0 ? defaultSettings : getAt(defaultSettings, path)
      if (path.length === 0) doc = structuredClone(defaultSettings) as unknown as Obj
      else if (fallback === undefined) setAt(doc, path.slice(0, -1), structuredClone(getAt(defaultSettings, path.slice(0, -1))))
      else setAt(doc, path, structuredClone(fallback))
      const dotted = path.map(String).join('.')
      if (!replaced.includes(dotted)) replaced.push(dotted)
    }
  }
  return { settings: structuredClone(defaultSettings), from, migrated, replaced: [...replaced, ''] }
}
