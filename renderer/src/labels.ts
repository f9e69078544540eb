// Display labels for the matter format's enumerations and fields, Chinese first. The field and value labels come
// from the field table (core/matter/fields.ts); the rest are the UI's own. Legal wording
// (knowledge indicators, policy circumstances) stays Chinese in the English UI.
import type { ChargeId, Disposition, Status } from '../../core/analysis/types'
import type {
  CARD_DEALINGS, CARD_KINDS, CARD_OWNERS, CONSEQUENCES, CRIME_ESTABLISHED, CRIME_TYPES, EVIDENCE_STATUSES,
  KNOWLEDGE_FINDINGS, KNOWLEDGE_INDICATORS, MERITORIOUS, PERSPECTIVES, POLICY_FACTORS, ROLES, SENTENCING_FACTORS,
  STAGES, TECH_SUPPORT_KINDS
} from '../../core/matter/schema'

import {
  CARD_DEALING_LABELS, CARD_KIND_LABELS, CARD_OWNER_LABELS, CONSEQUENCE_LABELS, CRIME_ESTABLISHED_LABELS, CRIME_TYPE_LABELS,
  FACT_PATHS, FIELDS, FINDING_LABELS, MERITORIOUS_LABELS, ROLE_LABELS, TECH_SUPPORT_LABELS
} from '../../core/matter/fields'
import { CHARGE_OR_NONE, chargeEn, chargeName, DISPOSITION_WORDS, ELEMENT_STATUS_WORDS } from '../../core/vocabulary'

export type Lang = 'zh' | 'en'
export interface Bi {
  zh: string
  en: string
}
type Labels<T extends readonly string[]> = Record<T[number], Bi>

export const pick = (lang: Lang, b: Bi): string => (lang === 'zh' ? b.zh : b.en)

export const stageLabels: Labels<typeof STAGES> = {
  investigation: { zh: '侦查', en: 'Investigation' },
  prosecution: { zh: '审查起诉', en: 'Prosecution review' },
  trial: { zh: '一审', en: 'Trial' },
  appeal: { zh: '二审', en: 'Appeal' }
}
export const perspectiveLabels: Labels<typeof PERSPECTIVES> = {
  defense: { zh: '辩护', en: 'Defence' },
  prosecution: { zh: '公诉', en: 'Prosecution' },
  clinic: { zh: '教学', en: 'Clinic' }
}
export const techSupportLabels: Labels<typeof TECH_SUPPORT_KINDS> = TECH_SUPPORT_LABELS
export const cardKindLabels: Labels<typeof CARD_KINDS> = CARD_KIND_LABELS
export const cardOwnerLabels: Labels<typeof CARD_OWNERS> = CARD_OWNER_LABELS
export const cardDealingLabels: Labels<typeof CARD_DEALINGS> = CARD_DEALING_LABELS
/** Each presumption of 明知, with the clause it comes from: the legal wording in Chinese, and an English
 *  rendering for the English UI (the memos always quote the Chinese). */
export const indicatorLabels: Record<(typeof KNOWLEDGE_INDICATORS)[number], Bi> = {
  regulatorNotice: { zh: '经监管部门告知后仍然实施有关行为（《解释》第十一条第（一）项）', en: 'Went on after being notified by the regulator (Interpretation 2019, art. 11(1))' },
  ignoredReports: { zh: '接到举报后不履行法定管理职责（《解释》第十一条第（二）项）', en: 'Did not perform the statutory management duty after reports (Interpretation 2019, art. 11(2))' },
  abnormalPriceOrMethod: { zh: '交易价格或者方式明显异常（《解释》第十一条第（三）项）', en: 'Price or manner of the dealing clearly abnormal (Interpretation 2019, art. 11(3))' },
  dedicatedTool: { zh: '提供专门用于违法犯罪的程序、工具或者其他技术支持、帮助（《解释》第十一条第（四）项）', en: 'Provided programs, tools or other support made specially for crime (Interpretation 2019, art. 11(4))' },
  evasionMeasures: { zh: '频繁采用隐蔽上网、加密通信、销毁数据等措施或者使用虚假身份，逃避监管或者规避调查（《解释》第十一条第（五）项）', en: 'Frequently hid online access, encrypted communications, destroyed data or used false identities to evade supervision or investigation (Interpretation 2019, art. 11(5))' },
  helpedEvadeInvestigation: { zh: '为他人逃避监管或者规避调查提供技术支持、帮助（《解释》第十一条第（六）项）', en: 'Helped others evade supervision or investigation (Interpretation 2019, art. 11(6))' },
  unitAccountTrade: { zh: '收购、出售、出租单位银行结算账户、非银行支付机构单位支付账户（《意见（二）》第八条）', en: 'Bought, sold or rented out company bank settlement or payment accounts (Opinions II, art. 8)' },
  insiderAbuse: { zh: '电信、银行、网络支付等行业从业人员利用履行职责或提供服务便利，非法开办并出售、出租他人两卡（《意见（二）》第八条）', en: 'Telecom, bank or payment staff used their position to open and sell or rent out others\' cards (Opinions II, art. 8)' },
  otherStrong: { zh: '其他足以认定行为人明知的情形（《解释》第十一条第（七）项）', en: 'Other circumstances sufficient to find knowledge (Interpretation 2019, art. 11(7))' },
  bulkDevicesOrPlatforms: { zh: '使用批量插卡设备、改号软件、批量账号或者接码平台（2025年《意见》第五条）', en: 'Used bulk SIM devices, number-changing software, bulk accounts or code-receiving platforms (Opinions 2025, art. 5)' },
  continuedAfterRestriction: { zh: '账户被限制、暂停服务后仍继续实施（2025年《意见》第五条）', en: 'Went on after the account was restricted or suspended (Opinions 2025, art. 5)' },
  preparedCoverStory: { zh: '事先准备应对调查的话术口径（2025年《意见》第五条）', en: 'Prepared a story for investigators in advance (Opinions 2025, art. 5)' }
}
export const findingLabels: Labels<typeof KNOWLEDGE_FINDINGS> = FINDING_LABELS
export const crimeTypeLabels: Labels<typeof CRIME_TYPES> = CRIME_TYPE_LABELS
export const crimeEstablishedLabels: Labels<typeof CRIME_ESTABLISHED> = CRIME_ESTABLISHED_LABELS
export const consequenceLabels: Labels<typeof CONSEQUENCES> = CONSEQUENCE_LABELS
export const meritoriousLabels: Labels<typeof MERITORIOUS> = MERITORIOUS_LABELS
export const roleLabels: Labels<typeof ROLES> = ROLE_LABELS
export const evidenceStatusLabels: Labels<typeof EVIDENCE_STATUSES> = {
  verified: { zh: '已查证', en: 'Verified' },
  disputed: { zh: '有争议', en: 'Disputed' },
  missing: { zh: '缺失', en: 'Missing' }
}
export const policyFactorLabels: Record<(typeof POLICY_FACTORS)[number], Bi> = {
  organisedOrProfessional: { zh: '组织或者长期从事收购、贩卖两卡（2025年《意见》第九条第（一）项，从严）', en: 'Organised, or long engaged in, buying and selling cards (Opinions 2025, art. 9(1); stricter)' },
  usedVulnerableGroups: { zh: '组织、利用未成年人、在校学生、老年人、残疾人（第九条第（二）项，从严）', en: 'Organised or used minors, students, the elderly or disabled persons (art. 9(2); stricter)' },
  crossBorder: { zh: '跨境非法提供技术支持或者帮助（第九条第（四）项，从严）', en: 'Gave technical support or help across the border (art. 9(4); stricter)' },
  deepSynthesisAI: { zh: '利用深度合成等人工智能技术（第九条第（六）项，从严）', en: 'Used deep synthesis or other AI technology (art. 9(6); stricter)' },
  priorConvictionWithin5Years: { zh: '五年内曾被判决有罪或者作相对不起诉（第九条第（八）项，从严）', en: 'Convicted, or not prosecuted on discretion, within five years (art. 9(8); stricter)' },
  lured: { zh: '被诱骗实施犯罪（第十条第（一）项，从宽）', en: 'Lured into the offence (art. 10(1); more lenient)' },
  shortAndSmall: { zh: '参与时间较短、获利较少（第十条第（二）项，从宽）', en: 'Took part briefly and gained little (art. 10(2); more lenient)' },
  helpedTraceNetwork: { zh: '积极配合追查相关信息网络犯罪，起到重要作用（第十条第（四）项，从宽）', en: 'Actively helped trace the network crime, playing an important part (art. 10(4); more lenient)' }
}
export const sentencingFactorLabels: Labels<typeof SENTENCING_FACTORS> = {
  surrender: { zh: '自首', en: 'Surrender' },
  confession: { zh: '坦白', en: 'Confession' },
  courtConfession: { zh: '当庭自愿认罪', en: 'Confession in court' },
  plea: { zh: '认罪认罚', en: 'Plea agreement' },
  restitution: { zh: '退赃退赔', en: 'Restitution' },
  accessory: { zh: '从犯', en: 'Accessory' },
  coerced: { zh: '胁从犯', en: 'Coerced' },
  minor: { zh: '未成年', en: 'Minor' },
  elderly: { zh: '老年人', en: 'Elderly' },
  forgiveness: { zh: '取得谅解', en: 'Victim forgiveness' },
  meritorious: { zh: '立功', en: 'Meritorious service' },
  recidivist: { zh: '累犯', en: 'Recidivist' },
  priorRecord: { zh: '前科', en: 'Prior record' },
  strictPolicy: { zh: '从严情节', en: 'Aggravating policy factor' },
  lenientPolicy: { zh: '从宽情节', en: 'Mitigating policy factor' }
}
export const chargeLabels = Object.fromEntries(
  CHARGE_OR_NONE.map((c) => [c, { zh: c === 'none' ? '未认定罪名' : chargeName(c), en: chargeEn(c) }])
) as Record<ChargeId, Bi>
export const dispositionLabels = Object.fromEntries(
  Object.entries(DISPOSITION_WORDS).map(([k, v]) => [k, { zh: v.short, en: v.en }])
) as Record<Disposition, Bi>
export const statusLabels = Object.fromEntries(
  (['met', 'notMet', 'undetermined'] as const).map((k) => [k, { zh: ELEMENT_STATUS_WORDS.analysis[k], en: ELEMENT_STATUS_WORDS.en[k] }])
) as Record<Status, Bi>
export const penaltyKindLabels: Record<'fixedTerm' | 'criminalDetention' | 'exemption' | 'fineOnly', Bi> = {
  fixedTerm: { zh: '有期徒刑', en: 'Fixed-term imprisonment' },
  criminalDetention: { zh: '拘役', en: 'Criminal detention' },
  exemption: { zh: '免予刑事处罚', en: 'Exemption from punishment' },
  fineOnly: { zh: '单处罚金', en: 'Fine only' }
}

/** Field paths (relative to a defendant) an evidence item may support, with their labels. */
/** Short labels of the fact paths (evidence binding, warnings): the field table's, with the period as one fact. */
export const factPathLabels: Record<string, string> = {
  ...Object.fromEntries(FACT_PATHS.map((p) => [p, FIELDS[p].label.zh])),
  actPeriod: '行为期间'
}
