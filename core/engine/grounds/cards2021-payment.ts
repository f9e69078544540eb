// 《意见（二）》第九条第（一）项（补充《解释》第十二条第一款第（七）项）：收购、出售、出租信用卡、银行账户、非银行支付账户、
// 具有支付结算功能的互联网账号密码、网络支付接口、网上银行数字证书5张（个）以上。
import { PAYMENT_CARD_KINDS, type CardFilter } from '../facts'
import { defineGround } from './define'
import { cardGround, cardVariations } from './cards'

const id = 'opinion2021-9-1'
const FILTER: CardFilter = { kinds: PAYMENT_CARD_KINDS, dealings: ['sell', 'rent', 'buy'] }
const QUANTITY = '收购、出售、出租的信用卡、银行账户、支付账户等'

export default defineGround({
  id,
  short: '收购、出售、出租信用卡、银行账户、非银行支付账户等5张（个）以上',
  reads: ['conduct.cards', 'helped.crimeEstablished'],
  evaluate: (d, regime) => cardGround(id, d, regime, FILTER, QUANTITY),
  variations: (d) => cardVariations(id, d, FILTER, QUANTITY)
})
