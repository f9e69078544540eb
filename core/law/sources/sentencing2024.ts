// 《关于常见犯罪的量刑指导意见（二）（试行）》 (法〔2024〕132号)
// Owner: the sentencing module. Source: ../shared/law/sources.md §11 and §13.4. The notice is VERIFIED-VERBATIM from
// third-party reprints; the 帮信罪 section was NOT FOUND, so no national 帮信 starting point or increment is held here.
// The Jiangxi 实施细则 is a local paraphrase (UNVERIFIED), kept as a separate clause and used only as the model form.
import type { LawSource } from '../types'

export const sentencing2024: LawSource = {
  id: 'sent2024',
  title: '《关于常见犯罪的量刑指导意见（二）（试行）》',
  shortTitle: '《量刑指导意见（二）》',
  docNumber: '法〔2024〕132号',
  issuers: ['最高人民法院', '最高人民检察院'],
  effective: '2024-07-01',
  ends: null,
  verification: 'PARTLY',
  note: '印发通知经第三方转载逐字核对（2024年7月1日起试行，为期一年）；帮助信息网络犯罪活动罪一节的条文未找到，其量刑起点与增加刑罚量均未知。试行期届满后的效力状态未经核实。',
  clauses: [
    {
      id: 'sent2024-notice',
      sourceId: 'sent2024',
      label: '印发通知',
      text: '最高人民法院、最高人民检察院于2021年6月印发了《关于常见犯罪的量刑指导意见（试行）》……最高人民法院、最高人民检察院研究制定了《关于常见犯罪的量刑指导意见（二）（试行）》……现印发《量刑指导意见（二）》，并从2024年7月1日起在全国法院、检察院试行，为期一年。……明确了非法经营、猥亵儿童、侵犯公民个人信息、帮助信息网络犯罪活动、开设赌场、拒不执行判决、裁定、组织卖淫等7种常见犯罪的量刑。……各高级人民法院、省级人民检察院要……共同研究制定《量刑指导意见（二）》实施细则……',
      verification: 'VERIFIED',
      values: { trialMonths: 12 },
      note: '经第三方转载（gdlvs.com 等）逐字核对，非官方网站。本项目未取得其中“帮助信息网络犯罪活动罪”一节的条文（未找到），故不引用任何全国性的帮信罪量刑起点或增量数字。'
    },
    {
      id: 'sent2024-jiangxi',
      sourceId: 'sent2024',
      label: '江西省实施细则（赣高法〔2025〕20号）帮信罪部分（转述）',
      text: '（地方实施细则的第三方转述，非原文）构成帮助信息网络犯罪活动罪的，一般入罪的在拘役至六个月有期徒刑幅度内确定量刑起点；被帮助对象犯罪致人自杀、死亡或精神失常，二年内曾受行政处罚，单向流入三十万元且涉诈等较重入罪情形，在六个月至一年有期徒刑幅度内确定量刑起点。每增加一个被帮助对象、支付结算金额每增加一百万元、提供资金每增加二万元、违法所得每增加五千元，增加一个月刑期。跨境、提供专门工具、卡头卡商、行业内部人员、利用特殊群体等从重情节，可以增加基准刑的20%以下。单处罚金的，一般为违法所得的一至二倍，不少于二千元；判处一年以下有期徒刑的，并处一千元至三万元罚金；一年以上的，并处五千元以上罚金；单位犯罪的，判处五万元以上罚金。',
      verification: 'UNVERIFIED',
      values: {
        ordinaryStartMinMonths: 1, ordinaryStartMaxMonths: 6, heavierStartMinMonths: 6, heavierStartMaxMonths: 12,
        monthsPerStep: 1, objectStep: 1, settlementStepYuan: 1000000, fundsStepYuan: 20000, gainStepYuan: 5000,
        strictMax: 20, fineOnlyGainMultipleMin: 1, fineOnlyGainMultipleMax: 2, fineOnlyMinYuan: 2000,
        fineUpTo12MonthsMinYuan: 1000, fineUpTo12MonthsMaxYuan: 30000, fineOver12MonthsMinYuan: 5000, unitFineMinYuan: 50000
      },
      note: '地方规范，且仅见于公开代码中的转述，不是全国性文本。本应用只借用其结构（起点幅度＋按数额、对象数递增）作为模型形式，具体数值由已公开判决校准；“从重 20% 以下”作为第9条情节的调节上限时均标明依据。'
    }
  ]
}
