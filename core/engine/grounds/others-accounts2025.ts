// 2025年《帮信意见》第6条第（2）项：收购、出售、出租非本人银行账户、支付账户或者单位账户，且账户流入资金三十万元以上。
import type { CardFilter } from '../facts'
import { defineGround } from './define'
import { accountsGround } from './accounts2025'

const id = 'opinion2025-6-2'
const FILTER: CardFilter = {
  kinds: ['bankCard', 'bankAccount', 'paymentAccount', 'unitSettlementAccount'], owners: ['others'], dealings: ['sell', 'rent', 'buy'],
  anyOwnerKinds: ['unitSettlementAccount']
}

export default defineGround({
  id,
  short: '收购、出售、出租非本人银行账户、支付账户或者单位账户，且账户流入资金三十万元以上',
  reads: ['conduct.cards', 'amounts.oneWayInflow', 'amounts.verifiedFraudFunds', 'helped.crimeType', 'helped.crimeEstablished'],
  evaluate: (d, regime) => accountsGround(id, d, regime, FILTER, '收购、出售、出租的非本人或单位账户')
})
