// 刑法第三百一十二条 掩饰、隐瞒犯罪所得、犯罪所得收益罪, on the same facts as 帮信罪.
// Conduct: 代为转账、套现、取现, or 刷脸等验证 to enable them, knowing the money is crime proceeds
// (断卡纪要第五条第（2）项; 意见（二）第十一条). A card that merely received fraud money is neither
// 支付结算 nor 掩隐 (断卡纪要第四条、第五条第（3）项). Regime: 法释〔2015〕11号 (+2021 决定) for acts
// up to 2025-08-25, 法释〔2025〕13号 from 2025-08-26 (its 情节严重 amounts — 50万, 500万 where the upstream crime is
// of the 非法采矿 type — come from an official's public explanation, PARTLY; the article's wording was not seen).
// Between the two, the 2001 时间效力规定 第三条: the act-time interpretation, unless the new one favours the defendant.
import { valueOf } from '../../law'
import { concealmentRegimes, governingOn, type Regime } from '../regimes'
import type { ElementResult, StatutoryRange, TraceStep } from '../../analysis/types'
import type { CandidateEvaluation, CompetitionContext } from './types'
import { actBounds, subjectElement } from './common'
import { rangeOf, spanOf, TIERS } from './ranges'
import { conclusionCitations, element, foldElements, uniq, verificationWarnings, yuan } from './helpers'

/** The version of the 掩隐 interpretation that governs: an id of the 'concealment' family in core/engine/regimes.ts. */
export type ConcealRegime = 'c2015' | 'c2021' | 'c2025' | 'unknown'

export interface ConcealRegimeChoice {
  regime: ConcealRegime
  why: string
  citations: string[]
  warnings: string[]
}

const asId = (r: Regime): Exclude<ConcealRegime, 'unknown'> => {
  if (r.id !== 'c2015' && r.id !== 'c2021' && r.id !== 'c2025') throw new Error(`concealment regime ${r.id} is not handled by the 掩隐 candidate`)
  return r.id
}

/**
 * 法释〔2025〕13号第五条's 情节严重 amount for this matter: 五十万元, or 五百万元 where the upstream crime is of the
 * 非法采矿 type (PARTLY, sources §14.2). The matter records the helped crime as fraud, gambling or other: fraud and
 * gambling are not of that type; for "other" or an unknown crime either line may apply.
 */
export function newSeriousLine(ctx: CompetitionContext): { line: number | null; low: number; high: number; why: string } {
  const low = valueOf('conceal2025-5', 'seriousAmount')
  const high = valueOf('conceal2025-5', 'seriousAmountMiningType')
  const ct = ctx.defendant.helped.crimeType
  if (ct === 'fraud' || ct === 'gambling') return { line: low, low, high, why: `上游犯罪为${ct === 'fraud' ? '诈骗' : '赌博'}，不属非法采矿等类型，情节严重的数额标准为${yuan(low)}` }
  return { line: null, low, high, why: `上游犯罪${ct === 'other' ? '为其他犯罪' : '类型未录入'}，情节严重的数额标准为${yuan(low)}或${yuan(high)}（非法采矿等类型）` }
}

/** The tier each interpretation gives the amount: 'serious', 'base' or null when it cannot be told. */
function tierUnder(ctx: CompetitionContext, regime: 'old' | 'new'): 'serious' | 'base' | null {
  const v = ctx.defendant.amounts.concealedProceeds
  if (v === null) return null
  if (regime === 'old') return v >= valueOf('conceal2015-3-1', 'seriousTotalValue') ? 'serious' : 'base'
  const n = newSeriousLine(ctx)
  if (n.line !== null) return v >= n.line ? 'serious' : 'base'
  return v >= n.high ? 'serious' : v < n.low ? 'base' : null
}

/** Which 掩隐 interpretation governs, with the 从旧兼从轻 reasoning; dates from the regime table (one mechanism). */
export function concealRegime(ctx: CompetitionContext): ConcealRegimeChoice {
  const family = concealmentRegimes()
  const newest = family[family.length - 1] as Regime
  const newFrom = newest.from
  const { end } = actBounds(ctx)
  const at = (day: string): Regime => {
    const g = governingOn(family, day)[0]
    if (!g) throw new Error(`no 掩隐 interpretation governs on ${day}`)
    return g
  }
  const newNote = `${ctx.defendant.amounts.concealedProceeds === null ? '掩饰、隐瞒数额未知' : newSeriousLine(ctx).why}，无法比较新旧标准孰轻；若新标准对被告人更有利，应适用新解释（从旧兼从轻）`
  if (end === null) {
    if (ctx.asOf < newFrom) {
      const r = at(ctx.asOf)
      return {
        regime: asId(r),
        why: `行为时间不明；分析日（${ctx.asOf}）早于法释〔2025〕13号施行日（${newFrom}），适用${r.label}`,
        citations: ['conceal2015-1', 'conceal2021-amend'],
        warnings: ['行为时间不明，掩隐罪适用的司法解释版本依分析日推定']
      }
    }
    const oldEnds = family[family.length - 2]?.to ?? ''
    return {
      regime: 'unknown',
      why: `行为时间不明，无法确定适用法释〔2015〕11号（至${oldEnds}）还是法释〔2025〕13号（自${newFrom}）`,
      citations: ['conceal2015-1', 'conceal2025-3', 'conceal2025-5'],
      warnings: ['行为时间不明，掩隐罪适用的司法解释版本无法确定，情节严重档次无法确认']
    }
  }
  if (end >= newFrom) {
    return {
      regime: asId(newest),
      why: `行为持续至${end}，在法释〔2025〕13号施行（${newFrom}）之后，适用新解释`,
      citations: ['conceal2025-1', 'conceal2025-2', 'conceal2025-3', 'conceal2025-5'],
      warnings: []
    }
  }
  const oldReg = at(end)
  const old = asId(oldReg)
  if (ctx.asOf >= newFrom) {
    const before = `行为终于${end}，在法释〔2025〕13号施行（${newFrom}）之前；分析日${ctx.asOf}新解释已施行`
    const rule = '依《关于适用刑事司法解释时间效力问题的规定》第三条，依照行为时的司法解释办理，但适用新的司法解释对被告人有利的，适用新的司法解释'
    const oldTier = tierUnder(ctx, 'old')
    const newTier = tierUnder(ctx, 'new')
    const cites = ['temporal2001-3', 'conceal2015-3-1', 'conceal2025-5']
    if (oldTier === 'serious' && newTier === 'base') {
      return {
        regime: asId(newest),
        why: `${before}。${rule}：掩饰、隐瞒数额按原解释第三条已达情节严重，按新解释第五条（${newSeriousLine(ctx).why}）未达，新解释对被告人有利，适用法释〔2025〕13号`,
        citations: cites,
        warnings: ['掩隐罪：新解释第五条的数额标准据官方释义（PARTLY），条文原文未取得，从旧兼从轻的比较须核对原文']
      }
    }
    if (oldTier !== null && newTier !== null) {
      return {
        regime: old,
        why: `${before}。${rule}：按新旧解释，掩饰、隐瞒数额所处档次相同（${oldTier === 'serious' ? '情节严重' : '基本档'}），新解释并不更有利，适用行为时的${oldReg.label}`,
        citations: [...oldReg.citations, ...cites],
        warnings: []
      }
    }
    return {
      regime: old,
      why: `${before}。${rule}。${newNote}`,
      citations: ['conceal2015-1', 'conceal2021-amend', 'temporal2001-3', 'conceal2025-5'],
      warnings: [`掩隐罪：${newNote}`]
    }
  }
  const amend = family.find((r) => r.id === 'c2021')
  return {
    regime: old,
    why: `行为终于${end}，适用${oldReg.label}${old === 'c2015' && amend ? `；2021年修改决定（${amend.from}施行）取消入罪数额标准，对被告人不利，依从旧兼从轻仍适用原数额标准` : ''}`,
    citations: oldReg.citations,
    warnings: []
  }
}

export function proceedsKnowledgeElement(ctx: CompetitionContext, regime: ConcealRegime): ElementResult {
  const k = ctx.defendant.knowledge
  const meaning = regime === 'c2025' ? ['conceal2025-2'] : []
  const cites = ['crimlaw-a312-p1', ...meaning, 'minutes2022-5-2']
  if (k.knewProceeds === true) {
    if (k.finding === 'disputed') {
      return element('proceedsKnowledge', '明知是犯罪所得', 'undetermined', '记录为明知系犯罪所得，但明知一节有争议（认定结论为“有争议”），须依证据认定', ['knowledge.knewProceeds', 'knowledge.finding'], cites)
    }
    return element('proceedsKnowledge', '明知是犯罪所得', 'met', '明知经手资金系犯罪所得及其收益', ['knowledge.knewProceeds'], cites)
  }
  if (k.knewProceeds === false) {
    return element(
      'proceedsKnowledge', '明知是犯罪所得', 'notMet',
      '不能认定明知系犯罪所得，至多为对他人利用信息网络犯罪的概括明知；仅有概括明知的，即使提供刷脸验证或协助转账，仍不构成掩隐罪',
      ['knowledge.knewProceeds'], [...cites, 'minutes2022-5-3']
    )
  }
  return element('proceedsKnowledge', '明知是犯罪所得', 'undetermined', '未查明是否明知经手资金系犯罪所得（该事实未知，不等于不明知）', ['knowledge.knewProceeds'], cites)
}

export function concealConductElement(ctx: CompetitionContext, regime: ConcealRegime): ElementResult {
  const c = ctx.defendant.conduct
  const method = regime === 'c2025' ? ['conceal2025-1'] : ['conceal2015-10']
  const facts = ['conduct.transferredForOthers', 'conduct.faceVerificationForOthers']
  const acts: string[] = []
  if (c.transferredForOthers === true) acts.push('代为转账、套现、取现')
  if (c.faceVerificationForOthers === true) acts.push('为配合他人转账、套现、取现提供刷脸等验证服务')
  if (acts.length > 0) {
    return element('concealmentConduct', '掩饰、隐瞒行为', 'met', `${acts.join('，并')}，属以其他方法掩饰、隐瞒犯罪所得`, facts, ['crimlaw-a312-p1', ...method, 'minutes2022-5-2'])
  }
  if (c.transferredForOthers === false && c.faceVerificationForOthers === false) {
    return element(
      'concealmentConduct', '掩饰、隐瞒行为', 'notMet',
      '未代为转账、套现、取现，也未提供刷脸等验证服务；出租、出售的卡仅用于接收诈骗资金的，既不属于“支付结算”，也不属于掩饰、隐瞒犯罪所得',
      facts, ['crimlaw-a312-p1', 'minutes2022-4', 'minutes2022-5-3']
    )
  }
  return element('concealmentConduct', '掩饰、隐瞒行为', 'undetermined', '是否代为转账、套现、取现或提供刷脸验证未查明', facts, ['crimlaw-a312-p1', 'minutes2022-5-2'])
}

export function upstreamElement(ctx: CompetitionContext, regime: ConcealRegime): ElementResult {
  const est = ctx.defendant.helped.crimeEstablished
  const cites = regime === 'c2025' ? ['crimlaw-a312-p1', 'conceal2025-1'] : ['crimlaw-a312-p1', 'conceal2015-8']
  const facts = ['helped.crimeEstablished']
  if (est === 'yes') return element('upstreamCrime', '上游犯罪成立', 'met', '上游犯罪事实经查证属实（不以上游犯罪人到案或裁判为前提）', facts, cites)
  if (est === 'no') return element('upstreamCrime', '上游犯罪成立', 'notMet', '上游行为不构成犯罪，资金不是“犯罪所得”', facts, cites)
  if (est === 'unprovable') return element('upstreamCrime', '上游犯罪成立', 'notMet', '上游行为无法证实达到犯罪程度，不能认定为“犯罪所得”', facts, cites)
  return element('upstreamCrime', '上游犯罪成立', 'undetermined', '上游犯罪是否查证属实未载明', facts, cites)
}

/** 2015 original 第一条第一款第（一）项: entry amount 3,000–10,000元 (provincial), for acts before the 2021 决定. */
function entryAmountElement(ctx: CompetitionContext): ElementResult {
  const low = valueOf('conceal2015-1-1-orig', 'entryAmountLow')
  const high = valueOf('conceal2015-1-1-orig', 'entryAmountHigh')
  const v = ctx.defendant.amounts.concealedProceeds
  const facts = ['amounts.concealedProceeds']
  const cites = ['conceal2015-1-1-orig', 'conceal2021-amend']
  if (v === null) return element('entryAmount', '入罪数额（2015年原标准）', 'undetermined', '掩饰、隐瞒数额未知', facts, cites)
  if (v >= high) return element('entryAmount', '入罪数额（2015年原标准）', 'met', `掩饰、隐瞒数额${yuan(v)}，达到${yuan(high)}（各地标准上限）`, facts, cites)
  if (v < low) {
    return element('entryAmount', '入罪数额（2015年原标准）', 'notMet', `掩饰、隐瞒数额${yuan(v)}，不足${yuan(low)}（第一条其他各项情形未据事实评估）`, facts, cites)
  }
  return element('entryAmount', '入罪数额（2015年原标准）', 'undetermined', `掩饰、隐瞒数额${yuan(v)}，在${yuan(low)}至${yuan(high)}的地方标准幅度内，取决于当地标准`, facts, cites)
}

function tierOf(ctx: CompetitionContext, regime: ConcealRegime): { range: StatutoryRange; tier: string; warnings: string[]; step: TraceStep } {
  const v = ctx.defendant.amounts.concealedProceeds
  const line = valueOf('conceal2015-3-1', 'seriousTotalValue')
  if (regime === 'c2025' && v !== null) {
    const n = newSeriousLine(ctx)
    const partly = '（第五条原文未取得，数额标准据最高人民法院官方释义，部分核实）'
    const serious = n.line !== null ? v >= n.line : v >= n.high
    const base = n.line !== null ? v < n.line : v < n.low
    if (serious) {
      return {
        range: rangeOf(TIERS.a312Serious, ['conceal2025-5']),
        tier: '情节严重',
        warnings: [`掩隐罪情节严重：法释〔2025〕13号第五条${partly}`],
        step: { rule: 'art312.tier.serious', text: `${n.why}；掩饰、隐瞒数额${yuan(v)}，达到${yuan(n.line ?? n.high)}以上，属情节严重${partly}`, citations: ['crimlaw-a312-p1', 'conceal2025-5'] }
      }
    }
    if (base) {
      return {
        range: rangeOf(TIERS.a312Base, ['conceal2025-5']),
        tier: '基本档',
        warnings: [`掩隐罪：法释〔2025〕13号第五条${partly}；数额以外的情节严重情形原文未取得，未予评估`],
        step: { rule: 'art312.tier.base', text: `${n.why}；掩饰、隐瞒数额${yuan(v)}，未达${yuan(n.line ?? n.low)}；第五条数额以外的情形原文未取得，未予评估，按基本档${partly}`, citations: ['crimlaw-a312-p1', 'conceal2025-5'] }
      }
    }
    const why = `${n.why}，掩饰、隐瞒数额${yuan(v)}在二者之间`
    return {
      range: spanOf(TIERS.a312Base, TIERS.a312Serious, why, ['conceal2025-5']),
      tier: `无法确认（${why}）`,
      warnings: [`掩隐罪情节严重档次无法确认：${why}，须查明上游犯罪类型`],
      step: { rule: 'art312.tier.unknown', text: `掩隐罪档次无法确认：${why}`, citations: ['crimlaw-a312-p1', 'conceal2025-5'] }
    }
  }
  if (regime === 'c2025' || regime === 'unknown') {
    const reach = v !== null && v >= line ? `；按原解释第三条标准（${yuan(line)}以上）已达情节严重` : ''
    const why = regime === 'c2025' ? '掩饰、隐瞒数额未知' : '适用的司法解释版本无法确定'
    return {
      range: spanOf(TIERS.a312Base, TIERS.a312Serious, why, ['conceal2025-5']),
      tier: `无法确认（${why}${reach}）`,
      warnings: [`掩隐罪情节严重档次无法确认：${why}${reach}`],
      step: { rule: 'art312.tier.unknown', text: `掩隐罪档次无法确认：${why}${reach}`, citations: ['crimlaw-a312-p1', 'conceal2025-5'] }
    }
  }
  if (v === null) {
    return {
      range: spanOf(TIERS.a312Base, TIERS.a312Serious, '掩饰、隐瞒数额未知', ['conceal2015-3-1']),
      tier: '无法确认（掩饰、隐瞒数额未知）',
      warnings: ['掩隐罪：掩饰、隐瞒数额未知，情节严重与否无法确认'],
      step: { rule: 'art312.tier.amountUnknown', text: `掩饰、隐瞒数额未知，无法判断是否达到${yuan(line)}的情节严重标准`, citations: ['conceal2015-3-1'] }
    }
  }
  if (v >= line) {
    return {
      range: rangeOf(TIERS.a312Serious, ['conceal2015-3-1']),
      tier: '情节严重',
      warnings: [],
      step: { rule: 'art312.tier.serious', text: `掩饰、隐瞒数额${yuan(v)}，达到${yuan(line)}以上，属情节严重`, citations: ['crimlaw-a312-p1', 'conceal2015-3-1'] }
    }
  }
  return {
    range: rangeOf(TIERS.a312Base, ['conceal2015-3-1']),
    tier: '基本档',
    warnings: [],
    step: {
      rule: 'art312.tier.base',
      text: `掩饰、隐瞒数额${yuan(v)}，未达${yuan(line)}；次数、特定款物、重大损失等第三条其他情形未录入，未予评估，按基本档`,
      citations: ['crimlaw-a312-p1', 'conceal2015-3-1', 'conceal2015-3-2', 'conceal2015-3-4']
    }
  }
}

export function evaluateConcealment(ctx: CompetitionContext): CandidateEvaluation {
  const reg = concealRegime(ctx)
  const elements = [subjectElement(ctx), proceedsKnowledgeElement(ctx, reg.regime), concealConductElement(ctx, reg.regime), upstreamElement(ctx, reg.regime)]
  if (reg.regime === 'c2015') elements.push(entryAmountElement(ctx))
  const established = foldElements(elements)
  const trace: TraceStep[] = [{ rule: `art312.regime.${reg.regime}`, text: `掩隐罪适用的司法解释：${reg.why}`, citations: reg.citations }]
  for (const e of elements) trace.push({ rule: `art312.element.${e.id}.${e.status}`, text: `掩隐罪·${e.label}：${e.why}`, citations: e.citations })
  let range: StatutoryRange | null = null
  let tier: string | null = null
  const warnings = [...reg.warnings]
  if (established === true) {
    const t = tierOf(ctx, reg.regime)
    range = t.range
    tier = t.tier
    warnings.push(...t.warnings)
    trace.push(t.step)
  }
  const failed = elements.filter((e) => e.status === 'notMet').map((e) => e.label)
  const open = elements.filter((e) => e.status === 'undetermined').map((e) => e.label)
  const why =
    established === true
      ? `明知是犯罪所得而${elements.find((e) => e.id === 'concealmentConduct')?.why ?? ''}，构成掩隐罪（${tier}）`
      : established === false
        ? `不构成掩隐罪：${failed.join('、')}不具备`
        : `掩隐罪能否成立尚无法确定：${open.join('、')}未查明`
  const citations = uniq(['crimlaw-a312-p1', ...reg.citations, ...elements.flatMap((e) => e.citations), ...(range?.citations ?? [])])
  warnings.push(...verificationWarnings(conclusionCitations(elements, established, citations)))
  return {
    candidate: { charge: 'art312', label: '掩饰、隐瞒犯罪所得、犯罪所得收益罪', established, elements, statutoryRange: range, tier, why, citations, warnings: uniq(warnings) },
    trace
  }
}
