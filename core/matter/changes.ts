// What changed between two versions of a matter, at the level a user recognises: the case information,
// a defendant added or removed, or one section of a defendant (identity, conduct, amounts …). Used to name
// the store's versions ("修改：张三 · 涉案金额；案件信息") — never to decide anything legal.
import type { Defendant, MatterDocument } from './schema'

export const CHANGE_SECTIONS = [
  'matter', 'added', 'removed', 'identity', 'actPeriod', 'conduct', 'knowledge', 'amounts', 'helped', 'history',
  'mitigation', 'evidence', 'facts', 'custody', 'policyFactors', 'sentencing', 'relations', 'other'
] as const
export type ChangeSection = (typeof CHANGE_SECTIONS)[number]

/** One change: `who` is the defendant's name (null for the case information). */
export interface MatterChange {
  who: string | null
  what: ChangeSection
}

export const CHANGE_SECTION_LABELS: Record<ChangeSection, { zh: string; en: string }> = {
  matter: { zh: '案件信息', en: 'case details' },
  added: { zh: '新增被告人', en: 'defendant added' },
  removed: { zh: '删除被告人', en: 'defendant removed' },
  identity: { zh: '基本情况', en: 'identity' },
  actPeriod: { zh: '行为期间', en: 'act period' },
  conduct: { zh: '帮助行为', en: 'conduct' },
  knowledge: { zh: '明知', en: 'knowledge' },
  amounts: { zh: '涉案金额', en: 'amounts' },
  helped: { zh: '被帮助犯罪', en: 'crime helped' },
  history: { zh: '前科与行政处罚', en: 'record' },
  mitigation: { zh: '量刑情节', en: 'mitigation' },
  evidence: { zh: '证据', en: 'evidence' },
  facts: { zh: '犯罪事实', en: 'facts as stated' },
  custody: { zh: '强制措施', en: 'custody' },
  policyFactors: { zh: '政策情节', en: 'policy factors' },
  sentencing: { zh: '量刑调节', en: 'sentencing adjustments' },
  relations: { zh: '同案人关系', en: 'co-defendant links' },
  other: { zh: '其他', en: 'other' }
}

/** every field of a defendant has its section (a new field does not compile until it is given one) */
const SECTION_OF_KEY: Record<keyof Defendant, ChangeSection> = {
  id: 'identity', name: 'identity', kind: 'identity', birthDate: 'identity', ageAtAct: 'identity', student: 'identity',
  industryInsider: 'identity', idNumber: 'identity', phone: 'identity', address: 'identity', sex: 'identity',
  factsText: 'facts', custody: 'custody',
  actPeriod: 'actPeriod', conduct: 'conduct', knowledge: 'knowledge', amounts: 'amounts', helped: 'helped',
  history: 'history', mitigation: 'mitigation', evidence: 'evidence', policyFactors: 'policyFactors',
  sentencingOverrides: 'sentencing', amountSources: 'amounts', relations: 'relations'
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The changes from `before` to `after` (no duplicates, in document order). `before` null = a new matter. */
export function describeChanges(before: MatterDocument | null, after: MatterDocument): MatterChange[] {
  const out: MatterChange[] = []
  const add = (c: MatterChange) => {
    if (!out.some((x) => x.who === c.who && x.what === c.what)) out.push(c)
  }
  if (!before) return out
  if (!same(before.matter, after.matter)) add({ who: null, what: 'matter' })
  const prior = new Map(before.defendants.map((d) => [d.id, d]))
  const now = new Set(after.defendants.map((d) => d.id))
  for (const d of after.defendants) {
    const p = prior.get(d.id)
    if (!p) {
      add({ who: d.name, what: 'added' })
      continue
    }
    const keys = new Set([...Object.keys(p), ...Object.keys(d)]) as Set<keyof Defendant>
    for (const k of keys) if (!same(p[k], d[k])) add({ who: d.name, what: SECTION_OF_KEY[k] ?? 'other' })
  }
  for (const p of before.defendants) if (!now.has(p.id)) add({ who: p.name, what: 'removed' })
  return out
}

/** The union of two change lists (coalesced versions), in order, without duplicates. */
export function mergeChanges(a: readonly MatterChange[], b: readonly MatterChange[]): MatterChange[] {
  const out = [...a]
  for (const c of b) if (!out.some((x) => x.who === c.who && x.what === c.what)) out.push(c)
  return out
}
