// The project's vocabulary: charges, statuses and dispositions, declared once. The engine, the report, the memos,
// the clinic and the UI read their words from here; the few places that need other wording say so explicitly
// (e.g. a memo's table writes 成立/不成立 for an element, see ELEMENT_STATUS_WORDS.memo).
import type { ChargeId, Disposition, Status } from './analysis/types'
import { CHARGE_IDS } from './matter/schema'

export type Charge = (typeof CHARGE_IDS)[number]

export interface ChargeDef {
  /** the 罪名 as the 罪名规定 names it */
  name: string
  /** what practitioners call it in running text */
  short: string
  /** the article, e.g. 刑法第二百八十七条之二 */
  article: string
  en: string
}

/**
 * Every charge the analysis weighs. The order is decision-guide §3's: where two ranges on the facts are equal,
 * the charge earlier in this list prevails (the one that covers the conduct fully).
 */
export const CHARGES = {
  'art266-accomplice': { name: '诈骗罪（共犯）', short: '诈骗罪共犯', article: '刑法第二百六十六条', en: 'Fraud, as accomplice (art. 266)' },
  art312: { name: '掩饰、隐瞒犯罪所得、犯罪所得收益罪', short: '掩隐罪', article: '刑法第三百一十二条', en: 'Concealing criminal proceeds (art. 312)' },
  'art287-2': { name: '帮助信息网络犯罪活动罪', short: '帮信罪', article: '刑法第二百八十七条之二', en: 'Assisting information-network crime (art. 287-2)' },
  'art177-1': { name: '妨害信用卡管理罪', short: '妨害信用卡管理罪', article: '刑法第一百七十七条之一', en: 'Obstructing credit-card management (art. 177-1)' },
  'art287-1': { name: '非法利用信息网络罪', short: '非法利用信息网络罪', article: '刑法第二百八十七条之一', en: 'Illegal use of information networks (art. 287-1)' }
} as const satisfies Record<Charge, ChargeDef>

/** 从一重 ties are broken in this order (decision-guide §3). */
export const CHARGE_ORDER = Object.keys(CHARGES) as Charge[]

/** Every value a prevailing charge can take, in the matter format's order, with none last. */
export const CHARGE_OR_NONE = [...CHARGE_IDS, 'none'] as const satisfies readonly ChargeId[]

/** What the analysis says when no charge is established. */
export const NO_CHARGE = { name: '不构成犯罪', en: 'No offence established' } as const

export function chargeName(c: ChargeId): string {
  return c === 'none' ? NO_CHARGE.name : CHARGES[c].name
}
export function chargeShort(c: ChargeId): string {
  return c === 'none' ? NO_CHARGE.name : CHARGES[c].short
}
/** e.g. 帮助信息网络犯罪活动罪（刑法第二百八十七条之二） */
export function chargeWithArticle(c: ChargeId): string {
  return c === 'none' ? '不构成犯罪 / 未达入罪标准' : `${CHARGES[c].name}（${CHARGES[c].article}）`
}
export function chargeEn(c: ChargeId): string {
  return c === 'none' ? NO_CHARGE.en : CHARGES[c].en
}

/** An element's status: the analysis's words (具备/不具备/待定), and the memo's (成立/不成立/尚不能认定). */
export const ELEMENT_STATUS_WORDS = {
  analysis: { met: '具备', notMet: '不具备', undetermined: '待定' },
  memo: { met: '成立', notMet: '不成立', undetermined: '尚不能认定' },
  en: { met: 'Met', notMet: 'Not met', undetermined: 'Undetermined' }
} as const satisfies Record<string, Record<Status, string>>

/** A candidate charge established on the facts: true / false / null. */
export const ESTABLISHED_WORDS = { true: '成立', false: '不成立', null: '尚不能认定' } as const
export const establishedWord = (e: boolean | null): string => ESTABLISHED_WORDS[String(e) as 'true' | 'false' | 'null']

export const DISPOSITION_WORDS = {
  prosecute: { zh: '构成犯罪，应予追诉', short: '应予追诉', en: 'Prosecute' },
  nonProsecutionPossible: { zh: '构成犯罪但情节轻微，可不起诉或免予刑事处罚', short: '可不起诉或免予刑事处罚', en: 'Non-prosecution / exemption possible' },
  conditionalNonProsecutionPossible: { zh: '构成犯罪，可附条件不起诉（未成年人）', short: '可附条件不起诉', en: 'Conditional non-prosecution possible (minor)' },
  noCrime: { zh: '不构成犯罪（要件不具备或未达情节严重标准）', short: '不构成犯罪', en: 'No crime' },
  undetermined: { zh: '依现有事实尚不能判断', short: '事实不足，尚难判断', en: 'Undetermined on these facts' }
} as const satisfies Record<Disposition, { zh: string; short: string; en: string }>
