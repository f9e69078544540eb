// The field table: every fact of a defendant, declared once — its typed path, zh/en labels, help, the widget the
// form uses, the labels of its values, and how a memo states it. The facts form, the clinic fact sheet and twist
// fields, the pivot descriptions and the memo's fact sentences read it; nothing else spells a field's name.
// FactPath is checked against the schema: a path that names no field of a defendant does not compile.
import type {
  CARD_DEALINGS, CARD_KINDS, CARD_OWNERS, CONSEQUENCES, CRIME_ESTABLISHED, CRIME_TYPES, CUSTODY_KINDS, Defendant,
  KNOWLEDGE_FINDINGS, MERITORIOUS, RELATION_KINDS, ROLES, SEXES, TECH_SUPPORT_KINDS
} from './schema'

/** zh/en text */
export interface Bi {
  zh: string
  en: string
}

type Leaf = string | number | boolean | null | undefined | readonly unknown[]
/** Every dotted path of T down to a leaf (a scalar or a list). */
export type PathOf<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Leaf
    ? K
    : NonNullable<T[K]> extends Record<string, unknown>
      ? K | `${K}.${PathOf<NonNullable<T[K]>>}`
      : K
}[keyof T & string]

/** A path into a defendant, as the analysis names the facts it used. */
export type DefendantPath = PathOf<Defendant>

export type Widget = 'tri' | 'money' | 'count' | 'date' | 'text' | 'longText' | 'choice' | 'checklist' | 'cards' | 'policy' | 'overrides' | 'evidence' | 'relations'

export interface FieldDef {
  label: Bi
  help?: Bi
  widget: Widget
  /** labels of the values of a choice or checklist field */
  values?: Readonly<Record<string, Bi>>
  /** how a memo states a known value (null = the memo does not state this field as a fact sentence) */
  prose?: (value: never) => string | null
}

type Labels<T extends readonly string[]> = Record<T[number], Bi>

// ---------------------------------------------------------------- value labels
export const SEX_LABELS: Labels<typeof SEXES> = { male: { zh: '男', en: 'Male' }, female: { zh: '女', en: 'Female' } }
export const CUSTODY_LABELS: Labels<typeof CUSTODY_KINDS> = {
  none: { zh: '未采取强制措施', en: 'None' },
  summoned: { zh: '拘传', en: 'Summoned' },
  bail: { zh: '取保候审', en: 'Bail' },
  residentialSurveillance: { zh: '监视居住', en: 'Residential surveillance' },
  detained: { zh: '刑事拘留', en: 'Criminal detention (pre-trial)' },
  arrested: { zh: '逮捕', en: 'Arrested' }
}
export const TECH_SUPPORT_LABELS: Labels<typeof TECH_SUPPORT_KINDS> = {
  internetAccess: { zh: '互联网接入', en: 'Internet access' },
  serverHosting: { zh: '服务器托管', en: 'Server hosting' },
  networkStorage: { zh: '网络存储', en: 'Network storage' },
  communicationTransmission: { zh: '通讯传输', en: 'Communication transmission' },
  websiteOrApp: { zh: '搭建网站/开发软件', en: 'Website / app development' },
  otherTech: { zh: '其他技术支持', en: 'Other technical support' }
}
export const CARD_KIND_LABELS: Labels<typeof CARD_KINDS> = {
  bankCard: { zh: '银行卡', en: 'Bank card' },
  bankAccount: { zh: '银行账户', en: 'Bank account' },
  paymentAccount: { zh: '非银行支付账户', en: 'Non-bank payment account' },
  paymentInterface: { zh: '网络支付接口', en: 'Payment interface' },
  onlineBankingCertificate: { zh: '网上银行数字证书（U盾）', en: 'Online-banking certificate (U-key)' },
  paymentInternetAccount: { zh: '具有支付结算功能的互联网账号', en: 'Internet account with payment function' },
  unitSettlementAccount: { zh: '单位结算账户', en: 'Unit settlement account' },
  phoneCard: { zh: '手机卡', en: 'Phone card' },
  dataCard: { zh: '流量卡', en: 'Data card' },
  iotCard: { zh: '物联网卡', en: 'IoT card' }
}
export const CARD_OWNER_LABELS: Labels<typeof CARD_OWNERS> = { self: { zh: '本人', en: 'Own' }, others: { zh: '他人', en: "Others'" } }
export const CARD_DEALING_LABELS: Labels<typeof CARD_DEALINGS> = {
  sell: { zh: '出售', en: 'Sell' }, rent: { zh: '出租', en: 'Rent out' }, buy: { zh: '收购', en: 'Buy' }, lend: { zh: '出借', en: 'Lend' }
}
export const FINDING_LABELS: Labels<typeof KNOWLEDGE_FINDINGS> = {
  proven: { zh: '已认定明知', en: 'Found proven' },
  disputed: { zh: '明知有争议', en: 'Disputed' }
}
export const CRIME_TYPE_LABELS: Labels<typeof CRIME_TYPES> = {
  fraud: { zh: '电信网络诈骗', en: 'Telecom / online fraud' },
  gambling: { zh: '网络赌博', en: 'Online gambling' },
  other: { zh: '其他网络犯罪', en: 'Other network crime' }
}
export const CRIME_ESTABLISHED_LABELS: Labels<typeof CRIME_ESTABLISHED> = {
  yes: { zh: '已查实', en: 'Established' },
  no: { zh: '未构成犯罪', en: 'Not a crime' },
  unprovable: { zh: '确因客观条件限制无法证实', en: 'Cannot be proven (objective limits)' }
}
export const CONSEQUENCE_LABELS: Labels<typeof CONSEQUENCES> = {
  none: { zh: '无严重后果', en: 'None' },
  serious: { zh: '严重后果', en: 'Serious' },
  especiallySerious: { zh: '特别严重后果', en: 'Especially serious' }
}
export const MERITORIOUS_LABELS: Labels<typeof MERITORIOUS> = {
  none: { zh: '无立功', en: 'None' },
  ordinary: { zh: '立功', en: 'Meritorious service' },
  major: { zh: '重大立功', en: 'Major meritorious service' }
}
export const ROLE_LABELS: Labels<typeof ROLES> = {
  principal: { zh: '主犯', en: 'Principal' },
  accessory: { zh: '从犯', en: 'Accessory' },
  coerced: { zh: '胁从犯', en: 'Coerced' }
}

/** 同案人关系: the kind of a link, as the form's select names it (the link reads from the defendant who carries it). */
export const RELATION_LABELS: Labels<typeof RELATION_KINDS> = {
  recruitedBy: { zh: '受其招募、介绍', en: 'Recruited by' },
  directedBy: { zh: '受其指使、组织', en: 'Directed by' },
  suppliedTo: { zh: '将卡/账户交付给', en: 'Supplied cards/accounts to' }
}
/**
 * A link in a sentence, `{names}` standing for the other defendants: `out` from the defendant who carries the link
 * (乙：受甲招募), `in` from the defendant it names (甲：招募乙).
 */
export const RELATION_PHRASES: Record<(typeof RELATION_KINDS)[number], { out: Bi; in: Bi }> = {
  recruitedBy: { out: { zh: '受{names}招募', en: 'recruited by {names}' }, in: { zh: '招募{names}', en: 'recruited {names}' } },
  directedBy: { out: { zh: '受{names}指使', en: 'directed by {names}' }, in: { zh: '指使{names}', en: 'directed {names}' } },
  suppliedTo: { out: { zh: '卡交付给{names}', en: 'cards supplied to {names}' }, in: { zh: '收取{names}交付的卡', en: 'received cards from {names}' } }
}

const bi = (zh: string, en: string): Bi => ({ zh, en })

// ---------------------------------------------------------------- the table
/**
 * Every fact field of a defendant that the analysis reads or the form edits. `satisfies` checks each key is a
 * real path of the schema; FactPath is the set of keys.
 */
export const FIELDS = {
  name: { label: bi('姓名 / 名称', 'Name'), widget: 'text' },
  kind: { label: bi('主体类型', 'Kind'), widget: 'choice', values: { person: bi('自然人', 'Person'), unit: bi('单位', 'Unit') } },
  sex: { label: bi('性别', 'Sex'), widget: 'choice', values: SEX_LABELS, prose: (v: keyof typeof SEX_LABELS) => SEX_LABELS[v].zh },
  birthDate: { label: bi('出生日期', 'Birth date'), widget: 'date' },
  ageAtAct: { label: bi('行为时年龄（无出生日期时填写）', 'Age at the act (if no birth date)'), widget: 'count' },
  student: { label: bi('在校学生', 'Student'), widget: 'tri', prose: (v: boolean) => (v ? '系在校学生' : null) },
  industryInsider: { label: bi('电信/银行/支付行业从业人员利用职务便利', 'Telecom/bank/payment insider abusing the post'), widget: 'tri' },
  custody: {
    label: bi('强制措施', 'Coercive measure'), widget: 'choice', values: CUSTODY_LABELS,
    prose: (v: keyof typeof CUSTODY_LABELS) => (v === 'none' ? '未被采取强制措施' : `现被${CUSTODY_LABELS[v].zh}`)
  },
  factsText: { label: bi('犯罪事实（叙述）', 'Facts as alleged (narrative)'), widget: 'longText' },
  'actPeriod.from': { label: bi('行为起始日期', 'Act from'), widget: 'date' },
  'actPeriod.to': { label: bi('行为终止日期', 'Act to'), widget: 'date' },
  'conduct.techSupport': { label: bi('技术支持类型', 'Technical support'), widget: 'checklist', values: TECH_SUPPORT_LABELS },
  'conduct.advertising': { label: bi('广告推广', 'Advertising'), widget: 'tri' },
  'conduct.paymentSettlement': { label: bi('支付结算（代收代付、跑分、资金通道）', 'Payment settlement (collection, "running points", channels)'), widget: 'tri' },
  'conduct.cards': { label: bi('“两卡”交易', 'Cards and accounts dealt in'), widget: 'cards' },
  'conduct.transferredForOthers': { label: bi('代为转账、套现、取现', 'Transferred / cashed out for others'), widget: 'tri' },
  'conduct.faceVerificationForOthers': { label: bi('为配合转账套现取现提供刷脸等验证', 'Face verification for those transfers'), widget: 'tri' },
  'conduct.priorConspiracy': { label: bi('与被帮助者事先通谋', 'Prior conspiracy with the helped'), widget: 'tri' },
  'conduct.stableCooperation': { label: bi('与被帮助者形成较为稳定的配合关系', 'Stable cooperation with the helped'), widget: 'tri' },
  'conduct.ownIllegalSiteOrGroup': {
    label: bi('本人设立违法犯罪网站、通讯群组或发布违法犯罪信息（刑法第二百八十七条之一）', 'Set up an illegal site or group, or published crime information (art. 287-1)'),
    widget: 'tri'
  },
  'conduct.otherHelp': { label: bi('其他帮助行为（文字）', 'Other help (text)'), widget: 'longText' },
  'knowledge.admitted': { label: bi('供述明知', 'Admitted knowledge'), widget: 'tri' },
  'knowledge.indicators': { label: bi('明知推定情形（《解释》第十一条等）', 'Presumptions of knowledge'), widget: 'checklist' },
  'knowledge.counterEvidence': { label: bi('相反证据（有则可推翻推定）', 'Counter-evidence (rebuts a presumption)'), widget: 'longText' },
  'knowledge.knewProceeds': { label: bi('明知是犯罪所得（刑法第三百一十二条）', 'Knew the money was crime proceeds (art. 312)'), widget: 'tri' },
  'knowledge.finding': { label: bi('明知的认定', 'Finding on knowledge'), widget: 'choice', values: FINDING_LABELS },
  'amounts.paymentSettlement': { label: bi('支付结算金额', 'Payment settlement amount'), widget: 'money' },
  'amounts.oneWayInflow': { label: bi('单向流入涉案账户金额', 'One-way inflow to the accounts'), widget: 'money' },
  'amounts.verifiedFraudFunds': { label: bi('其中经查证系涉诈资金', 'of which verified fraud funds'), widget: 'money' },
  'amounts.explainedLegitimateFunds': { label: bi('能说明合法来源、应予扣除的资金', 'Explained legitimate funds (deducted)'), widget: 'money' },
  'amounts.advertisingFunds': { label: bi('以投放广告等方式提供资金', 'Funds provided via advertising'), widget: 'money' },
  'amounts.illegalGain': { label: bi('违法所得', 'Illegal gain'), widget: 'money' },
  'amounts.concealedProceeds': { label: bi('掩饰、隐瞒的犯罪所得数额', 'Concealed proceeds'), widget: 'money' },
  'amounts.attributableFraudLoss': { label: bi('可归责的被害人损失', 'Attributable fraud loss'), widget: 'money' },
  'helped.objectCount': { label: bi('被帮助对象数量', 'Number of helped persons'), widget: 'count' },
  'helped.crimeType': { label: bi('被帮助犯罪类型', 'Helped crime'), widget: 'choice', values: CRIME_TYPE_LABELS },
  'helped.crimeEstablished': { label: bi('被帮助犯罪是否查实', 'Helped crime established'), widget: 'choice', values: CRIME_ESTABLISHED_LABELS },
  'helped.consequence': { label: bi('危害后果', 'Consequence'), widget: 'choice', values: CONSEQUENCE_LABELS },
  'history.adminPenaltyWithin2Years': { label: bi('二年内因相关行为受过行政处罚', 'Administrative penalty within 2 years'), widget: 'tri' },
  'history.priorCriminalRecord': { label: bi('有前科', 'Prior criminal record'), widget: 'tri' },
  'history.recidivist': { label: bi('累犯', 'Recidivist'), widget: 'tri' },
  'mitigation.surrendered': { label: bi('自动投案', 'Surrendered'), widget: 'tri' },
  'mitigation.truthfulConfession': { label: bi('如实供述', 'Truthful confession'), widget: 'tri' },
  'mitigation.courtConfession': { label: bi('当庭自愿认罪', 'Confessed in court'), widget: 'tri' },
  'mitigation.pleaAgreement': { label: bi('认罪认罚', 'Plea agreement'), widget: 'tri' },
  'mitigation.restitution': { label: bi('退赃退赔金额', 'Restitution amount'), widget: 'money' },
  'mitigation.meritoriousService': { label: bi('立功', 'Meritorious service'), widget: 'choice', values: MERITORIOUS_LABELS },
  'mitigation.role': { label: bi('共同犯罪地位', 'Role'), widget: 'choice', values: ROLE_LABELS },
  'mitigation.victimForgiveness': { label: bi('取得被害人谅解', 'Victim forgiveness'), widget: 'tri' },
  'mitigation.firstOffence': { label: bi('初犯、偶犯', 'First offence'), widget: 'tri' },
  relations: {
    label: bi('同案人关系', 'Links to co-defendants'),
    help: bi('本人与本案其他被告人的关系：受谁招募、介绍，受谁指使、组织，将卡/账户交付给谁', 'Who recruited or directed this defendant, and to whom they handed cards or accounts (defendants of this matter)'),
    widget: 'relations', values: RELATION_LABELS
  }
} as const satisfies Partial<Record<DefendantPath, FieldDef>>

/** A fact field of a defendant: a key of the field table (and so a real path of the schema). */
export type FactPath = keyof typeof FIELDS

export const FACT_PATHS = Object.keys(FIELDS) as FactPath[]

export function isFactPath(p: string): p is FactPath {
  return Object.prototype.hasOwnProperty.call(FIELDS, p)
}

export function fieldLabel(path: FactPath, lang: 'zh' | 'en' = 'zh'): string {
  return FIELDS[path].label[lang]
}

/** The value at a path of a defendant (undefined when a step is missing). */
export function valueAt(d: Defendant, path: FactPath): unknown {
  let cur: unknown = d
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[k]
  }
  return cur
}

/** The matter-level fields of format version 2 (the accusation as written, the province). */
export const MATTER_FIELDS = {
  province: { label: bi('办案地（省级）', 'Province'), help: bi('用于选择该省量刑实施细则；法律库未收入该省细则时会说明', "Selects the province's sentencing rules where the library holds them"), widget: 'text' },
  'accusation.document': { label: bi('指控文书', 'Accusation document'), widget: 'choice' },
  'accusation.number': { label: bi('文书编号', 'Document number'), widget: 'text' },
  'accusation.charge': { label: bi('指控罪名', 'Charge alleged'), widget: 'choice' },
  'accusation.facts': { label: bi('指控事实（原文）', 'Facts alleged (as written)'), widget: 'longText' },
  'accusation.sentenceProposal': { label: bi('量刑建议', 'Sentence proposal'), widget: 'text' }
} as const satisfies Record<string, FieldDef>
