// 同案人关系: the `relations` extension of the matter format (who recruited, directed or was handed cards by whom),
// its matter-level checks, what the engine says about the links, the editor's cache, deletion and the memos.
import { describe, expect, it } from 'vitest'
import type { CoDefendantNote } from '../../core/analysis/types'
import { analyzeMatter } from '../../core/engine/analyze'
import { coDefendantsView, relationPhrases } from '../../core/engine/co-defendants'
import {
  emptyDefendant, emptyMatter, validateMatter, withoutDefendant, type Defendant, type MatterDocument, type Relation
} from '../../core/matter/schema'
import { clause } from '../../core/law'
import { buildMemoModel } from '../../core/memo/index'
import { renderTextReport } from '../../core/report/text'
import type { Block, Inline, MemoModel } from '../../core/memo/types'
import { runAnalysis } from '../../renderer/src/engine'
import { loadCase } from './bundled-cases'

/** A matter of named defendants (d1 甲某, d2 乙某, …), analysed as of `asOf`. */
function matter(names: string[], asOf = '2026-01-01'): MatterDocument {
  const doc = emptyMatter('同案人关系测试', names[0])
  doc.matter.asOf = asOf
  doc.defendants = names.map((n, i) => emptyDefendant(`d${i + 1}`, n))
  return doc
}
const link = (d: Defendant, kind: Relation['kind'], defendant: string): void => {
  d.relations = [...(d.relations ?? []), { kind, defendant }]
}
const at = (doc: MatterDocument, i: number): Defendant => {
  const d = doc.defendants[i]
  if (!d) throw new Error(`no defendant ${i}`)
  return d
}
const issues = (doc: unknown) => {
  const r = validateMatter(doc)
  return r.ok ? [] : r.issues
}
const notes = (doc: MatterDocument, i: number): CoDefendantNote[] =>
  coDefendantsView(doc, at(doc, i), doc.matter.asOf ?? '2026-01-01').notes
const cites = (ns: CoDefendantNote[]): string[] => ns.flatMap((n) => n.citations)

describe('the relations field', () => {
  it('a missing key reads as the empty list, and a file written before the field opens unchanged', () => {
    const r = validateMatter({
      formatVersion: 2,
      matter: { title: 't', stage: 'trial', perspective: 'defense' },
      defendants: [{ id: 'd1', name: '甲', kind: 'person' }, { id: 'd2', name: '乙', kind: 'person' }]
    })
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value.defendants.map((d) => d.relations)).toEqual([[], []])
    const bundled = loadCase('spc2025-04-a')
    expect(validateMatter(bundled).ok).toBe(true)
    expect(bundled.defendants.every((d) => Array.isArray(d.relations) && d.relations.length === 0)).toBe(true)
    expect(emptyDefendant('d9').relations).toEqual([])
  })

  it('a link to a defendant of the same matter validates', () => {
    const doc = matter(['甲某', '乙某'])
    link(at(doc, 1), 'recruitedBy', 'd1')
    link(at(doc, 1), 'suppliedTo', 'd1')
    expect(issues(doc)).toEqual([])
  })

  it('refuses an unknown id, the defendant itself and a duplicate, naming the path, Chinese first', () => {
    const unknown = matter(['甲某', '乙某'])
    link(at(unknown, 1), 'recruitedBy', 'd7')
    const u = issues(unknown)
    expect(u.map((i) => i.path)).toEqual(['defendants.1.relations.0.defendant'])
    expect(u[0]?.message).toMatch(/^同案人关系指向的被告人不在本案中：d7 \/ no defendant/)

    const self = matter(['甲某', '乙某'])
    link(at(self, 0), 'directedBy', 'd1')
    const s = issues(self)
    expect(s.map((i) => i.path)).toEqual(['defendants.0.relations.0.defendant'])
    expect(s[0]?.message).toMatch(/^同案人关系不能指向本人 \/ /)

    const dup = matter(['甲某', '乙某'])
    link(at(dup, 1), 'recruitedBy', 'd1')
    link(at(dup, 1), 'recruitedBy', 'd1')
    const du = issues(dup)
    expect(du.map((i) => i.path)).toEqual(['defendants.1.relations.1.defendant'])
    expect(du[0]?.message).toMatch(/^同案人关系重复/)
  })

  it('refuses a circle of 招募 or of 指使 links, once per circle; a 招募 one way and a 指使 the other is no circle', () => {
    const two = matter(['甲某', '乙某'])
    link(at(two, 0), 'recruitedBy', 'd2')
    link(at(two, 1), 'recruitedBy', 'd1')
    const t = issues(two)
    expect(t).toHaveLength(1)
    expect(t[0]?.path).toBe('defendants.0.relations.0.defendant')
    expect(t[0]?.message).toMatch(/^同案人关系成环：“招募”.* \/ the recruitedBy relations run in a circle/)

    const three = matter(['甲某', '乙某', '丙某'])
    link(at(three, 0), 'directedBy', 'd2')
    link(at(three, 1), 'directedBy', 'd3')
    link(at(three, 2), 'directedBy', 'd1')
    expect(issues(three)).toHaveLength(1)

    const mixed = matter(['甲某', '乙某'])
    link(at(mixed, 0), 'recruitedBy', 'd2')
    link(at(mixed, 1), 'directedBy', 'd1')
    expect(issues(mixed)).toEqual([])
    // supplying cards both ways is not refused either
    const cards = matter(['甲某', '乙某'])
    link(at(cards, 0), 'suppliedTo', 'd2')
    link(at(cards, 1), 'suppliedTo', 'd1')
    expect(issues(cards)).toEqual([])
  })

  it('removing a defendant removes the links that named it, and only those', () => {
    const doc = matter(['甲某', '乙某', '丙某'])
    link(at(doc, 1), 'recruitedBy', 'd1')
    link(at(doc, 2), 'recruitedBy', 'd1')
    link(at(doc, 2), 'suppliedTo', 'd2')
    const after = withoutDefendant(doc, 0)
    expect(after.defendants.map((d) => d.id)).toEqual(['d2', 'd3'])
    expect(after.defendants.map((d) => d.relations)).toEqual([[], [{ kind: 'suppliedTo', defendant: 'd2' }]])
    expect(issues(after)).toEqual([])
    // without the clean-up the matter would no longer validate
    expect(issues({ ...doc, defendants: doc.defendants.slice(1) }).length).toBeGreaterThan(0)
  })

  it('says the links both ways in short phrases', () => {
    const doc = matter(['张某', '李某', '王某'])
    link(at(doc, 1), 'recruitedBy', 'd1')
    link(at(doc, 2), 'recruitedBy', 'd1')
    link(at(doc, 2), 'suppliedTo', 'd1')
    expect(relationPhrases(doc.defendants, at(doc, 1)).map((p) => p.zh)).toEqual(['受张某招募'])
    expect(relationPhrases(doc.defendants, at(doc, 0)).map((p) => p.zh)).toEqual(['招募李某、王某', '收取王某交付的卡'])
    expect(relationPhrases(doc.defendants, at(doc, 2)).map((p) => p.zh)).toEqual(['受张某招募', '卡交付给张某'])
    expect(relationPhrases(doc.defendants, at(doc, 2)).map((p) => p.en)).toEqual(['recruited by 张某', 'cards supplied to 张某'])
  })
})

describe('what the engine says about the links', () => {
  it('a 从犯 with no co-offender linked: 共同犯罪 is presupposed (刑法第二十五条、第二十七条)', () => {
    const doc = matter(['甲某', '乙某'])
    at(doc, 1).mitigation.role = 'accessory'
    const ns = notes(doc, 1)
    const n = ns.find((x) => x.fact === 'mitigation.role')
    expect(n?.kind).toBe('note')
    expect(n?.citations).toEqual(['crimlaw-a25', 'crimlaw-a27'])
    expect(n?.text).toContain('未记录与其共同犯罪的同案人')
    // a 胁从犯 alike, without the 从犯 clause
    at(doc, 1).mitigation.role = 'coerced'
    expect(notes(doc, 1).find((x) => x.fact === 'mitigation.role')?.citations).toEqual(['crimlaw-a25'])
    // once linked to the one who recruited them, the note goes
    at(doc, 1).mitigation.role = 'accessory'
    link(at(doc, 1), 'recruitedBy', 'd1')
    expect(notes(doc, 1).some((x) => x.fact === 'mitigation.role')).toBe(false)
    // a 主犯 or an unmarked role gets no such note
    const lone = matter(['甲某'])
    expect(notes(lone, 0)).toEqual([])
  })

  it('a recruiter: 第8条 makes 事先通谋 / 稳定配合关系 decisive, 第9条 asks about organised dealing — while the 2025 意见 applies', () => {
    const doc = matter(['甲某', '乙某'])
    link(at(doc, 1), 'recruitedBy', 'd1')
    const ns = notes(doc, 0)
    const q8 = ns.find((x) => x.citations.includes('opinion2025-8'))
    expect(q8?.kind).toBe('question')
    expect(q8?.fact).toBe('conduct.priorConspiracy')
    expect(q8?.text).toContain('招募、介绍乙某')
    // the clause is quoted as the law library holds it, not paraphrased
    expect(q8?.text).toContain(`“${clause('opinion2025-8').text.replace(/。$/, '')}。”`)
    const q9 = ns.find((x) => x.citations.includes('opinion2025-9'))
    expect(q9?.kind).toBe('question')
    expect(q9?.fact).toBe('policyFactors.organisedOrProfessional')
    const quoted = /“([^”]+)”/.exec(q9?.text ?? '')?.[1]
    expect(quoted && clause('opinion2025-9').text.includes(quoted)).toBe(true)
    // known answers: no question
    at(doc, 0).conduct.priorConspiracy = false
    at(doc, 0).conduct.stableCooperation = false
    at(doc, 0).policyFactors = { organisedOrProfessional: false }
    expect(notes(doc, 0)).toEqual([])
    // one answer known false, the other unknown: still the question, about the unknown one
    at(doc, 0).conduct.stableCooperation = null
    expect(notes(doc, 0).find((x) => x.citations.includes('opinion2025-8'))?.fact).toBe('conduct.stableCooperation')
    // directing is enough too
    const directed = matter(['甲某', '乙某'])
    link(at(directed, 1), 'directedBy', 'd1')
    expect(cites(notes(directed, 0))).toEqual(expect.arrayContaining(['opinion2025-8', 'opinion2025-9']))
  })

  it('before the 2025 意见: no article 8 or 9, said so, 刑法第二十五条 instead', () => {
    const doc = matter(['甲某', '乙某'], '2024-06-01')
    link(at(doc, 1), 'recruitedBy', 'd1')
    const ns = notes(doc, 0)
    expect(cites(ns)).not.toContain('opinion2025-8')
    expect(cites(ns)).not.toContain('opinion2025-9')
    expect(ns).toHaveLength(1)
    expect(ns[0]?.text).toContain('第8条')
    expect(ns[0]?.citations).toEqual(['crimlaw-a25'])
    // and no 被诱骗 question for the recruited one
    expect(cites(notes(doc, 1))).not.toContain('opinion2025-10')
  })

  it('a recruited defendant: 被诱骗 (第10条第（1）项) asked while unknown', () => {
    const doc = matter(['甲某', '乙某'])
    link(at(doc, 1), 'recruitedBy', 'd1')
    const q = notes(doc, 1).find((x) => x.citations.includes('opinion2025-10'))
    expect(q?.kind).toBe('question')
    expect(q?.fact).toBe('policyFactors.lured')
    at(doc, 1).policyFactors = { lured: true }
    expect(cites(notes(doc, 1))).not.toContain('opinion2025-10')
  })

  it('data check: a recruited 主犯 under a recruiter marked 从犯', () => {
    const doc = matter(['甲某', '乙某'])
    link(at(doc, 1), 'recruitedBy', 'd1')
    at(doc, 1).mitigation.role = 'principal'
    at(doc, 0).mitigation.role = 'accessory'
    const c = notes(doc, 1).filter((x) => x.kind === 'check')
    expect(c).toHaveLength(1)
    expect(c[0]?.text).toContain('乙某受甲某招募，标为主犯，而甲某标为从犯')
    at(doc, 0).mitigation.role = 'principal'
    expect(notes(doc, 1).filter((x) => x.kind === 'check')).toEqual([])
  })

  it('data check: cards handed over by the linked suppliers beyond the cards the receiver bought', () => {
    const doc = matter(['卡头', '甲某', '乙某'])
    link(at(doc, 1), 'suppliedTo', 'd1')
    link(at(doc, 2), 'suppliedTo', 'd1')
    at(doc, 1).conduct.cards = [{ kind: 'bankCard', count: 3, owner: 'self', dealing: 'sell' }]
    at(doc, 2).conduct.cards = [{ kind: 'bankCard', count: 2, owner: 'self', dealing: 'rent' }]
    at(doc, 0).conduct.cards = [{ kind: 'bankCard', count: 4, owner: 'others', dealing: 'buy' }, { kind: 'bankCard', count: 9, owner: 'self', dealing: 'sell' }]
    const c = notes(doc, 0).filter((x) => x.kind === 'check')
    expect(c).toHaveLength(1)
    expect(c[0]?.text).toContain('共5张（个），多于卡头录入的收购他人卡/账户4张（个）')
    at(doc, 0).conduct.cards = [{ kind: 'bankCard', count: 5, owner: 'others', dealing: 'buy' }]
    expect(notes(doc, 0).filter((x) => x.kind === 'check')).toEqual([])
    // the receiver's count unknown: nothing to compare
    at(doc, 0).conduct.cards = [{ kind: 'bankCard', count: null, owner: 'others', dealing: 'buy' }]
    expect(notes(doc, 0).filter((x) => x.kind === 'check')).toEqual([])
  })

  it('the analysis carries the view for a linked defendant only, beside the spec keys', () => {
    const doc = matter(['甲某', '乙某', '丙某'])
    link(at(doc, 1), 'recruitedBy', 'd1')
    const a = analyzeMatter(doc, { pivots: false, similar: false })
    expect(a.defendants[0]?.coDefendants?.recruited).toEqual([{ id: 'd2', name: '乙某' }])
    expect(a.defendants[1]?.coDefendants?.recruitedBy).toEqual([{ id: 'd1', name: '甲某' }])
    expect(a.defendants[2]?.coDefendants).toBeUndefined()
    expect(a.defendants[0]).toHaveProperty('openQuestions')
    expect(a.defendants[0]).toHaveProperty('disposition')
  })
})

describe('the CLI report', () => {
  it('has a 同案人关系 section with the links, the questions and the checks', () => {
    const doc = matter(['张某', '李某'])
    link(at(doc, 1), 'recruitedBy', 'd1')
    link(at(doc, 1), 'suppliedTo', 'd1')
    at(doc, 1).conduct.cards = [{ kind: 'bankCard', count: 3, owner: 'self', dealing: 'sell' }]
    at(doc, 0).conduct.cards = [{ kind: 'bankCard', count: 1, owner: 'others', dealing: 'buy' }]
    const text = renderTextReport(doc, analyzeMatter(doc, { pivots: false, similar: false }))
    expect(text).toContain('同案人关系')
    expect(text).toContain('· 受…招募、介绍：张某')
    expect(text).toContain('· 招募、介绍：李某')
    expect(text).toMatch(/【待查明】张某招募、介绍李某。《帮信意见（2025）》第8条/)
    expect(text).toContain('【核对】李某交付给张某的卡/账户共3张（个），多于张某录入的收购他人卡/账户1张（个）')
  })
})

describe('the editor analysis and the links', () => {
  it('a change to another defendant\'s links or role reaches a defendant whose own facts did not change', () => {
    const doc = matter(['甲某', '乙某'])
    const a = runAnalysis(doc)
    if (!a.ok) throw new Error(a.error)
    expect(a.analysis.defendants[0]?.coDefendants).toBeUndefined()
    // only 乙某 changes: 乙某 受甲某招募
    const d1 = at(doc, 0)
    const d2 = at(doc, 1)
    const linked: MatterDocument = { ...doc, defendants: [d1, { ...d2, relations: [{ kind: 'recruitedBy', defendant: 'd1' }] }] }
    const b = runAnalysis(linked)
    if (!b.ok) throw new Error(b.error)
    expect(b.analysis.defendants[0]?.coDefendants?.recruited).toEqual([{ id: 'd2', name: '乙某' }])
    // only 甲某's role changes: 乙某 marked 主犯 under a 从犯 is now a check on 乙某
    const d2b = linked.defendants[1] as Defendant
    const principal: MatterDocument = { ...linked, defendants: [d1, { ...d2b, mitigation: { ...d2b.mitigation, role: 'principal' } }] }
    const c = runAnalysis(principal)
    if (!c.ok) throw new Error(c.error)
    expect(c.analysis.defendants[1]?.coDefendants?.notes.some((n) => n.kind === 'check')).toBe(false)
    const accessory: MatterDocument = { ...principal, defendants: [{ ...d1, mitigation: { ...d1.mitigation, role: 'accessory' } }, principal.defendants[1] as Defendant] }
    const e = runAnalysis(accessory)
    if (!e.ok) throw new Error(e.error)
    expect(e.analysis.defendants[1]?.coDefendants?.notes.some((n) => n.kind === 'check')).toBe(true)
    // nothing changed: the same objects
    const again = runAnalysis(accessory)
    if (!again.ok) throw new Error(again.error)
    expect(again.analysis.defendants[1]).toBe(e.analysis.defendants[1])
  })
})

const inlineText = (runs: readonly Inline[]): string => runs.map((r) => (r.kind === 'text' ? r.text : '')).join('')
function blockText(b: Block): string {
  switch (b.type) {
    case 'heading': return `${b.numbering}${b.text}${inlineText(b.runIn ?? [])}`
    case 'paragraph': return inlineText(b.runs)
    case 'table': return b.rows.map((r) => r.map((c) => inlineText(c.runs)).join('|')).join('\n')
    default: return ''
  }
}
const bodyText = (m: MemoModel): string => m.blocks.map(blockText).join('\n')

describe('the memos', () => {
  const build = (linkIt: boolean) => {
    const doc = loadCase('cn-xianyou-yan')
    doc.matter.asOf = '2026-01-01' // the 2025 意见 applies: its 第10条 question is asked
    const own = at(doc, 0)
    own.mitigation.role = 'accessory'
    doc.defendants.push(emptyDefendant('dk', '陈某'))
    if (linkIt) link(own, 'recruitedBy', 'dk')
    const analysis = analyzeMatter(doc, { pivots: false, similar: false })
    return { doc, own, analysis }
  }

  it('辩护意见书: the 从犯 section says who recruited the defendant where the link exists', () => {
    const { doc, own, analysis } = build(true)
    const m = buildMemoModel(doc, analysis, { kind: 'defense', defendantId: own.id })
    const t = bodyText(m)
    expect(t).toContain(`${own.name}系受同案人陈某招募参与，其行为服务于他人实施的诈骗犯罪`)
    // the 被诱骗 question goes to the 核对清单, not the body
    expect(m.checklist?.items.some((x) => x.startsWith('同案人关系（待查明）') && x.includes('被诱骗'))).toBe(true)
    expect(t).not.toContain('是否系被诱骗实施犯罪')
    const plain = build(false)
    const u = bodyText(buildMemoModel(plain.doc, plain.analysis, { kind: 'defense', defendantId: plain.own.id }))
    expect(u).toContain(`${plain.own.name}的行为服务于他人实施的诈骗犯罪`)
    expect(u).not.toContain('受同案人')
  })

  it('审查报告: 需要说明的问题 lists the 共同犯罪 relations', () => {
    const { doc, own, analysis } = build(true)
    const t = bodyText(buildMemoModel(doc, analysis, { kind: 'prosecution', defendantId: own.id }))
    const at6 = t.indexOf('需要说明的问题')
    const rel = t.indexOf(`本案同案人之间的关系：${own.name}受陈某招募、介绍参与`)
    expect(rel).toBeGreaterThan(at6)
    const plain = build(false)
    expect(bodyText(buildMemoModel(plain.doc, plain.analysis, { kind: 'prosecution', defendantId: plain.own.id }))).not.toContain('本案同案人之间的关系')
  })
})
