// Each factor's legal range, what triggers it, overrides and clamps, the no-double-counting rules and the order of
// application (量刑指导意见 二、三; 认罪认罚指导意见 第9条). Ranges are compared with the law library, not literals.
import { describe, expect, it } from 'vitest'
import type { SentencingAdjustment, SentencingInput, StatutoryRange } from '../../core/analysis/types'
import type { Defendant, SentencingFactor } from '../../core/matter/schema'
import { SENTENCING_FACTORS, emptyDefendant } from '../../core/matter/schema'
import { valueOf } from '../../core/law'
import { adjustmentRanges, applyAdjustments, resolveAdjustments } from '../../core/sentencing'
import type { FactorRange } from '../../core/sentencing'

const RANGE: StatutoryRange = { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑或者拘役，并处或者单处罚金', citations: ['crimlaw-a287-2-p1'] }

function person(edit: (d: Defendant) => void = () => {}): Defendant {
  const d = emptyDefendant('d1', '测试被告人')
  d.amounts.illegalGain = 20000
  edit(d)
  return d
}
const input = (d: Defendant, extra: Partial<SentencingInput> = {}): SentencingInput => ({
  defendant: d, charge: 'art287-2', statutoryRange: RANGE, seriousBasis: ['interp2019-12-1-4'], asOf: '2025-09-01', ageAtAct: 30, overrides: {}, ...extra
})
const rangeOf = (inp: SentencingInput, f: SentencingFactor): FactorRange => {
  const r = adjustmentRanges(inp).find((x) => x.factor === f)
  if (!r) throw new Error(`no range for ${f}`)
  return r
}
const adj = (inp: SentencingInput, f: SentencingFactor): SentencingAdjustment | undefined => resolveAdjustments(inp).adjustments.find((a) => a.factor === f)

describe('each factor: legal range from the law library, trigger on the facts', () => {
  const cases: { factor: SentencingFactor; edit: (d: Defendant) => void; age?: number; min: number; max: number; mode: 'multiplicative' | 'additive' }[] = [
    { factor: 'surrender', edit: (d) => { d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true }, min: -valueOf('sent2021-3-6', 'surrenderMax'), max: 0, mode: 'additive' },
    { factor: 'confession', edit: (d) => { d.mitigation.truthfulConfession = true }, min: -valueOf('sent2021-3-7', 'confessionMax'), max: 0, mode: 'additive' },
    { factor: 'courtConfession', edit: (d) => { d.mitigation.courtConfession = true }, min: -valueOf('sent2021-3-8', 'courtConfessionMax'), max: 0, mode: 'additive' },
    { factor: 'plea', edit: (d) => { d.mitigation.pleaAgreement = true }, min: -valueOf('sent2021-3-14', 'pleaMax'), max: 0, mode: 'additive' },
    { factor: 'restitution', edit: (d) => { d.mitigation.restitution = 5000 }, min: -valueOf('sent2021-3-10', 'restitutionMax'), max: 0, mode: 'additive' },
    { factor: 'forgiveness', edit: (d) => { d.mitigation.victimForgiveness = true }, min: -valueOf('sent2021-3-11', 'forgivenOnlyMax'), max: 0, mode: 'additive' },
    { factor: 'accessory', edit: (d) => { d.mitigation.role = 'accessory' }, min: -valueOf('sent2021-3-5', 'accessoryMax'), max: -valueOf('sent2021-3-5', 'accessoryMin'), mode: 'multiplicative' },
    { factor: 'coerced', edit: (d) => { d.mitigation.role = 'coerced' }, min: -100, max: -valueOf('sent2021-3-5', 'minorCrimeMin'), mode: 'multiplicative' },
    { factor: 'minor', edit: () => {}, age: 17, min: -valueOf('sent2021-3-1', 'age16to18Max'), max: -valueOf('sent2021-3-1', 'age16to18Min'), mode: 'multiplicative' },
    { factor: 'elderly', edit: () => {}, age: 76, min: -valueOf('sent2021-3-2', 'intentionalMax'), max: 0, mode: 'multiplicative' },
    { factor: 'meritorious', edit: (d) => { d.mitigation.meritoriousService = 'ordinary' }, min: -valueOf('sent2021-3-9', 'ordinaryMax'), max: 0, mode: 'additive' },
    { factor: 'recidivist', edit: (d) => { d.history.recidivist = true }, min: valueOf('sent2021-3-15', 'recidivistMin'), max: valueOf('sent2021-3-15', 'recidivistMax'), mode: 'additive' },
    { factor: 'priorRecord', edit: (d) => { d.history.priorCriminalRecord = true }, min: 0, max: valueOf('sent2021-3-16', 'priorRecordMax'), mode: 'additive' },
    { factor: 'strictPolicy', edit: (d) => { d.policyFactors = { crossBorder: true } }, min: 0, max: valueOf('sent2024-jiangxi', 'strictMax'), mode: 'additive' },
    { factor: 'lenientPolicy', edit: (d) => { d.policyFactors = { lured: true } }, min: -20, max: 0, mode: 'additive' }
  ]

  it('covers every factor of the schema', () => {
    expect(new Set(cases.map((c) => c.factor))).toEqual(new Set(SENTENCING_FACTORS))
  })

  for (const c of cases) {
    it(`${c.factor}: range ${c.min}..${c.max}, applied at a value inside it, with citations`, () => {
      const inp = input(person(c.edit), { ageAtAct: c.age ?? 30 })
      const r = rangeOf(inp, c.factor)
      expect(r.range).toEqual({ min: c.min, max: c.max })
      expect(r.mode).toBe(c.mode)
      expect(r.applies).toBe(true)
      const a = adj(inp, c.factor)
      expect(a, c.factor).toBeDefined()
      expect(a?.percent).toBeGreaterThanOrEqual(c.min)
      expect(a?.percent).toBeLessThanOrEqual(c.max)
      expect(a?.citations.length).toBeGreaterThan(0)
      // without the triggering fact the factor is not applied
      const plain = input(person(), { ageAtAct: 30 })
      expect(adj(plain, c.factor)).toBeUndefined()
    })
  }

  it('major meritorious service has the 20%–50% range', () => {
    const r = rangeOf(input(person((d) => { d.mitigation.meritoriousService = 'major' })), 'meritorious')
    expect(r.range).toEqual({ min: -valueOf('sent2021-3-9', 'majorMax'), max: -valueOf('sent2021-3-9', 'majorMin') })
  })

  it('自动投案 without 如实供述 is not 自首', () => {
    const inp = input(person((d) => { d.mitigation.surrendered = true; d.mitigation.truthfulConfession = false }))
    expect(adj(inp, 'surrender')).toBeUndefined()
  })

  it('age: a known adult cannot get the minor reduction, even by override; a minor cannot be a recidivist', () => {
    const adult = input(person(), { ageAtAct: 25, overrides: { minor: -40 } })
    expect(rangeOf(adult, 'minor').available).toBe(false)
    expect(adj(adult, 'minor')).toBeUndefined()
    expect(resolveAdjustments(adult).notes.join('')).toContain('未成年人犯罪')
    const minorRecid = input(person((d) => { d.history.recidivist = true }), { ageAtAct: 17 })
    expect(adj(minorRecid, 'recidivist')).toBeUndefined()
    expect(adj(minorRecid, 'minor')).toBeDefined()
  })

  it('前科 is not counted again when 累犯 applies', () => {
    const inp = input(person((d) => { d.history.recidivist = true; d.history.priorCriminalRecord = true }))
    expect(adj(inp, 'recidivist')).toBeDefined()
    expect(adj(inp, 'priorRecord')).toBeUndefined()
  })

  it('2025 意见第9条: an industry insider is 从严; an administrative penalty already used as the 入罪 ground is not counted again', () => {
    expect(adj(input(person((d) => { d.industryInsider = true })), 'strictPolicy')?.percent).toBeGreaterThan(0)
    const admin = input(person((d) => { d.history.adminPenaltyWithin2Years = true }), { seriousBasis: ['interp2019-12-1-5'] })
    expect(adj(admin, 'strictPolicy')).toBeUndefined()
    expect(rangeOf(admin, 'strictPolicy').why).toContain('不重复评价')
  })
})

describe('what-if overrides', () => {
  it('an override inside the range is used as given and marked overridden', () => {
    const inp = input(person((d) => { d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true }), { overrides: { surrender: -35 } })
    expect(adj(inp, 'surrender')).toMatchObject({ percent: -35, overridden: true })
  })

  it('an override outside the legal range is clamped to it', () => {
    const inp = input(person((d) => { d.mitigation.role = 'accessory' }), { overrides: { accessory: -90 } })
    expect(adj(inp, 'accessory')?.percent).toBe(-valueOf('sent2021-3-5', 'accessoryMax'))
    const zero = input(person((d) => { d.mitigation.role = 'accessory' }), { overrides: { accessory: 0 } })
    // 从犯 is mandatory: at least the minimum reduction
    expect(adj(zero, 'accessory')?.percent).toBe(-valueOf('sent2021-3-5', 'accessoryMin'))
    const up = input(person((d) => { d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true }), { overrides: { surrender: 25 } })
    expect(adj(up, 'surrender')?.percent).toBe(0)
  })

  it('a factor not on the facts can be set as a hypothesis within its range', () => {
    const inp = input(person(), { overrides: { restitution: -20 } })
    const a = adj(inp, 'restitution')
    expect(a).toMatchObject({ percent: -20, overridden: true })
    expect(a?.why).toContain('假设')
  })

  it('adjustmentRanges lists every factor once', () => {
    const r = adjustmentRanges(input(person()))
    expect(r.map((x) => x.factor).sort()).toEqual([...SENTENCING_FACTORS].sort())
    for (const x of r) expect(x.range.min).toBeLessThanOrEqual(x.range.max)
  })
})

describe('no double counting', () => {
  it('自首 absorbs 坦白 and 当庭认罪', () => {
    const inp = input(person((d) => { d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true; d.mitigation.courtConfession = true }))
    expect(adj(inp, 'surrender')).toBeDefined()
    expect(adj(inp, 'confession')).toBeUndefined()
    expect(adj(inp, 'courtConfession')).toBeUndefined()
    expect(rangeOf(inp, 'confession').available).toBe(false)
  })

  it('认罪认罚 with 自首: one combined evaluation within 60%; 自首 is never shown as 0%', () => {
    const inp = input(person((d) => { d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true; d.mitigation.pleaAgreement = true }))
    const plea = adj(inp, 'plea')
    const sur = adj(inp, 'surrender')
    expect(rangeOf(inp, 'plea').range.min).toBe(-valueOf('sent2021-3-14', 'pleaWithOthersMax'))
    // 自首 is evaluated inside 认罪认罚, named in its label, not listed on its own at 0%
    expect(sur).toBeUndefined()
    expect(plea?.label).toContain('自首')
    expect(plea?.why).toContain('不作重复评价')
    expect(plea?.citations).toContain('crimlaw-a67-p1')
    expect(resolveAdjustments(inp).adjustments.some((a) => a.percent === 0)).toBe(false)
    expect(plea?.percent).toBeLessThan(0)
    expect(plea?.percent).toBeGreaterThanOrEqual(-valueOf('sent2021-3-14', 'pleaWithOthersMax'))
    // the combined value is more than 认罪认罚 alone, less than the two added without the rule could exceed
    const alone = adj(input(person((d) => { d.mitigation.pleaAgreement = true })), 'plea')
    expect(plea?.percent ?? 0).toBeLessThan(alone?.percent ?? 0)
  })

  it('认罪认罚 with every absorbed factor at its maximum stays within the 60% cap', () => {
    const inp = input(
      person((d) => { d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true; d.mitigation.pleaAgreement = true; d.mitigation.restitution = 20000; d.mitigation.victimForgiveness = true }),
      { overrides: { surrender: -40, restitution: -30, forgiveness: -40 } }
    )
    const total = resolveAdjustments(inp).adjustments.filter((a) => ['plea', 'surrender', 'confession', 'courtConfession', 'restitution', 'forgiveness'].includes(a.factor)).reduce((s, a) => s + a.percent, 0)
    expect(total).toBe(-valueOf('sent2021-3-14', 'pleaWithOthersMax'))
  })

  it('认罪认罚 alone stays within 30% even when the user asks for more', () => {
    const inp = input(person((d) => { d.mitigation.pleaAgreement = true }), { overrides: { plea: -50 } })
    expect(adj(inp, 'plea')?.percent).toBe(-valueOf('sent2021-3-14', 'pleaMax'))
  })

  it('退赃退赔 and 谅解 form one evaluation (积极赔偿并取得谅解, up to 40%)', () => {
    const inp = input(person((d) => { d.mitigation.restitution = 20000; d.mitigation.victimForgiveness = true }))
    expect(rangeOf(inp, 'forgiveness').range.min).toBe(-valueOf('sent2021-3-11', 'compensatedForgivenMax'))
    expect(adj(inp, 'restitution')).toBeUndefined()
    expect(adj(inp, 'forgiveness')?.label).toContain('退赃退赔')
    expect(adj(inp, 'forgiveness')?.percent).toBeGreaterThanOrEqual(-valueOf('sent2021-3-11', 'compensatedForgivenMax'))
  })
})

describe('order of application (量刑指导意见 二)', () => {
  const mk = (factor: SentencingFactor, percent: number, mode: 'multiplicative' | 'additive'): SentencingAdjustment => ({ factor, label: factor, percent, range: { min: -100, max: 100 }, mode, overridden: false, why: '', citations: [] })

  it('role and age multiply first; the others add up as percentages of that result', () => {
    const r = applyAdjustments(10, [mk('accessory', -50, 'multiplicative'), mk('minor', -20, 'multiplicative'), mk('surrender', -40, 'additive'), mk('priorRecord', 10, 'additive')])
    expect(r.afterRoleAndAge).toBeCloseTo(10 * 0.5 * 0.8)
    expect(r.additiveMonths).toBeCloseTo(4 * (-0.4 + 0.1))
    expect(r.pointMonths).toBeCloseTo(4 * 0.7)
    // all added would give a different (wrong) result
    expect(r.pointMonths).not.toBeCloseTo(10 * (1 - 0.5 - 0.2 - 0.4 + 0.1))
  })

  it('累犯 adds at least the minimum months (一般不少于3个月)', () => {
    const r = applyAdjustments(6, [mk('recidivist', 10, 'additive')])
    expect(r.additiveMonths).toBe(valueOf('sent2021-3-15', 'recidivistMinMonths'))
  })

  it('the result never goes below zero', () => {
    expect(applyAdjustments(5, [mk('coerced', -100, 'multiplicative'), mk('surrender', -40, 'additive')]).pointMonths).toBe(0)
  })

  it('resolveAdjustments lists multiplicative factors before additive ones', () => {
    const inp = input(person((d) => { d.mitigation.role = 'accessory'; d.mitigation.pleaAgreement = true }), { ageAtAct: 17 })
    const modes = resolveAdjustments(inp).adjustments.map((a) => a.mode)
    expect(modes.indexOf('additive')).toBeGreaterThan(modes.lastIndexOf('multiplicative'))
  })
})

describe('verification marks', () => {
  it('an adjustment resting on an UNVERIFIED clause says so; one on PARTLY clauses says so too', () => {
    const recid = adj(input(person((d) => { d.history.recidivist = true })), 'recidivist')
    expect(recid?.why).toContain('依据未经核实')
    const acc = adj(input(person((d) => { d.mitigation.role = 'accessory' })), 'accessory')
    expect(acc?.why).toMatch(/依据(部分核实|未经核实)/)
  })
})
