// 2025年《帮信意见》第6条第（3）项：收购、出售、出租电话卡、物联网卡二十张以上（本人卡也计；流量卡未列）。
import type { CardFilter } from '../facts'
import { defineGround } from './define'
import { cardGround, cardVariations } from './cards'

const id = 'opinion2025-6-3'
const FILTER: CardFilter = { kinds: ['phoneCard', 'iotCard'], dealings: ['sell', 'rent', 'buy'] }
const QUANTITY = '收购、出售、出租的电话卡、物联网卡'

export default defineGround({
  id,
  short: '收购、出售、出租电话卡、物联网卡二十张以上',
  reads: ['conduct.cards', 'helped.crimeEstablished'],
  evaluate: (d, regime) => cardGround(id, d, regime, FILTER, QUANTITY),
  variations: (d) => cardVariations(id, d, FILTER, QUANTITY)
})
