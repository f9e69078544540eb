// 《最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释》
// Owner: the engine module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const interp2019: LawSource = {
  id: 'interp2019',
  title: '《最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释》',
  shortTitle: '《解释》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
