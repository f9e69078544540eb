// 《最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》
// 法释〔2009〕19号 (amended 2018, the amendment does not touch art. 2). Owner: the competition module.
// Texts from ../shared/law/sources.md §7a: art. 2 (数量较大 5张以上不满50张) PARTLY via third-party reprints;
// 数量巨大 (50张以上) is recollection only (UNVERIFIED). No national "四张以上" standard exists in the sources.
import type { LawSource } from '../types'

export const creditcard2009: LawSource = {
  id: 'card2009',
  title: '《最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》',
  shortTitle: '《妨害信用卡解释》',
  docNumber: '法释〔2009〕19号',
  issuers: ['最高人民法院', '最高人民检察院'],
  effective: '2009-12-16',
  ends: null,
  verification: 'PARTLY',
  note: '2018年修改决定（2018-12-01施行）已与法规镜像核对，未修改第二条；第二条文本据第三方转载。',
  clauses: [
    {
      id: 'card2009-2',
      sourceId: 'card2009',
      label: '第二条第一款',
      text:
        '明知是伪造的空白信用卡而持有、运输十张以上不满一百张的，应当认定为刑法第一百七十七条之一第一款第一项规定的“数量较大”；非法持有他人信用卡五张以上不满五十张的，应当认定为刑法第一百七十七条之一第一款第二项规定的“数量较大”。',
      verification: 'PARTLY',
      values: { othersCardsLarge: 5, othersCardsLargeBelow: 50 },
      note: '据第三方转载；《立案追诉标准（二）》亦为“数量累计在五张以上”。'
    },
    {
      id: 'card2009-2-huge',
      sourceId: 'card2009',
      label: '第二条第二款（数量巨大）',
      text: '（未取得原文）据记忆：非法持有他人信用卡五十张以上的，应当认定为刑法第一百七十七条之一第一款规定的“数量巨大”。',
      verification: 'UNVERIFIED',
      values: { othersCardsHuge: 50 },
      note: '仅为记忆，未经任何来源核对；据此认定“数量巨大”的结论须注明未经核实。'
    }
  ]
}
