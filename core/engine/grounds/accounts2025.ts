// 2025年《帮信意见》第6条第（1）（2）项 share one shape: a count of accounts and the inflow into them (30万元以上),
// with the drafters' gloss on 第4条 that criminal funds reaching the upstream crime's threshold be verified in it.
import { valueOf } from '../../law'
import type { Defendant } from '../../matter/schema'
import { countCards, type CardFilter } from '../facts'
import { yuan } from '../format'
import type { Regime } from '../regimes'
import type { AmountThreshold, GroundResult, PivotContext, Variation } from './define'
import { both, gated, inflowValue, measure, statusOf } from './common'

export type AccountsId = 'opinion2025-6-1' | 'opinion2025-6-2'

export function accountsGround(id: AccountsId, d: Defendant, regime: Regime, filter: CardFilter, quantity: string): GroundResult {
  const thrAcc = valueOf(id, 'accounts')
  const cc = countCards(d, filter)
  const accValue = cc.uncertain && cc.sure < thrAcc ? null : cc.sure
  const mAcc = measure(id, quantity, 'count', accValue, thrAcc, [id], 'atLeast', '个')
  const inflow = inflowValue(d)
  const mIn = measure(id, inflow.quantity === '单向流入资金' ? '账户流入资金' : inflow.quantity.replace('单向流入资金', '账户流入资金'), 'yuan', inflow.value, valueOf(id, 'inflow'), [id])
  let b = statusOf(mIn)
  let why = `${mAcc.text}；${mIn.text}`
  const cites: string[] = [id]
  // Drafters' gloss on art. 4 (PARTLY): an inflow counts only where criminal funds reaching the upstream crime's
  // threshold are verified in it (for fraud: 数额较大, 2016 意见).
  const verified = d.amounts.verifiedFraudFunds
  if (b === 'met' && verified !== null) {
    const floor = d.helped.crimeType === 'fraud' ? valueOf('fraud2016-2-1', 'amountLarge') : 0
    if (verified < floor || verified === 0) {
      b = 'notMet'
      why += `；流入资金中经查证的犯罪资金${verified === 0 ? '为零' : `仅 ${yuan(verified)}，未达诈骗罪“数额较大” ${yuan(floor)}`}，不宜以流入资金认定情节严重（起草者释义）`
      cites.push('opinion2025-4')
      if (floor > 0) cites.push('fraud2016-2-1')
    }
  } else if (b === 'met') {
    why += '；流入资金中经查证的犯罪资金未载明（起草者释义要求查实其中的犯罪资金达到上游犯罪立案标准）'
    cites.push('opinion2025-4')
  }
  return gated(id, regime, d, [mAcc, mIn], both(statusOf(mAcc), b), why, cites)
}

export function accountsThresholds(id: AccountsId, d: Defendant, ctx: PivotContext): AmountThreshold[] {
  if (!ctx.inPlay.has('r2025') || (d.conduct.cards ?? []).length === 0) return []
  return [{ key: 'oneWayInflow', label: '账户（单向）流入资金', value: valueOf(id, 'inflow'), cites: [id] }]
}

export function verifiedFundsVariations(d: Defendant, ctx: PivotContext): Variation[] {
  if (!ctx.inPlay.has('r2025') || d.amounts.verifiedFraudFunds !== null || d.amounts.oneWayInflow === null) return []
  return [{
    fact: 'amounts.verifiedFraudFunds', cond: '若流入资金中查不到经查证的犯罪资金', citations: ['opinion2025-4'],
    apply: (x) => ({ ...x, amounts: { ...x.amounts, verifiedFraudFunds: 0 } })
  }]
}
