// Sentencing factors: for one defendant, each factor's legal range (percent of the base sentence, negative =
// reduction), whether the facts establish it, its default value and its citations; then the user's what-if
// overrides (clamped to the range) and the no-double-counting rules. Every number is read from the law library
// (sent2021-3-*, sent2024-jiangxi) or, where no source gives one, from calibration.json's labelled assumptions.
import type { SentencingAdjustment, SentencingInput } from '../analysis/types'
import type { PolicyFactor, SentencingFactor } from '../matter/schema'
import { SENTENCING_FACTORS } from '../matter/schema'
import { clause, hasClause, valueOf, weakest } from '../law'
import type { Verification } from '../law'
import { calibration } from './calibration'
import { ages } from './statutory'
import { opinion2025Applies } from './time'

export type AdjustmentMode = SentencingAdjustment['mode']

export interface FactorRange {
  factor: SentencingFactor
  label: string
  mode: AdjustmentMode
  /** legal range of the adjustment for this defendant, percent (min ≤ max) */
  range: { min: number; max: number }
  /** the facts establish the factor */
  applies: boolean
  /** the law allows it for this defendant (what-if sliders); false e.g. 未成年 for a known adult */
  available: boolean
  /** mandatory (应当) adjustment */
  mandatory: boolean
  /** the value used when the factor applies and the user set nothing */
  defaultPercent: number
  /** how the default was chosen (Chinese) */
  defaultNote: string
  why: string
  citations: string[]
}

export const FACTOR_LABELS: Record<SentencingFactor, string> = {
  surrender: '自首',
  confession: '坦白',
  courtConfession: '当庭自愿认罪',
  plea: '认罪认罚',
  restitution: '退赃退赔',
  accessory: '从犯',
  coerced: '胁从犯',
  minor: '未成年人犯罪',
  elderly: '已满七十五周岁',
  forgiveness: '取得谅解',
  meritorious: '立功',
  recidivist: '累犯',
  priorRecord: '前科',
  strictPolicy: '从严情节（帮信意见第9条）',
  lenientPolicy: '从宽情节（帮信意见第10条）'
}

export const MULTIPLICATIVE: ReadonlySet<SentencingFactor> = new Set<SentencingFactor>(['accessory', 'coerced', 'minor', 'elderly'])

/** Factors that 认罪认罚 absorbs (量刑指导意见 三（十四）: 不作重复评价). */
export const ABSORBED_BY_PLEA: readonly SentencingFactor[] = ['surrender', 'confession', 'courtConfession', 'restitution', 'forgiveness']

const STRICT_ITEMS: { key: PolicyFactor; item: string; text: string }[] = [
  { key: 'organisedOrProfessional', item: '（1）', text: '组织或者长期从事收购、贩卖两卡' },
  { key: 'usedVulnerableGroups', item: '（2）', text: '组织、利用未成年人、在校学生、老年人、残疾人等群体' },
  { key: 'crossBorder', item: '（4）', text: '跨境非法提供技术支持或者帮助' },
  { key: 'deepSynthesisAI', item: '（6）', text: '利用“深度合成”等人工智能技术' }
]
const LENIENT_ITEMS: { key: PolicyFactor; item: string; text: string }[] = [
  { key: 'lured', item: '（1）', text: '被诱骗实施犯罪' },
  { key: 'shortAndSmall', item: '（2）', text: '参与时间较短、获利较少' },
  { key: 'helpedTraceNetwork', item: '（4）', text: '积极配合追查相关信息网络犯罪，起到重要作用' }
]

/** The verification mark of the weakest clause cited, as a short Chinese suffix ('' when all are VERIFIED). */
export function markOf(ids: readonly string[]): string {
  let v: Verification = 'VERIFIED'
  for (const id of ids) if (hasClause(id)) v = weakest(v, clause(id).verification)
  return v === 'VERIFIED' ? '' : v === 'PARTLY' ? '（依据部分核实）' : '（依据未经核实）'
}

const mid = (r: { min: number; max: number }): number => Math.round((r.min + r.max) / 2)
const fmtRange = (r: { min: number; max: number }): string => `${r.min}%～${r.max}%`

/** What the facts say about each factor, before overrides. */
function baseRanges(input: SentencingInput): Record<SentencingFactor, FactorRange> {
  const d = input.defendant
  const m = d.mitigation
  const age = input.ageAtAct
  const { adult, elderly: elderlyAge } = ages()
  const isMinor = age != null && age < adult
  const isElderly = age != null && age >= elderlyAge
  const pol = d.policyFactors ?? {}
  // the 2025 帮信意见's factors apply only where it is in force at the 适用法律日期 (time.ts; temporal2001)
  const in2025 = opinion2025Applies(input.asOf)

  const make = (factor: SentencingFactor, range: { min: number; max: number }, applies: boolean, why: string, citations: string[], opts: { available?: boolean; mandatory?: boolean; defaultPercent?: number } = {}): FactorRange => ({
    factor,
    label: FACTOR_LABELS[factor],
    mode: MULTIPLICATIVE.has(factor) ? 'multiplicative' : 'additive',
    range,
    applies,
    available: opts.available ?? true,
    mandatory: opts.mandatory ?? false,
    defaultPercent: opts.defaultPercent ?? mid(range),
    defaultNote: opts.defaultPercent === undefined ? '取幅度中值' : '取最小减幅',
    why,
    citations
  })

  // 自首 = 自动投案 + 如实供述 (刑法第六十七条第一款)
  const surrenderApplies = m.surrendered === true && m.truthfulConfession !== false
  const surrender = make('surrender', { min: -valueOf('sent2021-3-6', 'surrenderMax'), max: 0 }, surrenderApplies,
    surrenderApplies ? '犯罪后自动投案并如实供述，成立自首，可以从轻或者减轻处罚；犯罪较轻的可以免除处罚' : m.surrendered === true ? '自动投案但未如实供述，不成立自首' : '未认定自首',
    ['crimlaw-a67-p1', 'sent2021-3-6'])

  const confessionApplies = !surrenderApplies && m.truthfulConfession === true
  const confession = make('confession', { min: -valueOf('sent2021-3-7', 'confessionMax'), max: 0 }, confessionApplies,
    surrenderApplies ? '如实供述已在自首中评价，不另计坦白' : confessionApplies ? '如实供述自己的罪行，成立坦白，可以从轻处罚' : '未认定坦白',
    ['crimlaw-a67-p3', 'sent2021-3-7'], { available: !surrenderApplies })

  const courtApplies = !surrenderApplies && !confessionApplies && m.courtConfession === true
  const court = make('courtConfession', { min: -valueOf('sent2021-3-8', 'courtConfessionMax'), max: 0 }, courtApplies,
    surrenderApplies || confessionApplies ? '已认定自首或坦白，当庭认罪不另行评价' : courtApplies ? '当庭自愿认罪' : '未认定当庭自愿认罪',
    ['sent2021-3-8'], { available: !surrenderApplies && !confessionApplies })

  const restitutionApplies = m.restitution != null && m.restitution > 0
  const restitution = make('restitution', { min: -valueOf('sent2021-3-10', 'restitutionMax'), max: 0 }, restitutionApplies,
    restitutionApplies ? `退赃退赔 ${m.restitution} 元` : '未载退赃退赔', ['sent2021-3-10'])

  const forgivenessApplies = m.victimForgiveness === true
  const forgivenessMax = restitutionApplies ? valueOf('sent2021-3-11', 'compensatedForgivenMax') : valueOf('sent2021-3-11', 'forgivenOnlyMax')
  const forgiveness = make('forgiveness', { min: -forgivenessMax, max: 0 }, forgivenessApplies,
    forgivenessApplies ? (restitutionApplies ? '积极赔偿并取得谅解（与退赃退赔合并评价）' : '未赔偿但取得谅解') : '未载取得谅解', ['sent2021-3-11'])

  const role = m.role
  const accessoryRange = { min: -valueOf('sent2021-3-5', 'accessoryMax'), max: -valueOf('sent2021-3-5', 'accessoryMin') }
  const accessory = make('accessory', accessoryRange, role === 'accessory',
    role === 'accessory' ? '在共同犯罪中起次要或者辅助作用，系从犯，应当从轻、减轻处罚或者免除处罚' : role === 'coerced' ? '已认定为胁从犯' : '未认定从犯',
    ['crimlaw-a27', 'sent2021-3-5'], { available: role !== 'coerced', mandatory: true })

  // 胁从犯 (刑法第二十八条: 应当按照他的犯罪情节减轻处罚或者免除处罚). No percentage in the library for 胁从犯:
  // the range borrows the 从犯 row's “犯罪较轻的，减少基准刑的50%以上或者依法免除处罚”, default at its least reduction.
  const coercedMin = valueOf('sent2021-3-5', 'minorCrimeMin')
  const coerced = make('coerced', { min: -100, max: -coercedMin }, role === 'coerced',
    role === 'coerced' ? '系胁从犯，应当减轻或者免除处罚（比例借用从犯“犯罪较轻”一档，量刑指导意见无胁从犯的单独比例）' : '未认定胁从犯',
    ['sent2021-3-5'], { available: role !== 'accessory', mandatory: true, defaultPercent: -coercedMin })

  const minorRange = { min: -valueOf('sent2021-3-1', 'age16to18Max'), max: -valueOf('sent2021-3-1', 'age16to18Min') }
  const minor = make('minor', minorRange, isMinor,
    isMinor ? `行为时 ${age} 周岁，不满十八周岁，应当从轻或者减轻处罚` : age == null ? '行为时年龄不详' : `行为时 ${age} 周岁，已成年`,
    in2025 ? ['crimlaw-a17-p4', 'sent2021-3-1', 'opinion2025-11'] : ['crimlaw-a17-p4', 'sent2021-3-1'], { available: !(age != null && !isMinor), mandatory: true })

  const elderly = make('elderly', { min: -valueOf('sent2021-3-2', 'intentionalMax'), max: 0 }, isElderly,
    isElderly ? `行为时 ${age} 周岁，已满七十五周岁故意犯罪，可以从轻或者减轻处罚` : '未满七十五周岁或年龄不详',
    ['crimlaw-a17-1', 'sent2021-3-2'], { available: !(age != null && !isElderly) })

  const ms = m.meritoriousService
  const meritRange = ms === 'major'
    ? { min: -valueOf('sent2021-3-9', 'majorMax'), max: -valueOf('sent2021-3-9', 'majorMin') }
    : { min: -valueOf('sent2021-3-9', 'ordinaryMax'), max: 0 }
  const meritorious = make('meritorious', meritRange, ms === 'ordinary' || ms === 'major',
    ms === 'major' ? '有重大立功表现，可以减轻或者免除处罚' : ms === 'ordinary' ? '有立功表现，可以从轻或者减轻处罚' : '未认定立功',
    ['crimlaw-a68', 'sent2021-3-9'])

  const recidivistApplies = d.history.recidivist === true && !isMinor
  const recidivist = make('recidivist', { min: valueOf('sent2021-3-15', 'recidivistMin'), max: valueOf('sent2021-3-15', 'recidivistMax') }, recidivistApplies,
    recidivistApplies ? `累犯，应当从重处罚，增加基准刑，一般不少于 ${valueOf('sent2021-3-15', 'recidivistMinMonths')} 个月；不得适用缓刑` : d.history.recidivist === true ? '不满十八周岁的人犯罪不成立累犯' : '未认定累犯',
    ['crimlaw-a65', 'sent2021-3-15', 'crimlaw-a74'], { available: !isMinor, mandatory: true })

  const priorApplies = d.history.priorCriminalRecord === true && !recidivistApplies
  const priorRecord = make('priorRecord', { min: 0, max: valueOf('sent2021-3-16', 'priorRecordMax') }, priorApplies,
    recidivistApplies ? '前罪已在累犯中评价，不另计前科' : priorApplies ? '有前科，可以从重处罚' : '未载前科',
    ['sent2021-3-16'], { available: !recidivistApplies })

  // 2025 帮信意见 第9条 从严
  const strictHits: string[] = []
  for (const s of STRICT_ITEMS) if (pol[s.key] === true) strictHits.push(`第9条${s.item}${s.text}`)
  if (d.industryInsider === true) strictHits.push('第9条（3）电信、金融、互联网等行业从业人员利用职业便利')
  if (d.knowledge.indicators?.includes('dedicatedTool')) strictHits.push('第9条（5）提供专门或者主要用于信息网络犯罪活动的技术、软件、设备')
  const strictNotes: string[] = []
  if (d.history.adminPenaltyWithin2Years === true) {
    if (input.seriousBasis.includes('interp2019-12-1-5')) strictNotes.push('二年内受过行政处罚已作为入罪情节，不重复评价')
    else if (input.charge === 'art287-2') strictNotes.push('二年内受过行政处罚已提高量刑起点，不重复评价')
    else strictHits.push('第9条（7）二年内曾受过相关行政处罚')
  }
  if (pol.priorConvictionWithin5Years === true) {
    if (priorApplies || recidivistApplies) strictNotes.push('五年内曾被判决有罪已在累犯或前科中评价，不重复评价')
    else strictHits.push('第9条（8）五年内曾被判决有罪或者作相对不起诉')
  }
  const strictRange = { min: 0, max: valueOf('sent2024-jiangxi', 'strictMax') }
  const notInTime = `适用法律日期 ${input.asOf} 早于《帮信意见（2025）》发布，其第9条、第10条不适用（两高《关于适用刑事司法解释时间效力问题的规定》）`
  const strictPolicy = make('strictPolicy', strictRange, in2025 && strictHits.length > 0,
    !in2025 ? notInTime : (strictHits.length > 0 ? `具有帮信意见从严情节：${strictHits.join('；')}；依法从严惩处（调节上限借用江西实施细则转述的“从重20%以下”，未经核实）` : '未载帮信意见第9条从严情节') +
      (strictNotes.length > 0 ? `（${strictNotes.join('；')}）` : ''),
    in2025 ? ['opinion2025-9', 'sent2024-jiangxi'] : ['temporal2001-1'], { available: in2025 })

  // 2025 帮信意见 第10条 从宽 (第（3）项 认罪认罚 is evaluated as 认罪认罚)
  const lenientHits: string[] = []
  for (const s of LENIENT_ITEMS) if (pol[s.key] === true) lenientHits.push(`第10条${s.item}${s.text}`)
  const lenientPolicy = make('lenientPolicy', { min: -calibration.assumptions.lenientPolicyMax, max: 0 }, in2025 && lenientHits.length > 0,
    !in2025 ? notInTime : lenientHits.length > 0 ? `具有帮信意见从宽情节：${lenientHits.join('；')}；可以依法从宽处罚（全国文本未规定比例，本应用设定 ${calibration.assumptions.lenientPolicyMax}% 以下，属标明的假设）` : '未载帮信意见第10条从宽情节（认罪认罚另行评价）',
    in2025 ? ['opinion2025-10'] : ['temporal2001-1'], { available: in2025 })

  // 认罪认罚: the cap depends on the co-existing factors (computed after overrides in rangesWithOverrides)
  const pleaApplies = m.pleaAgreement === true
  const plea = make('plea', { min: -valueOf('sent2021-3-14', 'pleaMax'), max: 0 }, pleaApplies,
    pleaApplies ? '自愿如实供述、承认指控的犯罪事实、愿意接受处罚，可以依法从宽处理' : '未载认罪认罚',
    in2025 ? ['cpl-15', 'plea2019-9', 'sent2021-3-14', 'opinion2025-10'] : ['cpl-15', 'plea2019-9', 'sent2021-3-14'])

  return { surrender, confession, courtConfession: court, plea, restitution, accessory, coerced, minor, elderly, forgiveness, meritorious, recidivist, priorRecord, strictPolicy, lenientPolicy }
}

const clamp = (v: number, r: { min: number; max: number }): number => Math.min(r.max, Math.max(r.min, v))

/** Is the factor in play: established on the facts, or set by the user where the law allows it. */
function active(r: FactorRange, overrides: SentencingInput['overrides']): boolean {
  const o = overrides[r.factor]
  if (o !== undefined && r.available) return true
  return r.applies
}

/**
 * Each factor's legal range for this defendant, after the interactions that change a range:
 * 认罪认罚 up to 60% when 自首 / 退赃退赔 / 谅解 co-exist (量刑指导意见 三（十四）). The UI builds its sliders from it.
 */
export function adjustmentRanges(input: SentencingInput): FactorRange[] {
  const base = baseRanges(input)
  const ov = input.overrides
  const enhancing = (['surrender', 'restitution', 'forgiveness'] as const).filter((f) => active(base[f], ov))
  if (enhancing.length > 0) {
    const max = valueOf('sent2021-3-14', 'pleaWithOthersMax')
    base.plea = {
      ...base.plea,
      range: { min: -max, max: 0 },
      defaultNote: `认罪认罚本身取单独认罪认罚幅度（${-base.plea.range.min}%以下）的中值`,
      why: base.plea.why + `；同时具有${enhancing.map((f) => FACTOR_LABELS[f]).join('、')}，认罪认罚从宽幅度可至 ${max}%，且与其不作重复评价`
    }
  }
  return SENTENCING_FACTORS.map((f) => base[f])
}

export interface ResolvedAdjustments {
  adjustments: SentencingAdjustment[]
  /** factors that the facts or the user leave out, with the reason (for the trace) */
  notes: string[]
}

/** The adjustments in play, with overrides clamped and the no-double-counting rules applied. */
export function resolveAdjustments(input: SentencingInput): ResolvedAdjustments {
  const ranges = adjustmentRanges(input)
  const byFactor = new Map(ranges.map((r) => [r.factor, r]))
  const ov = input.overrides
  const notes: string[] = []
  const values = new Map<SentencingFactor, { percent: number; overridden: boolean; why: string }>()
  /** factors evaluated together with another one: listed once, under the one that absorbs them (never at 0%) */
  const merged = new Map<SentencingFactor, SentencingFactor[]>()

  for (const r of ranges) {
    const o = ov[r.factor]
    if (o !== undefined && !r.available) {
      notes.push(`${r.label}：用户设定的 ${o}% 未采用（${r.why}）`)
      continue
    }
    if (!active(r, ov)) continue
    if (o !== undefined) {
      const v = clamp(o, r.range)
      const clampNote = v !== o ? `；设定值 ${o}% 超出法定幅度 ${fmtRange(r.range)}，按 ${v}% 计` : ''
      values.set(r.factor, { percent: v, overridden: true, why: `${r.applies ? r.why : '假设成立（用户设定）'}；幅度 ${fmtRange(r.range)}，用户设定 ${v}%${clampNote}` })
    } else {
      values.set(r.factor, { percent: r.defaultPercent, overridden: false, why: `${r.why}；幅度 ${fmtRange(r.range)}，${r.defaultNote} ${r.defaultPercent}%` })
    }
  }

  // 赔偿并取得谅解: restitution and forgiveness are one evaluation (量刑指导意见 三（十一）)
  const rest = values.get('restitution')
  const forg = values.get('forgiveness')
  const forgRange = byFactor.get('forgiveness')?.range
  if (rest && forg && forgRange) {
    const combined = forg.overridden ? forg.percent : clamp(forg.percent + rest.percent, forgRange)
    values.set('forgiveness', { ...forg, percent: combined, why: `${forg.why}；${rest.why}，与谅解合并评价为 ${combined}%（不重复计算）` })
    values.delete('restitution')
    merged.set('forgiveness', [...(merged.get('forgiveness') ?? []), 'restitution'])
  }

  // 认罪认罚 absorbs 自首、坦白、当庭认罪、退赃退赔、谅解 (量刑指导意见 三（十四）; 认罪认罚指导意见 第9条)
  const plea = values.get('plea')
  const pleaRange = byFactor.get('plea')?.range
  if (plea && pleaRange) {
    const absorbed = ABSORBED_BY_PLEA.filter((f) => values.has(f))
    if (absorbed.length > 0) {
      const sum = absorbed.reduce((s, f) => s + (values.get(f)?.percent ?? 0), 0)
      const combined = plea.overridden ? plea.percent : clamp(plea.percent + sum, pleaRange)
      const absorbedWhy = absorbed.map((f) => `${FACTOR_LABELS[f]}：${values.get(f)?.why ?? ''}`).join('；')
      values.set('plea', { ...plea, percent: combined, why: `${plea.why}；与${absorbed.map((f) => FACTOR_LABELS[f]).join('、')}合并评价为 ${combined}%（上限 ${-pleaRange.min}%，不作重复评价）。${absorbedWhy}` })
      for (const f of absorbed) {
        values.delete(f)
        merged.set('plea', [...(merged.get('plea') ?? []), f, ...(merged.get(f) ?? [])])
      }
    }
  }

  const adjustments: SentencingAdjustment[] = []
  // order of application: the multiplicative (role and age) first, then the additive ones
  const order = [...SENTENCING_FACTORS].sort((a, b) => Number(!MULTIPLICATIVE.has(a)) - Number(!MULTIPLICATIVE.has(b)))
  for (const f of order) {
    const v = values.get(f)
    const r = byFactor.get(f)
    if (!v || !r) continue
    const with_ = merged.get(f) ?? []
    const label = with_.length > 0 ? `${r.label}（与${with_.map((x) => FACTOR_LABELS[x]).join('、')}合并评价）` : r.label
    const citations = [...new Set([...r.citations, ...with_.flatMap((x) => byFactor.get(x)?.citations ?? [])])]
    adjustments.push({ factor: f, label, percent: v.percent, range: r.range, mode: r.mode, overridden: v.overridden, why: v.why + markOf(citations), citations })
  }
  return { adjustments, notes }
}

export interface AppliedAdjustments {
  /** after the multiplicative factors */
  afterRoleAndAge: number
  /** months added (negative: removed) by the additive factors */
  additiveMonths: number
  /** the adjusted point estimate, months (≥ 0) */
  pointMonths: number
}

/**
 * 量刑指导意见 二 (sent2021-method): role and age factors multiply the base sentence first; the others are then
 * added up (同向相加、逆向相减) as percentages of that result. 累犯 adds at least 3 months.
 */
export function applyAdjustments(baseMonths: number, adjustments: readonly SentencingAdjustment[]): AppliedAdjustments {
  let afterRoleAndAge = baseMonths
  for (const a of adjustments) if (a.mode === 'multiplicative') afterRoleAndAge *= 1 + a.percent / 100
  let additiveMonths = 0
  for (const a of adjustments) {
    if (a.mode !== 'additive') continue
    let months = (afterRoleAndAge * a.percent) / 100
    if (a.factor === 'recidivist') months = Math.max(months, valueOf('sent2021-3-15', 'recidivistMinMonths'))
    additiveMonths += months
  }
  return { afterRoleAndAge, additiveMonths, pointMonths: Math.max(0, afterRoleAndAge + additiveMonths) }
}
