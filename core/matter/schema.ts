// The matter file format, version 1 (../shared/spec/matter-format.md is the contract).
// This module is the single definition in code: the store, the IPC layer, the facts form,
// the CLI and the engine all validate with it. Unknown facts are `null`, never 0 or false.
import { z } from 'zod'
import { amountSourcesSchema } from '../statements/provenance'

export const FORMAT_VERSION = 1 as const

// Chinese-first fallback messages for issues that carry no message of their own.
z.config({
  customError: (iss) => {
    if (iss.code === 'invalid_type') {
      if (iss.input === undefined) return '缺少必填字段 / required field is missing'
      if (iss.input === null) return '此字段不能为 null / this field cannot be null'
      return `类型错误，应为 ${iss.expected} / expected ${iss.expected}`
    }
    if (iss.code === 'unrecognized_keys') return `未知字段：${iss.keys.join(', ')} / unknown field(s)`
    if (iss.code === 'invalid_value') return `取值无效 / invalid value`
    return undefined
  }
})

// ---------------------------------------------------------------- primitives
const isValidDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

export const isoDate = z
  .string({ error: '应为日期字符串 YYYY-MM-DD / must be a date string YYYY-MM-DD' })
  .refine(isValidDate, { message: '日期无效，应为 YYYY-MM-DD / invalid date, expected YYYY-MM-DD' })

/** Money in yuan: a non-negative number with at most two decimals. */
export const money = z
  .number({ error: '金额应为数字（元） / amount must be a number (yuan)' })
  .refine((n) => Number.isFinite(n), { message: '金额应为有限数字 / amount must be finite' })
  .refine((n) => n >= 0, { message: '金额不能为负数 / amount cannot be negative' })
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: '金额最多保留两位小数 / at most 2 decimals' })

const count = z
  .number({ error: '数量应为整数 / count must be an integer' })
  .int({ message: '数量应为整数 / count must be an integer' })
  .min(0, { message: '数量不能为负数 / count cannot be negative' })

const tri = z.boolean({ error: '应为 是/否/未知 (true/false/null) / must be true, false or null' }).nullable()
const text = z.string({ error: '应为文本 / must be text' })
const optText = text.nullable().optional()

const enumOf = <T extends readonly [string, ...string[]]>(values: T, zh: string) =>
  z.enum(values, { error: `${zh}应为以下之一：${values.join(' | ')} / must be one of: ${values.join(' | ')}` })

// ---------------------------------------------------------------- enums
export const STAGES = ['investigation', 'prosecution', 'trial', 'appeal'] as const
export const PERSPECTIVES = ['defense', 'prosecution', 'clinic'] as const
export const TECH_SUPPORT_KINDS = [
  'internetAccess', 'serverHosting', 'networkStorage', 'communicationTransmission', 'websiteOrApp', 'otherTech'
] as const
export const CARD_KINDS = [
  'bankCard', 'bankAccount', 'paymentAccount', 'paymentInterface', 'onlineBankingCertificate',
  'paymentInternetAccount', 'unitSettlementAccount', 'phoneCard', 'dataCard', 'iotCard'
] as const
export const CARD_OWNERS = ['self', 'others'] as const
export const CARD_DEALINGS = ['sell', 'rent', 'buy', 'lend'] as const
export const KNOWLEDGE_INDICATORS = [
  'regulatorNotice', 'ignoredReports', 'abnormalPriceOrMethod', 'dedicatedTool', 'evasionMeasures',
  'helpedEvadeInvestigation', 'unitAccountTrade', 'insiderAbuse', 'otherStrong',
  'bulkDevicesOrPlatforms', 'continuedAfterRestriction', 'preparedCoverStory'
] as const
export const KNOWLEDGE_FINDINGS = ['proven', 'disputed'] as const
export const CRIME_TYPES = ['fraud', 'gambling', 'other'] as const
export const CRIME_ESTABLISHED = ['yes', 'no', 'unprovable'] as const
export const CONSEQUENCES = ['none', 'serious', 'especiallySerious'] as const
export const MERITORIOUS = ['none', 'ordinary', 'major'] as const
export const ROLES = ['principal', 'accessory', 'coerced'] as const
export const EVIDENCE_STATUSES = ['verified', 'disputed', 'missing'] as const

/** 2025 帮信意见 第9条 (从严) and 第10条 (从宽) circumstances that are not elsewhere in the format. */
export const POLICY_FACTORS = [
  // 第9条 从严
  'organisedOrProfessional',   // (1) 组织或者长期从事收购、贩卖两卡
  'usedVulnerableGroups',      // (2) 组织、利用未成年人、在校学生、老年人、残疾人
  'crossBorder',               // (4) 跨境非法提供技术支持或者帮助
  'deepSynthesisAI',           // (6) 利用深度合成等人工智能技术
  'priorConvictionWithin5Years', // (8) 五年内曾被判决有罪或者作相对不起诉
  // 第10条 从宽
  'lured',                     // (1) 被诱骗实施犯罪
  'shortAndSmall',             // (2) 参与时间较短、获利较少
  'helpedTraceNetwork'         // (4) 积极配合追查相关信息网络犯罪，起到重要作用
] as const

export const SENTENCING_FACTORS = [
  'surrender', 'confession', 'courtConfession', 'plea', 'restitution', 'accessory', 'coerced', 'minor', 'elderly',
  'forgiveness', 'meritorious', 'recidivist', 'priorRecord', 'strictPolicy', 'lenientPolicy'
] as const

// ---------------------------------------------------------------- parts
export const cardLineSchema = z.object({
  kind: enumOf(CARD_KINDS, '卡/账户种类'),
  count: count.nullable(),
  owner: enumOf(CARD_OWNERS, '卡的归属').nullable(),
  dealing: enumOf(CARD_DEALINGS, '交易方式').nullable()
})

export const conductSchema = z.object({
  techSupport: z.array(enumOf(TECH_SUPPORT_KINDS, '技术支持类型')).nullable(),
  advertising: tri,
  paymentSettlement: tri,
  cards: z.array(cardLineSchema).nullable(),
  transferredForOthers: tri,
  faceVerificationForOthers: tri,
  priorConspiracy: tri,
  stableCooperation: tri,
  otherHelp: text.nullable(),
  /** extension (optional): 本人设立用于实施违法犯罪活动的网站、通讯群组，或为实施违法犯罪活动发布信息 (刑法287条之一) */
  ownIllegalSiteOrGroup: tri.optional()
})

export const knowledgeSchema = z.object({
  admitted: tri,
  indicators: z.array(enumOf(KNOWLEDGE_INDICATORS, '明知推定情形')).nullable(),
  counterEvidence: text.nullable(),
  knewProceeds: tri,
  finding: enumOf(KNOWLEDGE_FINDINGS, '明知认定').nullable()
})

export const amountsSchema = z.object({
  paymentSettlement: money.nullable(),
  oneWayInflow: money.nullable(),
  verifiedFraudFunds: money.nullable(),
  explainedLegitimateFunds: money.nullable(),
  advertisingFunds: money.nullable(),
  illegalGain: money.nullable(),
  concealedProceeds: money.nullable(),
  attributableFraudLoss: money.nullable()
})

export const helpedSchema = z.object({
  objectCount: count.nullable(),
  crimeType: enumOf(CRIME_TYPES, '被帮助犯罪类型').nullable(),
  crimeEstablished: enumOf(CRIME_ESTABLISHED, '被帮助犯罪是否查实').nullable(),
  consequence: enumOf(CONSEQUENCES, '危害后果').nullable()
})

export const historySchema = z.object({
  adminPenaltyWithin2Years: tri,
  priorCriminalRecord: tri,
  recidivist: tri
})

export const mitigationSchema = z.object({
  surrendered: tri,
  truthfulConfession: tri,
  pleaAgreement: tri,
  restitution: money.nullable(),
  meritoriousService: enumOf(MERITORIOUS, '立功').nullable(),
  role: enumOf(ROLES, '共同犯罪地位').nullable(),
  victimForgiveness: tri,
  firstOffence: tri,
  /** 当庭自愿认罪 (extension; optional) */
  courtConfession: tri.optional()
})

export const evidenceSchema = z.object({
  id: text.min(1, { message: '证据编号不能为空 / evidence id is required' }),
  title: text.min(1, { message: '证据名称不能为空 / evidence title is required' }),
  supports: z.array(text),
  /** extension: 已查证 / 有争议 / 缺失 */
  status: enumOf(EVIDENCE_STATUSES, '证据状态').nullable().optional(),
  note: optText
})

export const actPeriodSchema = z.object({
  from: isoDate.nullable(),
  to: isoDate.nullable()
})

export const defendantSchema = z
  .object({
    id: text.min(1, { message: '被告人编号不能为空 / defendant id is required' }),
    name: text.min(1, { message: '姓名不能为空 / name is required' }),
    kind: enumOf(['person', 'unit'] as const, '主体类型'),
    birthDate: isoDate.nullable(),
    ageAtAct: z
      .number({ error: '年龄应为整数 / age must be an integer' })
      .int({ message: '年龄应为整数 / age must be an integer' })
      .min(0, { message: '年龄不能为负数 / age cannot be negative' })
      .max(120, { message: '年龄不合理（大于120） / age over 120' })
      .nullable(),
    student: tri,
    industryInsider: tri,
    actPeriod: actPeriodSchema.nullable(),
    conduct: conductSchema,
    knowledge: knowledgeSchema,
    amounts: amountsSchema,
    helped: helpedSchema,
    history: historySchema,
    mitigation: mitigationSchema,
    evidence: z.array(evidenceSchema).optional(),
    // ---- extensions (optional; absent in files written by other tools)
    /** 2025 帮信意见 第9条/第10条 circumstances: true / false / null (unknown) */
    policyFactors: z.partialRecord(enumOf(POLICY_FACTORS, '政策情节'), tri).optional(),
    /** user's what-if choices for sentencing adjustments, percent (negative = reduction) */
    sentencingOverrides: z
      .partialRecord(enumOf(SENTENCING_FACTORS, '量刑情节'), z.number({ error: '调节比例应为数字 / percent must be a number' }).min(-100).max(100))
      .optional(),
    idNumber: optText,
    phone: optText,
    address: optText,
    /** extension: where amounts confirmed from bank statements came from (files, rows, rule); docs/statements.md */
    amountSources: amountSourcesSchema.nullable().optional()
  })
  .superRefine((d, ctx) => {
    const p = d.actPeriod
    if (p?.from && p.to && p.from > p.to) {
      ctx.addIssue({ code: 'custom', path: ['actPeriod', 'to'], message: '行为终止日期早于起始日期 / act period ends before it starts' })
    }
    if (d.birthDate && p?.from && d.birthDate > p.from) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '出生日期晚于行为起始日期 / birth date after the act' })
    }
    for (const [field, label] of [['verifiedFraudFunds', '经查证涉诈资金'], ['explainedLegitimateFunds', '应予扣除的合法资金']] as const) {
      const v = d.amounts[field]
      const inflow = d.amounts.oneWayInflow
      if (v != null && inflow != null && v > inflow && field === 'explainedLegitimateFunds') {
        ctx.addIssue({ code: 'custom', path: ['amounts', field], message: `${label}大于单向流入金额 / ${field} exceeds oneWayInflow` })
      }
    }
  })

export const matterInfoSchema = z.object({
  title: text.min(1, { message: '案件名称不能为空 / title is required' }),
  caseNumber: optText,
  stage: enumOf(STAGES, '诉讼阶段'),
  perspective: enumOf(PERSPECTIVES, '使用视角'),
  asOf: isoDate.nullable().optional(),
  authority: optText,
  counsel: optText,
  notes: optText
})

export const matterDocumentSchema = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION, { error: `formatVersion 应为 ${FORMAT_VERSION} / formatVersion must be ${FORMAT_VERSION}` }),
    matter: matterInfoSchema,
    defendants: z.array(defendantSchema).min(1, { message: '至少需要一名被告人 / at least one defendant is required' })
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>()
    doc.defendants.forEach((d, i) => {
      if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: ['defendants', i, 'id'], message: `被告人编号重复：${d.id} / duplicate defendant id` })
      seen.add(d.id)
    })
  })

export type MatterDocument = z.infer<typeof matterDocumentSchema>
export type MatterInfo = z.infer<typeof matterInfoSchema>
export type Defendant = z.infer<typeof defendantSchema>
export type CardLine = z.infer<typeof cardLineSchema>
export type Conduct = z.infer<typeof conductSchema>
export type Knowledge = z.infer<typeof knowledgeSchema>
export type Amounts = z.infer<typeof amountsSchema>
export type Helped = z.infer<typeof helpedSchema>
export type History = z.infer<typeof historySchema>
export type Mitigation = z.infer<typeof mitigationSchema>
export type Evidence = z.infer<typeof evidenceSchema>
export type CardKind = (typeof CARD_KINDS)[number]
export type KnowledgeIndicator = (typeof KNOWLEDGE_INDICATORS)[number]
export type PolicyFactor = (typeof POLICY_FACTORS)[number]
export type SentencingFactor = (typeof SENTENCING_FACTORS)[number]

// ---------------------------------------------------------------- validation results
export interface FieldIssue {
  /** dotted path, e.g. `defendants.0.amounts.paymentSettlement` */
  path: string
  /** Chinese first, then English */
  message: string
}

export const formatPath = (path: readonly PropertyKey[]): string => path.map((p) => String(p)).join('.')

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path) || '(根)', message: i.message }))
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

/** Validate an untrusted value as a matter document (no migration; see migrations.ts). */
export function validateMatter(input: unknown): ValidationResult<MatterDocument> {
  const r = matterDocumentSchema.safeParse(input)
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesOf(r.error) }
}

// ---------------------------------------------------------------- factories
export function emptyDefendant(id: string, name = ''): Defendant {
  return {
    id, name, kind: 'person', birthDate: null, ageAtAct: null, student: null, industryInsider: null,
    actPeriod: { from: null, to: null },
    conduct: {
      techSupport: [], advertising: null, paymentSettlement: null, cards: [], transferredForOthers: null,
      faceVerificationForOthers: null, priorConspiracy: null, stableCooperation: null, otherHelp: null
    },
    knowledge: { admitted: null, indicators: [], counterEvidence: null, knewProceeds: null, finding: null },
    amounts: {
      paymentSettlement: null, oneWayInflow: null, verifiedFraudFunds: null, explainedLegitimateFunds: null,
      advertisingFunds: null, illegalGain: null, concealedProceeds: null, attributableFraudLoss: null
    },
    helped: { objectCount: null, crimeType: null, crimeEstablished: null, consequence: null },
    history: { adminPenaltyWithin2Years: null, priorCriminalRecord: null, recidivist: null },
    mitigation: {
      surrendered: null, truthfulConfession: null, pleaAgreement: null, restitution: null, meritoriousService: null,
      role: null, victimForgiveness: null, firstOffence: null
    },
    evidence: []
  }
}

/** A new blank matter. Its one defendant carries a placeholder name, since the schema requires a name. */
export function emptyMatter(title: string, defendantName = '被告人甲'): MatterDocument {
  return {
    formatVersion: FORMAT_VERSION,
    matter: { title, caseNumber: null, stage: 'investigation', perspective: 'defense', asOf: null, authority: null, counsel: null, notes: null },
    defendants: [emptyDefendant('d1', defendantName)]
  }
}
