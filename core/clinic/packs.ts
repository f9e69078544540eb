// Exercise packs (one .bangxin-pack.json file holding many exercises) and student answer files
// (.bangxin-answer.json): serialisation, strict parsing with field paths, and the import plan.
import type { FieldIssue } from '../matter/schema'
import {
  ANSWER_EXTENSION, CLINIC_FORMAT_VERSION, PACK_EXTENSION, PACK_KIND, packSchema, validateAnswer, validateExercise,
  type Checked, type Exercise, type ExercisePack, type StudentAnswer
} from './schema'
import { issuesOf } from '../matter/schema'

function parseJson(content: string, what: string): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(content.replace(/^\uFEFF/, '')) as unknown }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    return { ok: false, issues: [{ path: '(根)', message: `${what}不是有效的 JSON 文件 / not valid JSON: ${msg}` }] }
  }
}

/** A stable, human-readable pack file (sorted as given, 2-space JSON). */
export function serializePack(exercises: readonly Exercise[], exportedAt: string): string {
  const pack: ExercisePack = { kind: PACK_KIND, version: CLINIC_FORMAT_VERSION, exportedAt, exercises: [...exercises] }
  return JSON.stringify(pack, null, 2) + '\n'
}

/** Parse a pack; every exercise is validated and every problem is reported with its path (`exercises.2.title`). */
export function parsePack(content: string): Checked<ExercisePack> {
  const json = parseJson(content, '练习包')
  if (!json.ok) return json
  const head = packSchema.safeParse(json.value)
  if (!head.success) return { ok: false, issues: issuesOf(head.error) }
  const issues: FieldIssue[] = []
  const exercises: Exercise[] = []
  head.data.exercises.forEach((raw, i) => {
    const v = validateExercise(raw)
    if (v.ok) exercises.push(v.value)
    else for (const iss of v.issues) issues.push({ path: `exercises.${i}.${iss.path}`, message: iss.message })
  })
  const seen = new Set<string>()
  exercises.forEach((e, i) => {
    if (seen.has(e.id)) issues.push({ path: `exercises.${i}.id`, message: `练习包内练习编号重复：${e.id} / duplicate exercise id in pack` })
    seen.add(e.id)
  })
  if (issues.length) return { ok: false, issues }
  return {
    ok: true,
    value: { kind: PACK_KIND, version: CLINIC_FORMAT_VERSION, ...(head.data.exportedAt ? { exportedAt: head.data.exportedAt } : {}), exercises }
  }
}

export interface ImportStep {
  /** the id in the pack */
  fromId: string
  /** the id it is stored under */
  id: string
  action: 'add' | 'unchanged' | 'renamed'
  exercise: Exercise
}

/** Content equality that ignores key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`
  }
  return JSON.stringify(v)
}

export function sameExercise(a: Exercise, b: Exercise): boolean {
  return canonical(a) === canonical(b)
}

/** Decide how a pack's exercises are stored next to the existing ones without losing anything:
 *  a new id is added; the same content under the same id (a bundled one included) is left alone; a different exercise under a taken id
 *  (or a bundled one's id, or a `reserved` one such as a damaged file's) is stored under a fresh id (`<id>-2`, `<id>-3`, …). Imported exercises become teacher exercises. */
export function planImport(existing: ReadonlyMap<string, Exercise>, incoming: readonly Exercise[], reserved: Iterable<string> = []): ImportStep[] {
  const taken = new Set([...existing.keys(), ...reserved])
  const steps: ImportStep[] = []
  for (const ex of incoming) {
    const asTeacher: Exercise = { ...ex, origin: 'teacher' }
    const prior = existing.get(ex.id)
    if (prior && sameExercise({ ...prior, origin: 'teacher' }, asTeacher)) {
      steps.push({ fromId: ex.id, id: ex.id, action: 'unchanged', exercise: prior })
      continue
    }
    if (!taken.has(ex.id)) {
      taken.add(ex.id)
      steps.push({ fromId: ex.id, id: ex.id, action: 'add', exercise: asTeacher })
      continue
    }
    let n = 2
    while (taken.has(`${ex.id}-${n}`)) n++
    const fresh = `${ex.id}-${n}`
    taken.add(fresh)
    steps.push({ fromId: ex.id, id: fresh, action: 'renamed', exercise: { ...asTeacher, id: fresh } })
  }
  return steps
}

// ---------------------------------------------------------------- answer files
export function serializeAnswer(answer: StudentAnswer): string {
  return JSON.stringify(answer, null, 2) + '\n'
}

export function parseAnswer(content: string): Checked<StudentAnswer> {
  const json = parseJson(content, '答卷')
  if (!json.ok) return json
  return validateAnswer(json.value)
}

/** A short stable key (FNV-1a, base 36) for file names derived from Chinese text. */
export function stableKey(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36)
}

/** One stored answer per student and exercise: the student's number when given, else the name. */
export function answerKey(answer: StudentAnswer): string {
  const who = answer.student.number?.trim() ? `no:${answer.student.number.trim()}` : `name:${answer.student.name.trim()}`
  return `a-${stableKey(who)}`
}

const safeName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'exercise'

export function packFileName(title: string, date: string): string {
  return `${safeName(title)}-${date}${PACK_EXTENSION}`
}

export function answerFileName(answer: StudentAnswer): string {
  return `${safeName(answer.exerciseTitle ?? answer.exerciseId)}-${safeName(answer.student.name)}${ANSWER_EXTENSION}`
}
