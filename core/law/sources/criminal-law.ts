// 《中华人民共和国刑法》
// Owner: the engine module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const criminalLaw: LawSource = {
  id: 'crimlaw',
  title: '《中华人民共和国刑法》',
  shortTitle: '《刑法》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
