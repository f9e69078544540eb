// 《意见（二）》第九条第（二）项：收购、出售、出租他人手机卡、流量卡、物联网卡20张以上。
import type { CardFilter } from '../facts'
import { defineGround } from './define'
import { cardGround, cardVariations } from './cards'

const id = 'opinion2021-9-2'
const FILTER: CardFilter = { kinds: ['phoneCard', 'dataCard', 'iotCard'], owners: ['others'], dealings: ['sell', 'rent', 'buy'] }
const QUANTITY = '收购、出售、出租的他人手机卡、流量卡、物联网卡'

export default defineGround({
  id,
  short: '收购、出售、出租他人手机卡、流量卡、物联网卡20张以上',
  reads: ['conduct.cards', 'helped.crimeEstablished'],
  evaluate: (d, regime) => cardGround(id, d, regime, FILTER, QUANTITY),
  variations: (d) => cardVariations(id, d, FILTER, QUANTITY)
})
