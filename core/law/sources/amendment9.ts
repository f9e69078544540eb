// 《中华人民共和国刑法修正案（九）》 — adds 刑法第二百八十七条之一、之二. Owner: the engine module.
// Verbatim from ../shared/law/sources.md §1 (LawRefBook mirror).
import type { LawSource } from '../types'

export const amendment9: LawSource = {
  id: 'amend9',
  title: '《中华人民共和国刑法修正案（九）》',
  shortTitle: '《刑法修正案（九）》',
  docNumber: null,
  issuers: ['全国人民代表大会常务委员会'],
  effective: '2015-11-01',
  ends: null,
  verification: 'VERIFIED',
  note: '2015年8月29日第十二届全国人民代表大会常务委员会第十六次会议通过；第五十二条：自2015年11月1日起施行。',
  clauses: [
    {
      id: 'amend9-29',
      sourceId: 'amend9',
      label: '第二十九条',
      text: '二十九、在刑法第二百八十七条后增加二条，作为第二百八十七条之一、第二百八十七条之二：“第二百八十七条之一 利用信息网络实施下列行为之一，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金：……“第二百八十七条之二 明知他人利用信息网络实施犯罪，为其犯罪提供互联网接入、服务器托管、网络存储、通讯传输等技术支持，或者提供广告推广、支付结算等帮助，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金。“单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照第一款的规定处罚。“有前两款行为，同时构成其他犯罪的，依照处罚较重的规定定罪处罚。”',
      verification: 'VERIFIED',
      note: '第二百八十七条之一的各项从略（见 crimlaw-a287-1）。'
    },
    {
      id: 'amend9-52',
      sourceId: 'amend9',
      label: '第五十二条',
      text: '本修正案自2015年11月1日起施行。',
      verification: 'VERIFIED',
      values: { effectiveYear: 2015, effectiveMonth: 11, effectiveDay: 1 }
    }
  ]
}
