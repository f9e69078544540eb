// 最高人民法院《关于适用财产刑若干问题的规定》(法释〔2000〕45号). Owner: the sentencing and outcome modules.
// Not quoted in ../shared/law/sources.md: arts. 2 and 4 are recollections (UNVERIFIED), cited by the decision guide
// ("The outcome ladder": the fine's minimum and 单处罚金). The minimums are read from here, never written in code.
import type { LawClause, LawSource } from '../types'

const c = (id: string, label: string, text: string, extra: Partial<LawClause> = {}): LawClause => ({
  id,
  sourceId: 'propertyPenalty2000',
  label,
  text,
  verification: 'UNVERIFIED',
  ...extra
})

export const propertyPenalty2000: LawSource = {
  id: 'propertyPenalty2000',
  title: '《最高人民法院关于适用财产刑若干问题的规定》',
  shortTitle: '《财产刑规定》',
  docNumber: '法释〔2000〕45号',
  issuers: ['最高人民法院'],
  effective: '2000-12-19',
  ends: null,
  verification: 'UNVERIFIED',
  note: '文号、施行日期与条文均为回忆，未见官方文本，尚待核对。第二条的罚金最低数额（一千元；未成年人五百元）与决策指引一致。',
  clauses: [
    c('propertyPenalty2000-2', '第二条',
      '（回忆文本，非原文）人民法院应当根据犯罪情节，如违法所得数额、造成损失的大小等，并综合考虑犯罪分子缴纳罚金的能力，依法判处罚金。刑法没有明确规定罚金数额标准的，罚金的最低数额不能少于一千元。对未成年人犯罪应当从轻或者减轻判处罚金，但罚金的最低数额不能少于五百元。',
      { values: { minYuan: 1000, minorMinYuan: 500 }, note: '回忆文本，未经核实。' }),
    c('propertyPenalty2000-4', '第四条',
      '（回忆文本，非原文）犯罪情节较轻，适用单处罚金不致再危害社会并具有下列情形之一的，可以依法单处罚金：（一）偶犯或者初犯；（二）自首或者有立功表现的；（三）犯罪时不满十八周岁的；（四）犯罪预备、中止或者未遂的；（五）被胁迫参加犯罪的；（六）全部退赃并有悔罪表现的；（七）其他可以依法单处罚金的情形。',
      { note: '回忆文本，未经核实；各项与决策指引所列一致。' })
  ]
}
