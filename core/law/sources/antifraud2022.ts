// 《中华人民共和国反电信网络诈骗法》. Owner: the engine module.
// Verbatim from ../shared/law/sources.md §12a (LawRefBook mirror).
import type { LawClause, LawSource } from '../types'

const c = (id: string, label: string, text: string, extra: Partial<LawClause> = {}): LawClause => ({
  id,
  sourceId: 'antifraud',
  label,
  text,
  verification: 'VERIFIED',
  ...extra
})

export const antifraud2022: LawSource = {
  id: 'antifraud',
  title: '《中华人民共和国反电信网络诈骗法》',
  shortTitle: '《反电信网络诈骗法》',
  docNumber: null,
  issuers: ['全国人民代表大会常务委员会'],
  effective: '2022-12-01',
  ends: null,
  verification: 'VERIFIED',
  note: '2022年9月2日第十三届全国人民代表大会常务委员会第三十六次会议通过，第五十条：自2022年12月1日起施行。主席令号未核对。',
  clauses: [
    c('antifraud-31', '第三十一条',
      '任何单位和个人不得非法买卖、出租、出借电话卡、物联网卡、电信线路、短信端口、银行账户、支付账户、互联网账号等，不得提供实名核验帮助；不得假冒他人身份或者虚构代理关系开立上述卡、账户、账号等。\n对经设区的市级以上公安机关认定的实施前款行为的单位、个人和相关组织者，以及因从事电信网络诈骗活动或者关联犯罪受过刑事处罚的人员，可以按照国家有关规定记入信用记录，采取限制其有关卡、账户、账号等功能和停止非柜面业务、暂停新业务、限制入网等措施。对上述认定和措施有异议的，可以提出申诉，有关部门应当建立健全申诉渠道、信用修复和救济制度。具体办法由国务院公安部门会同有关主管部门规定。'),
    c('antifraud-38', '第三十八条',
      '组织、策划、实施、参与电信网络诈骗活动或者为电信网络诈骗活动提供帮助，构成犯罪的，依法追究刑事责任。\n前款行为尚不构成犯罪的，由公安机关处十日以上十五日以下拘留；没收违法所得，处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足一万元的，处十万元以下罚款。',
      { values: { detentionMinDays: 10, detentionMaxDays: 15, fineMinMultiple: 1, fineMaxMultiple: 10, gainFloor: 10000, fineMaxYuan: 100000 } }),
    c('antifraud-44', '第四十四条',
      '违反本法第三十一条第一款规定的，没收违法所得，由公安机关处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足二万元的，处二十万元以下罚款；情节严重的，并处十五日以下拘留。',
      { values: { fineMinMultiple: 1, fineMaxMultiple: 10, gainFloor: 20000, fineMaxYuan: 200000, detentionMaxDays: 15 } }),
    c('antifraud-50', '第五十条', '本法自2022年12月1日起施行。')
  ]
}
