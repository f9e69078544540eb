// 《中华人民共和国反电信网络诈骗法》
// Owner: the engine module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const antifraud2022: LawSource = {
  id: 'antifraud',
  title: '《中华人民共和国反电信网络诈骗法》',
  shortTitle: '《反电信网络诈骗法》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
