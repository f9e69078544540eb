// The facts a teacher can change in a twist, with how their value is entered (paths are defendant-relative).
export type FieldKind = 'tri' | 'money' | 'count' | 'finding' | 'crimeEstablished' | 'consequence' | 'role' | 'indicators'

export interface TwistField {
  path: string
  label: string
  kind: FieldKind
}

export const TWIST_FIELDS: TwistField[] = [
  { path: 'conduct.transferredForOthers', label: '代为转账、套现、取现', kind: 'tri' },
  { path: 'conduct.faceVerificationForOthers', label: '为转账取现提供刷脸等验证', kind: 'tri' },
  { path: 'conduct.priorConspiracy', label: '与被帮助者事先通谋', kind: 'tri' },
  { path: 'conduct.stableCooperation', label: '与被帮助者形成较为稳定的配合关系', kind: 'tri' },
  { path: 'conduct.paymentSettlement', label: '提供支付结算帮助', kind: 'tri' },
  { path: 'conduct.advertising', label: '提供广告推广', kind: 'tri' },
  { path: 'knowledge.admitted', label: '供述明知', kind: 'tri' },
  { path: 'knowledge.knewProceeds', label: '明知是犯罪所得', kind: 'tri' },
  { path: 'knowledge.finding', label: '明知的认定', kind: 'finding' },
  { path: 'knowledge.indicators', label: '明知推定情形', kind: 'indicators' },
  { path: 'amounts.paymentSettlement', label: '支付结算金额（元）', kind: 'money' },
  { path: 'amounts.oneWayInflow', label: '单向流入涉案账户金额（元）', kind: 'money' },
  { path: 'amounts.verifiedFraudFunds', label: '其中经查证涉诈资金（元）', kind: 'money' },
  { path: 'amounts.illegalGain', label: '违法所得（元）', kind: 'money' },
  { path: 'amounts.concealedProceeds', label: '代为转移的犯罪所得（元）', kind: 'money' },
  { path: 'amounts.attributableFraudLoss', label: '可归责的被害人损失（元）', kind: 'money' },
  { path: 'helped.objectCount', label: '被帮助对象数量', kind: 'count' },
  { path: 'helped.crimeEstablished', label: '被帮助犯罪是否查实', kind: 'crimeEstablished' },
  { path: 'helped.consequence', label: '危害后果', kind: 'consequence' },
  { path: 'history.adminPenaltyWithin2Years', label: '二年内受过相关行政处罚', kind: 'tri' },
  { path: 'history.recidivist', label: '累犯', kind: 'tri' },
  { path: 'mitigation.surrendered', label: '自动投案', kind: 'tri' },
  { path: 'mitigation.truthfulConfession', label: '如实供述', kind: 'tri' },
  { path: 'mitigation.pleaAgreement', label: '认罪认罚', kind: 'tri' },
  { path: 'mitigation.role', label: '共同犯罪地位', kind: 'role' },
  { path: 'ageAtAct', label: '行为时年龄', kind: 'count' }
]

export const CHOICES: Record<Exclude<FieldKind, 'money' | 'count'>, { value: string | boolean | null | []; label: string }[]> = {
  indicators: [{ value: [], label: '无任何推定情形' }, { value: null, label: '未知' }],
  tri: [{ value: true, label: '是' }, { value: false, label: '否' }, { value: null, label: '未知' }],
  finding: [{ value: 'proven', label: '已认定明知' }, { value: 'disputed', label: '有争议' }, { value: null, label: '依事实推定' }],
  crimeEstablished: [{ value: 'yes', label: '已查实' }, { value: 'no', label: '不构成犯罪' }, { value: 'unprovable', label: '无法查证' }, { value: null, label: '未知' }],
  consequence: [{ value: 'none', label: '无' }, { value: 'serious', label: '严重后果' }, { value: 'especiallySerious', label: '特别严重后果' }, { value: null, label: '未知' }],
  role: [{ value: 'principal', label: '主犯' }, { value: 'accessory', label: '从犯' }, { value: 'coerced', label: '胁从犯' }, { value: null, label: '未知' }]
}

export const fieldOf = (relPath: string): TwistField | undefined => TWIST_FIELDS.find((f) => f.path === relPath)
