// Sentencing estimate (decision-guide §4): 量刑起点 → 基准刑 → adjustments (role and age multiply first, the others
// add up) → a range in months, the penalty kind, probation (刑法72条), a fine range (解释第十八条), 职业禁止/禁止令
// and the disposition hint (解释第十五条, 帮信意见第10条、第11条). The 帮信 numbers are an estimate calibrated on
// published judgments (calibration.json, scripts/calibrate.ts); they are not figures of a 量刑指导意见.
import type { DefendantAnalysis, MatterAnalysis, SentencingAdjustment, SentencingInput, SentencingResult } from '../analysis/types'
import type { Defendant } from '../matter/schema'
import { ageAtAct } from '../matter/age'
import { yuan } from '../engine/format'
import { hasClause, valueOf } from '../law'
import { calibration } from './calibration'
import type { ModelParams } from './calibration'
import { applyAdjustments, markOf, resolveAdjustments } from './factors'
import { basePoint, heavierStartReasons } from './model'
import { ages, criminalDetention, fallbackStatutoryRange, probationMaxMonths } from './statutory'

export { adjustmentRanges, applyAdjustments, resolveAdjustments, FACTOR_LABELS } from './factors'
export type { FactorRange } from './factors'
export { calibration } from './calibration'
export type { Calibration, ModelParams } from './calibration'
export { severity, basePoint } from './model'
export { fallbackStatutoryRange } from './statutory'

/**
 * Rebuild the input the engine used for one analysed defendant (for the what-if sliders: pass the result to
 * `adjustmentRanges`, change `overrides`, call `estimateSentence`). Null when no charge prevails.
 */
export function inputForAnalysis(d: Defendant, da: DefendantAnalysis, analysis: Pick<MatterAnalysis, 'asOf'>, overrides: SentencingInput['overrides'] = d.sentencingOverrides ?? {}): SentencingInput | null {
  if (da.prevailingCharge === 'none') return null
  const charge = da.prevailingCharge
  const statutoryRange = da.candidates.find((c) => c.charge === charge)?.statutoryRange ?? fallbackStatutoryRange(charge, d)
  return { defendant: d, charge, statutoryRange, seriousBasis: da.seriousCircumstances.basis, asOf: analysis.asOf, ageAtAct: ageAtAct(d), overrides }
}

const ROUND = 1000
const roundYuan = (v: number): number => Math.max(0, Math.round(v / ROUND) * ROUND)
const uniq = (xs: readonly string[]): string[] => [...new Set(xs)]
const fmtMonths = (m: number): string => (m >= 12 ? `${Math.floor(m / 12)}年${m % 12 ? `${m % 12}个月` : ''}` : `${m}个月`)


export interface PointEstimate {
  startingPointMonths: { min: number; max: number }
  baseMonths: number
  adjustments: SentencingAdjustment[]
  notes: string[]
  pointMonths: number
  baseWhy: string
  baseCitations: string[]
}

/** The adjusted point estimate for a defendant, with the given model parameters (used by the calibration too). */
export function pointEstimate(input: SentencingInput, params: ModelParams = calibration.model): PointEstimate {
  const st = input.statutoryRange
  let startingPointMonths: { min: number; max: number }
  let baseMonths: number
  let baseWhy: string
  let baseCitations: string[]
  if (input.charge === 'art287-2') {
    const b = basePoint(params, input)
    startingPointMonths = b.startingPointMonths
    baseMonths = b.baseMonths
    const parts = b.parts.length > 0 ? b.parts.map((p) => `${p.quantity} ${p.field === 'helped.objectCount' ? `${p.value} 个` : yuan(p.value)}`).join('、') : '无可计量的数额或对象数'
    const inLead = b.startMonths >= b.startingPointMonths.min && b.startMonths <= b.startingPointMonths.max
    baseWhy = `江西实施细则（转述）的${b.heavier.length > 0 ? `较重起点幅度（${b.heavier.join('、')}）` : '一般起点幅度'}为 ${b.startingPointMonths.min}～${b.startingPointMonths.max} 个月；依已公开判决校准的量刑起点为 ${b.startMonths.toFixed(1)} 个月${inLead ? '' : '（高于该幅度：公开判决样本偏重，且多数未载从宽情节，详见校准说明）'}；依${parts}，增加 ${b.increaseMonths.toFixed(1)} 个月，基准刑约 ${b.baseMonths.toFixed(1)} 个月`
    baseCitations = ['sent2021-method', 'sent2024-notice', 'sent2024-jiangxi']
  } else if (input.charge === 'art312') {
    const serious = st.minMonths >= valueOf('sent2021-19', 'seriousStartMinMonths')
    startingPointMonths = serious
      ? { min: valueOf('sent2021-19', 'seriousStartMinMonths'), max: valueOf('sent2021-19', 'seriousStartMaxMonths') }
      : { min: valueOf('sent2021-19', 'ordinaryStartMinMonths'), max: valueOf('sent2021-19', 'ordinaryStartMaxMonths') }
    baseMonths = (startingPointMonths.min + startingPointMonths.max) / 2
    baseWhy = `掩饰、隐瞒犯罪所得罪${serious ? '情节严重' : '情节一般'}，依《量刑指导意见》（十九）（措辞未经核实）在 ${startingPointMonths.min}～${startingPointMonths.max} 个月内确定量刑起点，取中值 ${baseMonths} 个月；数额、次数的增量无可用数据，未另加，估算区间为起点幅度按调节比例缩放，数额较大时可能偏低`
    baseCitations = ['sent2021-method', 'sent2021-19']
  } else {
    const f = calibration.assumptions.fallbackBaseFraction
    startingPointMonths = { min: st.minMonths, max: st.maxMonths }
    baseMonths = st.minMonths + f * (st.maxMonths - st.minMonths)
    baseWhy = `本罪无可用的量刑起点依据（量刑指导意见未取得相关条文），暂取法定刑幅度 ${st.minMonths}～${st.maxMonths} 个月的下四分之一处 ${baseMonths.toFixed(1)} 个月作为基准刑（占位估计，非规范依据）`
    baseCitations = ['sent2021-method']
  }
  const { adjustments, notes } = resolveAdjustments(input)
  const applied = applyAdjustments(baseMonths, adjustments)
  return { startingPointMonths, baseMonths, adjustments, notes, pointMonths: applied.pointMonths, baseWhy, baseCitations }
}

/** [P·e^−q, P·e^q] rounded outwards to whole months and clamped to the statutory range. */
export function rangeAround(pointMonths: number, input: SentencingInput, q: number = calibration.model.logSpread): { min: number; max: number } {
  const st = input.statutoryRange
  if (pointMonths <= 0) return { min: 0, max: 0 }
  const lowFloor = Math.max(st.minMonths, criminalDetention().minMonths)
  let min = Math.max(lowFloor, Math.floor(pointMonths * Math.exp(-q)))
  let max = Math.min(st.maxMonths, Math.ceil(pointMonths * Math.exp(q)))
  if (min > st.maxMonths) min = st.maxMonths
  if (max < min) max = min
  return { min, max }
}

/**
 * The estimated range: for 帮信罪 (and the fallback charges) the calibrated spread around the point; for 掩隐 the
 * starting-point range of 《量刑指导意见》（十九） scaled by the adjustments (no increment data: see basisNote).
 */
export function estimateRange(input: SentencingInput, pe: PointEstimate): { min: number; max: number } {
  if (input.charge !== 'art312' || pe.baseMonths <= 0) return rangeAround(pe.pointMonths, input)
  const st = input.statutoryRange
  const f = pe.pointMonths / pe.baseMonths
  if (f <= 0) return { min: 0, max: 0 }
  const min = Math.max(st.minMonths, criminalDetention().minMonths, Math.floor(pe.startingPointMonths.min * f))
  const max = Math.min(st.maxMonths, Math.max(min, Math.ceil(pe.startingPointMonths.max * f)))
  return { min: Math.min(min, st.maxMonths), max }
}

/**
 * 犯罪情节轻微 (解释第十五条) as the app models it (labelled assumption, calibration.json): no heavier-start
 * circumstance, and every stated amount or count below `minorCrimeThresholdMultiple` times its 情节严重 threshold.
 */
export function minorCrime(input: SentencingInput): { light: boolean; why: string } {
  const d = input.defendant
  const m = calibration.assumptions.minorCrimeThresholdMultiple
  const note = `（本应用对“情节轻微”的参考线，属标明的假设）`
  if (input.statutoryRange.minMonths > 0) return { light: false, why: `所适用的法定刑幅度起点为 ${input.statutoryRange.minMonths} 个月` }
  if (input.charge === 'art266-accomplice') {
    const loss = d.amounts.attributableFraudLoss
    const large = hasClause('fraud2016-2-1') ? valueOf('fraud2016-2-1', 'amountLarge') : null
    if (loss == null || large == null) return { light: false, why: '可归责的诈骗数额不明，无法判断是否情节轻微' }
    return loss < m * large
      ? { light: true, why: `可归责的诈骗数额 ${loss} 元，未达“数额较大”标准的 ${m} 倍${note}` }
      : { light: false, why: `可归责的诈骗数额 ${loss} 元，达到“数额较大”标准的 ${m} 倍以上${note}` }
  }
  if (input.charge !== 'art287-2') return { light: false, why: '本罪没有可用的“情节轻微”数额参考线，不作推定' }
  const heavier = heavierStartReasons(input)
  if (heavier.length > 0) return { light: false, why: `具有${heavier.join('、')}` }
  const checks: [string, number | null, number][] = [
    ['被帮助对象数', d.helped.objectCount, valueOf('interp2019-12-1-1', 'objects')],
    ['支付结算金额', d.amounts.paymentSettlement, valueOf('interp2019-12-1-2', 'paymentSettlement')],
    ['提供资金', d.amounts.advertisingFunds, valueOf('interp2019-12-1-3', 'advertisingFunds')],
    ['违法所得', d.amounts.illegalGain, valueOf('interp2019-12-1-4', 'illegalGain')],
    ['账户流入资金', d.amounts.oneWayInflow, valueOf('opinion2025-6-2', 'inflow')]
  ]
  const over = checks.filter(([, v, t]) => v != null && v >= m * t).map(([name]) => name)
  if (over.length > 0) return { light: false, why: `${over.join('、')}达到情节严重标准的 ${m} 倍以上${note}` }
  return { light: true, why: `各项数额均未达情节严重标准的 ${m} 倍${note}` }
}

function describeCalibration(): string {
  const c = calibration
  const hr = c.heldOut.hitRate
  const held = hr == null ? '尚无留出检验结果' : `留出检验 ${c.heldOut.n} 名被告人中实际刑期落入估算区间 ${c.heldOut.hits} 名（${Math.round(hr * 100)}%）`
  const cases = new Set(c.trainingIds.map((id) => id.split('/')[0])).size
  return `依 ${cases} 份已公开判决（${c.sampleSize} 名被告人）校准（${c.method}）；${held}`
}

export function estimateSentence(input: SentencingInput): SentencingResult | null {
  const d = input.defendant
  const age = input.ageAtAct
  // under 16 at the act: no criminal liability for these offences (刑法第十七条)
  if (d.kind === 'person' && age != null && age < ages().liability) return null

  const st = input.statutoryRange
  const is2872 = input.charge === 'art287-2'
  const cal = calibration
  const basisNote = is2872
    ? `本结果为估算，并非量刑指导意见规定的数字。《量刑指导意见（二）》中帮助信息网络犯罪活动罪一节的条文未取得，量刑起点与增加刑罚量以江西实施细则（转述，未经核实）的结构为模型形式，${describeCalibration()}。调节比例取自《量刑指导意见》（部分核实或未经核实）。`
    : `本结果为估算。${input.charge === 'art312' ? '量刑起点依《量刑指导意见》（十九）（措辞未经核实），区间为起点幅度按调节比例缩放' : `本罪无可用的量刑起点依据，基准刑为标明的占位估计；区间宽度沿用帮信罪校准的离散程度（${describeCalibration()}）`}。调节比例取自《量刑指导意见》（部分核实或未经核实）。`
  const calib = { method: cal.method, sampleSize: cal.sampleSize, heldOutHitRate: cal.heldOut.hitRate }

  // a unit is punished by a fine only (刑法第二百八十七条之二第二款)
  if (d.kind === 'unit') {
    const minYuan = valueOf('sent2024-jiangxi', 'unitFineMinYuan')
    const gain = d.amounts.illegalGain ?? 0
    const maxYuan = Math.max(minYuan, roundYuan(gain * valueOf('sent2024-jiangxi', 'fineOnlyGainMultipleMax')))
    return {
      estimate: true, basisNote, charge: input.charge, startingPointMonths: { min: 0, max: 0 }, baseMonths: 0, adjustments: [],
      rangeMonths: { min: 0, max: 0 }, penaltyKind: 'fineOnly', probationLikely: false, probationWhy: '单位犯罪只判处罚金，不适用缓刑',
      fine: { minYuan, maxYuan, why: `单位犯罪判处罚金；下限依江西实施细则转述（五万元以上，未经核实），上限按违法所得 ${gain} 元的二倍估算`, citations: ['crimlaw-a287-2-p1', 'interp2019-18', 'sent2024-jiangxi'] },
      ancillary: [], nonProsecutionPossible: false, dispositionWhy: '单位犯罪：依法对单位判处罚金，并对直接负责的主管人员和其他直接责任人员处罚',
      citations: ['crimlaw-a287-2-p1', 'interp2019-18', 'sent2024-jiangxi'], calibration: calib
    }
  }

  const pe = pointEstimate(input)
  const point = pe.pointMonths
  const rangeMonths = estimateRange(input, pe)
  const has = (f: SentencingAdjustment['factor']): boolean => pe.adjustments.some((a) => a.factor === f)
  const hasActive = (f: SentencingAdjustment['factor']): boolean => pe.adjustments.some((a) => a.factor === f)
  const isMinor = has('minor')
  const strict = pe.adjustments.find((a) => a.factor === 'strictPolicy' && a.percent > 0)
  const recidivist = has('recidivist')
  const remorse = (['surrender', 'confession', 'courtConfession', 'plea', 'restitution', 'forgiveness'] as const).filter(hasActive)

  // ---- disposition hint: 情节轻微 → 不起诉 / 免予刑事处罚
  const minor = minorCrime(input)
  const lenientItems = pe.adjustments.some((a) => a.factor === 'lenientPolicy' && a.percent < 0) || has('plea')
  const exemptionGrounds: SentencingAdjustment['factor'][] = (['surrender', 'accessory', 'coerced'] as const).filter(has)
  if (pe.adjustments.some((a) => a.factor === 'meritorious' && a.range.max < 0)) exemptionGrounds.push('meritorious')
  let nonProsecutionPossible = false
  let dispositionWhy: string
  const dispCites = ['interp2019-15', 'cpl-177-2']
  if (recidivist) {
    dispositionWhy = '累犯，不属于犯罪情节轻微的情形，依法应当追诉'
  } else if (strict && isMinor) {
    dispositionWhy = '未成年人具有帮信意见第9条从严情节，不适用第11条“一般应当不起诉或者免予刑事处罚”的规定'
    dispCites.push('opinion2025-11', 'opinion2025-9')
  } else if (strict) {
    dispositionWhy = '具有帮信意见第9条从严情节，依法从严惩处，不宜认定为犯罪情节轻微'
    dispCites.push('opinion2025-9')
  } else if (!minor.light) {
    dispositionWhy = `${minor.why}，一般不属于犯罪情节轻微，应当提起公诉`
  } else if (isMinor && lenientItems) {
    nonProsecutionPossible = true
    dispositionWhy = `未成年人具有帮信意见第10条从宽情形，${minor.why}，犯罪情节轻微的，一般应当不起诉或者免予刑事处罚（帮信意见第11条）`
    dispCites.push('opinion2025-11', 'opinion2025-10')
  } else if (lenientItems) {
    nonProsecutionPossible = true
    dispositionWhy = `具有帮信意见第10条从宽情形，${minor.why}，犯罪情节轻微的，可以依法不起诉或者免予刑事处罚（帮信意见第10条第2款、解释第十五条）`
    dispCites.push('opinion2025-10')
  } else if (exemptionGrounds.length > 0) {
    nonProsecutionPossible = true
    dispositionWhy = `${minor.why}，犯罪较轻，且有依法可以免除处罚的情节，可以不起诉或者免予刑事处罚（解释第十五条、刑事诉讼法第一百七十七条第二款）`
    if (has('surrender')) dispCites.push('crimlaw-a67-p1')
    if (has('accessory')) dispCites.push('crimlaw-a27')
    if (exemptionGrounds.includes('meritorious')) dispCites.push('crimlaw-a68')
  } else {
    dispositionWhy = `${minor.why}，但未见帮信意见第10条从宽情形或依法可以免除处罚的情节；仍可依解释第十五条综合考虑社会危害程度、认罪悔罪态度，论证犯罪情节轻微`
  }

  // ---- penalty kind
  const detention = criminalDetention()
  let penaltyKind: SentencingResult['penaltyKind']
  if (point <= 0 || rangeMonths.max === 0 || nonProsecutionPossible) penaltyKind = 'exemption'
  else if (rangeMonths.max <= detention.maxMonths) penaltyKind = 'criminalDetention'
  else penaltyKind = 'fixedTerm'

  // ---- probation (刑法第七十二条; 累犯 never, 第七十四条), as if a penalty is imposed
  let probationLikely = false
  let probationWhy: string
  const probMax = probationMaxMonths()
  if (point <= 0) probationWhy = '估算为免除处罚，缓刑问题不发生'
  else if (recidivist) probationWhy = '累犯不适用缓刑（刑法第七十四条）'
  else if (rangeMonths.min > probMax) probationWhy = `估算刑期超过 ${probMax} 个月，不符合缓刑条件`
  else if (strict) probationWhy = '具有帮信意见第9条从严情节，一般不宜认定犯罪情节较轻，缓刑可能性较低'
  else if (has('priorRecord')) probationWhy = '有前科，再犯罪危险的评价不利，缓刑可能性较低'
  else if (remorse.length === 0) probationWhy = '未载自首、坦白、认罪认罚、退赃退赔或谅解等悔罪表现，缓刑可能性较低（补充这些事实后重新评估）'
  else {
    probationLikely = true
    const must = isMinor || has('elderly')
    probationWhy = `判处${fmtMonths(Math.round(point))}左右的刑罚，有${remorse.map((f) => pe.adjustments.find((a) => a.factor === f)?.label ?? f).join('、')}等悔罪表现，${must ? '且系不满十八周岁或已满七十五周岁的人，符合条件的应当宣告缓刑' : '如无再犯罪危险、对社区无重大不良影响，可以宣告缓刑'}（刑法第七十二条）`
  }
  if (nonProsecutionPossible && point > 0) probationWhy = `可能不起诉或者免予刑事处罚；如判处刑罚：${probationWhy}`

  // ---- fine (解释第十八条; 刑法第五十二条)
  const fine = estimateFine(input, point, rangeMonths, penaltyKind, pe.adjustments)

  // ---- 职业禁止 / 禁止令 (解释第十七条)
  const ancillary: string[] = []
  if (d.industryInsider === true) {
    ancillary.push('利用职业便利实施犯罪的，可以根据犯罪情况和预防再犯罪的需要，宣告职业禁止，期限三年至五年，自刑罚执行完毕之日或者假释之日起计算（刑法第三十七条之一、解释第十七条）')
  }
  if (probationLikely) {
    ancillary.push('宣告缓刑的，可以根据犯罪情况同时宣告禁止令，禁止其在缓刑考验期限内从事特定活动（如出租、出借、出售银行账户、电话卡）（刑法第七十二条第二款、解释第十七条）')
  }

  const adjustmentCites = pe.adjustments.flatMap((a) => a.citations)
  const citations = uniq([...st.citations, ...pe.baseCitations, ...adjustmentCites, ...fine.citations, ...dispCites, 'crimlaw-a72', ...(recidivist ? ['crimlaw-a74'] : []), ...(ancillary.length > 0 ? ['interp2019-17'] : []), ...(d.industryInsider === true ? ['crimlaw-a37-1'] : [])])
  const baseNote = markOf(pe.baseCitations)

  return {
    estimate: true,
    basisNote: `${basisNote}${pe.baseWhy}${baseNote}。${pe.notes.length > 0 ? `另：${pe.notes.join('；')}。` : ''}法定刑：${st.label}，估算区间已限定在法定刑幅度内。`,
    charge: input.charge,
    startingPointMonths: pe.startingPointMonths,
    baseMonths: Math.round(pe.baseMonths * 10) / 10,
    adjustments: pe.adjustments,
    rangeMonths,
    penaltyKind,
    probationLikely,
    probationWhy,
    fine,
    ancillary,
    nonProsecutionPossible,
    dispositionWhy,
    citations,
    calibration: calib
  }
}

function estimateFine(input: SentencingInput, point: number, range: { min: number; max: number }, kind: SentencingResult['penaltyKind'], adjustments: readonly SentencingAdjustment[]): SentencingResult['fine'] {
  const d = input.defendant
  const citations = ['interp2019-18', 'crimlaw-a52', 'sent2024-jiangxi']
  const gain = d.amounts.illegalGain
  const factors: string[] = []
  factors.push(gain != null ? `违法所得 ${gain} 元` : '违法所得不详')
  if (d.helped.consequence === 'serious' || d.helped.consequence === 'especiallySerious') factors.push('被帮助犯罪造成严重后果')
  if (d.history.priorCriminalRecord === true || d.history.recidivist === true) factors.push('有前科')
  const remorse = adjustments.filter((a) => ['surrender', 'confession', 'courtConfession', 'plea'].includes(a.factor)).map((a) => a.label)
  factors.push(remorse.length > 0 ? `认罪悔罪（${remorse.join('、')}）` : '认罪悔罪态度不详')
  const head = `综合考虑犯罪的危害程度、违法所得数额、前科情况、认罪悔罪态度（解释第十八条）：${factors.join('，')}`

  const fineOnlyMin = valueOf('sent2024-jiangxi', 'fineOnlyMinYuan')
  const fineOnlyMax = Math.max(fineOnlyMin, roundYuan((gain ?? 0) * valueOf('sent2024-jiangxi', 'fineOnlyGainMultipleMax')))
  const fineOnlyText = `单处罚金的，参考违法所得一至二倍、不少于 ${fineOnlyMin} 元（江西实施细则转述，未经核实）`
  if (point <= 0) {
    return { minYuan: 0, maxYuan: fineOnlyMax, why: `${head}。估算为免除处罚；如判处，${fineOnlyText}`, citations }
  }
  const cal = calibration.fine
  const twelve = 12
  const floor = point <= twelve ? valueOf('sent2024-jiangxi', 'fineUpTo12MonthsMinYuan') : valueOf('sent2024-jiangxi', 'fineOver12MonthsMinYuan')
  // low end from the low end of the term range, high end from the point estimate (fines track the term imposed)
  let minYuan = Math.max(floor, roundYuan(cal.perMonthLowYuan * range.min))
  let maxYuan = Math.max(minYuan, roundYuan(cal.perMonthHighYuan * point))
  if (input.charge === 'art287-2' && point <= twelve) maxYuan = Math.min(maxYuan, Math.max(minYuan, valueOf('sent2024-jiangxi', 'fineUpTo12MonthsMaxYuan')))
  let band = ''
  if (input.charge === 'art177-1' && hasClause('crimlaw-a177-1-p1')) {
    // 刑法第一百七十七条之一 states the fine band of each tier
    const serious = input.statutoryRange.minMonths >= valueOf('crimlaw-a177-1-p1', 'seriousMinMonths')
    const lo = valueOf('crimlaw-a177-1-p1', serious ? 'seriousFineMinYuan' : 'fineMinYuan')
    const hi = valueOf('crimlaw-a177-1-p1', serious ? 'seriousFineMaxYuan' : 'fineMaxYuan')
    minYuan = Math.min(hi, Math.max(lo, minYuan))
    maxYuan = Math.min(hi, Math.max(lo, maxYuan))
    band = `；依刑法第一百七十七条之一限定在 ${lo}～${hi} 元`
    citations.push('crimlaw-a177-1-p1')
  }
  if (minYuan > maxYuan) minYuan = maxYuan
  if (kind === 'exemption') {
    return { minYuan: 0, maxYuan: Math.max(maxYuan, fineOnlyMax), why: `${head}。可能不起诉或者免予刑事处罚（下限记为 0）；如判处刑罚，并处罚金约 ${minYuan}～${maxYuan} 元，${fineOnlyText}`, citations }
  }
  return {
    minYuan,
    maxYuan,
    why: `${head}。估算：每月刑期对应罚金 ${cal.perMonthLowYuan}～${cal.perMonthHighYuan} 元（由已公开判决校准，下限按区间下限、上限按估算刑期计），并以江西实施细则转述的罚金幅度（未经核实）为界${band}`,
    citations
  }
}
