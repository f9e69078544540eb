// Pieces the ground modules share: measuring an amount or count against a threshold, the gate of 第十二条第一款
// (the helped conduct must be a crime), what counts as 支付结算 under a regime, and the amounts as they count.
import { clause } from '../../law'
import type { Defendant } from '../../matter/schema'
import type { Status, ThresholdMeasure } from '../../analysis/types'
import type { GroundResult } from './define'
import { settlementConduct, suppliedCards, suppliedPaymentCards } from '../facts'
import { yuan } from '../format'
import type { Regime } from '../regimes'

type Mode = 'atLeast' | 'above'

function fmtQ(unit: 'yuan' | 'count', n: number, unitLabel: string): string {
  return unit === 'yuan' ? yuan(n) : `${n} ${unitLabel}`
}

export function measure(
  groundId: string, quantity: string, unit: 'yuan' | 'count', value: number | null, threshold: number,
  citations: string[], mode: Mode = 'atLeast', unitLabel = '张'
): ThresholdMeasure {
  const t = fmtQ(unit, threshold, unitLabel)
  const std = mode === 'above' ? `超过 ${t}` : `${t}以上`
  if (value === null) {
    return { groundId, quantity, unit, value, threshold, gap: null, reached: null, text: `${quantity}未查明（标准：${std}）`, citations }
  }
  const gap = Math.round((threshold - value) * 100) / 100
  const reached = mode === 'above' ? value > threshold : value >= threshold
  let text: string
  const v = fmtQ(unit, value, unitLabel)
  if (reached) {
    text = mode === 'above' ? `${quantity} ${v}，已超过 ${t} 标准` : `${quantity} ${v}，已达 ${t} 标准（“以上”包括本数）`
  } else if (gap === 0) {
    text = `${quantity} ${v}，恰为 ${t}，标准要求“超过”，未达到`
  } else {
    text = `${quantity} ${v}，距 ${t} 标准差 ${fmtQ(unit, gap, unitLabel)}`
  }
  return { groundId, quantity, unit, value, threshold, gap, reached, text, citations }
}

export const statusOf = (m: ThresholdMeasure): Status => (m.reached === null ? 'undetermined' : m.reached ? 'met' : 'notMet')

/** Two conditions that must both hold. */
export const both = (a: Status, b: Status): Status => (a === 'met' && b === 'met' ? 'met' : a === 'notMet' || b === 'notMet' ? 'notMet' : 'undetermined')

const labelCache = new Map<string, string>()
function groundLabel(id: string): string {
  let l = labelCache.get(id)
  if (l === undefined) {
    l = clause(id).text.replace(/[；。]$/, '')
    labelCache.set(id, l)
  }
  return l
}

export function ground(
  id: string, regime: Regime, status: Status, why: string, measures: ThresholdMeasure[], citations: string[]
): GroundResult {
  return { id, regimeId: regime.id, label: groundLabel(id), status, why, measures, citations }
}

/** The 第一款 grounds (and the card grounds hooked on 第（七）项) require the helped conduct to be a crime. */
function helpedGate(d: Defendant): { blocked: boolean; why: string } {
  const ce = d.helped.crimeEstablished
  if (ce === 'no') return { blocked: true, why: '被帮助对象的行为不构成犯罪，第十二条第一款各项均不适用' }
  if (ce === 'unprovable') {
    return { blocked: true, why: '确因客观条件限制无法查证被帮助对象是否达到犯罪程度，第一款各项不适用，只能依第二款（五倍规则/特别严重后果）认定' }
  }
  return { blocked: false, why: '' }
}

export function gated(id: string, regime: Regime, d: Defendant, measures: ThresholdMeasure[], status: Status, why: string, cites: string[]): GroundResult {
  const g = helpedGate(d)
  if (g.blocked) return ground(id, regime, 'notMet', g.why, measures, [...cites, 'interp2019-12-2'])
  return ground(id, regime, status, why, measures, cites)
}

/** 支付结算 conduct as it counts for 第（二）项 under a regime (断卡纪要第四条 applies from r2022). */
export function settlementCounts(d: Defendant, regime: Regime): { counts: boolean | null; why: string; cites: string[] } {
  const sc = settlementConduct(d)
  const cards = suppliedCards(d)
  if (sc === true) return { counts: true, why: '有代收代付、代为转账取现或刷脸等支付结算行为', cites: [] }
  if (regime.settlementRestricted) {
    if (sc === false) {
      return {
        counts: false,
        why: cards ? '仅出租、出售卡/账户，未代为转账、套现、取现或刷脸，依《断卡纪要》第四条不宜认定为“支付结算”' : '未实施支付结算行为',
        cites: cards ? ['minutes2022-4'] : []
      }
    }
    return { counts: null, why: '是否代为转账、套现、取现或刷脸未查明（《断卡纪要》第四条）', cites: ['minutes2022-4'] }
  }
  if (sc === false && cards === false) return { counts: false, why: '未实施支付结算行为', cites: [] }
  return { counts: true, why: cards ? '提供卡/账户用于资金结算（《断卡纪要》之前的认定口径）' : '支付结算行为', cites: [] }
}

export interface CountedAmount {
  value: number | null
  /** what the value is, said in the measure (with the route when it is a lower bound) */
  quantity: string
}

/**
 * The one-way inflow into the cards/accounts the defendant supplied. Where the inflow is not stated, or is stated
 * below it, the fraud funds verified as paid into those accounts are a lower bound of it (the verified-funds
 * floor): money verified as having entered the accounts cannot exceed what entered them.
 */
export function inflowValue(d: Defendant): CountedAmount {
  const inflow = d.amounts.oneWayInflow
  const verified = d.amounts.verifiedFraudFunds
  const floorApplies = verified !== null && verified > 0 && suppliedPaymentCards(d) !== false
  if (inflow === null) {
    if (floorApplies) return { value: verified, quantity: '单向流入资金（未载，以流入的经查证涉诈资金计，为下限）' }
    return { value: null, quantity: '单向流入资金' }
  }
  if (floorApplies && verified > inflow) return { value: verified, quantity: '单向流入资金（所载少于流入的经查证涉诈资金，以后者计，为下限）' }
  return { value: inflow, quantity: '单向流入资金' }
}

const SETTLE_TITLE = '支付结算金额'

/**
 * The 支付结算 amount: the stated amount; where none is stated but the defendant supplied cards/accounts whose
 * inflow is known (or bounded below by the verified-funds floor), the inflow is a lower bound of the funds
 * settled through them.
 */
export function settlementValue(d: Defendant): CountedAmount {
  if (d.amounts.paymentSettlement !== null) return { value: d.amounts.paymentSettlement, quantity: SETTLE_TITLE }
  if (suppliedCards(d) === true) {
    const inflow = inflowValue(d)
    if (inflow.value !== null) {
      const route = d.amounts.oneWayInflow === null ? '以流入的经查证涉诈资金计' : '以卡/账户流入资金计'
      return { value: inflow.value, quantity: `${SETTLE_TITLE}（未载，${route}，为下限）` }
    }
  }
  return { value: null, quantity: SETTLE_TITLE }
}
