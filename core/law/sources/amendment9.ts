// 《中华人民共和国刑法修正案（九）》
// Owner: the engine module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const amendment9: LawSource = {
  id: 'amend9',
  title: '《中华人民共和国刑法修正案（九）》',
  shortTitle: '《刑法修正案（九）》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
