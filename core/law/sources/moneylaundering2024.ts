// 《最高人民法院、最高人民检察院关于办理洗钱刑事案件适用法律若干问题的解释》
// Owner: the competition module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const moneylaundering2024: LawSource = {
  id: 'aml2024',
  title: '《最高人民法院、最高人民检察院关于办理洗钱刑事案件适用法律若干问题的解释》',
  shortTitle: '《洗钱解释》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
