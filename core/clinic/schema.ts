// Law-clinic file formats: exercises, exercise packs and student answers (zod, the single definition).
// An exercise is a matter plus teaching material; its answer key is never stored: the app computes
// it from the matter with the engine at run time, so a corrected law library corrects every exercise.
import { z } from 'zod'
import { storedMatterSchema } from '../matter/migrations'
import { validateMatter, issuesOf, type FieldIssue, type MatterDocument } from '../matter/schema'
import type { ChargeId, SeriousGroundId, Status } from '../analysis/types'
import { GROUND_SHORT_LABELS, SERIOUS_GROUND_IDS as REGISTERED_GROUND_IDS } from '../engine/grounds'
import { CHARGE_OR_NONE, chargeWithArticle, ELEMENT_STATUS_WORDS } from '../vocabulary'

export const CLINIC_FORMAT_VERSION = 1 as const
export const PACK_KIND = 'bangxin-exercise-pack' as const
export const ANSWER_KIND = 'bangxin-answer' as const
export const PACK_EXTENSION = '.bangxin-pack.json'
export const ANSWER_EXTENSION = '.bangxin-answer.json'

// ---------------------------------------------------------------- vocabularies
/** The 帮信罪 elements a student decides (ids as in DefendantAnalysis.elements). */
export const ELEMENT_IDS = ['subject', 'knowledge', 'helpedCrime', 'helpConduct', 'seriousCircumstances'] as const
export type ElementId = (typeof ELEMENT_IDS)[number]
export const ELEMENT_LABELS: Record<ElementId, string> = {
  subject: '主体',
  knowledge: '明知',
  helpedCrime: '被帮助者利用信息网络实施犯罪',
  helpConduct: '帮助行为',
  seriousCircumstances: '情节严重'
}

export const STATUSES = ['met', 'notMet', 'undetermined'] as const satisfies readonly Status[]
/** The analysis's words, except that a student answers 无法判断 rather than 待定 (the question is put to them). */
export const STATUS_LABELS: Record<Status, string> = { ...ELEMENT_STATUS_WORDS.analysis, undetermined: '无法判断' }

export const CHARGE_IDS = CHARGE_OR_NONE
export const CHARGE_LABELS = Object.fromEntries(CHARGE_IDS.map((c) => [c, chargeWithArticle(c)])) as Record<ChargeId, string>

/** Grounds of 情节严重: ids and short wording from the registry (core/engine/grounds). */
export const SERIOUS_GROUND_IDS = REGISTERED_GROUND_IDS
export const SERIOUS_GROUND_LABELS: Record<SeriousGroundId, string> = GROUND_SHORT_LABELS

/** What an exercise asks; the worksheet shows, and the rubric scores, only the kinds listed. */
export const QUESTION_KINDS = ['elements', 'charge', 'seriousGrounds', 'sentence', 'open'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  elements: '构成要件逐项判断',
  charge: '罪名认定',
  seriousGrounds: '情节严重的依据',
  sentence: '量刑区间',
  open: '开放问题（不自动评分）'
}

// ---------------------------------------------------------------- helpers
const id = z
  .string({ error: '编号应为文本 / id must be text' })
  .min(1, { message: '编号不能为空 / id is required' })
  .max(120, { message: '编号过长（最多120字符） / id too long (max 120)' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: '编号只能含字母、数字、- 和 _ / id may contain letters, digits, - and _ only' })
const text = (max: number, zh: string) =>
  z.string({ error: `${zh}应为文本 / must be text` }).max(max, { message: `${zh}过长（最多${max}字） / too long (max ${max})` })
const required = (max: number, zh: string) => text(max, zh).refine((s) => s.trim().length > 0, { message: `${zh}不能为空 / must not be empty` })
const isoTime = z.string({ error: '时间应为 ISO 8601 文本 / time must be an ISO 8601 string' }).refine((s) => !Number.isNaN(Date.parse(s)), {
  message: '时间格式无效 / invalid time'
})
const months = z
  .number({ error: '月数应为数字 / months must be a number' })
  .int({ message: '月数应为整数 / months must be an integer' })
  .min(0, { message: '月数不能为负数 / months cannot be negative' })
  .max(600, { message: '月数过大 / months too large' })

// ---------------------------------------------------------------- twists
/** One change of a fact: `path` is a dotted path into the matter document, e.g. `defendants.0.conduct.transferredForOthers`. */
export const twistChangeSchema = z.object({
  path: required(300, '事实路径'),
  value: z.json()
})
export const twistSchema = z.object({
  id,
  /** e.g. `若其另有代为取现行为` */
  label: required(200, '变化说明'),
  /** a question for the student about the changed facts (optional) */
  prompt: text(2000, '提问').nullable().optional(),
  patch: z.array(twistChangeSchema).min(1, { message: '至少需要一处事实变化 / at least one change is required' }).max(50)
})
export type TwistChange = z.infer<typeof twistChangeSchema>
export type Twist = z.infer<typeof twistSchema>

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor'])

type Json = z.infer<ReturnType<typeof z.json>>
type Container = Record<string, unknown> | unknown[]
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null

/** Apply a twist to a copy of the document. Every segment but the last must exist; the result must be a valid
 *  matter in which the new value is kept (an unknown field is rejected, not silently dropped). */
export function applyTwist(doc: MatterDocument, patch: readonly TwistChange[]): { ok: true; document: MatterDocument } | { ok: false; issues: FieldIssue[] } {
  const copy = structuredClone(doc) as unknown as Record<string, unknown>
  const issues: FieldIssue[] = []
  patch.forEach((change, i) => {
    const segs = change.path.split('.')
    if (segs.some((s) => s === '' || FORBIDDEN_SEGMENTS.has(s))) {
      issues.push({ path: `patch.${i}.path`, message: `事实路径无效：${change.path} / invalid path` })
      return
    }
    let cur: unknown = copy
    for (const seg of segs.slice(0, -1)) {
      const next: unknown = isContainer(cur) ? (cur as Record<string, unknown>)[seg] : undefined
      if (!isContainer(next)) {
        issues.push({ path: `patch.${i}.path`, message: `事实路径不存在：${change.path} / path does not exist` })
        return
      }
      cur = next
    }
    const last = segs[segs.length - 1] as string
    if (Array.isArray(cur) && !(/^\d+$/.test(last) && Number(last) < cur.length)) {
      issues.push({ path: `patch.${i}.path`, message: `事实路径中的序号超出范围：${change.path} / index out of range` })
      return
    }
    ;(cur as Record<string, unknown>)[last] = structuredClone(change.value)
  })
  if (issues.length) return { ok: false, issues }
  const v = validateMatter(copy)
  if (!v.ok) return { ok: false, issues: v.issues.map((x) => ({ path: `document.${x.path}`, message: `变化后的事实无效：${x.message}` })) }
  // a value on a field the format does not know is stripped by the parser: report it instead
  patch.forEach((change, i) => {
    if (JSON.stringify(readPath(v.value, change.path)) !== JSON.stringify(change.value)) {
      issues.push({ path: `patch.${i}.path`, message: `案件格式中没有此字段：${change.path} / the matter format has no such field` })
    }
  })
  if (issues.length) return { ok: false, issues }
  return { ok: true, document: v.value }
}

export function readPath(root: unknown, path: string): unknown {
  let cur: unknown = root
  for (const seg of path.split('.')) {
    if (!isContainer(cur)) return undefined
    cur = (cur as Record<string, unknown>)[seg]
  }
  return cur
}

// ---------------------------------------------------------------- exercises
export const questionSchema = z.object({
  id,
  kind: z.enum(QUESTION_KINDS, { error: `题型应为以下之一：${QUESTION_KINDS.join(' | ')} / invalid question kind` }),
  /** the wording shown to the student; empty = the default wording of the kind */
  prompt: text(2000, '题目')
})
export type Question = z.infer<typeof questionSchema>

export const sourceCitationSchema = z.object({
  title: required(500, '来源名称'),
  url: text(1000, '来源网址').nullable(),
  published: text(40, '发布时间').nullable(),
  /** verbatim lines of the source */
  excerpt: text(20000, '来源摘录').nullable()
})
export type SourceCitation = z.infer<typeof sourceCitationSchema>

/** What the court or procuratorate actually decided (bundled exercises built from published cases). */
export const actualOutcomeSchema = z.object({
  disposition: z.enum(['convicted', 'nonProsecution', 'conditionalNonProsecution', 'insufficientEvidence', 'acquitted']),
  charge: z.enum(CHARGE_IDS).nullable(),
  seriousBasisStated: z.array(z.string()).nullable(),
  sentence: z
    .object({
      kind: z.string(),
      months: z.number().nullable(),
      probationMonths: z.number().nullable(),
      fineYuan: z.number().nullable()
    })
    .nullable()
})
export type ActualOutcome = z.infer<typeof actualOutcomeSchema>

export const EXERCISE_ORIGINS = ['bundled', 'teacher'] as const

export const exerciseSchema = z
  .object({
    formatVersion: z.literal(CLINIC_FORMAT_VERSION, { error: `formatVersion 应为 ${CLINIC_FORMAT_VERSION} / formatVersion must be ${CLINIC_FORMAT_VERSION}` }),
    id,
    origin: z.enum(EXERCISE_ORIGINS),
    title: required(200, '练习名称'),
    /** the facts told as a story, for the student */
    narrative: text(50000, '案情叙述'),
    source: sourceCitationSchema.nullable(),
    document: storedMatterSchema,
    /** the defendant the student analyses */
    defendantId: required(200, '被告人编号'),
    questions: z.array(questionSchema).min(1, { message: '至少需要一个问题 / at least one question is required' }).max(50),
    /** hide the engine's analysis until the student submits */
    hideAnswerUntilSubmit: z.boolean(),
    twists: z.array(twistSchema).max(50),
    /** the court's actual outcome for this defendant (bundled cases), shown as 法院实际认定 */
    actual: actualOutcomeSchema.nullable().optional(),
    author: text(200, '作者'),
    createdAt: isoTime,
    updatedAt: isoTime.optional()
  })
  .superRefine((ex, ctx) => {
    if (!ex.document.defendants.some((d) => d.id === ex.defendantId)) {
      ctx.addIssue({ code: 'custom', path: ['defendantId'], message: `案件中没有编号为 ${ex.defendantId} 的被告人 / no such defendant in the matter` })
    }
    const qids = new Set<string>()
    ex.questions.forEach((q, i) => {
      if (qids.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `问题编号重复：${q.id} / duplicate question id` })
      qids.add(q.id)
    })
    // a twist is checked against a valid matter only (the matter's own errors are reported once, above)
    if (!validateMatter(ex.document).ok) return
    const tids = new Set<string>()
    ex.twists.forEach((t, i) => {
      if (tids.has(t.id)) ctx.addIssue({ code: 'custom', path: ['twists', i, 'id'], message: `变化编号重复：${t.id} / duplicate twist id` })
      tids.add(t.id)
      const r = applyTwist(ex.document, t.patch)
      if (!r.ok) for (const iss of r.issues) ctx.addIssue({ code: 'custom', path: ['twists', i, ...iss.path.split('.')], message: iss.message })
    })
  })
export type Exercise = z.infer<typeof exerciseSchema>

/** The default question set: every structured question plus none open. */
export function defaultQuestions(): Question[] {
  return [
    { id: 'q-elements', kind: 'elements', prompt: '逐项判断帮助信息网络犯罪活动罪的构成要件是否具备，并说明理由。' },
    { id: 'q-charge', kind: 'charge', prompt: '应认定何罪（或不构成犯罪）？' },
    { id: 'q-grounds', kind: 'seriousGrounds', prompt: '如认定情节严重，依据哪些情形？' },
    { id: 'q-sentence', kind: 'sentence', prompt: '请提出你认为适当的刑期区间（月）。' }
  ]
}

// ---------------------------------------------------------------- student answers
export const elementAnswerSchema = z.object({
  status: z.enum(STATUSES, { error: '应为 met | notMet | undetermined / must be met, notMet or undetermined' }),
  reason: text(5000, '理由')
})
export type ElementAnswer = z.infer<typeof elementAnswerSchema>

export const sentenceRangeSchema = z
  .object({ minMonths: months, maxMonths: months })
  .refine((r) => r.minMonths <= r.maxMonths, { message: '刑期下限大于上限 / minimum exceeds maximum', path: ['maxMonths'] })

export const studentAnswerSchema = z.object({
  kind: z.literal(ANSWER_KIND, { error: `不是学生答卷文件（kind 应为 ${ANSWER_KIND}） / not an answer file` }),
  version: z.literal(CLINIC_FORMAT_VERSION, { error: `答卷版本应为 ${CLINIC_FORMAT_VERSION} / unsupported answer version` }),
  exerciseId: id,
  exerciseTitle: text(200, '练习名称').optional(),
  defendantId: required(200, '被告人编号'),
  student: z.object({
    name: required(100, '学生姓名'),
    /** 学号 */
    number: text(100, '学号').nullable()
  }),
  elements: z.partialRecord(z.enum(ELEMENT_IDS), elementAnswerSchema),
  charge: z.enum(CHARGE_IDS, { error: '罪名无效 / invalid charge' }).nullable(),
  chargeReason: text(5000, '罪名理由').optional(),
  seriousGrounds: z
    .array(z.enum(SERIOUS_GROUND_IDS, { error: '情节严重依据无效 / invalid ground id' }))
    .max(SERIOUS_GROUND_IDS.length)
    .refine((a) => new Set(a).size === a.length, { message: '情节严重依据重复 / duplicate ground' }),
  /** null = the student proposes no custodial range (e.g. 不构成犯罪) */
  sentence: sentenceRangeSchema.nullable(),
  /** answers to open questions, by question id; answers to a twist's question under `twist:<twist id>` */
  openAnswers: z.record(z.string().max(200), text(20000, '回答')).optional(),
  submittedAt: isoTime
})
export type StudentAnswer = z.infer<typeof studentAnswerSchema>

// ---------------------------------------------------------------- packs
export const packSchema = z.object({
  kind: z.literal(PACK_KIND, { error: `不是练习包文件（kind 应为 ${PACK_KIND}） / not an exercise pack` }),
  version: z.literal(CLINIC_FORMAT_VERSION, { error: `练习包版本应为 ${CLINIC_FORMAT_VERSION} / unsupported pack version` }),
  exportedAt: isoTime.optional(),
  exercises: z.array(z.unknown()).max(1000, { message: '练习包过大（最多1000个练习） / too many exercises' })
})
export type ExercisePack = { kind: typeof PACK_KIND; version: typeof CLINIC_FORMAT_VERSION; exportedAt?: string; exercises: Exercise[] }

// ---------------------------------------------------------------- validation
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

export function validateExercise(input: unknown): Checked<Exercise> {
  const r = exerciseSchema.safeParse(input)
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesOf(r.error) }
}

export function validateAnswer(input: unknown): Checked<StudentAnswer> {
  const r = studentAnswerSchema.safeParse(input)
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesOf(r.error) }
}

export type { Json }
