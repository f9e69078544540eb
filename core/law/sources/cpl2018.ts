// 《中华人民共和国刑事诉讼法》
// Owner: the sentencing module. PLACEHOLDER until filled: metadata and clauses come from ../shared/law/sources.md,
// each with its verification mark. Do not invent a number or a text.
import type { LawSource } from '../types'

export const cpl2018: LawSource = {
  id: 'cpl',
  title: '《中华人民共和国刑事诉讼法》',
  shortTitle: '《刑事诉讼法》',
  docNumber: null,
  issuers: [],
  effective: null,
  ends: null,
  verification: 'UNVERIFIED',
  clauses: []
}
