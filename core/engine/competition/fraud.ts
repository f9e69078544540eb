// 诈骗罪共犯 (刑法第二百六十六条 + 第二十五条至第二十七条): 事先通谋 with the fraudsters, or a
// 较为稳定配合关系 when recruiting or supplying accounts, cards and numbers (2025 帮信意见; before it,
// 2016 意见 四（三）). The attributable fraud amount decides the tier: 3,000 / 3万 / 50万元 (2016 意见 二（一）).
// The accomplice's role (主犯/从犯) matters for sentencing only.
import { source, valueOf } from '../../law'
import type { ElementResult, StatutoryRange, TraceStep } from '../../analysis/types'
import type { CandidateEvaluation, CompetitionContext } from './types'
import { actBounds, personOnlySubject } from './common'
import { rangeOf, spanOf, TIERS } from './ranges'
import { conclusionCitations, element, foldElements, uniq, verificationWarnings, yuan } from './helpers'

/** The fraud amount the tier is measured on, and where it came from. */
export function fraudAmount(ctx: CompetitionContext): { value: number | null; field: string; fallback: boolean } {
  const a = ctx.defendant.amounts
  if (a.attributableFraudLoss !== null) return { value: a.attributableFraudLoss, field: 'amounts.attributableFraudLoss', fallback: false }
  if (a.verifiedFraudFunds !== null) return { value: a.verifiedFraudFunds, field: 'amounts.verifiedFraudFunds', fallback: true }
  return { value: null, field: 'amounts.attributableFraudLoss', fallback: false }
}

function conspiracyElement(ctx: CompetitionContext): { el: ElementResult; warnings: string[] } {
  const c = ctx.defendant.conduct
  const facts = ['conduct.priorConspiracy', 'conduct.stableCooperation']
  if (c.priorConspiracy === true) {
    return {
      el: element('conspiracy', '共同故意（事先通谋）', 'met', '与诈骗犯罪分子事先通谋，以诈骗罪共犯论处', facts, ['crimlaw-a25', 'conceal2015-5', 'opinion2025-8']),
      warnings: []
    }
  }
  if (c.stableCooperation === true) {
    const from = source('opinion2025').effective
    const { end } = actBounds(ctx)
    const from2016 = source('fraud2016').effective
    if (from2016 !== null && end !== null && end < from2016) {
      return {
        el: element(
          'conspiracy', '共同故意', 'undetermined',
          `行为在2016年《电信网络诈骗意见》（${from2016}）之前，“较为稳定配合关系”本身不是共同犯罪的认定依据，须依刑法第二十五条查明是否具有共同诈骗故意`,
          facts, ['crimlaw-a25']
        ),
        warnings: []
      }
    }
    const before = from !== null && end !== null && end < from
    const why = before
      ? `与诈骗犯罪分子形成较为稳定的配合关系；行为在2025年帮信意见（${from}）之前，依2016年意见四（三）“明知他人实施电信网络诈骗犯罪”而提供卡、账户或帮助转移赃款的以共同犯罪论处，结论相同`
      : '与诈骗犯罪分子形成较为稳定的配合关系，按电信网络诈骗的共同犯罪处罚'
    return {
      el: element('conspiracy', '共同故意（较为稳定配合关系）', 'met', why, facts, before ? ['crimlaw-a25', 'fraud2016-4-3', 'opinion2025-8'] : ['crimlaw-a25', 'opinion2025-8']),
      warnings: from === null ? ['2025年帮信意见的施行日期未确认，“较为稳定配合关系”规则的时间效力按其发布日理解'] : []
    }
  }
  if (c.priorConspiracy === false && c.stableCooperation === false) {
    return {
      el: element('conspiracy', '共同故意', 'notMet', '未与诈骗犯罪分子事先通谋，也未形成较为稳定的配合关系；仅概括明知他人利用信息网络犯罪的，不以诈骗罪共犯论', facts, ['crimlaw-a25', 'conceal2015-5', 'opinion2025-8']),
      warnings: []
    }
  }
  return {
    el: element('conspiracy', '共同故意', 'undetermined', '是否事先通谋或形成较为稳定的配合关系未查明', facts, ['crimlaw-a25', 'opinion2025-8']),
    warnings: []
  }
}

function helpedFraudElement(ctx: CompetitionContext): ElementResult {
  const h = ctx.defendant.helped
  const facts = ['helped.crimeType', 'helped.crimeEstablished']
  const cites = ['crimlaw-a266', 'crimlaw-a25']
  if (h.crimeType === 'gambling' || h.crimeType === 'other') {
    return element('helpedFraud', '被帮助者实施诈骗犯罪', 'notMet', `被帮助者实施的不是诈骗（${h.crimeType === 'gambling' ? '赌博类' : '其他'}犯罪）；其共犯另依该罪认定，本工具不评估`, facts, cites)
  }
  if (h.crimeEstablished === 'no' || h.crimeEstablished === 'unprovable') {
    return element('helpedFraud', '被帮助者实施诈骗犯罪', 'notMet', h.crimeEstablished === 'no' ? '被帮助行为不构成犯罪' : '被帮助的诈骗无法证实达到犯罪程度，不能成立共犯', facts, cites)
  }
  if (h.crimeType === 'fraud' && h.crimeEstablished === 'yes') {
    return element('helpedFraud', '被帮助者实施诈骗犯罪', 'met', '被帮助者实施的电信网络诈骗犯罪经查证属实', facts, cites)
  }
  return element('helpedFraud', '被帮助者实施诈骗犯罪', 'undetermined', '被帮助犯罪的类型或是否查证属实未载明', facts, cites)
}

function amountElement(ctx: CompetitionContext): ElementResult {
  const large = valueOf('fraud2016-2-1', 'amountLarge')
  const a = fraudAmount(ctx)
  const src = a.fallback ? '（可归责损失未录入，以经查证涉诈资金计）' : ''
  const facts = [a.field]
  if (a.value === null) {
    if (ctx.defendant.helped.crimeEstablished === 'yes') {
      return element('fraudAmount', '诈骗数额较大', 'met', '被帮助的诈骗已查证构成犯罪；可归责的诈骗数额未查明，档次无法确认', facts, ['crimlaw-a266', 'fraud2016-2-1'])
    }
    return element('fraudAmount', '诈骗数额较大', 'undetermined', '可归责的诈骗数额未知', facts, ['crimlaw-a266', 'fraud2016-2-1'])
  }
  return a.value >= large
    ? element('fraudAmount', '诈骗数额较大', 'met', `可归责诈骗数额${yuan(a.value)}${src}，达到${yuan(large)}（数额较大）`, facts, ['crimlaw-a266', 'fraud2016-2-1'])
    : element('fraudAmount', '诈骗数额较大', 'notMet', `可归责诈骗数额${yuan(a.value)}${src}，不足${yuan(large)}`, facts, ['crimlaw-a266', 'fraud2016-2-1'])
}

function tierOf(ctx: CompetitionContext): { range: StatutoryRange; tier: string; step: TraceStep; warnings: string[] } {
  const huge = valueOf('fraud2016-2-1', 'amountHuge')
  const esp = valueOf('fraud2016-2-1', 'amountEspeciallyHuge')
  const a = fraudAmount(ctx)
  const cites = ['crimlaw-a266', 'fraud2016-2-1']
  const src = a.fallback ? '（以经查证涉诈资金计，可归责损失未录入）' : ''
  const warnings = a.fallback ? ['诈骗共犯数额以经查证涉诈资金代替可归责的被害人损失，应核实共犯实际参与的诈骗数额'] : []
  if (a.value === null) {
    return {
      range: spanOf(TIERS.a266Large, TIERS.a266EspHuge, '可归责诈骗数额未查明', ['fraud2016-2-1']),
      tier: '无法确认（可归责诈骗数额未查明）',
      step: { rule: 'art266.tier.amountUnknown', text: '可归责的诈骗数额未查明，诈骗罪档次无法确认', citations: cites },
      warnings: ['诈骗共犯：可归责的诈骗数额未查明，档次无法确认']
    }
  }
  if (a.value >= esp) {
    return {
      range: rangeOf(TIERS.a266EspHuge, ['fraud2016-2-1']),
      tier: '数额特别巨大',
      step: { rule: 'art266.tier.especiallyHuge', text: `诈骗数额${yuan(a.value)}${src}，达到${yuan(esp)}以上，数额特别巨大`, citations: cites },
      warnings: [...warnings, '诈骗数额特别巨大的法定刑含无期徒刑，估算区间上限按有期徒刑十五年计']
    }
  }
  if (a.value >= huge) {
    return {
      range: rangeOf(TIERS.a266Huge, ['fraud2016-2-1']),
      tier: '数额巨大',
      step: { rule: 'art266.tier.huge', text: `诈骗数额${yuan(a.value)}${src}，达到${yuan(huge)}以上，数额巨大`, citations: cites },
      warnings
    }
  }
  return {
    range: rangeOf(TIERS.a266Large, ['fraud2016-2-1']),
    tier: '数额较大',
    step: { rule: 'art266.tier.large', text: `诈骗数额${yuan(a.value)}${src}，数额较大（未达${yuan(huge)}）；“其他严重情节”未录入，未予评估`, citations: cites },
    warnings
  }
}

export function evaluateFraud(ctx: CompetitionContext): CandidateEvaluation {
  const consp = conspiracyElement(ctx)
  const elements = [personOnlySubject(ctx, 'crimlaw-a266', '刑法第二百六十六条'), consp.el, helpedFraudElement(ctx), amountElement(ctx)]
  const established = foldElements(elements)
  const trace: TraceStep[] = elements.map((e) => ({ rule: `art266.element.${e.id}.${e.status}`, text: `诈骗罪共犯·${e.label}：${e.why}`, citations: e.citations }))
  const warnings = [...consp.warnings]
  let range: StatutoryRange | null = null
  let tier: string | null = null
  const { end } = actBounds(ctx)
  const fraudFrom = source('fraud2016').effective
  if (established === true) {
    const t = tierOf(ctx)
    range = t.range
    tier = t.tier
    trace.push(t.step)
    warnings.push(...t.warnings)
    if (fraudFrom !== null && end !== null && end < fraudFrom) {
      warnings.push(`行为在《电信网络诈骗意见》（${fraudFrom}）之前，诈骗数额标准应按法释〔2011〕7号及当地标准（本法律库未收录）核对`)
    }
    if (ctx.defendant.mitigation.role === 'accessory') trace.push({ rule: 'art266.role.accessory', text: '在诈骗共同犯罪中起次要或者辅助作用，系从犯，应当从轻、减轻处罚或者免除处罚（影响量刑，不影响定罪）', citations: ['crimlaw-a27'] })
  }
  const failed = elements.filter((e) => e.status === 'notMet').map((e) => e.label)
  const open = elements.filter((e) => e.status === 'undetermined').map((e) => e.label)
  const why =
    established === true
      ? `${consp.el.why}，构成诈骗罪共犯（${tier}）`
      : established === false
        ? `不构成诈骗罪共犯：${failed.join('、')}不具备`
        : `诈骗罪共犯能否成立尚无法确定：${open.join('、')}未查明`
  const citations = uniq(['crimlaw-a266', 'crimlaw-a25', ...elements.flatMap((e) => e.citations), ...(range?.citations ?? [])])
  warnings.push(...verificationWarnings(conclusionCitations(elements, established, citations)))
  return {
    candidate: { charge: 'art266-accomplice', label: '诈骗罪（共犯）', established, elements, statutoryRange: range, tier, why, citations, warnings: uniq(warnings) },
    trace
  }
}
