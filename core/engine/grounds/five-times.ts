// 《解释》第十二条第二款：被帮助对象是否构成犯罪确因客观条件限制无法查证，但相关数额总计达到前款第（二）至（四）项
// 规定标准五倍以上，或者造成特别严重后果的。
import { valueOf } from '../../law'
import type { Status, ThresholdMeasure } from '../../analysis/types'
import { defineGround } from './define'
import { ground, measure, settlementCounts, settlementValue, statusOf } from './common'

const id = 'interp2019-12-2'

export default defineGround({
  id,
  short: '被帮助行为无法证实达到犯罪程度，但数额达五倍以上或造成特别严重后果',
  reads: [
    'helped.crimeEstablished', 'helped.consequence', 'amounts.paymentSettlement', 'amounts.oneWayInflow',
    'amounts.advertisingFunds', 'amounts.illegalGain', 'conduct.advertising', 'conduct.paymentSettlement', 'conduct.cards'
  ],
  evaluate(d, regime) {
    const ce = d.helped.crimeEstablished
    if (ce === 'yes' || ce === 'no') {
      return ground(id, regime, 'notMet', ce === 'yes' ? '被帮助对象的犯罪已查实，适用第一款，不适用第二款' : '被帮助对象的行为不构成犯罪', [], [id])
    }
    const k = valueOf(id, 'multiple')
    const s = settlementCounts(d, regime)
    const sv = settlementValue(d)
    const settle = measure(id, `${sv.quantity}（五倍）`, 'yuan', sv.value, valueOf('interp2019-12-1-2', 'paymentSettlement') * k, [id, 'interp2019-12-1-2'])
    const ad = measure(id, '投放广告等提供资金（五倍）', 'yuan', d.amounts.advertisingFunds, valueOf('interp2019-12-1-3', 'advertisingFunds') * k, [id, 'interp2019-12-1-3'])
    const gain = measure(id, '违法所得（五倍）', 'yuan', d.amounts.illegalGain, valueOf('interp2019-12-1-4', 'illegalGain') * k, [id, 'interp2019-12-1-4'])
    const ms: ThresholdMeasure[] = [settle, ad, gain]
    const settleStatus: Status = s.counts === false ? 'notMet' : s.counts === null && settle.reached ? 'undetermined' : statusOf(settle)
    const adStatus: Status = d.conduct.advertising === false && d.amounts.advertisingFunds === null ? 'notMet' : statusOf(ad)
    const cons = d.helped.consequence
    const consStatus: Status = cons === null ? 'undetermined' : cons === 'especiallySerious' ? 'met' : 'notMet'
    const parts: Status[] = [settleStatus, adStatus, statusOf(gain), consStatus]
    let status: Status = parts.includes('met') ? 'met' : parts.includes('undetermined') ? 'undetermined' : 'notMet'
    const reachedTexts = ms.filter((m) => m.reached).map((m) => m.text)
    let why = status === 'met'
      ? `被帮助对象是否构成犯罪无法查证，但${reachedTexts.length ? reachedTexts.join('；') : '造成特别严重后果'}`
      : status === 'undetermined' ? '五倍标准或特别严重后果尚不能判断' : '相关数额均未达到第一款标准的五倍，亦无特别严重后果'
    if (ce === null && status === 'met') {
      status = 'undetermined'
      why = `${why}；仅在被帮助对象确因客观条件无法查证是否构成犯罪时适用（是否查实未载明）`
    }
    return ground(id, regime, status, why, ms, [id])
  },
  variations(d) {
    const ce = d.helped.crimeEstablished
    if (ce === null) {
      return [{ fact: 'helped.crimeEstablished', cond: '若被帮助对象的犯罪查证属实', citations: ['interp2019-13'], apply: (x) => ({ ...x, helped: { ...x.helped, crimeEstablished: 'yes' } }) }]
    }
    if (ce === 'yes') {
      return [{ fact: 'helped.crimeEstablished', cond: '若被帮助对象是否构成犯罪无法查证', citations: [id], apply: (x) => ({ ...x, helped: { ...x.helped, crimeEstablished: 'unprovable' } }) }]
    }
    return []
  }
})
