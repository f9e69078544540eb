// 《解释》第十二条第一款第（二）项：支付结算金额二十万元以上（《断卡纪要》第四条起限定“支付结算”）。
import { valueOf } from '../../law'
import { defineGround } from './define'
import { gated, measure, settlementCounts, settlementValue, statusOf } from './common'

const id = 'interp2019-12-1-2'

export default defineGround({
  id,
  short: '支付结算金额二十万元以上',
  reads: [
    'amounts.paymentSettlement', 'amounts.oneWayInflow', 'amounts.verifiedFraudFunds', 'conduct.paymentSettlement',
    'conduct.transferredForOthers', 'conduct.faceVerificationForOthers', 'conduct.cards', 'helped.crimeEstablished'
  ],
  evaluate(d, regime) {
    const thr = valueOf(id, 'paymentSettlement')
    const sv = settlementValue(d)
    const m = measure(id, sv.quantity, 'yuan', sv.value, thr, [id])
    const s = settlementCounts(d, regime)
    const cites = [id, ...s.cites]
    if (s.counts === false) return gated(id, regime, d, [m], 'notMet', s.why, cites)
    const st = statusOf(m)
    if (s.counts === null) {
      // Below the threshold the conduct question does not matter.
      if (st === 'notMet') return gated(id, regime, d, [m], 'notMet', m.text, cites)
      return gated(id, regime, d, [m], 'undetermined', `${m.text}；但${s.why}`, cites)
    }
    return gated(id, regime, d, [m], st, `${m.text}（${s.why}）`, cites)
  },
  thresholds(d) {
    const base = valueOf(id, 'paymentSettlement')
    const out = [{ key: 'paymentSettlement' as const, label: '支付结算金额', value: base, cites: [id] }]
    if (d.helped.crimeEstablished !== 'yes') {
      out.push({ key: 'paymentSettlement', label: '支付结算金额', value: base * valueOf('interp2019-12-2', 'multiple'), cites: [id, 'interp2019-12-2'] })
    }
    return out
  }
})
