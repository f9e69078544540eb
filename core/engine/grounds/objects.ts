// 《解释》第十二条第一款第（一）项：为三个以上对象提供帮助。
import { valueOf } from '../../law'
import { defineGround } from './define'
import { gated, measure, statusOf } from './common'

const id = 'interp2019-12-1-1'

export default defineGround({
  id,
  short: '为三个以上对象提供帮助',
  reads: ['helped.objectCount', 'helped.crimeEstablished'],
  evaluate(d, regime) {
    const m = measure(id, '被帮助对象数量', 'count', d.helped.objectCount, valueOf(id, 'objects'), [id], 'atLeast', '个')
    return gated(id, regime, d, [m], statusOf(m), m.text, [id])
  },
  variations(d) {
    const objects = valueOf(id, 'objects')
    const oc = d.helped.objectCount
    if (oc === null || oc < objects) {
      return [{ fact: 'helped.objectCount', cond: `若查明被帮助对象达到 ${objects} 个`, citations: [id], apply: (x) => ({ ...x, helped: { ...x.helped, objectCount: objects } }) }]
    }
    return [{ fact: 'helped.objectCount', cond: `若被帮助对象 ${oc} 个不能逐一查证构成犯罪（存疑不计）`, citations: [id, 'minutes2022-2'], apply: (x) => ({ ...x, helped: { ...x.helped, objectCount: null } }) }]
  }
})
