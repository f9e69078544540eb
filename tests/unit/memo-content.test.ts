// Which arguments a memo writes follows the analysis: an argument the analysis does not support is
// absent. Uses hand-built analyses on a published case so each condition is controlled.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { MatterAnalysis } from '../../core/analysis/types'
import { analyzeMatter } from '../../core/engine/analyze'
import { examples } from '../../core/examples/index'
import { verificationNote, verificationWarning } from '../../core/law/index'
import type { MatterDocument } from '../../core/matter/schema'
import { buildMemoModel, MemoInputError } from '../../core/memo/index'
import { chineseNumber, months, yuan } from '../../core/memo/format'
import type { Block, Inline, MemoModel } from '../../core/memo/types'
import { MEMO_KINDS, type MemoKind } from '../../core/settings'
import { analysisFor, loadCase, sentencing } from './memo-helpers'

const inlineText = (runs: readonly Inline[]): string => runs.map((r) => (r.kind === 'text' ? r.text : `[${r.id}]`)).join('')
function blockText(b: Block): string {
  switch (b.type) {
    case 'heading': return `${b.numbering}${b.text}${inlineText(b.runIn ?? [])}`
    case 'paragraph': return inlineText(b.runs)
    case 'table': return [b.caption ?? '', b.header.join('|'), ...b.rows.map((r) => r.map((c) => inlineText(c.runs)).join('|'))].join('\n')
    case 'closing': return `${b.salutation ?? ''}\n${b.addressee ?? ''}`
    case 'signature': return [...b.lines, b.date].join('\n')
    case 'pageBreak': return ''
  }
}
const bodyText = (m: MemoModel): string => [m.title, m.subtitle ?? '', ...m.blocks.map(blockText)].join('\n')
const headings = (m: MemoModel, level: number): string[] => m.blocks.flatMap((b) => (b.type === 'heading' && b.level === level ? [`${b.numbering}${b.text}`] : []))

const base = (): MatterDocument => loadCase('cn-xianyou-yan')
const withSettlement = (v: number): MatterDocument => {
  const doc = base()
  const d = doc.defendants[0]
  if (d) d.amounts.paymentSettlement = v
  return doc
}
const defense = (doc: MatterDocument, a: MatterAnalysis): MemoModel => buildMemoModel(doc, a, { kind: 'defense' })

describe('defense memo: 情节严重', () => {
  it('met: never says 情节严重 is not met, never concedes it either', () => {
    const doc = base()
    const m = defense(doc, analysisFor(doc))
    const t = bodyText(m)
    expect(t).not.toMatch(/不符合“情节严重”|未达到入罪标准|不足以认定“情节严重”/)
    expect(t).not.toMatch(/不构成犯罪|宣告其无罪/)
    expect(t).not.toMatch(/(已|确已|足以)(达到|构成)情节严重|对.{0,12}情节严重.{0,6}不持异议/)
    expect(t).toContain('辩护请求')
  })

  it('not met: argues the 无罪 line with the numbers and asks for acquittal at trial, without volunteering an administrative penalty', () => {
    const doc = withSettlement(150000)
    const a = analysisFor(doc)
    const m = defense(doc, a)
    const t = bodyText(m)
    expect(t).toContain('本案未达到入罪标准')
    expect(t).toContain('在案为15万元，未达到20万元的标准')
    expect(t).toContain('宣告其无罪')
    expect(m.meta.conclusion).toContain('不构成')
    expect(t).not.toMatch(/行政处罚|反电信网络诈骗法/)
  })

  it('cannot be decided, under the 无罪 line: says the evidence is insufficient, not that it is absent', () => {
    const doc = withSettlement(150000)
    const a = analysisFor(doc)
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    da.seriousCircumstances.met = null
    da.disposition = 'undetermined'
    for (const g of da.seriousCircumstances.regimes[0]?.grounds ?? []) g.status = 'undetermined'
    const t = bodyText(buildMemoModel(doc, a, { kind: 'defense', defenceLine: 'innocence' }))
    expect(t).toContain('现有证据不足以认定')
    expect(t).toContain('现有证据不足以证明')
    expect(t).not.toContain('本案未达到入罪标准')
  })
})

describe('defense memo: the 断卡纪要 支付结算 argument follows the engine', () => {
  it('appears where the 支付结算 ground decides the case', () => {
    const doc = base()
    const t = bodyText(defense(doc, analysisFor(doc)))
    expect(t).toContain('不宜认定为“支付结算”')
  })
  it('is absent where 情节严重 rests on another ground', () => {
    const doc = base()
    const a = analysisFor(doc)
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    da.seriousCircumstances.basis = ['interp2019-12-1-1']
    expect(bodyText(defense(doc, a))).not.toContain('不宜认定为“支付结算”')
  })
})

describe('defense memo: requests fit the stage and the analysis', () => {
  it('asks a court for 免予刑事处罚 and a procuratorate for 不起诉, never a procuratorate for 免予刑事处罚', () => {
    const doc = base()
    const closed = bodyText(defense(doc, analysisFor(doc)))
    expect(closed).not.toMatch(/不起诉|免予刑事处罚/)

    const open = analysisFor(doc, { disposition: 'nonProsecutionPossible', dispositionWhy: '犯罪情节轻微', sentencing: sentencing({ nonProsecutionPossible: true, dispositionWhy: '情节轻微，可以免予刑事处罚' }) })
    const trial = bodyText(defense(doc, open))
    expect(trial).toContain('对其免予刑事处罚')

    const atProsecution = structuredClone(doc)
    atProsecution.matter.stage = 'prosecution'
    const pros = bodyText(defense(atProsecution, open))
    expect(pros).toContain('第一百七十七条第二款对其作出不起诉决定')
    expect(pros).not.toContain('免予刑事处罚')
  })

  it('asks for 缓刑 where it is legally possible, with 刑法第七十二条 and the facts for its conditions; never for a 累犯', () => {
    const doc = base()
    const m = defense(doc, analysisFor(doc))
    const t = bodyText(m)
    expect(t).toContain('宣告缓刑')
    expect(t).toContain('符合适用缓刑的条件')
    expect(m.footnotes.some((f) => f.clauseIds.includes('crimlaw-a72'))).toBe(true)
    const recidivist = base()
    const d = recidivist.defendants[0]
    if (d) d.history.recidivist = true
    expect(bodyText(defense(recidivist, analysisFor(recidivist)))).not.toContain('缓刑')
  })

  it('under 认罪认罚 at 审查起诉 negotiates the 量刑建议 (term, 缓刑, fine), not a court-style range', () => {
    const doc = base()
    doc.matter.stage = 'prosecution'
    const d = doc.defendants[0]
    if (d) d.mitigation.pleaAgreement = true
    const t = bodyText(defense(doc, analysisFor(doc)))
    expect(t).toContain('提出有期徒刑七个月、适用缓刑，并处罚金5,000元的量刑建议')
    expect(t).not.toMatch(/至有期徒刑|至[一二三四五六七八九十]+个月/)
  })

  it('argues mitigation in legal terms, each with its clause, without the estimate\'s percentages', () => {
    const doc = base()
    const dd = doc.defendants[0]
    if (dd) { dd.mitigation.surrendered = true; dd.mitigation.truthfulConfession = true }
    const a = analysisFor(doc, {
      sentencing: sentencing({
        adjustments: [{ factor: 'surrender', label: '自首', percent: -20, range: { min: -40, max: 0 }, mode: 'additive', overridden: false, why: '犯罪后自动投案并如实供述，成立自首，可以从轻或者减轻处罚；幅度 -40%～0%，取中值 -20%', citations: ['crimlaw-a67-p1'] }]
      })
    })
    const m = defense(doc, a)
    const i = m.blocks.findIndex((b) => b.type === 'heading' && b.text === '自首')
    const next = m.blocks[i + 1]
    const t = next ? blockText(next) : ''
    expect(t).toContain('系自首')
    expect(t).toContain('犯罪较轻的，可以免除处罚')
    expect(t).not.toMatch(/%/)
    const ref = next?.type === 'paragraph' ? next.runs.find((r) => r.kind === 'footnote') : undefined
    expect(m.footnotes.find((f) => ref?.kind === 'footnote' && f.id === ref.id)?.clauseIds).toEqual(['crimlaw-a67-p1'])
  })

  it('writes a negotiated detention term below six months as 拘役', () => {
    const doc = base()
    doc.matter.stage = 'prosecution'
    const d = doc.defendants[0]
    if (d) d.mitigation.pleaAgreement = true
    const a = analysisFor(doc, { sentencing: sentencing({ rangeMonths: { min: 5, max: 14 } }) })
    const t = bodyText(defense(doc, a))
    expect(t).toContain('拘役五个月')
    expect(t).not.toContain('有期徒刑五个月')
  })
})

describe('heading numbering', () => {
  it.each(MEMO_KINDS)('%s: level-1 headings run 一、二、三… without gaps, level 2 restarts', (kind) => {
    const doc = base()
    const m = buildMemoModel(doc, analysisFor(doc), { kind })
    const h1 = headings(m, 1).map((h) => h.split('、')[0])
    expect(h1).toEqual(h1.map((_, i) => chineseNumber(i + 1)))
    let expected = 0
    for (const b of m.blocks) {
      if (b.type !== 'heading') continue
      if (b.level === 1) expected = 0
      if (b.level === 2) {
        expected++
        expect(b.numbering).toBe(`（${chineseNumber(expected)}）`)
      }
    }
  })
})

describe('footnotes', () => {
  it('internal kinds mark PARTLY clauses; filed kinds carry no marks and send them to the 核对清单', () => {
    const doc = base()
    const internal = buildMemoModel(doc, analysisFor(doc), { kind: 'analysis' })
    const partly = internal.footnotes.filter((f) => f.verification === 'PARTLY')
    expect(partly.length).toBeGreaterThan(0)
    const tail = (verificationNote('PARTLY') ?? 'x').replace(/^本条依据/, '')
    for (const f of partly) {
      expect(f.text).toContain(tail)
      expect(f.text).toContain('【部分核实】')
    }
    const filed = defense(doc, analysisFor(doc))
    for (const f of filed.footnotes) expect(f.text).not.toMatch(/核对|核实|【/)
    expect(filed.meta.restsOnUnverified).toBe(true)
    expect(filed.checklist?.items.join('\n')).toMatch(/《断卡纪要》第四条.*核对/)
  })

  it('the 核对清单 names each unverified clause once, in its own wording: the analysis\'s verification warnings are not repeated raw', () => {
    const doc = base()
    const a = analysisFor(doc)
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    // a verification warning for a clause the memo cites, and one for a clause it does not cite
    da.warnings = [...da.warnings, verificationWarning('minutes2022-4') ?? 'x', verificationWarning('opinion2021-7') ?? 'y', '其他提示']
    const filed = defense(doc, a)
    const items = filed.checklist?.items ?? []
    expect(items.join('\n')).not.toMatch(/（PARTLY）|（UNVERIFIED）/)
    expect(items.filter((i) => i.includes('第四条（支付结算）')).length).toBe(1)
    expect(items.some((i) => i.includes('第七条') && i.includes('提交前请核对原文'))).toBe(true)
    expect(items.some((i) => i.startsWith('其他提示'))).toBe(true)
  })

  it('cites each clause once, by its source\'s 简称 with the 文号 and 施行日期; the analysis appendix gives the full titles', () => {
    const doc = base()
    const a = analysisFor(doc)
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    da.competition = { text: '仅构成帮助信息网络犯罪活动罪', citations: ['interp2019-11', 'crimlaw-a287-2-p3', 'interp2019-13', 'opinion2021-7'] }
    const m = buildMemoModel(doc, a, { kind: 'analysis' })
    const all = m.footnotes.flatMap((f) => f.clauseIds)
    expect(all.length).toBe(new Set(all).size)
    const note = m.footnotes.find((f) => f.clauseIds.includes('crimlaw-a287-2-p3'))
    expect(note?.text).toContain('《刑法》第二百八十七条之二第三款')
    expect(m.footnotes.map((f) => f.text).join('')).toContain('（法释〔2019〕15号，2019年11月1日起施行）')
    const sources = m.appendix.blocks.find((b) => b.type === 'table' && b.caption === '表 引用的法律文件')
    const rows = sources?.type === 'table' ? sources.rows.map((r) => r.map((c) => inlineText(c.runs))) : []
    expect(rows).toContainEqual(['《解释》', '《最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释》', '法释〔2019〕15号，2019年11月1日起施行', '已核实'])
  })

  it('never cites a text that takes effect after the memo\'s date, nor 刑法第十二条', () => {
    const doc = base()
    const a = analysisFor(doc, {}, '2021-01-10')
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    da.competition = { text: '仅构成帮助信息网络犯罪活动罪', citations: ['crimlaw-a12', 'opinion2025-10', 'sent2024-notice', 'antifraud-38', 'interp2019-13'] }
    for (const kind of MEMO_KINDS) {
      const m = buildMemoModel(doc, a, { kind })
      const ids = m.footnotes.flatMap((f) => f.clauseIds)
      expect(ids, kind).not.toContain('crimlaw-a12')
      expect(ids.some((id) => /^(opinion2025|sent2024|antifraud|minutes2022|opinion2021|sent2021)/.test(id)), kind).toBe(false)
      expect(m.footnotes.map((f) => f.text).join(''), kind).not.toMatch(/2025|2024|反电信网络诈骗法/)
    }
  })

  it('flags a clause id the law library does not know (internal kinds; the 核对清单 for filed ones)', () => {
    const doc = base()
    const a = analysisFor(doc)
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    da.competition = { text: '仅构成帮助信息网络犯罪活动罪', citations: ['no-such-clause'] }
    const m = buildMemoModel(doc, a, { kind: 'analysis' })
    const f = m.footnotes.find((x) => x.clauseIds.includes('no-such-clause'))
    expect(f?.text).toContain('未收录于本机法律库')
    expect(f?.verification).toBe('UNVERIFIED')
  })
})

describe('inputs', () => {
  it('rejects an unknown defendant with a Chinese-first message', () => {
    const doc = base()
    expect(() => buildMemoModel(doc, analysisFor(doc), { kind: 'defense', defendantId: 'zz' })).toThrow(MemoInputError)
    expect(() => buildMemoModel(doc, analysisFor(doc), { kind: 'defense', defendantId: 'zz' })).toThrow(/^找不到被告人/)
  })
})

describe('format', () => {
  it('writes amounts as practitioners do: 4,880元, 56万元, 2,460.61万元, 56.12万余元', () => {
    expect(yuan(3000)).toBe('3,000元')
    expect(yuan(4880)).toBe('4,880元')
    expect(yuan(185000)).toBe('18.5万元')
    expect(yuan(560000)).toBe('56万元')
    expect(yuan(24606100)).toBe('2,460.61万元')
    expect(yuan(561234.5)).toBe('56.12万余元')
    expect(yuan(24606066.97)).toBe('2,460.6万余元')
    expect(months(14)).toBe('一年二个月')
    expect(months(6)).toBe('六个月')
    expect(chineseNumber(105)).toBe('一百零五')
  })
  it('never writes an amount larger than it is, and exact 万元 forms are exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        const v = cents / 100
        const s = yuan(v)
        const m = /^([\d,.]+)(万?)(余?)元$/.exec(s)
        expect(m, s).not.toBeNull()
        const n = Number(m?.[1]?.replace(/,/g, '')) * (m?.[2] ? 10000 : 1)
        expect(n).toBeLessThanOrEqual(v + 1e-6)
        if (!m?.[3]) expect(Math.abs(n - v)).toBeLessThan(1e-6)
        else expect(v - n).toBeLessThan(100)
      })
    )
  })
})

describe('every bundled case, every kind (real engine)', () => {
  const kinds: MemoKind[] = [...MEMO_KINDS]
  it('builds a memo whose footnote references and footnotes match one to one, with no placeholder text', () => {
    for (const ex of examples) {
      const analysis = analyzeMatter(ex.document)
      for (const d of ex.document.defendants) {
        for (const kind of kinds) {
          const m = buildMemoModel(ex.document, analysis, { kind, defendantId: d.id })
          const refs: number[] = []
          const visit = (runs: readonly Inline[]): void => { for (const r of runs) if (r.kind === 'footnote') refs.push(r.id) }
          for (const b of [...m.blocks, ...m.appendix.blocks]) {
            if (b.type === 'heading') visit(b.runIn ?? [])
            if (b.type === 'paragraph') visit(b.runs)
            if (b.type === 'table') for (const r of b.rows) for (const c of r) visit(c.runs)
          }
          expect(refs.sort((x, y) => x - y), `${ex.id}/${d.id}/${kind}`).toEqual(m.footnotes.map((f) => f.id))
          const text = bodyText(m) + m.footnotes.map((f) => f.text).join('')
          expect(text, `${ex.id}/${d.id}/${kind}`).not.toMatch(/undefined|NaN|\[object |null/)
          expect(text).toContain(d.name)
          if (kind === 'defense' || kind === 'prosecution') {
            expect(text, `${ex.id}/${d.id}/${kind}`).not.toMatch(/本应用|分析引擎|法律库版本|回忆文本|非原文|PARTLY|UNVERIFIED|标准差|“以上”包括本数|须核实|最小二乘|哈希|禁止令/)
            expect(m.appendix.blocks).toHaveLength(0)
          }
          // a memo for one defendant never names a co-defendant
          // (the published source's own title, cited in the teacher's version, is the one exception)
          const own = text.split('\n').filter((l) => !l.startsWith('出处：')).join('\n')
          // (nor where the defendant's own recorded facts name the other, e.g. the unit a manager worked for)
          for (const other of ex.document.defendants) if (other.id !== d.id && !JSON.stringify(d).includes(other.name) && !other.name.includes(d.name)) expect(own, `${ex.id}/${d.id}/${kind}`).not.toContain(other.name)
        }
      }
    }
  }, 120_000)
})

describe('prosecution memo', () => {
  it('writes each fact with the evidence bound to it, and an explicit 证据待补 list', () => {
    const doc = base()
    const d = doc.defendants[0]
    if (!d) throw new Error('no defendant')
    d.evidence = [
      { id: 'e1', title: '银行流水', supports: ['amounts.paymentSettlement'], status: 'disputed', note: '部分流水未调取' },
      { id: 'e2', title: '被告人供述', supports: ['knowledge.finding'], status: 'verified' },
      { id: 'e3', title: '被害人陈述', supports: ['helped.crimeEstablished'], status: 'missing', note: '尚未调取' }
    ]
    const m = buildMemoModel(doc, analysisFor(doc), { kind: 'prosecution' })
    const t = bodyText(m)
    expect(t).toContain('情节严重：银行流水（有争议）。')
    expect(t).toContain('明知：被告人供述。')
    expect(t).toMatch(/证据待补：.*主体/)
    expect(t).toContain('被害人陈述尚未附卷（尚未调取）')
    expect(t).not.toContain('未列明')
  })
})

describe('analysis memo: both sides', () => {
  it('gives the prosecution the thresholds reached with their distance, in practitioners\' amounts', () => {
    const doc = base()
    const m = buildMemoModel(doc, analysisFor(doc), { kind: 'analysis' })
    const t = bodyText(m)
    const pro = t.slice(t.indexOf('指控方'), t.indexOf('辩护方'))
    expect(pro).toContain('支付结算金额110万元，超出20万元的标准90万元')
    expect(t).not.toMatch(/标准差|“以上”包括本数/)
  })
  it('lists a threshold not reached only while 情节严重 is not established', () => {
    const below = withSettlement(150000)
    const t1 = bodyText(buildMemoModel(below, analysisFor(below), { kind: 'analysis' }))
    expect(t1.slice(t1.indexOf('（二）辩护方'))).toContain('支付结算金额未达标准')
    const t2 = bodyText(buildMemoModel(base(), analysisFor(base()), { kind: 'analysis' }))
    expect(t2.slice(t2.indexOf('（二）辩护方'))).not.toContain('未达标准')
  })
})

describe('clinic memo', () => {
  it('answers every question, in the same order, after a page break', () => {
    const doc = base()
    const a = analysisFor(doc, {
      pivots: [{ fact: 'conduct.transferredForOthers', text: '若有代为转账、取现行为，则构成掩饰、隐瞒犯罪所得罪', resultingCharge: 'art312', resultingDisposition: 'prosecute', citations: ['crimlaw-a312-p1'] }]
    })
    const m = buildMemoModel(doc, a, { kind: 'clinic', clinicVersion: 'teacher' })
    const breakAt = m.blocks.findIndex((b) => b.type === 'pageBreak')
    expect(breakAt).toBeGreaterThan(0)
    const qs = m.blocks.slice(0, breakAt).flatMap((b) => (b.type === 'heading' && b.level === 3 ? [b.text] : []))
    const as = m.blocks.slice(breakAt).flatMap((b) => (b.type === 'heading' && b.level === 3 ? [b.text] : []))
    expect(qs.length).toBeGreaterThanOrEqual(5)
    expect(as).toEqual(qs)
    const t = bodyText(m)
    expect(t).toContain('如果有代为转账、取现行为，严某某的行为应当如何评价？')
    expect(t).not.toContain('conduct.transferredForOthers')
    expect(t.slice(t.indexOf('参考答案'))).toContain('则构成掩饰、隐瞒犯罪所得罪')
    expect(t.slice(0, t.indexOf('参考答案'))).not.toContain('则构成掩饰、隐瞒犯罪所得罪')
    expect(t).toContain('评分要点')
  })
})

describe('property: on varied facts, memos stay consistent with the real analysis', () => {
  it('never contests what the analysis established, never offers what it did not leave open', () => {
    const seed = loadCase('cn-xianyou-yan')
    fc.assert(
      fc.property(
        fc.record({
          settlement: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
          cards: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
          objects: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
          transferred: fc.constantFrom(true, false, null),
          admitted: fc.constantFrom(true, false, null),
          surrendered: fc.constantFrom(true, false, null),
          plea: fc.constantFrom(true, false, null),
          stage: fc.constantFrom('investigation', 'prosecution', 'trial', 'appeal') as fc.Arbitrary<MatterDocument['matter']['stage']>
        }),
        (f) => {
          const doc = structuredClone(seed)
          const d = doc.defendants[0]
          if (!d) throw new Error('no defendant')
          doc.matter.stage = f.stage
          d.amounts.paymentSettlement = f.settlement
          const line = d.conduct.cards?.[0]
          if (line) line.count = f.cards
          d.helped.objectCount = f.objects
          d.conduct.transferredForOthers = f.transferred
          d.knowledge.admitted = f.admitted
          d.knowledge.finding = null
          d.mitigation.surrendered = f.surrendered
          d.mitigation.pleaAgreement = f.plea
          const analysis = analyzeMatter(doc)
          const da = analysis.defendants[0]
          if (!da) throw new Error('no analysis')
          for (const kind of MEMO_KINDS) {
            const m = buildMemoModel(doc, analysis, { kind })
            const t = bodyText(m)
            expect(t).not.toMatch(/undefined|NaN|\[object /)
            if (kind !== 'defense') continue
            const h = m.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []))
            if (da.seriousCircumstances.met === true) expect(h.join('|')).not.toMatch(/未达到入罪标准|不足以认定/)
            if (da.seriousCircumstances.met === false && da.prevailingCharge === 'none') expect(h.join('|')).toContain('本案未达到入罪标准')
            // what the analysis leaves open at the stage: the engine's outcome where it names one, else the version 1 verdicts
            const verdict = (da as { outcome?: { likely: string; open: string[] } | null }).outcome
            const ladder = verdict && verdict.likely !== 'undetermined' ? verdict.open : null
            const v1 = da.disposition === 'nonProsecutionPossible' || da.sentencing?.nonProsecutionPossible === true || da.disposition === 'undetermined'
            const exemptionOpen = ladder ? ladder.includes('exemption') : v1
            const nonProsecutionOpen = ladder ? ladder.includes('nonProsecution') || ladder.includes('conditionalNonProsecution') : v1
            if (!exemptionOpen && da.prevailingCharge !== 'none') expect(t).not.toContain('免予刑事处罚')
            if (!nonProsecutionOpen && da.prevailingCharge !== 'none') expect(t).not.toContain('作出不起诉决定')
            if (ladder && !ladder.includes('probation')) expect(t).not.toContain('缓刑')
            if (f.stage === 'investigation' || f.stage === 'prosecution') expect(t).not.toContain('免予刑事处罚')
            // a court cannot 不起诉; the police decide neither a 不起诉 nor a sentence
            if (f.stage === 'trial' || f.stage === 'appeal') expect(t).not.toMatch(/不起诉决定/)
            if (f.stage === 'investigation') expect(t).not.toMatch(/不起诉|免予刑事处罚|缓刑|合议庭/)
            if (d.history.recidivist === true) expect(t).not.toContain('缓刑')
            expect(t).not.toMatch(/禁止令|2 ?倍|本应用|分析引擎|标准差|回忆文本|PARTLY|UNVERIFIED/)
            if (da.prevailingCharge !== 'none') expect(m.meta.conclusion).not.toMatch(/不构成犯罪/)
          }
        }
      ),
      { numRuns: 40, seed: 20261122 }
    )
  }, 120_000)
})

describe('prosecution memo: disposition', () => {
  it('proposes 法定不起诉 at 审查起诉 (撤回起诉 at trial) instead of a sentence when the analysis finds no crime', () => {
    const doc = withSettlement(150000)
    doc.matter.stage = 'prosecution'
    const t = bodyText(buildMemoModel(doc, analysisFor(doc), { kind: 'prosecution' }))
    expect(t).toContain('第一百七十七条第一款作出不起诉决定')
    expect(t).not.toMatch(/建议判处|罚金/)
    doc.matter.stage = 'trial'
    const trial = bodyText(buildMemoModel(doc, analysisFor(doc), { kind: 'prosecution' }))
    expect(trial).toContain('建议依法撤回起诉')
    expect(trial).not.toContain('不起诉决定')
  })
  it('proposes 相对不起诉 with 刑事诉讼法第一百七十七条第二款 where it is open, never 免予刑事处罚', () => {
    const doc = base()
    doc.matter.stage = 'prosecution'
    const a = analysisFor(doc, { disposition: 'nonProsecutionPossible', sentencing: sentencing({ nonProsecutionPossible: true, penaltyKind: 'exemption', fine: { minYuan: 0, maxYuan: 17000, why: '', citations: [] }, dispositionWhy: '情节轻微' }) })
    const m = buildMemoModel(doc, a, { kind: 'prosecution' })
    const t = bodyText(m)
    expect(m.footnotes.some((f) => f.clauseIds.includes('cpl-177-2'))).toBe(true)
    expect(t).toContain('建议依照刑事诉讼法第一百七十七条第二款作出不起诉决定')
    expect(t).not.toMatch(/免予刑事处罚|罚金(人民币)?0|缓刑/)
  })
  it('under 认罪认罚 proposes a 确定刑: one term, 缓刑 or not, and a fine that does not start at 0', () => {
    const doc = base()
    doc.matter.stage = 'prosecution'
    const d = doc.defendants[0]
    if (d) d.mitigation.pleaAgreement = true
    const a = analysisFor(doc, { sentencing: sentencing({ probationLikely: true }) })
    const t = bodyText(buildMemoModel(doc, a, { kind: 'prosecution' }))
    expect(t).toContain('建议判处有期徒刑八个月，宣告缓刑，并处罚金5,000元')
    expect(t).not.toContain('被告人')
  })
})

describe('the engine\'s outcome and similar cases, when it gives them', () => {
  const withVerdicts = (doc: MatterDocument, likely: string, open: string[]): MatterAnalysis => {
    const a = analysisFor(doc)
    const da = a.defendants[0] as unknown as Record<string, unknown>
    da.outcome = { likely, open, probabilities: null, why: '情节轻微，有自首、认罪认罚', citations: ['interp2019-15'] }
    da.similarCases = [
      { id: 'c1', title: '（2022）某检刑不诉1号不起诉决定书', court: '某县人民检察院', url: 'https://example.org/c1', decided: '2022-05-01', charge: 'art287-2', outcome: 'nonProsecution', months: null, why: '同为出租本人银行卡，流入资金相近，均有自首' },
      { id: 'c2', title: '（2023）某刑初9号判决书', court: '某市某区人民法院', url: null, decided: '2023-09-01', charge: 'art287-2', outcome: 'custodial', months: 10, why: '有前科' },
      { id: 'c3', title: '（2022）某刑初3号判决书', court: '某州中级人民法院', url: null, decided: '2022-03-01', charge: 'art287-2', outcome: 'exemption', months: null, why: '均有自首' }
    ]
    return a
  }
  it('asks for what the outcome leaves open at the stage, and cites only favourable decisions made before the memo', () => {
    const doc = base()
    doc.matter.stage = 'prosecution'
    const t = bodyText(defense(doc, withVerdicts(doc, 'nonProsecution', ['nonProsecution', 'probation', 'custodial'])))
    expect(t).toContain('第一百七十七条第二款对其作出不起诉决定')
    expect(t).toContain('类案参考')
    // cited by the deciding organ and date, with the source
    expect(t).toContain('某县人民检察院（2022年5月1日）')
    expect(t).toContain('https://example.org/c1')
    // not an unfavourable decision, nor one a procuratorate cannot make (免予刑事处罚 is the court's)
    expect(t).not.toContain('某市某区人民法院')
    expect(t).not.toContain('某州中级人民法院')
  })
  it('cites no precedent whose outcome the law does not leave open, and none to the police', () => {
    const doc = base()
    doc.matter.stage = 'trial'
    const trial = bodyText(defense(doc, withVerdicts(doc, 'probation', ['probation', 'custodial'])))
    expect(trial).not.toMatch(/某县人民检察院|某州中级人民法院|免予刑事处罚|不起诉决定/)
    const open = bodyText(defense(doc, withVerdicts(doc, 'probation', ['exemption', 'probation', 'custodial'])))
    expect(open).toContain('某州中级人民法院（2022年3月1日）')
    expect(open).not.toContain('某县人民检察院')
    doc.matter.stage = 'investigation'
    const police = bodyText(defense(doc, withVerdicts(doc, 'nonProsecution', ['nonProsecution', 'exemption', 'probation', 'custodial'])))
    expect(police).not.toMatch(/类案参考|不起诉|免予刑事处罚|缓刑/)
  })
  it('the 审查报告 follows the outcome: 相对不起诉 rather than a sentence', () => {
    const doc = base()
    doc.matter.stage = 'prosecution'
    const t = bodyText(buildMemoModel(doc, withVerdicts(doc, 'nonProsecution', ['nonProsecution', 'probation']), { kind: 'prosecution' }))
    expect(t).toContain('第一百七十七条第二款作出不起诉决定')
    expect(t).not.toMatch(/建议判处|免予刑事处罚/)
  })
})
