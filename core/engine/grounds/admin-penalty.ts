// 《解释》第十二条第一款第（五）项：二年内曾因非法利用信息网络、帮助信息网络犯罪活动、危害计算机信息系统安全受过行政处罚，又帮信。
import { valueOf } from '../../law'
import type { Status } from '../../analysis/types'
import { defineGround } from './define'
import { gated } from './common'

const id = 'interp2019-12-1-5'

export default defineGround({
  id,
  short: '二年内曾受相关行政处罚又帮信',
  reads: ['history.adminPenaltyWithin2Years', 'helped.crimeEstablished'],
  evaluate(d, regime) {
    const v = d.history.adminPenaltyWithin2Years
    const years = valueOf(id, 'years')
    const status: Status = v === null ? 'undetermined' : v ? 'met' : 'notMet'
    const why = v === null ? `${years}年内是否受过相关行政处罚未查明` : v ? `${years}年内曾受相关行政处罚又帮信` : `${years}年内未受相关行政处罚`
    return gated(id, regime, d, [], status, why, [id])
  },
  variations(d) {
    if (d.history.adminPenaltyWithin2Years === true) return []
    return [{ fact: 'history.adminPenaltyWithin2Years', cond: '若查明二年内曾受相关行政处罚', citations: [id], apply: (x) => ({ ...x, history: { ...x.history, adminPenaltyWithin2Years: true } }) }]
  }
})
