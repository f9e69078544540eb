// Law-clinic handlers: exercises:*, packs:*, answers:*, matters:anonymize. Thin: validate with core/clinic,
// store teacher exercises and imported answers as JSON files under <dataDir>/clinic/ (atomic writes),
// read stored matters through the matter store. A file that fails validation is listed as corrupt, never deleted.
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  answerKey, anonymizeMatter, bundledExercises, isBundledId, packFileName, parseAnswer, parsePack, planImport, serializePack,
  summarizeExercise, validateAnswer, validateExercise, type AnswerImportResult, type AnswerListRow, type Exercise, type ExerciseSummary, type StoredAnswer
} from '../../../core/clinic'
import type { FieldIssue } from '../../../core/matter/schema'
import { exportFileName, storeFor } from '../store'
import { readJsonRaw, writeJsonAtomic } from '../store/atomic'
import { IpcFailure } from './errors'
import type { ServiceHandlers } from './types'

const SAFE_ID = /^[A-Za-z0-9_-]{1,120}$/

export const clinicDir = (dataDir: string) => join(dataDir, 'clinic')
const exercisesDir = (dataDir: string) => join(clinicDir(dataDir), 'exercises')
const answersDir = (dataDir: string, exerciseId: string) => join(clinicDir(dataDir), 'answers', exerciseId)

function checkId(id: string, path: string): string {
  if (!SAFE_ID.test(id)) throw new IpcFailure('INVALID_REQUEST', `编号格式无效：${id} / invalid id`, path)
  return id
}

const prefixIssues = (prefix: string, issues: FieldIssue[]): FieldIssue[] =>
  issues.map((i) => ({ path: i.path === '(根)' ? prefix : `${prefix}.${i.path}`, message: i.message }))

// one write at a time per data folder (files are small; this keeps read-modify-write steps whole)
const queues = new Map<string, Promise<unknown>>()
function serial<T>(dataDir: string, job: () => Promise<T>): Promise<T> {
  const prev = queues.get(dataDir) ?? Promise.resolve()
  const next = prev.then(job, job)
  queues.set(dataDir, next.catch(() => undefined))
  return next
}

async function listJson(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort()
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw e
  }
}

type Loaded = { ok: true; exercise: Exercise } | { ok: false; id: string; issues: FieldIssue[] }

async function loadStored(dataDir: string, id: string): Promise<Loaded | null> {
  const read = await readJsonRaw(join(exercisesDir(dataDir), `${id}.json`))
  if (read.kind === 'missing') return null
  if (read.kind === 'refused') return { ok: false, id, issues: [{ path: '(根)', message: read.error }] }
  if (read.kind === 'unparsable') return { ok: false, id, issues: [{ path: '(根)', message: `练习文件不是有效的 JSON / not valid JSON: ${read.error}` }] }
  const v = validateExercise(read.value)
  if (!v.ok) return { ok: false, id, issues: v.issues }
  if (v.value.id !== id) return { ok: false, id, issues: [{ path: 'id', message: `文件名与练习编号不一致（${v.value.id}） / file name and id differ` }] }
  return { ok: true, exercise: v.value }
}

async function storedAll(dataDir: string): Promise<Loaded[]> {
  const out: Loaded[] = []
  for (const f of await listJson(exercisesDir(dataDir))) {
    const l = await loadStored(dataDir, f.slice(0, -'.json'.length))
    if (l) out.push(l)
  }
  return out
}

async function getExercise(dataDir: string, id: string, path = 'id'): Promise<Exercise> {
  const b = bundledExercises().find((e) => e.id === id)
  if (b) return b
  if (!SAFE_ID.test(id)) throw new IpcFailure('NOT_FOUND', `找不到练习 ${id} / exercise not found`, path)
  const l = await loadStored(dataDir, id)
  if (!l) throw new IpcFailure('NOT_FOUND', `找不到练习 ${id} / exercise not found`, path)
  if (!l.ok) throw new IpcFailure('CORRUPT_MATTER', `练习文件 ${id} 未通过校验（${l.issues.length} 处问题），文件已保留 / the exercise file failed validation and was kept`, l.issues[0]?.path ?? null, l.issues)
  return l.exercise
}

async function countAnswers(dataDir: string, exerciseId: string): Promise<number> {
  return (await listJson(answersDir(dataDir, exerciseId))).length
}

async function writeExercise(dataDir: string, e: Exercise): Promise<void> {
  await mkdir(exercisesDir(dataDir), { recursive: true })
  await writeJsonAtomic(join(exercisesDir(dataDir), `${e.id}.json`), e)
}

const today = () => new Date().toISOString().slice(0, 10)

export const clinicService: ServiceHandlers = {
  'exercises:list': async (_req, ctx) => {
    const out: ExerciseSummary[] = []
    for (const l of await storedAll(ctx.dataDir)) {
      if (l.ok) out.push(summarizeExercise(l.exercise, await countAnswers(ctx.dataDir, l.exercise.id)))
      else {
        out.push({
          id: l.id, title: `（文件已损坏）${l.id}`, origin: 'teacher', author: '', createdAt: '', updatedAt: null, defendantName: '',
          questionCount: 0, twistCount: 0, hideAnswerUntilSubmit: false, answerCount: 0, corrupt: true, issues: l.issues
        })
      }
    }
    out.sort((a, b) => (b.updatedAt ?? b.createdAt).localeCompare(a.updatedAt ?? a.createdAt))
    for (const b of bundledExercises()) out.push(summarizeExercise(b, await countAnswers(ctx.dataDir, b.id)))
    return out
  },

  'exercises:get': async (req, ctx) => getExercise(ctx.dataDir, req.id),

  'exercises:save': async (req, ctx) => {
    const v = validateExercise(req.exercise)
    if (!v.ok) {
      const issues = prefixIssues('exercise', v.issues)
      throw new IpcFailure('INVALID_REQUEST', `练习有 ${issues.length} 处问题：${issues[0]?.message ?? ''} / the exercise is invalid`, issues[0]?.path ?? null, issues)
    }
    const e = v.value
    if (isBundledId(e.id) || bundledExercises().some((b) => b.id === e.id)) {
      throw new IpcFailure('CONFLICT', '内置练习不能修改，请以新编号另存 / a bundled exercise cannot be changed; save it under a new id', 'exercise.id')
    }
    return serial(ctx.dataDir, async () => {
      const prior = await loadStored(ctx.dataDir, e.id)
      const saved: Exercise = {
        ...e,
        origin: 'teacher',
        createdAt: prior?.ok ? prior.exercise.createdAt : e.createdAt,
        updatedAt: new Date().toISOString()
      }
      await writeExercise(ctx.dataDir, saved)
      return saved
    })
  },

  'exercises:delete': async (req, ctx) => {
    if (isBundledId(req.id)) throw new IpcFailure('CONFLICT', '内置练习不能删除 / a bundled exercise cannot be deleted', 'id')
    const id = checkId(req.id, 'id')
    return serial(ctx.dataDir, async () => {
      const file = join(exercisesDir(ctx.dataDir), `${id}.json`)
      const existed = (await readJsonRaw(file)).kind !== 'missing'
      // students' answers stay: they are the students' work, listed again if the exercise is imported back
      if (existed) await rm(file, { force: true })
      return { deleted: existed }
    })
  },

  'packs:export': async (req, ctx) => {
    if (req.ids.length === 0) throw new IpcFailure('INVALID_REQUEST', '请至少选择一个练习 / choose at least one exercise', 'ids')
    const exercises: Exercise[] = []
    for (const [i, id] of req.ids.entries()) exercises.push(await getExercise(ctx.dataDir, id, `ids.${i}`))
    const title = exercises.length === 1 ? (exercises[0]?.title ?? '练习') : `练习包（${exercises.length}个练习）`
    return { fileName: packFileName(title, today()), content: serializePack(exercises, new Date().toISOString()) }
  },

  'packs:import': async (req, ctx) => {
    const parsed = parsePack(req.content)
    if (!parsed.ok) {
      throw new IpcFailure('INVALID_REQUEST', `练习包“${req.fileName}”有 ${parsed.issues.length} 处问题：${parsed.issues[0]?.message ?? ''} / the pack is invalid; nothing was imported`, parsed.issues[0]?.path ?? null, parsed.issues)
    }
    return serial(ctx.dataDir, async () => {
      const existing = new Map<string, Exercise>()
      const damaged: string[] = []
      for (const b of bundledExercises()) existing.set(b.id, b)
      for (const l of await storedAll(ctx.dataDir)) {
        if (l.ok) existing.set(l.exercise.id, l.exercise)
        else damaged.push(l.id) // a damaged file is never overwritten
      }
      const plan = planImport(existing, parsed.value.exercises, damaged)
      let imported = 0
      for (const step of plan) {
        if (step.action === 'unchanged') continue
        await writeExercise(ctx.dataDir, step.exercise)
        imported++
      }
      return { imported, ids: plan.map((p) => p.id) }
    })
  },

  'answers:import': async (req, ctx) => {
    const parsed = parseAnswer(req.content)
    if (!parsed.ok) {
      throw new IpcFailure('INVALID_REQUEST', `答卷“${req.fileName}”有 ${parsed.issues.length} 处问题：${parsed.issues[0]?.message ?? ''} / the answer file is invalid`, parsed.issues[0]?.path ?? null, parsed.issues)
    }
    const answer = parsed.value
    await getExercise(ctx.dataDir, answer.exerciseId, 'exerciseId')
    const key = answerKey(answer)
    return serial(ctx.dataDir, async (): Promise<AnswerImportResult> => {
      const dir = answersDir(ctx.dataDir, answer.exerciseId)
      const file = join(dir, `${key}.json`)
      const prior = await readJsonRaw(file)
      const priorAnswer = prior.kind === 'ok' ? (prior.value as Partial<StoredAnswer>).answer : undefined
      const stale = !!priorAnswer?.submittedAt && priorAnswer.submittedAt > answer.submittedAt
      if (!stale) {
        await mkdir(dir, { recursive: true })
        const stored: StoredAnswer = { key, answer, importedAt: new Date().toISOString() }
        await writeJsonAtomic(file, stored)
      }
      return { key, exerciseId: answer.exerciseId, student: answer.student, submittedAt: answer.submittedAt, replaced: prior.kind !== 'missing' && !stale, stale }
    })
  },

  'answers:list': async (req, ctx) => {
    const exerciseId = checkId(req.exerciseId, 'exerciseId')
    const dir = answersDir(ctx.dataDir, exerciseId)
    const good: StoredAnswer[] = []
    const bad: AnswerListRow[] = []
    for (const f of await listJson(dir)) {
      const key = f.slice(0, -'.json'.length)
      const read = await readJsonRaw(join(dir, f))
      if (read.kind === 'missing') continue
      if (read.kind === 'unparsable' || read.kind === 'refused') {
        bad.push({ key, corrupt: true, issues: [{ path: '(根)', message: read.kind === 'refused' ? read.error : `答卷文件不是有效的 JSON / not valid JSON: ${read.error}` }] })
        continue
      }
      const a = validateAnswer((read.value as Partial<StoredAnswer> | null)?.answer)
      if (!a.ok) {
        bad.push({ key, corrupt: true, issues: prefixIssues('answer', a.issues) })
        continue
      }
      const importedAt = (read.value as Partial<StoredAnswer>).importedAt
      good.push({ key, answer: a.value, importedAt: typeof importedAt === 'string' ? importedAt : '' })
    }
    const who = (x: StoredAnswer) => x.answer.student.number ?? x.answer.student.name
    good.sort((x, y) => who(x).localeCompare(who(y), 'zh'))
    return [...good, ...bad]
  },

  'matters:anonymize': async (req, ctx) => {
    const store = await storeFor(ctx.dataDir)
    const { document } = await store.open(req.id)
    const { document: out, replacements } = anonymizeMatter(document, { extraNames: req.extraNames ?? [] })
    const base = exportFileName(out.matter.title).replace(/\.bangxin\.json$/, '')
    return { fileName: `${base}（脱敏）.bangxin.json`, content: `${JSON.stringify(out, null, 2)}\n`, replacements }
  }
}
