// 《解释》第十二条第一款第（六）项：被帮助对象实施的犯罪造成严重后果。
import type { Status } from '../../analysis/types'
import { defineGround } from './define'
import { gated } from './common'

const id = 'interp2019-12-1-6'

export default defineGround({
  id,
  short: '被帮助对象实施的犯罪造成严重后果',
  reads: ['helped.consequence', 'helped.crimeEstablished'],
  evaluate(d, regime) {
    const v = d.helped.consequence
    const status: Status = v === null ? 'undetermined' : v === 'none' ? 'notMet' : 'met'
    const why = v === null ? '被帮助对象的犯罪是否造成严重后果未查明' : v === 'none' ? '未造成严重后果' : v === 'serious' ? '被帮助对象的犯罪造成严重后果' : '被帮助对象的犯罪造成特别严重后果'
    return gated(id, regime, d, [], status, why, [id])
  },
  variations(d) {
    if (d.helped.consequence !== null) return []
    return [{ fact: 'helped.consequence', cond: '若查明被帮助对象的犯罪造成严重后果', citations: [id], apply: (x) => ({ ...x, helped: { ...x.helped, consequence: 'serious' } }) }]
  }
})
