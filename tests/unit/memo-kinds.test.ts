// Each memo kind on representative matters (scripts/memo-samples.ts, built from the bundled cases):
// 情节严重 met with 缓刑 open; just below every threshold; 掩隐 and 诈骗共犯 alleged; a minor student
// who surrendered. Asserts on the rendered text what a lawyer or prosecutor must find there, and that
// none of the defects of the first drafts comes back.
import { describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import type { MatterDocument } from '../../core/matter/schema'
import { buildMemoModel, type MemoOptions } from '../../core/memo/index'
import type { Block, Inline, MemoModel } from '../../core/memo/types'
import { belowThresholdMatter, concealmentMatter, fraudMatter, minorStudentMatter, probationMatter } from '../../scripts/memo-samples'

const inline = (runs: readonly Inline[]): string => runs.map((r) => (r.kind === 'text' ? r.text : '')).join('')
function blockText(b: Block): string {
  switch (b.type) {
    case 'heading': return `${b.numbering}${b.text}${inline(b.runIn ?? [])}`
    case 'paragraph': return inline(b.runs)
    case 'table': return [b.caption ?? '', b.header.join('|'), ...b.rows.map((r) => r.map((c) => inline(c.runs)).join('|'))].join('\n')
    case 'closing': return `${b.salutation ?? ''}\n${b.addressee ?? ''}`
    case 'signature': return [...b.lines, b.date].join('\n')
    case 'pageBreak': return '\f'
  }
}
/** What the reader of the filed document sees: title, body, footnotes (not the 核对清单). */
const filedText = (m: MemoModel): string => [m.title, m.subtitle ?? '', ...m.blocks.map(blockText), ...m.footnotes.map((f) => f.text)].join('\n')
const build = (doc: MatterDocument, opts: Omit<MemoOptions, 'defendantId'>): MemoModel => buildMemoModel(doc, analyzeMatter(doc), opts)

/** Defects of the first drafts that must never appear in a document filed with a court or procuratorate. */
const TOOL_TEXT = /本应用|分析引擎|法律库版本|回忆文本|非原文|PARTLY|UNVERIFIED|VERIFIED|标准差|“以上”包括本数|须核实|最小二乘|哈希|留出|参考线|2 ?倍|\d\.\d{3,}|【(部分核实|未经核实)】/
const CONCESSIONS = /不持异议|已达到情节严重|确已构成|禁止令|行政处罚/

function commonFiled(m: MemoModel, name: string, co: string[] = []): void {
  const t = filedText(m)
  expect(t).not.toMatch(TOOL_TEXT)
  expect(t).not.toMatch(/undefined|NaN|null/)
  for (const n of co) expect(t).not.toContain(n)
  // the opening names the client and the matter once; no internal ids
  const opening = m.blocks[0]?.type === 'paragraph' ? inline(m.blocks[0].runs) : ''
  expect(opening.split(name).length - 1).toBe(1)
  expect(t).not.toMatch(/\bd\d\b/)
  // a footnote per point, each clause once, in force at the memo's date
  const ids = m.footnotes.flatMap((f) => f.clauseIds)
  expect(ids.length).toBe(new Set(ids).size)
  expect(ids).not.toContain('crimlaw-a12')
  // verification goes to the 核对清单, after the signature
  expect(m.checklist?.items.length).toBeGreaterThan(0)
}

describe('辩护意见书', () => {
  it('情节严重 met, 缓刑 open, 认罪认罚 at 审查起诉: 罪轻 line, 相对不起诉 where the outcome leaves it open, the 量刑建议 with 缓刑 to negotiate, 自首 and 认罪认罚 as their own grounds', () => {
    const doc = probationMatter()
    const m = build(doc, { kind: 'defense' })
    const t = filedText(m)
    commonFiled(m, '高某')
    expect(t).toMatch(/^辩护意见书/)
    expect(t).toContain('辩护人的核心意见是：')
    expect(t).toContain('起诉意见书（×公（刑）诉字〔2025〕108号）')
    // the most favourable outcome the analysis leaves open at 审查起诉 first, the 量刑建议 (term, 缓刑, fine) as the fallback
    const open = (analyzeMatter(doc).defendants[0] as unknown as { outcome: { open: string[] } }).outcome.open
    if (open.includes('nonProsecution')) expect(t).toContain('恳请贵院依照刑事诉讼法第一百七十七条第二款对其作出不起诉决定；即便不采纳上述意见，亦请在量刑建议中提出')
    else expect(t).not.toContain('不起诉决定')
    expect(t).toMatch(/(在量刑建议中提出(拘役|有期徒刑)[一二三四五六七八九十]+个月、适用缓刑，并处罚金[\d,]+元|提出(拘役|有期徒刑)[一二三四五六七八九十]+个月、适用缓刑，并处罚金[\d,]+元的量刑建议)/)
    expect(t).toContain('（一）在校学生')
    expect(t).toMatch(/（[一二三四五]）自首[\s\S]*第六十七条|系自首/)
    expect(t).toContain('认罪认罚')
    expect(t).toContain('相当性')
    expect(t).toContain('此致')
    expect(t).toContain('××市××区人民检察院')
    // never: 免予刑事处罚 of a procuratorate, a court-style range, a concession, a charge nobody alleged
    expect(t).not.toContain('免予刑事处罚')
    expect(t).not.toMatch(/至有期徒刑/)
    expect(t).not.toMatch(CONCESSIONS)
    expect(t).not.toMatch(/掩饰、隐瞒|诈骗罪（共犯）|妨害信用卡管理/)
    expect(m.meta.conclusion).toContain('缓刑')
  })

  it('just below the thresholds: 无罪 line, the numbers against each standard, acquittal asked of the court with a fallback', () => {
    const m = build(belowThresholdMatter(), { kind: 'defense' })
    const t = filedText(m)
    commonFiled(m, '高某')
    expect(t).toContain('不构成帮助信息网络犯罪活动罪')
    expect(t).toContain('本案未达到入罪标准')
    expect(t).toContain('单向流入资金：在案为28万元，未达到30万元的标准')
    expect(t).toContain('宣告其无罪')
    expect(t).toMatch(/即便认定构成犯罪，亦请/)
    expect(t).toContain('关于“明知”')
    expect(t).toContain('每张卡500元')
    expect(t).not.toMatch(CONCESSIONS)
    expect(t).not.toMatch(/恳请.*宣告缓刑.*宣告其无罪/)
  })

  it('掩隐 alleged: the heart is 帮信 rather than 掩隐 — 明知 of proceeds, the amount traced to victims — and 缓刑 is asked', () => {
    const m = build(concealmentMatter(), { kind: 'defense' })
    const t = filedText(m)
    commonFiled(m, '李某')
    const h1 = m.blocks.filter((b) => b.type === 'heading' && b.level === 1).map(blockText)
    expect(h1[0]).toContain('不构成掩饰、隐瞒犯罪所得')
    expect(t).toContain('应以帮助信息网络犯罪活动罪评价')
    expect(t).toContain('不能证明明知是犯罪所得')
    expect(t).toContain('110万元中，查证与被害人被骗资金相对应的仅为4,500元')
    expect(t).toContain('宣告缓刑')
    expect(t).toContain('变更强制措施为取保候审')
    expect(t).not.toMatch(CONCESSIONS)
  })

  it('诈骗共犯 alleged: argues 帮信 and, as a fallback, 从犯 under 刑法第二十七条; never accepts the fraud charge', () => {
    const m = build(fraudMatter(), { kind: 'defense' })
    const t = filedText(m)
    commonFiled(m, '徐某')
    expect(t).toContain('不构成诈骗罪（共犯）')
    expect(t).toContain('事先通谋')
    expect(t).toContain('系从犯')
    expect(t).toContain('即便认定构成诈骗罪（共犯），亦请认定其系从犯')
    expect(m.footnotes.some((f) => f.clauseIds.includes('crimlaw-a27'))).toBe(true)
    expect(t).not.toMatch(/对.{0,20}诈骗罪.{0,6}(定性)?不持异议/)
  })

  it('a minor student who surrendered: 17条4款 first, 自首 with 犯罪较轻的可以免除处罚, the 4,880元 of 2,460万余元, 不起诉 asked of the procuratorate', () => {
    const m = build(minorStudentMatter(), { kind: 'defense' })
    const t = filedText(m)
    commonFiled(m, '师某')
    const grounds = m.blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => (b.type === 'heading' ? b.text : ''))
    expect(grounds[0]).toBe('行为时未成年')
    expect(m.footnotes.find((f) => f.clauseIds.includes('crimlaw-a17-p4'))).toBeDefined()
    expect(t).toContain('犯罪较轻的，可以免除处罚')
    expect(t).toContain('2,460.6万余元')
    expect(t).toContain('仅为4,880元')
    expect(t).toContain('第一百七十七条第二款对其作出不起诉决定')
    expect(t).toContain('第二百八十二条')
    expect(t).not.toMatch(/拘役.{0,8}至有期徒刑|免予刑事处罚/)
    expect(t).not.toMatch(CONCESSIONS)
    // the 2025 意见 is in force at the memo's date (2025-09-15) and cited; art. 11 ¶2 is flagged for checking
    expect(m.footnotes.map((f) => f.text).join('')).toContain('法发〔2025〕12号')
    expect(m.checklist?.items.join('\n')).toContain('第11条')
  })

  it('the lawyer may choose the line: 无罪 under 认罪认罚 asks for 不起诉 at 审查起诉 without a 量刑建议', () => {
    const m = build(probationMatter(), { kind: 'defense', defenceLine: 'innocence' })
    const t = filedText(m)
    expect(t).toContain('现有证据不足以证明')
    expect(t).toContain('不起诉决定')
    expect(t).not.toContain('的量刑建议；')
  })

  it('at 侦查 it is a 法律意见书 to the police: 撤销案件 or a change of 强制措施, never 不起诉 or a sentence', () => {
    const doc = concealmentMatter()
    doc.matter.stage = 'investigation'
    doc.matter.authority = null
    const m = build(doc, { kind: 'defense' })
    const t = filedText(m)
    expect(m.title).toBe('法律意见书')
    expect(t).toContain('××公安局')
    expect(t).toMatch(/取保候审|撤销案件/)
    expect(t).not.toMatch(/不起诉|免予刑事处罚|宣告缓刑|合议庭/)
  })
})

describe('审查报告', () => {
  const SECTIONS = ['犯罪嫌疑人及其他诉讼参与人的基本情况', '发案、立案、破案经过', '侦查机关认定的犯罪事实与意见', '相关当事人、诉讼参与人的意见', '审查认定的事实、证据及分析', '需要说明的问题', '处理意见']

  it('情节严重 met under 认罪认罚: the sample\'s sections in order, 强制措施, a 确定刑 (with 缓刑 where the estimate finds it likely) and a fine', () => {
    const m = build(probationMatter(), { kind: 'prosecution' })
    const t = filedText(m)
    commonFiled(m, '高某')
    const h1 = m.blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => (b.type === 'heading' ? b.text : ''))
    expect(h1).toEqual(SECTIONS)
    expect(t).toContain('受理后')
    expect(t).toContain('被取保候审')
    expect(t).toContain('女')
    expect(t).toContain('侦查机关认定：2024年3月至4月')
    expect(t).toContain('辩护人的意见及是否采纳')
    expect(t).toContain('证据待补')
    // 缓刑 follows the calibrated P(缓刑) of the estimate (docs/sentencing.md), not a fixed rule
    const likely = analyzeMatter(probationMatter(), { pivots: false }).defendants[0]?.sentencing?.probationLikely
    expect(t).toMatch(likely ? /建议判处(有期徒刑|拘役)[一二三四五六七八九十]+个月，宣告缓刑，并处罚金[\d,]+元/ : /建议判处(有期徒刑|拘役)[一二三四五六七八九十]+个月，并处罚金[\d,]+元/)
    expect(t).not.toMatch(/被告人|免予刑事处罚|罚金0|至[\d,]+元/)
    expect(t).not.toMatch(/未列明|构成要件审查/)
  })

  it('just below the thresholds at trial: the 被告人 language throughout, and no sentence but a 不起诉 / no-crime view', () => {
    const m = build(belowThresholdMatter(), { kind: 'prosecution' })
    const t = filedText(m)
    commonFiled(m, '高某')
    expect(t).toContain('被告人高某')
    expect(t).not.toContain('犯罪嫌疑人')
    expect(t).not.toContain('涉嫌')
    expect(t).toContain('不构成犯罪')
    expect(t).not.toMatch(/建议判处|缓刑/)
  })

  it('掩隐 alleged but 帮信 found: 需要说明的问题 explains the charge; the proposal is 帮信 with a term, never an impossible outcome', () => {
    const m = build(concealmentMatter(), { kind: 'prosecution' })
    const t = filedText(m)
    commonFiled(m, '李某')
    expect(t).toContain('关于罪名的认定')
    expect(t).toContain('认定为掩饰、隐瞒犯罪所得、犯罪所得收益罪，审查认为应以帮助信息网络犯罪活动罪认定')
    expect(t).toContain('建议变更起诉，以帮助信息网络犯罪活动罪追究其刑事责任')
    expect(t).not.toMatch(/免予刑事处罚.*罚金|罚金0/)
  })

  it('a minor student: 法定代理人 and 社会调查报告; no 免予刑事处罚; 补充侦查 with an outline where 情节严重 is open', () => {
    const m = build(minorStudentMatter(), { kind: 'prosecution' })
    const t = filedText(m)
    commonFiled(m, '师某')
    expect(t).toContain('法定代理人')
    expect(t).toContain('社会调查报告')
    expect(t).toContain('犯罪嫌疑人师某')
    // (the 2001 规定 quoted speaks of 犯罪嫌疑人、被告人)
    expect(t.replace(/犯罪嫌疑人、被告人/g, '')).not.toContain('被告人')
    expect(t).not.toContain('免予刑事处罚')
    expect(t).toContain('补充侦查提纲')
    expect(t).toContain('关于法律适用')
    expect(t).toContain('关于适用刑事司法解释时间效力问题的规定')
  })
})

describe('案件分析报告 (internal)', () => {
  it('may show thresholds with their distances, pivots and warnings, written as a colleague writes', () => {
    const m = build(minorStudentMatter(), { kind: 'analysis' })
    const t = filedText(m)
    expect(t).toContain('标准与差距')
    expect(t).toMatch(/单向流入资金2,460\.6万余元，超出30万元的标准/)
    expect(t).toContain('控辩双方的论据')
    expect(t).toContain('查证属实的涉诈资金有限')
    expect(t).not.toMatch(/标准差|“以上”包括本数|分析引擎版本|法律库版本/)
    expect(m.appendix.title).toBe('附录：分析过程')
  })
})

describe('教学练习', () => {
  it('the student version has the facts, the questions and an answer sheet — no answers, no outcome, no 核对清单', () => {
    const m = build(minorStudentMatter(), { kind: 'clinic', clinicVersion: 'student' })
    const t = filedText(m)
    expect(m.subtitle).toBe('（学生版）')
    expect(t).toContain('思考题')
    expect(t).toContain('答题纸')
    expect(t).toContain('处理结果')
    expect(t).not.toMatch(/参考答案|评分要点|实际结果|附条件不起诉/)
    expect(m.checklist).toBeNull()
    expect(m.appendix.blocks).toHaveLength(0)
    expect(m.meta.fileStem).toBe('师某-教学练习-学生版')
  })

  it('the teacher version: model answers from the facts (never circular), scoring points, the real outcome, discussion prompts, the legal texts', () => {
    const m = build(probationMatter(), { kind: 'clinic', clinicVersion: 'teacher' })
    const t = filedText(m)
    expect(m.subtitle).toBe('（教师版）')
    expect(t).toContain('参考答案与评分要点')
    expect(t).not.toContain('明知已经查证属实')
    expect(t).toMatch(/参考答案：可以认定明知。理由：/)
    expect(t).toMatch(/评分要点（\d+分）/)
    expect(t).toContain('讨论题')
    expect(t).toContain('处理结果')
    expect(m.appendix.title).toBe('附录：相关法律条文')
    expect(m.appendix.blocks.map(blockText).join('\n')).toContain('第二百八十七条之二第一款：明知他人利用信息网络实施犯罪')
  })

  it('reveals the real outcome of a published decision and says where the analysis differs', () => {
    const doc = concealmentMatter()
    const m = build(doc, { kind: 'clinic' })
    const t = filedText(m)
    expect(t).toContain('实际结果')
    expect(t).toContain('掩饰、隐瞒犯罪所得')
    expect(t).toContain('与实际结果不同')
  })
})
