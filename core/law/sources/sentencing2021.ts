// 《最高人民法院、最高人民检察院关于常见犯罪的量刑指导意见（试行）》
// Owner: the sentencing module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const sentencing2021: LawSource = {
  id: 'sent2021',
  title: '《最高人民法院、最高人民检察院关于常见犯罪的量刑指导意见（试行）》',
  shortTitle: '《量刑指导意见》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
