// The facts a teacher can change in a twist, with how their value is entered (paths are defendant-relative).
import type { MessageKey } from '../i18n'
export type FieldKind = 'tri' | 'money' | 'count' | 'finding' | 'crimeEstablished' | 'consequence' | 'role' | 'indicators'

export interface TwistField {
  path: string
  /** Chinese label (the source of truth) and its English rendering for the English UI */
  label: string
  en: string
  kind: FieldKind
}

export const TWIST_FIELDS: TwistField[] = [
  { path: 'conduct.transferredForOthers', label: '代为转账、套现、取现', en: 'Transferred / cashed out for others', kind: 'tri' },
  { path: 'conduct.faceVerificationForOthers', label: '为转账取现提供刷脸等验证', en: 'Face verification for those transfers', kind: 'tri' },
  { path: 'conduct.priorConspiracy', label: '与被帮助者事先通谋', en: 'Prior conspiracy with the helped', kind: 'tri' },
  { path: 'conduct.stableCooperation', label: '与被帮助者形成较为稳定的配合关系', en: 'Stable cooperation with the helped', kind: 'tri' },
  { path: 'conduct.paymentSettlement', label: '提供支付结算帮助', en: 'Payment settlement help', kind: 'tri' },
  { path: 'conduct.advertising', label: '提供广告推广', en: 'Advertising', kind: 'tri' },
  { path: 'knowledge.admitted', label: '供述明知', en: 'Admitted knowledge', kind: 'tri' },
  { path: 'knowledge.knewProceeds', label: '明知是犯罪所得', en: 'Knew the money was crime proceeds', kind: 'tri' },
  { path: 'knowledge.finding', label: '明知的认定', en: 'Finding on knowledge', kind: 'finding' },
  { path: 'knowledge.indicators', label: '明知推定情形', en: 'Presumptions of knowledge', kind: 'indicators' },
  { path: 'amounts.paymentSettlement', label: '支付结算金额（元）', en: 'Payment settlement amount (yuan)', kind: 'money' },
  { path: 'amounts.oneWayInflow', label: '单向流入涉案账户金额（元）', en: 'One-way inflow to the accounts (yuan)', kind: 'money' },
  { path: 'amounts.verifiedFraudFunds', label: '其中经查证涉诈资金（元）', en: 'of which verified fraud funds (yuan)', kind: 'money' },
  { path: 'amounts.illegalGain', label: '违法所得（元）', en: 'Illegal gain (yuan)', kind: 'money' },
  { path: 'amounts.concealedProceeds', label: '代为转移的犯罪所得（元）', en: 'Proceeds moved for others (yuan)', kind: 'money' },
  { path: 'amounts.attributableFraudLoss', label: '可归责的被害人损失（元）', en: 'Attributable fraud loss (yuan)', kind: 'money' },
  { path: 'helped.objectCount', label: '被帮助对象数量', en: 'Number of helped persons', kind: 'count' },
  { path: 'helped.crimeEstablished', label: '被帮助犯罪是否查实', en: 'Helped crime established', kind: 'crimeEstablished' },
  { path: 'helped.consequence', label: '危害后果', en: 'Consequence', kind: 'consequence' },
  { path: 'history.adminPenaltyWithin2Years', label: '二年内受过相关行政处罚', en: 'Administrative penalty within 2 years', kind: 'tri' },
  { path: 'history.recidivist', label: '累犯', en: 'Recidivist', kind: 'tri' },
  { path: 'mitigation.surrendered', label: '自动投案', en: 'Surrendered', kind: 'tri' },
  { path: 'mitigation.truthfulConfession', label: '如实供述', en: 'Truthful confession', kind: 'tri' },
  { path: 'mitigation.pleaAgreement', label: '认罪认罚', en: 'Plea agreement', kind: 'tri' },
  { path: 'mitigation.role', label: '共同犯罪地位', en: 'Role in a joint crime', kind: 'role' },
  { path: 'ageAtAct', label: '行为时年龄', en: 'Age at the act', kind: 'count' }
]

export const CHOICES: Record<Exclude<FieldKind, 'money' | 'count'>, { value: string | boolean | null | []; label: MessageKey }[]> = {
  indicators: [{ value: [], label: 'twist.none' }, { value: null, label: 'twist.unknown' }],
  tri: [{ value: true, label: 'twist.yes' }, { value: false, label: 'twist.no' }, { value: null, label: 'twist.unknown' }],
  finding: [{ value: 'proven', label: 'twist.proven' }, { value: 'disputed', label: 'twist.disputed' }, { value: null, label: 'twist.presumed' }],
  crimeEstablished: [{ value: 'yes', label: 'twist.established' }, { value: 'no', label: 'twist.notCrime' }, { value: 'unprovable', label: 'twist.unprovable' }, { value: null, label: 'twist.unknown' }],
  consequence: [{ value: 'none', label: 'twist.noConsequence' }, { value: 'serious', label: 'twist.serious' }, { value: 'especiallySerious', label: 'twist.especiallySerious' }, { value: null, label: 'twist.unknown' }],
  role: [{ value: 'principal', label: 'twist.principal' }, { value: 'accessory', label: 'twist.accessory' }, { value: 'coerced', label: 'twist.coerced' }, { value: null, label: 'twist.unknown' }]
}

export const fieldOf = (relPath: string): TwistField | undefined => TWIST_FIELDS.find((f) => f.path === relPath)
