// Test inputs for the memo tests: the bundled published cases and hand-built analyses
// (so the memo layer is tested on analyses whose content the test controls).
import type { DefendantAnalysis, MatterAnalysis, SentencingResult, ThresholdMeasure } from '../../core/analysis/types'
import { LAW_LIBRARY_VERSION, valueOf } from '../../core/law/index'
import type { MatterDocument } from '../../core/matter/schema'

export { loadCase } from './bundled-cases'

export function settlementMeasure(value: number | null): ThresholdMeasure {
  const threshold = valueOf('interp2019-12-1-2', 'paymentSettlement')
  const gap = value === null ? null : threshold - value
  return {
    groundId: 'interp2019-12-1-2',
    quantity: '支付结算金额',
    unit: 'yuan',
    value,
    threshold,
    gap,
    reached: value === null ? null : value >= threshold,
    text: value === null ? '支付结算金额不详' : `支付结算金额${value / 10000}万元，标准${threshold / 10000}万元`,
    citations: ['interp2019-12-1-2']
  }
}

export function sentencing(over: Partial<SentencingResult> = {}): SentencingResult {
  return {
    estimate: true,
    basisNote: '依法发〔2021〕21号的量刑方法，以已公开判决校准',
    charge: 'art287-2',
    startingPointMonths: { min: 6, max: 12 },
    baseMonths: 10,
    adjustments: [
      { factor: 'confession', label: '坦白', percent: -20, range: { min: -20, max: 0 }, mode: 'additive', overridden: false, why: '到案后如实供述自己的罪行，可以从轻处罚', citations: ['crimlaw-a67-p3'] }
    ],
    rangeMonths: { min: 7, max: 9 },
    penaltyKind: 'fixedTerm',
    probationLikely: false,
    probationWhy: '犯罪情节不属较轻，缓刑可能性较小',
    fine: { minYuan: 5000, maxYuan: 20000, why: '依违法所得及情节确定', citations: ['interp2019-18'] },
    ancillary: [],
    nonProsecutionPossible: false,
    dispositionWhy: '情节不属轻微',
    citations: ['crimlaw-a287-2-p1', 'crimlaw-a72'],
    calibration: { method: 'test', sampleSize: 0, heldOutHitRate: null },
    ...over
  }
}

/** A 帮信罪 analysis for defendant 0 of `doc`, with the 情节严重 outcome the test chooses. */
export function analysisFor(doc: MatterDocument, over: Partial<DefendantAnalysis> = {}, asOf = '2026-11-22'): MatterAnalysis {
  const d = doc.defendants[0]
  if (!d) throw new Error('no defendant')
  const settlement = settlementMeasure(d.amounts.paymentSettlement)
  const met = settlement.reached === true
  const da: DefendantAnalysis = {
    openQuestions: [],
    id: d.id,
    name: d.name,
    prevailingCharge: met ? 'art287-2' : 'none',
    disposition: met ? 'prosecute' : 'noCrime',
    dispositionWhy: met ? '构成犯罪，应当追究刑事责任' : '未达到情节严重标准，不构成犯罪',
    candidates: [
      {
        charge: 'art287-2', label: '帮助信息网络犯罪活动罪', established: met, elements: [],
        statutoryRange: met ? { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑或者拘役，并处或者单处罚金', citations: ['crimlaw-a287-2-p1'] } : null,
        tier: met ? '情节严重' : null, why: met ? '各要件均已具备' : '情节严重要件不具备', citations: ['crimlaw-a287-2-p1'], warnings: []
      },
      {
        charge: 'art312', label: '掩饰、隐瞒犯罪所得罪', established: false, elements: [], statutoryRange: null, tier: null,
        why: '未代为转账、套现、取现，不构成掩饰、隐瞒犯罪所得罪', citations: ['crimlaw-a312-p1', 'minutes2022-5-2'], warnings: []
      }
    ],
    elements: [
      { id: 'subject', label: '主体', status: 'met', why: '已满十六周岁的自然人', facts: ['ageAtAct'], citations: ['crimlaw-a17-p1'] },
      { id: 'knowledge', label: '明知', status: 'met', why: '法院已认定其明知', facts: ['knowledge.finding'], citations: ['interp2019-11'] },
      { id: 'helpedCrime', label: '被帮助者利用信息网络实施犯罪', status: 'met', why: '被帮助的诈骗犯罪已查证属实', facts: ['helped.crimeEstablished'], citations: ['interp2019-13'] },
      { id: 'helpConduct', label: '帮助行为', status: 'met', why: '出售本人银行账户、电话卡', facts: ['conduct.cards'], citations: ['crimlaw-a287-2-p1', 'opinion2021-7'] },
      {
        id: 'seriousCircumstances', label: '情节严重', status: met ? 'met' : 'notMet',
        why: met ? '支付结算金额达到标准' : '支付结算金额未达到标准，亦无其他情节严重情形', facts: ['amounts.paymentSettlement'], citations: ['interp2019-12-1']
      }
    ],
    seriousCircumstances: {
      met,
      basis: met ? ['interp2019-12-1-2'] : [],
      regimeUsed: 'r2019',
      regimeWhy: '行为时适用法释〔2019〕15号',
      regimes: [
        {
          id: 'r2019', label: '法释〔2019〕15号', from: '2019-11-01', inPlay: true, inForceAtAct: true, seriousMet: met, why: '',
          grounds: [{ id: 'interp2019-12-1-2', regimeId: 'r2019', label: '支付结算金额二十万元以上', status: met ? 'met' : 'notMet', why: settlement.text, measures: [settlement], citations: ['interp2019-12-1-2'] }]
        }
      ]
    },
    thresholds: [settlement],
    competition: { text: met ? '仅构成帮助信息网络犯罪活动罪' : '', citations: met ? ['crimlaw-a287-2-p3'] : [] },
    pivots: [],
    ...(met ? { sentencing: sentencing() } : {}),
    trace: [
      { rule: 'element.knowledge.finding', text: '明知已由裁判认定', citations: ['interp2019-11'] },
      { rule: 'serious.r2019.settlement', text: settlement.text, citations: ['interp2019-12-1-2'] }
    ],
    warnings: [],
    ...over
  }
  return { engineVersion: 'test-engine', lawLibraryVersion: LAW_LIBRARY_VERSION, asOf, defendants: [da] }
}
