// 《最高人民法院关于审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释》
// 法释〔2015〕11号, as amended by the 2021 决定 (法释〔2021〕8号). Owner: the competition module.
// Texts from ../shared/law/sources.md §5b (LawRefBook mirror of the consolidated 2021 text = VERIFIED).
// Superseded by 法释〔2025〕13号 from 2025-08-26 (see concealment2025.ts).
import type { LawSource } from '../types'

export const concealment2015: LawSource = {
  id: 'conceal2015',
  title: '《最高人民法院关于审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释》（2021年修正）',
  shortTitle: '《掩隐解释（2015/2021）》',
  docNumber: '法释〔2015〕11号',
  issuers: ['最高人民法院'],
  effective: '2015-06-01',
  ends: '2025-08-25',
  verification: 'PARTLY',
  note:
    '条文（2021年修正后的合并文本）已与法规镜像核对；施行日期2015-06-01据第三方页面；' +
    '2021年修改决定的文号法释〔2021〕8号据第三方来源；2025-08-26起由法释〔2025〕13号取代（废止条款本身未见，据第三方登记）。',
  clauses: [
    {
      id: 'conceal2015-1',
      sourceId: 'conceal2015',
      label: '第一条',
      text:
        '明知是犯罪所得及其产生的收益而予以窝藏、转移、收购、代为销售或者以其他方法掩饰、隐瞒，具有下列情形之一的，应当依照刑法第三百一十二条第一款的规定，以掩饰、隐瞒犯罪所得、犯罪所得收益罪定罪处罚：（一）一年内曾因掩饰、隐瞒犯罪所得及其产生的收益行为受过行政处罚，又实施掩饰、隐瞒犯罪所得及其产生的收益行为的；（二）掩饰、隐瞒的犯罪所得系电力设备、交通设施、广播电视设施、公用电信设施、军事设施或者救灾、抢险、防汛、优抚、扶贫、移民、救济款物的；（三）掩饰、隐瞒行为致使上游犯罪无法及时查处，并造成公私财物损失无法挽回的；（四）实施其他掩饰、隐瞒犯罪所得及其产生的收益行为，妨害司法机关对上游犯罪进行追究的。\n人民法院审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件，应综合考虑上游犯罪的性质、掩饰、隐瞒犯罪所得及其收益的情节、后果及社会危害程度等，依法定罪处罚。',
      verification: 'VERIFIED',
      note: '2021年修正后的文本（原第一款第（一）项数额标准及第二款已不再适用）。'
    },
    {
      id: 'conceal2015-1-1-orig',
      sourceId: 'conceal2015',
      label: '第一条第一款第（一）项（2015年原文，2021-04-15起不再适用）',
      text: '（一）掩饰、隐瞒犯罪所得及其产生的收益价值三千元至一万元以上的；',
      verification: 'PARTLY',
      values: { entryAmountLow: 3000, entryAmountHigh: 10000 },
      note: '原文据第三方转载核对；各省在三千元至一万元幅度内确定本地标准（原第一条第二款）。'
    },
    {
      id: 'conceal2015-3-1',
      sourceId: 'conceal2015',
      label: '第三条第一款第（一）项',
      text: '掩饰、隐瞒犯罪所得及其产生的收益，具有下列情形之一的，应当认定为刑法第三百一十二条第一款规定的“情节严重”：（一）掩饰、隐瞒犯罪所得及其产生的收益价值总额达到十万元以上的；',
      verification: 'VERIFIED',
      values: { seriousTotalValue: 100000 }
    },
    {
      id: 'conceal2015-3-2',
      sourceId: 'conceal2015',
      label: '第三条第一款第（二）项',
      text: '（二）掩饰、隐瞒犯罪所得及其产生的收益十次以上，或者三次以上且价值总额达到五万元以上的；',
      verification: 'VERIFIED',
      values: { seriousTimes: 10, seriousTimesWithAmount: 3, seriousAmountWithTimes: 50000 }
    },
    {
      id: 'conceal2015-3-3',
      sourceId: 'conceal2015',
      label: '第三条第一款第（三）项',
      text: '（三）掩饰、隐瞒的犯罪所得系电力设备、交通设施、广播电视设施、公用电信设施、军事设施或者救灾、抢险、防汛、优抚、扶贫、移民、救济款物，价值总额达到五万元以上的；',
      verification: 'VERIFIED',
      values: { seriousSpecialGoodsValue: 50000 }
    },
    {
      id: 'conceal2015-3-4',
      sourceId: 'conceal2015',
      label: '第三条第一款第（四）项',
      text: '（四）掩饰、隐瞒行为致使上游犯罪无法及时查处，并造成公私财物重大损失无法挽回或其他严重后果的；',
      verification: 'VERIFIED'
    },
    {
      id: 'conceal2015-3-5',
      sourceId: 'conceal2015',
      label: '第三条第一款第（五）项',
      text: '（五）实施其他掩饰、隐瞒犯罪所得及其产生的收益行为，严重妨害司法机关对上游犯罪予以追究的。',
      verification: 'VERIFIED'
    },
    {
      id: 'conceal2015-5',
      sourceId: 'conceal2015',
      label: '第五条',
      text: '事前与盗窃、抢劫、诈骗、抢夺等犯罪分子通谋，掩饰、隐瞒犯罪所得及其产生的收益的，以盗窃、抢劫、诈骗、抢夺等犯罪的共犯论处。',
      verification: 'VERIFIED'
    },
    {
      id: 'conceal2015-8',
      sourceId: 'conceal2015',
      label: '第八条',
      text:
        '认定掩饰、隐瞒犯罪所得、犯罪所得收益罪，以上游犯罪事实成立为前提。上游犯罪尚未依法裁判，但查证属实的，不影响掩饰、隐瞒犯罪所得、犯罪所得收益罪的认定。\n上游犯罪事实经查证属实，但因行为人未达到刑事责任年龄等原因依法不予追究刑事责任的，不影响掩饰、隐瞒犯罪所得、犯罪所得收益罪的认定。',
      verification: 'VERIFIED'
    },
    {
      id: 'conceal2015-10',
      sourceId: 'conceal2015',
      label: '第十条',
      text:
        '通过犯罪直接得到的赃款、赃物，应当认定为刑法第三百一十二条规定的“犯罪所得”。上游犯罪的行为人对犯罪所得进行处理后得到的孳息、租金等，应当认定为刑法第三百一十二条规定的“犯罪所得产生的收益”。\n明知是犯罪所得及其产生的收益而采取窝藏、转移、收购、代为销售以外的方法，如居间介绍买卖，收受，持有，使用，加工，提供资金账户，协助将财物转换为现金、金融票据、有价证券，协助将资金转移、汇往境外等，应当认定为刑法第三百一十二条规定的“其他方法”。',
      verification: 'VERIFIED'
    },
    {
      id: 'conceal2021-amend',
      sourceId: 'conceal2015',
      label: '《关于修改〈关于审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释〉的决定》（法释〔2021〕8号）',
      text:
        '自本决定实施之日起，《关于审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释》（法释〔2015〕11号）第一条第一款第（一）项、第二款和第二条第二款规定的掩饰、隐瞒犯罪所得、犯罪所得收益罪的数额标准不再适用。人民法院审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件，应综合考虑上游犯罪的性质、掩饰、隐瞒犯罪所得及其收益的情节、后果及社会危害程度等，依法定罪处罚。\n本决定自2021年4月15日起施行。',
      verification: 'VERIFIED',
      /** effective date as a number YYYYMMDD (the clause sits inside the 2015 source) */
      values: { effectiveYmd: 20210415 },
      note: '第三条“情节严重”标准未受影响，沿用至2025-08-25。文号据第三方来源。'
    }
  ]
}
