// 《关于“断卡”行动中有关法律适用问题的会议纪要》
// Owner: the engine module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const minutes2022: LawSource = {
  id: 'minutes2022',
  title: '《关于“断卡”行动中有关法律适用问题的会议纪要》',
  shortTitle: '《断卡纪要》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
