// 《最高人民法院、最高人民检察院、公安部关于办理帮助信息网络犯罪活动等刑事案件有关问题的意见》
// Owner: the engine module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const opinion2025: LawSource = {
  id: 'opinion2025',
  title: '《最高人民法院、最高人民检察院、公安部关于办理帮助信息网络犯罪活动等刑事案件有关问题的意见》',
  shortTitle: '《2025年帮信意见》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
