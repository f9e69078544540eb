// 《解释》第十二条第一款第（四）项：违法所得一万元以上。
import { valueOf } from '../../law'
import { defineGround } from './define'
import { gated, measure, statusOf } from './common'

const id = 'interp2019-12-1-4'

export default defineGround({
  id,
  short: '违法所得一万元以上',
  reads: ['amounts.illegalGain', 'helped.crimeEstablished'],
  evaluate(d, regime) {
    const m = measure(id, '违法所得', 'yuan', d.amounts.illegalGain, valueOf(id, 'illegalGain'), [id])
    return gated(id, regime, d, [m], statusOf(m), m.text, [id])
  },
  thresholds(d) {
    const base = valueOf(id, 'illegalGain')
    const out = [{ key: 'illegalGain' as const, label: '违法所得', value: base, cites: [id] }]
    if (d.helped.crimeEstablished !== 'yes') {
      out.push({ key: 'illegalGain', label: '违法所得', value: base * valueOf('interp2019-12-2', 'multiple'), cites: [id, 'interp2019-12-2'] })
    }
    return out
  }
})
