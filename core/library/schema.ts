// One entry of the library of published decisions (core/library/data/*.json): the source with a verbatim excerpt,
// the facts as a matter, the outcome per defendant and notes on each inference. Pure: callers hand in parsed JSON.
import { z } from 'zod'
import { FORMAT_VERSION, type MatterDocument } from '../matter/schema'
import { loadMatterDocument } from '../matter/migrations'

export const LIBRARY_DISPOSITIONS = ['convicted', 'nonProsecution', 'conditionalNonProsecution', 'insufficientEvidence', 'acquitted', 'exemption'] as const
export const LIBRARY_CHARGES = ['art287-2', 'art312', 'art266-accomplice', 'art177-1', 'art287-1'] as const
export const SENTENCE_KINDS = ['fixedTerm', 'criminalDetention', 'exemption', 'fineOnly'] as const
export const SOURCE_KINDS = ['judgment', 'nonProsecutionDecision', 'typicalCase', 'courtReport', 'procuratorateReport', 'lawFirmReport'] as const

const req = (what: string) => z.string({ error: `缺少${what} / ${what} is required` }).trim().min(1, { message: `${what}不能为空 / ${what} is empty` })
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: '日期应为 YYYY、YYYY-MM 或 YYYY-MM-DD / date must be YYYY[-MM[-DD]]' })

export const librarySourceSchema = z.object({
  title: req('来源标题 source.title'),
  url: req('来源地址 source.url'),
  published: partialDate.nullable().optional(),
  decided: partialDate.nullable().optional(),
  publisher: z.string().nullable().optional(),
  kind: z.enum(SOURCE_KINDS, { error: '来源类型无效 / invalid source.kind' }).nullable().optional(),
  confidence: z.enum(['high', 'medium', 'low'], { error: '可信度无效 / invalid source.confidence' }).nullable().optional(),
  excerpt: req('来源原文摘录 source.excerpt')
})

export const librarySentenceSchema = z.object({
  kind: z.enum(SENTENCE_KINDS, { error: '刑罚种类无效 / invalid sentence.kind' }),
  months: z.number().min(0).nullable(),
  probationMonths: z.number().min(0).nullable().optional(),
  fineYuan: z.number().min(0).nullable().optional()
})

export const libraryActualSchema = z.object({
  disposition: z.enum(LIBRARY_DISPOSITIONS, { error: '处理结果无效 / invalid actual.disposition' }),
  charge: z.enum(LIBRARY_CHARGES, { error: '罪名无效 / invalid actual.charge' }).nullable(),
  seriousBasisStated: z.array(z.string()).nullable().optional(),
  sentence: librarySentenceSchema.nullable().optional()
})

export const libraryEntryRawSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: '编号只能含小写字母、数字和连字符 / id must be lowercase ASCII with hyphens' }),
  source: librarySourceSchema,
  matter: z.unknown(),
  actual: z.record(z.string(), libraryActualSchema),
  notes: z.string().nullable().optional()
})

export type LibrarySource = z.infer<typeof librarySourceSchema>
export type LibraryActual = z.infer<typeof libraryActualSchema>
export type LibrarySentence = z.infer<typeof librarySentenceSchema>

export interface LibraryEntry {
  id: string
  source: LibrarySource
  /** the matter, validated (version-2 fields beyond the current schema are kept in `province`) */
  matter: MatterDocument
  /** matter.province of a version-2 entry, null where not stated */
  province: string | null
  actual: Record<string, LibraryActual>
  notes: string | null
}

export type EntryResult = { ok: true; entry: LibraryEntry } | { ok: false; file: string; errors: string[] }

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Validate one entry. `file` names it in every error (Chinese first). A version-2 matter is read by the current
 * matter schema: the version-2 fields it does not know yet (province, accusation, sex, custody, factsText) are
 * optional by the format's contract and are dropped by the schema; `province` is kept on the entry.
 */
export function parseLibraryEntry(raw: unknown, file: string): EntryResult {
  const errors: string[] = []
  const r = libraryEntryRawSchema.safeParse(raw)
  if (!r.success) {
    for (const i of r.error.issues) errors.push(`${file}：${i.path.join('.') || '(根)'}：${i.message}`)
    return { ok: false, file, errors }
  }
  const m = r.data.matter
  let province: string | null = null
  let doc: unknown = m
  if (isObj(m)) {
    const info = m.matter
    if (isObj(info) && typeof info.province === 'string' && info.province.trim() !== '') province = info.province.trim()
    if (typeof m.formatVersion === 'number' && m.formatVersion > FORMAT_VERSION) doc = { ...m, formatVersion: FORMAT_VERSION }
  }
  const loaded = loadMatterDocument(doc)
  if (!loaded.ok) {
    for (const i of loaded.issues) errors.push(`${file}：matter.${i.path}：${i.message}`)
    return { ok: false, file, errors }
  }
  const ids = new Set(loaded.value.defendants.map((d) => d.id))
  for (const k of Object.keys(r.data.actual)) if (!ids.has(k)) errors.push(`${file}：actual.${k}：案件中没有编号为 ${k} 的被告人 / no defendant ${k} in the matter`)
  if (Object.keys(r.data.actual).length === 0) errors.push(`${file}：actual：没有任何被告人的处理结果 / no outcome recorded`)
  if (errors.length > 0) return { ok: false, file, errors }
  return { ok: true, entry: { id: r.data.id, source: r.data.source, matter: loaded.value, province, actual: r.data.actual, notes: r.data.notes ?? null } }
}
