// The matter file format, version 2 (docs/store.md, docs/co-defendants.md; the contract is the project's matter-format spec).
// This module is the single definition in code: the store, the IPC layer, the facts form,
// the CLI and the engine all validate with it. Unknown facts are `null`, never 0 or false.
// A missing key reads as null (or [] for a list, or an object of nulls for a block), in version 1 and
// version 2 files alike: a file written before a field existed still opens. The parsed (output) types
// therefore carry every key; the input types leave them optional.
import { z } from 'zod'
import { amountSourcesSchema } from './provenance'

export const FORMAT_VERSION = 2 as const

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

/** A fact that may be unknown: null, and a missing key reads as null. */
const orNull = <T extends z.ZodType>(schema: T) => schema.nullable().default(null)
/** A list that may be unknown (null); a missing key reads as the empty list. */
const listOf = <T extends z.ZodType>(item: T) => z.array(item).nullable().default([])

const tri = orNull(z.boolean({ error: '应为 是/否/未知 (true/false/null) / must be true, false or null' }))
const text = z.string({ error: '应为文本 / must be text' })
const optText = orNull(text)
/** An extension of the app's own (not in the format spec): may be absent in the parsed document too. */
const extText = text.nullable().optional()

const enumOf = <T extends readonly [string, ...string[]]>(values: T, zh: string) =>
  z.enum(values, { error: `${zh}应为以下之一：${values.join(' | ')} / must be one of: ${values.join(' | ')}` })

// ---------------------------------------------------------------- enums
export const STAGES = ['investigation', 'prosecution', 'trial', 'appeal'] as const
/** 性别 (format version 2) */
export const SEXES = ['male', 'female'] as const
/** 强制措施 (format version 2): 未采取/拘传/取保候审/监视居住/刑事拘留/逮捕 */
export const CUSTODY_KINDS = ['none', 'summoned', 'bail', 'residentialSurveillance', 'detained', 'arrested'] as const
/** The document an accusation is written in (format version 2). */
export const ACCUSATION_DOCUMENTS = ['起诉意见书', '起诉书', '判决书', '不起诉决定书', '抗诉书'] as const
/** Charge ids of the matter format (the vocabulary in core/vocabulary.ts names and orders them). */
export const CHARGE_IDS = ['art287-2', 'art312', 'art266-accomplice', 'art177-1', 'art287-1'] as const
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
/**
 * 同案人关系 (extension): how a defendant stands to another defendant of the same matter — 受…招募、介绍 (recruitedBy),
 * 受…指使、组织 (directedBy), 将卡/账户交付给… (suppliedTo).
 */
export const RELATION_KINDS = ['recruitedBy', 'directedBy', 'suppliedTo'] as const

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
  count: orNull(count),
  owner: orNull(enumOf(CARD_OWNERS, '卡的归属')),
  dealing: orNull(enumOf(CARD_DEALINGS, '交易方式'))
})

export const conductSchema = z.object({
  techSupport: listOf(enumOf(TECH_SUPPORT_KINDS, '技术支持类型')),
  advertising: tri,
  paymentSettlement: tri,
  cards: listOf(cardLineSchema),
  transferredForOthers: tri,
  faceVerificationForOthers: tri,
  priorConspiracy: tri,
  stableCooperation: tri,
  otherHelp: optText,
  /** extension (optional): 本人设立用于实施违法犯罪活动的网站、通讯群组，或为实施违法犯罪活动发布信息 (刑法287条之一) */
  ownIllegalSiteOrGroup: tri
})

export const knowledgeSchema = z.object({
  admitted: tri,
  indicators: listOf(enumOf(KNOWLEDGE_INDICATORS, '明知推定情形')),
  counterEvidence: optText,
  knewProceeds: tri,
  finding: orNull(enumOf(KNOWLEDGE_FINDINGS, '明知认定'))
})

export const amountsSchema = z.object({
  paymentSettlement: orNull(money),
  oneWayInflow: orNull(money),
  verifiedFraudFunds: orNull(money),
  explainedLegitimateFunds: orNull(money),
  advertisingFunds: orNull(money),
  illegalGain: orNull(money),
  concealedProceeds: orNull(money),
  attributableFraudLoss: orNull(money)
})

export const helpedSchema = z.object({
  objectCount: orNull(count),
  crimeType: orNull(enumOf(CRIME_TYPES, '被帮助犯罪类型')),
  crimeEstablished: orNull(enumOf(CRIME_ESTABLISHED, '被帮助犯罪是否查实')),
  consequence: orNull(enumOf(CONSEQUENCES, '危害后果'))
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
  restitution: orNull(money),
  meritoriousService: orNull(enumOf(MERITORIOUS, '立功')),
  role: orNull(enumOf(ROLES, '共同犯罪地位')),
  victimForgiveness: tri,
  firstOffence: tri,
  /** 当庭自愿认罪 (extension; optional) */
  courtConfession: tri
})

export const evidenceSchema = z.object({
  id: text.min(1, { message: '证据编号不能为空 / evidence id is required' }),
  title: text.min(1, { message: '证据名称不能为空 / evidence title is required' }),
  supports: z.array(text).default([]),
  /** extension: 已查证 / 有争议 / 缺失 */
  status: enumOf(EVIDENCE_STATUSES, '证据状态').nullable().optional(),
  note: extText
})

/** One link to another defendant of the same matter (extension; the matter-level check is in matterDocumentSchema). */
export const relationSchema = z.object({
  kind: enumOf(RELATION_KINDS, '同案人关系'),
  defendant: text.min(1, { message: '关联的同案人编号不能为空 / the linked defendant id is required' })
})

export const actPeriodSchema = z.object({
  from: orNull(isoDate),
  to: orNull(isoDate)
})

export const defendantSchema = z
  .object({
    id: text.min(1, { message: '被告人编号不能为空 / defendant id is required' }),
    name: text.min(1, { message: '姓名不能为空 / name is required' }),
    kind: enumOf(['person', 'unit'] as const, '主体类型'),
    birthDate: orNull(isoDate),
    ageAtAct: orNull(z
      .number({ error: '年龄应为整数 / age must be an integer' })
      .int({ message: '年龄应为整数 / age must be an integer' })
      .min(0, { message: '年龄不能为负数 / age cannot be negative' })
      .max(120, { message: '年龄不合理（大于120） / age over 120' })),
    student: tri,
    industryInsider: tri,
    actPeriod: actPeriodSchema.nullable().prefault({}),
    conduct: conductSchema.prefault({}),
    knowledge: knowledgeSchema.prefault({}),
    amounts: amountsSchema.prefault({}),
    helped: helpedSchema.prefault({}),
    history: historySchema.prefault({}),
    mitigation: mitigationSchema.prefault({}),
    evidence: z.array(evidenceSchema).default([]),
    // ---- format version 2
    sex: orNull(enumOf(SEXES, '性别')),
    custody: orNull(enumOf(CUSTODY_KINDS, '强制措施')),
    /** 犯罪事实 narrative, free text */
    factsText: optText,
    // ---- extensions (optional; absent in files written by other tools)
    /** 2025 帮信意见 第9条/第10条 circumstances: true / false / null (unknown) */
    policyFactors: z.partialRecord(enumOf(POLICY_FACTORS, '政策情节'), tri).optional(),
    /** user's what-if choices for sentencing adjustments, percent (negative = reduction) */
    sentencingOverrides: z
      .partialRecord(enumOf(SENTENCING_FACTORS, '量刑情节'), z.number({ error: '调节比例应为数字 / percent must be a number' }).min(-100).max(100))
      .optional(),
    idNumber: extText,
    phone: extText,
    address: extText,
    /** extension: where amounts confirmed from bank statements came from (files, rows, rule); docs/statements.md */
    amountSources: amountSourcesSchema.nullable().optional(),
    /** extension: links to other defendants of the matter (同案人关系); a missing key reads as [] */
    relations: listOf(relationSchema)
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

/** What the other side alleges, as written (format version 2). */
export const accusationSchema = z.object({
  document: orNull(enumOf(ACCUSATION_DOCUMENTS, '指控文书')),
  number: optText,
  charge: orNull(enumOf(CHARGE_IDS, '指控罪名')),
  /** the 指控事实 text */
  facts: optText,
  /** 量刑建议, if any */
  sentenceProposal: optText
})

export const matterInfoSchema = z.object({
  title: text.min(1, { message: '案件名称不能为空 / title is required' }),
  caseNumber: optText,
  stage: enumOf(STAGES, '诉讼阶段'),
  perspective: enumOf(PERSPECTIVES, '使用视角'),
  asOf: orNull(isoDate),
  authority: optText,
  counsel: optText,
  notes: optText,
  // ---- format version 2
  /** where the matter is handled (e.g. 江西省): selects the province's 量刑实施细则 where the library has it */
  province: optText,
  accusation: orNull(accusationSchema)
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
    for (const issue of relationIssues(doc.defendants)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
  })

/** The kinds of link that must not run in a circle (A 受 B 招募, B 受 A 招募). */
const ACYCLIC_KINDS = ['recruitedBy', 'directedBy'] as const
const RELATION_WORDS: Record<(typeof RELATION_KINDS)[number], string> = { recruitedBy: '招募', directedBy: '指使', suppliedTo: '交付卡/账户' }

/**
 * The matter-level checks of the 同案人关系: each link names another defendant of the same matter (not the defendant
 * itself), no link is given twice, and the 招募 and 指使 links do not run in a circle.
 */
function relationIssues(defendants: readonly { id: string; relations?: readonly { kind: string; defendant: string }[] | null }[]): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = []
  const ids = new Set(defendants.map((d) => d.id))
  defendants.forEach((d, i) => {
    const seen = new Set<string>()
    ;(d.relations ?? []).forEach((r, j) => {
      const path = ['defendants', i, 'relations', j, 'defendant']
      if (r.defendant === d.id) {
        out.push({ path, message: '同案人关系不能指向本人 / a relation cannot name the defendant itself' })
      } else if (!ids.has(r.defendant)) {
        out.push({ path, message: `同案人关系指向的被告人不在本案中：${r.defendant} / no defendant with id ${r.defendant} in this matter` })
      }
      const key = `${r.kind}|${r.defendant}`
      if (seen.has(key)) out.push({ path, message: `同案人关系重复：${r.defendant} / duplicate relation (${r.kind} ${r.defendant})` })
      seen.add(key)
    })
  })
  // a circle of 招募 or 指使 links (each kind on its own): reported at the link that closes it
  for (const kind of ACYCLIC_KINDS) {
    const next = new Map<string, string[]>()
    for (const d of defendants) next.set(d.id, [...new Set((d.relations ?? []).filter((r) => r.kind === kind && r.defendant !== d.id).map((r) => r.defendant))])
    const reaches = (from: string, to: string): boolean => {
      const stack = [from]
      const visited = new Set<string>()
      while (stack.length) {
        const x = stack.pop() as string
        if (x === to) return true
        if (visited.has(x)) continue
        visited.add(x)
        stack.push(...(next.get(x) ?? []))
      }
      return false
    }
    defendants.forEach((d, i) => {
      ;(d.relations ?? []).forEach((r, j) => {
        if (r.kind !== kind || r.defendant === d.id || !ids.has(r.defendant)) return
        // the link d → r.defendant closes a circle when r.defendant leads back to d
        if (!reaches(r.defendant, d.id)) return
        // once reported, the link leaves the graph: the other links of the same circle no longer close it
        const list = next.get(d.id) ?? []
        list.splice(list.indexOf(r.defendant), 1)
        out.push({
          path: ['defendants', i, 'relations', j, 'defendant'],
          message: `同案人关系成环：“${RELATION_WORDS[kind]}”关系从 ${d.id} 经 ${r.defendant} 又回到 ${d.id} / the ${kind} relations run in a circle (${d.id} → ${r.defendant} → … → ${d.id})`
        })
      })
    })
  }
  return out
}

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
export type Relation = z.infer<typeof relationSchema>
export type RelationKind = (typeof RELATION_KINDS)[number]
export type Accusation = z.infer<typeof accusationSchema>
/** A matter as written in a file or sent over IPC: every key the format lets a writer leave out is optional. */
export type MatterDocumentInput = z.input<typeof matterDocumentSchema>
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
/**
 * A defendant of whom nothing is known yet: every fact null, every list empty — what the schema reads for the keys
 * a writer leaves out, so a field added to the schema needs no line here.
 */
export function emptyDefendant(id: string, name = ''): Defendant {
  const d = defendantSchema.parse({ id, name: name || '-', kind: 'person', conduct: { techSupport: [], cards: [] }, knowledge: { indicators: [] } })
  return { ...d, name }
}

/**
 * The matter without its defendant at `index`, and without the 同案人关系 that named that defendant (a link to a
 * defendant no longer in the matter would not validate). The same document when the index names no defendant.
 */
export function withoutDefendant(doc: MatterDocument, index: number): MatterDocument {
  const gone = doc.defendants[index]
  if (!gone) return doc
  return {
    ...doc,
    defendants: doc.defendants.filter((_d, j) => j !== index).map((d) =>
      d.relations?.some((r) => r.defendant === gone.id) ? { ...d, relations: d.relations.filter((r) => r.defendant !== gone.id) } : d)
  }
}

/** A new blank matter. Its one defendant carries a placeholder name, since the schema requires a name. */
export function emptyMatter(title: string, defendantName = '被告人甲'): MatterDocument {
  return {
    formatVersion: FORMAT_VERSION,
    matter: {
      title, caseNumber: null, stage: 'investigation', perspective: 'defense', asOf: null, authority: null, counsel: null, notes: null,
      province: null, accusation: null
    },
    defendants: [emptyDefendant('d1', defendantName)]
  }
}
