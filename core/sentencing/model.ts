// The base sentence (基准刑) of 帮信罪 in the form of the Jiangxi 实施细则 (sent2024-jiangxi, UNVERIFIED local lead):
// a starting point inside 拘役–6个月 (ordinary) or 6个月–1年 (heavier), plus months for the amounts and the number of
// helped objects. The numbers of the form (the starting point inside the range and the months per unit) are
// calibrated on published judgments (calibration.json); only the step sizes come from the lead.
import type { SentencingInput } from '../analysis/types'
import type { Defendant } from '../matter/schema'
import { valueOf } from '../law'
import type { ModelParams } from './calibration'

const JX = 'sent2024-jiangxi'

export interface SeverityPart {
  /** Chinese name of the quantity */
  quantity: string
  field: string
  value: number
  step: number
  units: number
}

/** Severity units: each quantity divided by its Jiangxi step (one step = one month in the lead's linear form). */
export function severity(d: Defendant): { units: number; parts: SeverityPart[] } {
  const parts: SeverityPart[] = []
  const add = (quantity: string, field: string, value: number | null | undefined, step: number): void => {
    if (value == null || value <= 0) return
    parts.push({ quantity, field, value, step, units: value / step })
  }
  add('被帮助对象数', 'helped.objectCount', d.helped.objectCount, valueOf(JX, 'objectStep'))
  // where the settlement amount is not stated, the accounts' inflow stands in for it (same step); verified fraud
  // funds that entered the accounts are a lower bound of that inflow (sources.md §14.1)
  const inflow = d.amounts.oneWayInflow != null || d.amounts.verifiedFraudFunds != null
    ? Math.max(d.amounts.oneWayInflow ?? 0, d.amounts.verifiedFraudFunds ?? 0) : null
  if (d.amounts.paymentSettlement != null) add('支付结算金额', 'amounts.paymentSettlement', d.amounts.paymentSettlement, valueOf(JX, 'settlementStepYuan'))
  else if (inflow != null && d.amounts.oneWayInflow == null) add('经查证涉诈资金（流入资金的下限，代支付结算金额）', 'amounts.verifiedFraudFunds', inflow, valueOf(JX, 'settlementStepYuan'))
  else add('账户流入资金（代支付结算金额）', 'amounts.oneWayInflow', inflow, valueOf(JX, 'settlementStepYuan'))
  add('提供资金（广告推广等）', 'amounts.advertisingFunds', d.amounts.advertisingFunds, valueOf(JX, 'fundsStepYuan'))
  add('违法所得', 'amounts.illegalGain', d.amounts.illegalGain, valueOf(JX, 'gainStepYuan'))
  return { units: parts.reduce((s, p) => s + p.units, 0), parts }
}

/** Grounds that move the starting point into the heavier range (Jiangxi lead: 较重入罪). */
export function heavierStartReasons(input: SentencingInput): string[] {
  const d = input.defendant
  const out: string[] = []
  if (d.helped.consequence === 'serious' || d.helped.consequence === 'especiallySerious') out.push('被帮助对象的犯罪造成严重后果')
  if (d.history.adminPenaltyWithin2Years === true) out.push('二年内曾受相关行政处罚')
  if (input.seriousBasis.includes('minutes2022-inflow')) out.push('单向流入资金三十万元以上且含涉诈资金')
  return out
}

export interface BaseResult {
  startingPointMonths: { min: number; max: number }
  startMonths: number
  increaseMonths: number
  baseMonths: number
  heavier: string[]
  parts: SeverityPart[]
  units: number
}

/** 量刑起点 + 增加刑罚量 = 基准刑 (months, unrounded). */
export function basePoint(params: Pick<ModelParams, 'startOrdinaryMonths' | 'logSlopeMonths'>, input: SentencingInput): BaseResult {
  const heavier = heavierStartReasons(input)
  const ordinary = { min: valueOf(JX, 'ordinaryStartMinMonths'), max: valueOf(JX, 'ordinaryStartMaxMonths') }
  const heavy = { min: valueOf(JX, 'heavierStartMinMonths'), max: valueOf(JX, 'heavierStartMaxMonths') }
  const range = heavier.length > 0 ? heavy : ordinary
  // the calibrated point may lie above the lead's ordinary range (the fit is free within 拘役–1年, see
  // docs/sentencing.md); the heavier range moves it by the gap between the two ranges, within the heavier range
  const start = heavier.length > 0
    ? Math.max(params.startOrdinaryMonths, Math.min(heavy.max, Math.max(heavy.min, params.startOrdinaryMonths + (heavy.min - ordinary.min))))
    : params.startOrdinaryMonths
  const { units, parts } = severity(input.defendant)
  const increaseMonths = params.logSlopeMonths * Math.log1p(units)
  return { startingPointMonths: range, startMonths: start, increaseMonths, baseMonths: start + increaseMonths, heavier, parts, units }
}
