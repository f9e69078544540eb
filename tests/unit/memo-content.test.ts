// Which arguments a memo writes follows the analysis: an argument the analysis does not support is
// absent. Uses hand-built analyses on a published case so each condition is controlled.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { MatterAnalysis } from '../../core/analysis/types'
import { analyzeMatter } from '../../core/engine/analyze'
import { examples } from '../../core/examples/index'
import { verificationNote } from '../../core/law/index'
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
  it('met: does not claim 情节严重 is not met', () => {
    const doc = base()
    const m = defense(doc, analysisFor(doc))
    const t = bodyText(m)
    expect(t).not.toMatch(/不符合“情节严重”|未达到情节严重|不足以认定“情节严重”/)
    expect(t).not.toContain('不构成犯罪')
    expect(t).toContain('量刑建议')
  })

  it('not met: argues it with the numbers and asks for acquittal at trial', () => {
    const doc = withSettlement(150000)
    const a = analysisFor(doc)
    const m = defense(doc, a)
    const t = bodyText(m)
    expect(t).toContain('本案不符合“情节严重”的要求')
    expect(t).toContain(a.defendants[0]?.thresholds[0]?.text ?? 'missing')
    expect(t).toContain('宣告无罪')
    expect(m.meta.conclusion).toContain('不构成犯罪')
    // below the threshold: administrative penalty under the anti-fraud law, cited
    expect(t).toContain('可由公安机关依法予以行政处罚')
    expect(m.footnotes.some((f) => f.clauseIds.includes('antifraud-38') && f.text.includes('《反电信网络诈骗法》第三十八条'))).toBe(true)
    expect(t).not.toMatch(/[一二三四五六七]、量刑建议/)
  })

  it('cannot be decided: says the evidence is insufficient, not that it is absent', () => {
    const doc = withSettlement(150000)
    const a = analysisFor(doc)
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    da.seriousCircumstances.met = null
    da.disposition = 'undetermined'
    for (const g of da.seriousCircumstances.regimes[0]?.grounds ?? []) g.status = 'undetermined'
    const t = bodyText(defense(doc, a))
    expect(t).toContain('现有证据不足以认定“情节严重”')
    expect(t).not.toContain('本案不符合“情节严重”的要求')
  })
})

describe('defense memo: the 断卡纪要 支付结算 argument', () => {
  const heading = '单纯提供银行卡、账户接收资金不属于“支付结算”'
  it('appears when the cards merely received funds', () => {
    const doc = base()
    expect(bodyText(defense(doc, analysisFor(doc)))).toContain(heading)
  })
  it('is absent when the defendant also transferred or withdrew money for others', () => {
    const doc = base()
    const d = doc.defendants[0]
    if (d) d.conduct.transferredForOthers = true
    expect(bodyText(defense(doc, analysisFor(doc)))).not.toContain(heading)
  })
  it('is absent when the defendant provided face verification', () => {
    const doc = base()
    const d = doc.defendants[0]
    if (d) d.conduct.faceVerificationForOthers = true
    expect(bodyText(defense(doc, analysisFor(doc)))).not.toContain(heading)
  })
})

describe('defense memo: disposition and sentencing', () => {
  it('writes 不起诉 / 免予刑事处罚 only when the analysis leaves it open', () => {
    const doc = base()
    const closed = bodyText(defense(doc, analysisFor(doc)))
    expect(closed).not.toMatch(/不起诉|免予刑事处罚/)

    const open = analysisFor(doc, { disposition: 'nonProsecutionPossible', dispositionWhy: '犯罪情节轻微', sentencing: sentencing({ nonProsecutionPossible: true, dispositionWhy: '情节轻微，可以免予刑事处罚' }) })
    const trial = bodyText(defense(doc, open))
    expect(trial).toContain('免予刑事处罚')

    const atProsecution = structuredClone(doc)
    atProsecution.matter.stage = 'prosecution'
    expect(bodyText(defense(atProsecution, open))).toContain('作出不起诉决定')
  })

  it('asks for probation only when the estimate says it is likely', () => {
    const doc = base()
    expect(bodyText(defense(doc, analysisFor(doc)))).not.toContain('宣告缓刑')
    const likely = analysisFor(doc, { sentencing: sentencing({ probationLikely: true, probationWhy: '判处三年以下有期徒刑，犯罪情节较轻，有悔罪表现' }) })
    const t = bodyText(defense(doc, likely))
    expect(t).toContain('宣告缓刑')
    expect(t).toContain('判处三年以下有期徒刑，犯罪情节较轻，有悔罪表现')
  })

  it('states the range as an estimate with its basis', () => {
    const doc = base()
    const t = bodyText(defense(doc, analysisFor(doc)))
    expect(t).toContain('有期徒刑七个月至九个月')
    expect(t).toMatch(/估算/)
    expect(t).toContain('依法发〔2021〕21号的量刑方法')
  })

  it('lists mitigation only when there is some', () => {
    const doc = base()
    expect(headings(defense(doc, analysisFor(doc)), 1)).toContain('三、关于量刑情节')
    const none = analysisFor(doc, { sentencing: sentencing({ adjustments: [] }) })
    expect(headings(defense(doc, none), 1).some((h) => h.includes('量刑情节'))).toBe(false)
  })

  it('argues mitigation in legal terms, without the estimate\'s percentages', () => {
    const doc = base()
    const a = analysisFor(doc, {
      sentencing: sentencing({
        adjustments: [{ factor: 'surrender', label: '自首', percent: -20, range: { min: -40, max: 0 }, mode: 'additive', overridden: false, why: '犯罪后自动投案并如实供述，成立自首，可以从轻或者减轻处罚；幅度 -40%～0%，取中值 -20%', citations: ['crimlaw-a67-p1'] }]
      })
    })
    const m = defense(doc, a)
    const i = m.blocks.findIndex((b) => b.type === 'heading' && b.text === '自首')
    const next = m.blocks[i + 1]
    expect(next?.type).toBe('paragraph')
    const t = next ? blockText(next) : ''
    expect(t).toContain('严某某犯罪后自动投案并如实供述，成立自首，可以从轻或者减轻处罚。')
    expect(t).not.toMatch(/%/)
  })

  it('writes a detention range below six months as 拘役, never 有期徒刑五个月', () => {
    const doc = base()
    const a = analysisFor(doc, { sentencing: sentencing({ rangeMonths: { min: 5, max: 14 } }) })
    const t = bodyText(defense(doc, a))
    expect(t).toContain('拘役五个月至有期徒刑一年二个月')
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
  it('marks PARTLY clauses with the verification note; VERIFIED-only notes carry none', () => {
    const doc = base()
    const m = defense(doc, analysisFor(doc))
    const partly = m.footnotes.filter((f) => f.verification === 'PARTLY')
    const verified = m.footnotes.filter((f) => f.verification === 'VERIFIED')
    expect(partly.length).toBeGreaterThan(0)
    expect(verified.length).toBeGreaterThan(0)
    const tail = (verificationNote('PARTLY') ?? 'x').replace(/^本条依据/, '')
    for (const f of partly) {
      expect(f.text).toContain(tail)
      expect(f.text).toContain('【部分核实】')
      expect(f.text).toContain(f.clauseIds.length > 1 ? '上述标注条文' : '本条依据')
    }
    for (const f of verified) expect(f.text).not.toMatch(/核对|核实/)
    expect(m.meta.restsOnUnverified).toBe(true)
  })

  it('cites each clause by its source\'s 简称 with the 文号 and 施行日期, grouped by source; the appendix gives the full titles', () => {
    const doc = base()
    const a = analysisFor(doc)
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    da.competition = { text: '仅构成帮助信息网络犯罪活动罪', citations: ['interp2019-11', 'crimlaw-a287-2-p3', 'interp2019-13', 'opinion2021-7'] }
    const m = defense(doc, a)
    const note = m.footnotes.find((f) => f.clauseIds.includes('interp2019-13'))
    expect(note?.text).toContain('《解释》第十一条、第十三条（法释〔2019〕15号，2019年11月1日起施行）')
    expect(note?.text).toContain('《刑法》第二百八十七条之二第三款')
    expect(note?.text).toMatch(/《意见（二）》第七条【部分核实】（法发〔2021〕22号，2021年6月17日起施行）/)
    expect(note?.verification).toBe('PARTLY')
    const sources = m.appendix.blocks.find((b) => b.type === 'table' && b.caption === '表 引用的法律文件')
    expect(sources?.type).toBe('table')
    const rows = sources?.type === 'table' ? sources.rows.map((r) => r.map((c) => inlineText(c.runs))) : []
    expect(rows).toContainEqual(['《解释》', '《最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释》', '法释〔2019〕15号，2019年11月1日起施行', '已核实'])
    expect(rows.map((r) => r[0])).toContain('《意见（二）》')
  })

  it('flags a clause id the law library does not know', () => {
    const doc = base()
    const a = analysisFor(doc)
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    da.competition = { text: '仅构成帮助信息网络犯罪活动罪', citations: ['no-such-clause'] }
    const m = defense(doc, a)
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
  it('writes amounts as 人民币…元, with 万元 from ten thousand', () => {
    expect(yuan(3000)).toBe('人民币3000元')
    expect(yuan(185000)).toBe('人民币18.5万元')
    expect(yuan(1100000)).toBe('人民币110万元')
    expect(yuan(185123.45)).toBe('人民币185123.45元（约18.51万元）')
    expect(months(14)).toBe('一年二个月')
    expect(months(6)).toBe('六个月')
    expect(months(24)).toBe('二年')
    expect(chineseNumber(12)).toBe('十二')
    expect(chineseNumber(105)).toBe('一百零五')
  })
  it('never loses precision in the 万元 form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 100_000_000 }), (hundreds) => {
        const v = hundreds * 100
        const s = yuan(v)
        const m = /^人民币([\d.]+)(万?)元$/.exec(s)
        expect(m).not.toBeNull()
        const n = Number(m?.[1]) * (m?.[2] ? 10000 : 1)
        expect(Math.abs(n - v)).toBeLessThan(1e-6)
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
          expect(m.meta.citedClauses.length).toBeGreaterThan(0)
        }
      }
    }
  }, 120_000)
})

describe('prosecution memo', () => {
  it('shows each element with the evidence that supports it, and asks for what is disputed', () => {
    const doc = base()
    const d = doc.defendants[0]
    if (!d) throw new Error('no defendant')
    d.evidence = [
      { id: 'e1', title: '银行流水', supports: ['amounts.paymentSettlement'], status: 'disputed', note: '部分流水未调取' },
      { id: 'e2', title: '被告人供述', supports: ['knowledge.finding'], status: 'verified' }
    ]
    const m = buildMemoModel(doc, analysisFor(doc), { kind: 'prosecution' })
    const table = m.blocks.find((b) => b.type === 'table' && (b.caption ?? '').includes('构成要件审查'))
    expect(table?.type).toBe('table')
    if (table?.type !== 'table') return
    const row = (label: string): string => table.rows.find((r) => inlineText(r[0]?.runs ?? []) === label)?.map((c) => inlineText(c.runs)).join('|') ?? ''
    expect(row('情节严重')).toContain('银行流水（有争议）')
    expect(row('明知')).toContain('被告人供述（已查证）')
    expect(row('主体')).toContain('未列明')
    const t = bodyText(m)
    expect(t).toContain('需要补充的证据')
    expect(t).toContain('部分流水未调取')
  })

  it('tabulates every threshold with its distance', () => {
    const doc = withSettlement(150000)
    const m = buildMemoModel(doc, analysisFor(doc), { kind: 'prosecution' })
    const t = bodyText(m)
    expect(t).toContain('差5万元')
    expect(t).toContain('未达到')
    const met = buildMemoModel(base(), analysisFor(base()), { kind: 'prosecution' })
    expect(bodyText(met)).toContain('超出90万元')
  })
})

describe('analysis memo: both sides', () => {
  it('gives the prosecution the thresholds reached and the defence the 断卡纪要 point when the facts allow it', () => {
    const doc = base()
    const m = buildMemoModel(doc, analysisFor(doc), { kind: 'analysis' })
    const t = bodyText(m)
    const pro = t.slice(t.indexOf('指控方可能的主要观点'), t.indexOf('辩护方可能的主要观点'))
    const def = t.slice(t.indexOf('辩护方可能的主要观点'))
    expect(pro).toContain('支付结算金额达到标准')
    expect(def).toContain('单纯收款不属于支付结算')
    expect(def).toContain('不构成掩饰、隐瞒犯罪所得罪')

    const moved = base()
    const d = moved.defendants[0]
    if (d) d.conduct.transferredForOthers = true
    expect(bodyText(buildMemoModel(moved, analysisFor(moved), { kind: 'analysis' }))).not.toContain('单纯收款不属于支付结算')
  })
})

describe('analysis memo: thresholds as defence points', () => {
  const defencePart = (doc: MatterDocument): string => {
    const t = bodyText(buildMemoModel(doc, analysisFor(doc), { kind: 'analysis' }))
    return t.slice(t.indexOf('辩护方可能的主要观点'), t.indexOf('量刑预估') > 0 ? t.indexOf('量刑预估') : undefined)
  }
  it('lists a threshold not reached only while 情节严重 is not established', () => {
    expect(defencePart(withSettlement(150000))).toContain('支付结算金额未达标准')
    const a = analysisFor(base())
    const da = a.defendants[0]
    if (!da) throw new Error('no defendant')
    da.thresholds.push({ ...da.thresholds[0]!, groundId: 'opinion2021-9-2', quantity: '他人电话卡', unit: 'count', value: 0, threshold: 20, gap: 20, reached: false, text: '他人电话卡0张' })
    const t = bodyText(buildMemoModel(base(), a, { kind: 'analysis' }))
    expect(t.slice(t.indexOf('辩护方可能的主要观点'))).not.toContain('他人电话卡未达标准')
  })
})

describe('clinic memo', () => {
  it('answers every question, in the same order, after a page break', () => {
    const doc = base()
    const a = analysisFor(doc, {
      pivots: [{ fact: 'conduct.transferredForOthers', text: '若有代为转账、取现行为，则构成掩饰、隐瞒犯罪所得罪', resultingCharge: 'art312', resultingDisposition: 'prosecute', citations: ['crimlaw-a312-p1'] }]
    })
    const m = buildMemoModel(doc, a, { kind: 'clinic' })
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
            if (da.seriousCircumstances.met === true) expect(h.join('|')).not.toMatch(/不符合“情节严重”|不足以认定“情节严重”/)
            if (da.seriousCircumstances.met === false && da.prevailingCharge === 'none') expect(h).toContain('本案不符合“情节严重”的要求')
            const open = da.disposition === 'nonProsecutionPossible' || da.sentencing?.nonProsecutionPossible === true
            if (!open && da.prevailingCharge !== 'none') expect(t).not.toMatch(/恳请(合议庭对其免予刑事处罚|贵院对其作出不起诉决定)/)
            if (!da.sentencing?.probationLikely) expect(t).not.toContain('建议对' + d.name + '宣告缓刑')
            if (da.prevailingCharge !== 'none') expect(m.meta.conclusion).not.toMatch(/不构成犯罪/)
          }
        }
      ),
      { numRuns: 40, seed: 20261122 }
    )
  }, 120_000)
})

describe('prosecution memo: disposition without a crime', () => {
  it('proposes 不起诉 instead of a sentence when the analysis finds no crime', () => {
    const doc = withSettlement(150000)
    const m = buildMemoModel(doc, analysisFor(doc), { kind: 'prosecution' })
    const h1 = headings(m, 1)
    expect(h1.some((h) => h.endsWith('处理意见'))).toBe(true)
    expect(h1.some((h) => h.endsWith('量刑建议'))).toBe(false)
    expect(bodyText(m)).toContain('建议依法作出不起诉决定')
  })
  it('cites 刑事诉讼法第一百七十七条第二款 where 相对不起诉 is open', () => {
    const doc = base()
    const a = analysisFor(doc, { disposition: 'nonProsecutionPossible', sentencing: sentencing({ nonProsecutionPossible: true, dispositionWhy: '情节轻微' }) })
    const m = buildMemoModel(doc, a, { kind: 'prosecution' })
    expect(m.footnotes.some((f) => f.clauseIds.includes('cpl-177-2'))).toBe(true)
  })
})
