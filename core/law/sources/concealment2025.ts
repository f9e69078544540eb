// 《最高人民法院、最高人民检察院关于办理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释》
// 法释〔2025〕13号. Owner: the competition module. Texts from ../shared/law/sources.md §5c and §13.3
// (arts. 1–3 verbatim from third-party reprints = PARTLY; art. 4 opening only; art. 5: the 50万/500万 tiers from an
// official quoted in a news report, sources.md §14.2 = PARTLY; its wording NOT FOUND).
import type { LawSource } from '../types'

export const concealment2025: LawSource = {
  id: 'conceal2025',
  title: '《最高人民法院、最高人民检察院关于办理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释》',
  shortTitle: '《掩隐解释（2025）》',
  docNumber: '法释〔2025〕13号',
  issuers: ['最高人民法院', '最高人民检察院'],
  effective: '2025-08-26',
  ends: null,
  verification: 'PARTLY',
  note:
    '施行日期据第三方转载的题注（“自2025年8月26日起施行”）；共十二条；第一至三条据三份第三方转载逐字核对；' +
    '第四条仅见开头；第五条（情节严重）的数额标准五十万元/五百万元据官方释义（部分核实），条文原文及第六至十二条（含废止条款）未取得。',
  clauses: [
    {
      id: 'conceal2025-1',
      sourceId: 'conceal2025',
      label: '第一条',
      text:
        '刑法第三百一十二条规定的“犯罪所得”，是指通过犯罪得到的赃款、赃物或其他财产性利益；“犯罪所得收益”，是指通过犯罪所得获取的孳息等财产性利益。\n刑法第三百一十二条规定的“其他方法”，包括任何足以掩饰、隐瞒犯罪所得及其收益的行为手段，如居间介绍买卖，收受，持有，使用，加工，提供资金账户，将财产转换为现金、金融票据、有价证券，通过转账或者其他支付结算方式转移资金，跨境转移资产等。',
      verification: 'PARTLY',
      note: '第三方转载逐字文本，尚待与官方文本核对。'
    },
    {
      id: 'conceal2025-2',
      sourceId: 'conceal2025',
      label: '第二条',
      text:
        '刑法第三百一十二条规定的“明知”，包括知道或者应当知道。应当根据行为人所接触、接收的信息，经手他人犯罪所得及其收益的情况，犯罪所得及其收益的种类、数额，犯罪所得及其收益的转移、转换方式，交易行为、资金账户的异常情况，结合行为人的职业经历、与上游犯罪人之间的关系以及其供述和辩解等综合审查判断。',
      verification: 'PARTLY',
      note: '第三方转载逐字文本，尚待与官方文本核对。'
    },
    {
      id: 'conceal2025-3',
      sourceId: 'conceal2025',
      label: '第三条',
      text:
        '办理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件，应当综合考虑上游犯罪的性质和社会危害，掩饰、隐瞒犯罪所得及其收益的情节、后果和妨害司法秩序的程度等，依法定罪处罚。',
      verification: 'PARTLY',
      note: '第三方转载逐字文本，尚待与官方文本核对。'
    },
    {
      id: 'conceal2025-4',
      sourceId: 'conceal2025',
      label: '第四条',
      text:
        '掩饰、隐瞒犯罪所得及其收益，行为人认罪认罚并积极配合追缴犯罪所得及其收益，且具有下列情形之一，情节轻微的，可以不起诉或者免予刑事处罚：（一）具有……（以下条文未取得）',
      verification: 'PARTLY',
      note: '仅见开头；各项据第三方概括：具有法定从宽情节、为近亲属掩饰隐瞒且系初犯偶犯、协助追查上游犯罪起较大作用等（未经核实）。'
    },
    {
      id: 'conceal2025-5',
      sourceId: 'conceal2025',
      label: '第五条',
      text: '（条文未取得；以下为最高人民法院刑四庭庭长罗国良的公开释义，非条文原文）区分上游犯罪类型分别设置了五十万元和五百万元的数额标准。此前的数额标准是十万元。',
      verification: 'PARTLY',
      values: { seriousAmount: 500000, seriousAmountMiningType: 5000000 },
      note: '据2025-08-25新闻报道所引官方释义（sources.md §14.2）：上游犯罪为非法采矿等类型的为五百万元，其他为五十万元；入罪改为“数额加情节”，原3000元至1万元的数额起点不再单独作为入罪标准。第五条原文未见，数额以外的情节及其措辞未知。'
    }
  ]
}
