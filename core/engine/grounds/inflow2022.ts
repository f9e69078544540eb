// 《断卡纪要》：单向流入涉案信用卡资金超过三十万元，且其中至少三千元经查证系涉诈骗资金。
import { valueOf } from '../../law'
import { suppliedPaymentCards } from '../facts'
import { defineGround } from './define'
import { both, gated, inflowValue, measure, statusOf } from './common'

const id = 'minutes2022-inflow'

export default defineGround({
  id,
  short: '单向流入涉案信用卡资金超过三十万元，且其中至少三千元经查证系涉诈骗资金',
  reads: ['conduct.cards', 'amounts.oneWayInflow', 'amounts.explainedLegitimateFunds', 'amounts.verifiedFraudFunds', 'helped.crimeEstablished'],
  evaluate(d, regime) {
    if (suppliedPaymentCards(d) === false) return gated(id, regime, d, [], 'notMet', '未出租、出售信用卡/账户，单向流入资金规则不适用', [id])
    const inflow = inflowValue(d)
    const explained = d.amounts.explainedLegitimateFunds ?? 0
    const verified = d.amounts.verifiedFraudFunds ?? 0
    // Funds explained as legitimate are deducted; the verified fraud funds are never legitimate, so the net
    // inflow never falls below them.
    const net = inflow.value === null ? null : Math.max(verified, Math.max(0, Math.round((inflow.value - explained) * 100) / 100))
    const quantity = explained > 0 ? `${inflow.quantity}（扣除能说明合法来源的资金后）` : inflow.quantity
    const mIn = measure(id, quantity, 'yuan', net, valueOf(id, 'inflowAbove'), [id], 'above')
    const mFraud = measure(id, '其中经查证的涉诈资金', 'yuan', d.amounts.verifiedFraudFunds, valueOf(id, 'verifiedFraudMin'), [id])
    return gated(id, regime, d, [mIn, mFraud], both(statusOf(mIn), statusOf(mFraud)), `${mIn.text}；${mFraud.text}`, [id])
  },
  thresholds(d, ctx) {
    if (!ctx.inPlay.has('r2022') || (d.conduct.cards ?? []).length === 0) return []
    return [{ key: 'oneWayInflow', label: '账户（单向）流入资金', value: valueOf(id, 'inflowAbove') + 0.01, cites: [id] }]
  }
})
