// 《关于常见犯罪的量刑指导意见（二）（试行）》
// Owner: the sentencing module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const sentencing2024: LawSource = {
  id: 'sent2024',
  title: '《关于常见犯罪的量刑指导意见（二）（试行）》',
  shortTitle: '《量刑指导意见（二）》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
