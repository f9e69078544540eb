// 《关于适用认罪认罚从宽制度的指导意见》 (高检发〔2019〕13号)
// Owner: the sentencing module. Source: ../shared/law/sources.md §9. 文号 and dates are UNVERIFIED; the wording of
// 第8条/第9条 is a reconstruction (substance of high confidence), so the clauses are UNVERIFIED. The numeric caps
// (30% / 60%) are not in this 意见; they are in 《量刑指导意见》三（十四） (sent2021-3-14).
import type { LawSource } from '../types'

export const plea2019: LawSource = {
  id: 'plea2019',
  title: '《最高人民法院、最高人民检察院、公安部、国家安全部、司法部关于适用认罪认罚从宽制度的指导意见》',
  shortTitle: '《认罪认罚指导意见》',
  docNumber: '高检发〔2019〕13号',
  issuers: ['最高人民法院', '最高人民检察院', '公安部', '国家安全部', '司法部'],
  effective: '2019-10-11',
  ends: null,
  verification: 'UNVERIFIED',
  note: '文号、日期（2019-10-11 印发，2019-10-24 发布）未经核实；“所有刑事案件都可以适用”一语经第三方转引（部分核实）。',
  clauses: [
    {
      id: 'plea2019-8',
      sourceId: 'plea2019',
      label: '第8条 从宽处理的把握',
      text: '（重构）办理认罪认罚案件，应当依法体现从宽。从宽处理是“可以”而非一律从宽；减轻、免除处罚，应当于法有据。犯罪情节轻微不需要判处刑罚的，可以依法作出不起诉决定或者判决免予刑事处罚。',
      verification: 'UNVERIFIED',
      note: '措辞系依记忆与转述重构。'
    },
    {
      id: 'plea2019-9',
      sourceId: 'plea2019',
      label: '第9条 从宽幅度的把握',
      text: '（重构）应当区别认罪认罚的不同诉讼阶段、对查明案件事实的价值和意义、是否确有悔罪表现，以及罪行严重程度等，综合考量确定从宽的限度和幅度。在刑罚评价上，主动认罪优于被动认罪，早认罪优于晚认罪，彻底认罪优于不彻底认罪，稳定认罪优于不稳定认罪。认罪认罚的从宽幅度一般应当大于仅有坦白，或者虽认罪但不认罚的从宽幅度。对犯罪嫌疑人、被告人具有自首、坦白情节，同时认罪认罚的，应当在法定刑幅度内给予相对更大的从宽幅度。认罪认罚与自首、坦白不作重复评价。对罪行较轻、人身危险性较小的，特别是初犯、偶犯，从宽幅度可以大一些；罪行较重、人身危险性较大的，以及累犯、再犯，从宽幅度应当从严把握。',
      verification: 'UNVERIFIED',
      note: '措辞系依记忆与转述重构（实质内容可信度较高）；具体百分比见《量刑指导意见》三（十四）。'
    }
  ]
}
