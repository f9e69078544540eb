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
import type { Calibration, ModelParams, ProbationParams } from './calibration'
import { opinion2025Applies } from './time'
import { libraryDefendants } from '../library'
import { distanceOnly, sameDefendant } from '../similar'
import { applyAdjustments, markOf, resolveAdjustments } from './factors'
import { basePoint } from './model'
import { ages, criminalDetention, fallbackStatutoryRange, probationMaxMonths } from './statutory'
export { opinion2025Applies, opinion2025TimeNote } from './time'

export { adjustmentRanges, applyAdjustments, resolveAdjustments, FACTOR_LABELS } from './factors'
export type { FactorRange } from './factors'
export { calibration } from './calibration'
export type { Calibration, ModelParams, ProbationParams } from './calibration'
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
    baseWhy = `模型形式借用江西实施细则（转述）：其${b.heavier.length > 0 ? `较重起点幅度（${b.heavier.join('、')}）` : '一般起点幅度'}为 ${b.startingPointMonths.min}～${b.startingPointMonths.max} 个月；依判例库校准的量刑起点为 ${b.startMonths.toFixed(1)} 个月${inLead ? '' : '（高于该幅度：公开裁判样本偏重，且多数未载从宽情节，详见校准说明）'}；依${parts}，增加 ${b.increaseMonths.toFixed(1)} 个月，基准刑约 ${b.baseMonths.toFixed(1)} 个月`
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

/**
 * The 80 % interval around the point: [P·e^residualLow, P·e^residualHigh] with the calibrated residual quantiles,
 * rounded outwards to whole months and clamped to the statutory range (never below the 拘役 minimum).
 */
export function intervalAround(pointMonths: number, input: SentencingInput, params: ModelParams = calibration.model): { min: number; max: number } {
  const st = input.statutoryRange
  if (pointMonths <= 0) return { min: 0, max: 0 }
  const lowFloor = Math.max(st.minMonths, criminalDetention().minMonths)
  let min = Math.max(lowFloor, Math.floor(pointMonths * Math.exp(params.residualLow)))
  let max = Math.min(st.maxMonths, Math.ceil(pointMonths * Math.exp(params.residualHigh)))
  if (min > st.maxMonths) min = st.maxMonths
  if (max < min) max = min
  return { min, max }
}

/**
 * The estimated range: the calibrated 80 % interval around the point; for 掩隐 the starting-point range of
 * 《量刑指导意见》（十九） scaled by the adjustments (no increment data, not calibrated: see basisNote).
 */
export function estimateRange(input: SentencingInput, pe: PointEstimate, params: ModelParams = calibration.model): { min: number; max: number } {
  if (input.charge !== 'art312' || pe.baseMonths <= 0) return intervalAround(pe.pointMonths, input, params)
  const st = input.statutoryRange
  const f = pe.pointMonths / pe.baseMonths
  if (f <= 0) return { min: 0, max: 0 }
  const min = Math.max(st.minMonths, criminalDetention().minMonths, Math.floor(pe.startingPointMonths.min * f))
  const max = Math.min(st.maxMonths, Math.max(min, Math.ceil(pe.startingPointMonths.max * f)))
  return { min: Math.min(min, st.maxMonths), max }
}

function describeCalibration(): string {
  const c = calibration
  const cv = c.crossValidation
  const held = cv.coverage == null ? '尚无交叉验证结果' : `按裁判分组的 ${cv.folds} 折交叉验证中，实际刑期落入 80% 区间的比例为 ${Math.round(cv.coverage * 100)}%（${cv.n} 名被告人，区间宽度中位数 ${cv.medianWidthMonths} 个月）`
  return `依判例库中 ${c.decisions} 份公开裁判（${c.sampleSize} 名被判处刑期的被告人）校准；${held}`
}

/** What the estimate adds to the version-1 SentencingResult (spec: version 2 additions). */
export interface SentencingEstimate extends SentencingResult {
  /** the single best estimate of the term, months (拘役 in months too) */
  pointMonths: number
  /** the nominal coverage of `rangeMonths` (0.8) */
  interval: number
  /** P(缓刑) if a term is imposed; null where the law excludes it or no term applies */
  probationProbability: number | null
  /** which province's 实施细则 the numbers come from, or that the library holds none for this province */
  provinceNote: string
}

export interface EstimateOptions {
  /** matter.province (version 2); selects a 实施细则 only where the library holds that province's numbers */
  province?: string | null
  /** parameters other than the bundled calibration (cross-validation) */
  params?: Pick<Calibration, 'model' | 'probation' | 'fine'>
}

/** The provinces whose 实施细则 numbers the law library holds (today: 江西, a paraphrase, UNVERIFIED). */
export const PROVINCE_RULES: Readonly<Record<string, string>> = { 江西省: 'sent2024-jiangxi' }

export function provinceNote(province: string | null | undefined): { jiangxi: boolean; text: string } {
  if (province && PROVINCE_RULES[province]) return { jiangxi: true, text: `${province}高级人民法院实施细则（赣高法〔2025〕20号，转述，未经核实）的帮信罪幅度用于起点与罚金` }
  if (province) return { jiangxi: false, text: `法律库未收录${province}实施细则的帮信罪数额，估算只借用江西实施细则（转述）的模型形式，数值依全国公开裁判校准，罚金幅度不适用江西标准` }
  return { jiangxi: false, text: '案件所在省份未填，估算只借用江西实施细则（转述）的模型形式，数值依全国公开裁判校准，罚金幅度不适用江西标准' }
}

/** The minimum fine (财产刑规定 第二条: 1,000元; 500元 for a minor at the act). Every 帮信 term carries a fine. */
export function fineFloor(ageAtAct: number | null): number {
  return ageAtAct != null && ageAtAct < ages().adult ? valueOf('propertyPenalty2000-2', 'minorMinYuan') : valueOf('propertyPenalty2000-2', 'minYuan')
}

export function estimateSentence(input: SentencingInput, opts: EstimateOptions = {}): SentencingEstimate | null {
  const d = input.defendant
  const age = input.ageAtAct
  // under 16 at the act: no criminal liability for these offences (刑法第十七条)
  if (d.kind === 'person' && age != null && age < ages().liability) return null

  const params = opts.params ?? calibration
  const prov = provinceNote(opts.province)
  const st = input.statutoryRange
  const is2872 = input.charge === 'art287-2'
  const cal = calibration
  const basisNote = is2872
    ? `本结果为估算，并非量刑指导意见规定的数字。《量刑指导意见（二）》中帮助信息网络犯罪活动罪一节的条文未取得，量刑起点与增加刑罚量以江西实施细则（转述，未经核实）的结构为模型形式，${describeCalibration()}。${prov.text}。调节比例取自《量刑指导意见》（部分核实或未经核实）。`
    : `本结果为估算。${input.charge === 'art312' ? '量刑起点依《量刑指导意见》（十九）（措辞未经核实），区间为起点幅度按调节比例缩放，未经判例校准' : `本罪无可用的量刑起点依据，基准刑为标明的占位估计；区间沿用帮信罪校准的离散程度（${describeCalibration()}）`}。调节比例取自《量刑指导意见》（部分核实或未经核实）。`
  const calib = { method: cal.method, sampleSize: cal.sampleSize, heldOutHitRate: cal.crossValidation.coverage }
  const interval = params.model.interval

  // a unit is punished by a fine only (刑法第二百八十七条之二第二款)
  if (d.kind === 'unit') {
    const gain = d.amounts.illegalGain ?? 0
    const minYuan = prov.jiangxi ? valueOf('sent2024-jiangxi', 'unitFineMinYuan') : fineFloor(null)
    const maxYuan = Math.max(minYuan, roundYuan(gain * valueOf('sent2024-jiangxi', 'fineOnlyGainMultipleMax')))
    const cites = prov.jiangxi ? ['crimlaw-a287-2-p2', 'interp2019-18', 'sent2024-jiangxi'] : ['crimlaw-a287-2-p2', 'interp2019-18', 'propertyPenalty2000-2']
    return {
      estimate: true, basisNote, charge: input.charge, startingPointMonths: { min: 0, max: 0 }, baseMonths: 0, adjustments: [],
      rangeMonths: { min: 0, max: 0 }, pointMonths: 0, interval, probationProbability: null, provinceNote: prov.text, penaltyKind: 'fineOnly', probationLikely: false, probationWhy: '单位犯罪只判处罚金，不适用缓刑',
      fine: { minYuan, maxYuan, why: `单位犯罪判处罚金；${prov.jiangxi ? '下限依江西实施细则转述（五万元以上，未经核实）' : `下限为罚金最低数额 ${minYuan} 元（本省实施细则数额未收录）`}，上限按违法所得 ${gain} 元的二倍估算`, citations: cites },
      ancillary: [], nonProsecutionPossible: false, dispositionWhy: '单位犯罪：依法对单位判处罚金，并对直接负责的主管人员和其他直接责任人员处罚',
      citations: cites, calibration: calib
    }
  }

  const pe = pointEstimate(input, params.model)
  const point = pe.pointMonths
  const rangeMonths = estimateRange(input, pe, params.model)
  const has = (f: SentencingAdjustment['factor']): boolean => pe.adjustments.some((a) => a.factor === f)
  const isMinor = has('minor')
  const strict = pe.adjustments.find((a) => a.factor === 'strictPolicy' && a.percent > 0)
  const recidivist = has('recidivist')
  const m = d.mitigation
  const remorse: string[] = []
  if (m.surrendered === true && m.truthfulConfession !== false) remorse.push('自首')
  else if (m.truthfulConfession === true) remorse.push('坦白')
  if (m.courtConfession === true) remorse.push('当庭自愿认罪')
  if (m.pleaAgreement === true) remorse.push('认罪认罚')
  if ((m.restitution ?? 0) > 0) remorse.push('退赃退赔')
  if (m.victimForgiveness === true) remorse.push('取得谅解')

  // ---- disposition hint: 情节轻微 → 不起诉 / 免予刑事处罚. No number decides 情节轻微 (解释第十五条; 2025 意见
  // arts. 10–11 where in time): it is open where the facts carry a circumstance the texts tie to 不起诉 or 免除处罚
  // and nothing on file weighs against it; the outcome ladder (core/outcome) shows the full weighing.
  const in2025 = opinion2025Applies(input.asOf)
  const lenientItems = in2025 && (pe.adjustments.some((a) => a.factor === 'lenientPolicy' && a.percent < 0) || m.pleaAgreement === true)
  const exemptionGrounds: string[] = []
  if (m.surrendered === true && m.truthfulConfession !== false) exemptionGrounds.push('自首（犯罪较轻的，可以免除处罚）')
  if (m.role === 'accessory') exemptionGrounds.push('从犯')
  if (m.role === 'coerced') exemptionGrounds.push('胁从犯')
  if (m.meritoriousService === 'major') exemptionGrounds.push('重大立功')
  const against: string[] = []
  if (recidivist) against.push('累犯')
  if (strict) against.push('帮信意见第9条从严情节')
  if (has('priorRecord')) against.push('前科')
  if (d.history.adminPenaltyWithin2Years === true) against.push('二年内曾受相关行政处罚')
  if (d.helped.consequence === 'serious' || d.helped.consequence === 'especiallySerious') against.push('被帮助的犯罪造成严重后果')
  if (st.minMonths > 0) against.push(`所适用的是起点为 ${st.minMonths} 个月的加重法定刑幅度`)
  let nonProsecutionPossible = false
  let dispositionWhy: string
  const dispCites = ['interp2019-15', 'cpl-177-2']
  const weighNote = '（是否情节轻微由办案机关综合认定，无数额倍数标准）'
  if (against.length > 0) {
    dispositionWhy = `具有${against.join('、')}，综合社会危害程度，一般不认定为犯罪情节轻微（解释第十五条）${weighNote}`
    if (strict) dispCites.push('opinion2025-9')
  } else if (isMinor && lenientItems) {
    // 帮信意见第11条: 一般应当不起诉或者免予刑事处罚 — the text itself sets the presumption
    nonProsecutionPossible = true
    dispositionWhy = `未成年人具有帮信意见第10条从宽情形，犯罪情节轻微的，一般应当不起诉或者免予刑事处罚（帮信意见第11条）${weighNote}`
    dispCites.push('opinion2025-11', 'opinion2025-10')
  } else if (lenientItems || exemptionGrounds.length > 0) {
    // the texts leave 不起诉 / 免予刑事处罚 open ("可以"); whether it is the likely way the matter ends is what the
    // nearest published decisions show (core/outcome, calibrated on the library), not a number
    const share = lenientShare(d, opts.province ?? null)
    nonProsecutionPossible = share != null && share >= 0.5
    const grounds = [...(lenientItems ? ['帮信意见第10条从宽情形'] : []), ...exemptionGrounds]
    const shareText = share == null ? '判例库中相近裁判不足，不作推定' : `判例库中最相近的公开裁判里，不起诉或免予刑事处罚约占 ${Math.round(share * 100)}%`
    dispositionWhy = `有${grounds.join('、')}，犯罪情节轻微的，可以不起诉或者免予刑事处罚（${lenientItems ? '帮信意见第10条第2款、' : ''}解释第十五条、刑事诉讼法第一百七十七条第二款）；${shareText}${nonProsecutionPossible ? '' : '，一般仍予追诉'}${weighNote}`
    if (lenientItems) dispCites.push('opinion2025-10')
    if (m.surrendered === true) dispCites.push('crimlaw-a67-p1')
    if (m.role === 'accessory') dispCites.push('crimlaw-a27')
    if (m.meritoriousService === 'major') dispCites.push('crimlaw-a68')
  } else {
    dispositionWhy = `未见帮信意见第10条从宽情形${in2025 ? '' : '（该意见在适用法律日期尚未发布）'}或依法可以免除处罚的情节；仍可依解释第十五条综合考虑社会危害程度、认罪悔罪态度，论证犯罪情节轻微${weighNote}`
  }

  // ---- penalty kind: of the term if one is imposed (免予刑事处罚 is an outcome of its own: core/outcome)
  const detention = criminalDetention()
  let penaltyKind: SentencingResult['penaltyKind']
  if (point <= 0 || rangeMonths.max === 0) penaltyKind = 'exemption'
  else if (point <= detention.maxMonths) penaltyKind = 'criminalDetention'
  else penaltyKind = 'fixedTerm'
  const pointMonths = penaltyKind === 'exemption' ? 0 : Math.max(detention.minMonths, Math.min(st.maxMonths, Math.max(st.minMonths, Math.round(point))))

  // ---- probation (刑法第七十二条 all four conditions; 累犯 never, 第七十四条), if a term is imposed
  let probationLikely = false
  let probationProbability: number | null = null
  let probationWhy: string
  const probMax = probationMaxMonths()
  if (penaltyKind === 'exemption') probationWhy = '免予刑事处罚不发生缓刑问题'
  else if (recidivist) probationWhy = '累犯不适用缓刑（刑法第七十四条）'
  else if (rangeMonths.min > probMax) probationWhy = `估算刑期超过 ${probMax} 个月，不符合缓刑条件`
  else {
    probationProbability = Math.round(probationProbability0(params.probation, input, point) * 100) / 100
    probationLikely = probationProbability >= 0.5
    const must = isMinor || has('elderly')
    const conds = `缓刑须同时具备犯罪情节较轻、有悔罪表现、没有再犯罪的危险、宣告缓刑对所居住社区没有重大不良影响（刑法第七十二条）${must ? '；不满十八周岁或已满七十五周岁的，符合条件的应当宣告缓刑' : ''}`
    probationWhy = `依判例库校准，判处约 ${fmtMonths(pointMonths)} 刑罚${remorse.length ? `、有${remorse.join('、')}` : '、未载悔罪表现'}${strict ? '、具有从严情节' : ''}的，宣告缓刑的概率约 ${Math.round(probationProbability * 100)}%。${conds}`
  }

  // ---- fine (解释第十八条; 刑法第五十二条; 财产刑规定 第二条)
  const fine = penaltyKind === 'exemption'
    ? { minYuan: 0, maxYuan: 0, why: '免予刑事处罚的，不判处罚金（刑法第三十七条）', citations: ['crimlaw-a37'] }
    : estimateFine(input, pointMonths, rangeMonths, pe.adjustments, params.fine, prov.jiangxi)

  // ---- 职业禁止 / 禁止令 (解释第十七条)
  const ancillary: string[] = []
  if (d.industryInsider === true) {
    ancillary.push('利用职业便利实施犯罪的，可以根据犯罪情况和预防再犯罪的需要，宣告职业禁止，期限三年至五年，自刑罚执行完毕之日或者假释之日起计算（刑法第三十七条之一、解释第十七条）')
  }
  if (probationLikely) {
    ancillary.push('宣告缓刑的，可以根据犯罪情况同时宣告禁止令，禁止其在缓刑考验期限内从事特定活动（如出租、出借、出售银行账户、电话卡）（刑法第七十二条第二款、解释第十七条）；罚金仍须缴纳（附加刑仍须执行）')
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
    pointMonths,
    interval,
    penaltyKind,
    probationLikely,
    probationProbability,
    probationWhy,
    fine,
    ancillary,
    nonProsecutionPossible,
    dispositionWhy,
    provinceNote: prov.text,
    citations,
    calibration: calib
  }
}

/**
 * The share of 不起诉 / 免予刑事处罚 among the outcomes of the 15 nearest library decisions, weighted by closeness as
 * in the outcome ladder (core/outcome); null with fewer than 5 decisions with an outcome.
 */
function lenientShare(d: Defendant, province: string | null): number | null {
  const near = libraryDefendants()
    .filter((c) => c.outcome != null && !sameDefendant(c.defendant, d))
    .map((c) => ({ c, dist: distanceOnly(d, province, c.defendant, c.province) }))
    .sort((a, b) => a.dist - b.dist || (a.c.key < b.c.key ? -1 : a.c.key > b.c.key ? 1 : 0))
    .slice(0, 15)
  if (near.length < 5) return null
  let total = 0
  let lenient = 0
  for (const { c, dist } of near) {
    const w = 1 / (dist + 0.05)
    total += w
    if (c.outcome === 'nonProsecution' || c.outcome === 'conditionalNonProsecution' || c.outcome === 'exemption') lenient += w
  }
  return lenient / total
}

function probationProbability0(p: ProbationParams, input: SentencingInput, point: number): number {
  const m = input.defendant.mitigation
  const remorse = m.pleaAgreement === true || m.surrendered === true || (m.restitution ?? 0) > 0 ? 1 : 0
  const minor = input.ageAtAct != null && input.ageAtAct < ages().adult ? 1 : 0
  const record = input.defendant.history.priorCriminalRecord === true || input.defendant.history.adminPenaltyWithin2Years === true ? 1 : 0
  const z = p.intercept + p.remorse * remorse + p.logPoint * Math.log(Math.max(1, point)) + p.minor * minor + p.record * record
  return 1 / (1 + Math.exp(-z))
}

function estimateFine(input: SentencingInput, point: number, range: { min: number; max: number }, adjustments: readonly SentencingAdjustment[], cal: Calibration['fine'], jiangxi: boolean): SentencingResult['fine'] {
  const d = input.defendant
  const citations = ['interp2019-18', 'crimlaw-a52', 'propertyPenalty2000-2', ...(jiangxi ? ['sent2024-jiangxi'] : [])]
  const gain = d.amounts.illegalGain
  const factors: string[] = []
  factors.push(gain != null ? `违法所得 ${gain} 元` : '违法所得不详')
  if (d.helped.consequence === 'serious' || d.helped.consequence === 'especiallySerious') factors.push('被帮助犯罪造成严重后果')
  if (d.history.priorCriminalRecord === true || d.history.recidivist === true) factors.push('有前科')
  const remorse = adjustments.filter((a) => ['surrender', 'confession', 'courtConfession', 'plea'].includes(a.factor)).map((a) => a.label)
  factors.push(remorse.length > 0 ? `认罪悔罪（${remorse.join('、')}）` : '认罪悔罪态度不详')
  const head = `综合考虑犯罪的危害程度、违法所得数额、前科情况、认罪悔罪态度（解释第十八条）：${factors.join('，')}`

  // every term carries a fine, never below the statutory minimum (财产刑规定 第二条; minors 500元)
  const floor = fineFloor(input.ageAtAct)
  let minYuan = Math.max(floor, roundYuan(cal.perMonthLowYuan * range.min))
  let maxYuan = Math.max(minYuan, roundYuan(cal.perMonthHighYuan * point))
  let band = ''
  if (jiangxi && input.charge === 'art287-2') {
    const twelve = 12
    const jxFloor = point <= twelve ? valueOf('sent2024-jiangxi', 'fineUpTo12MonthsMinYuan') : valueOf('sent2024-jiangxi', 'fineOver12MonthsMinYuan')
    minYuan = Math.max(minYuan, jxFloor)
    if (point <= twelve) maxYuan = Math.min(maxYuan, Math.max(minYuan, valueOf('sent2024-jiangxi', 'fineUpTo12MonthsMaxYuan')))
    band = '，并以江西实施细则转述的罚金幅度（未经核实）为界'
  }
  if (input.charge === 'art177-1' && hasClause('crimlaw-a177-1-p1')) {
    // 刑法第一百七十七条之一 states the fine band of each tier
    const serious = input.statutoryRange.minMonths >= valueOf('crimlaw-a177-1-p1', 'seriousMinMonths')
    const lo = valueOf('crimlaw-a177-1-p1', serious ? 'seriousFineMinYuan' : 'fineMinYuan')
    const hi = valueOf('crimlaw-a177-1-p1', serious ? 'seriousFineMaxYuan' : 'fineMaxYuan')
    minYuan = Math.min(hi, Math.max(lo, minYuan))
    maxYuan = Math.min(hi, Math.max(lo, maxYuan))
    band += `；依刑法第一百七十七条之一限定在 ${lo}～${hi} 元`
    citations.push('crimlaw-a177-1-p1')
  }
  if (minYuan > maxYuan) minYuan = maxYuan
  return {
    minYuan,
    maxYuan,
    why: `${head}。估算：每月刑期对应罚金 ${cal.perMonthLowYuan}～${cal.perMonthHighYuan} 元（依判例库校准，下限按区间下限、上限按估算刑期计），不低于罚金最低数额 ${floor} 元（财产刑规定第二条${floor < valueOf('propertyPenalty2000-2', 'minYuan') ? '，未成年人' : ''}，回忆文本未经核实）${band}；判处缓刑的，罚金仍须执行`,
    citations
  }
}
