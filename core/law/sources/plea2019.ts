// 《关于适用认罪认罚从宽制度的指导意见》
// Owner: the sentencing module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const plea2019: LawSource = {
  id: 'plea2019',
  title: '《关于适用认罪认罚从宽制度的指导意见》',
  shortTitle: '《认罪认罚指导意见》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
