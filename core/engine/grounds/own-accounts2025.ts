// 2025年《帮信意见》第6条第（1）项：出售、出租本人银行账户、支付账户三个以上，且账户流入资金三十万元以上。
import type { CardFilter } from '../facts'
import { defineGround } from './define'
import { accountsGround, accountsThresholds, verifiedFundsVariations } from './accounts2025'

const id = 'opinion2025-6-1'
const FILTER: CardFilter = { kinds: ['bankCard', 'bankAccount', 'paymentAccount'], owners: ['self'], dealings: ['sell', 'rent'] }

export default defineGround({
  id,
  short: '出售、出租本人银行账户、支付账户三个以上，且账户流入资金三十万元以上',
  reads: ['conduct.cards', 'amounts.oneWayInflow', 'amounts.verifiedFraudFunds', 'helped.crimeType', 'helped.crimeEstablished'],
  evaluate: (d, regime) => accountsGround(id, d, regime, FILTER, '出售、出租的本人银行账户、支付账户'),
  thresholds: (d, ctx) => accountsThresholds(id, d, ctx),
  variations: verifiedFundsVariations
})
