// 《解释》第十二条第一款第（三）项：以投放广告等方式提供资金五万元以上。
import { valueOf } from '../../law'
import { defineGround } from './define'
import { gated, measure, statusOf } from './common'

const id = 'interp2019-12-1-3'

export default defineGround({
  id,
  short: '以投放广告等方式提供资金五万元以上',
  reads: ['amounts.advertisingFunds', 'conduct.advertising', 'helped.crimeEstablished'],
  evaluate(d, regime) {
    const value = d.amounts.advertisingFunds
    if (d.conduct.advertising === false && value === null) return gated(id, regime, d, [], 'notMet', '无此行为', [id])
    const m = measure(id, '以投放广告等方式提供资金', 'yuan', value, valueOf(id, 'advertisingFunds'), [id])
    return gated(id, regime, d, [m], statusOf(m), m.text, [id])
  },
  thresholds(d) {
    if (d.conduct.advertising === false) return []
    const base = valueOf(id, 'advertisingFunds')
    const out = [{ key: 'advertisingFunds' as const, label: '投放广告等提供资金', value: base, cites: [id] }]
    if (d.helped.crimeEstablished !== 'yes') {
      out.push({ key: 'advertisingFunds', label: '投放广告等提供资金', value: base * valueOf('interp2019-12-2', 'multiple'), cites: [id, 'interp2019-12-2'] })
    }
    return out
  }
})
