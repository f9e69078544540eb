// The exercise library bundled with the app: one exercise per published case in core/examples.
// The narrative tells the conduct and the structured facts; the court's outcome, the source excerpt and
// the fixture's notes (which often state the sentence) are kept for after the student submits.
// The answer key is never stored: it is the engine's analysis, computed when the exercise is opened.
import { examples, type Example } from '../examples'
import type { MatterDocument } from '../matter/schema'
import { describeDefendant } from './facts'
import { CHARGE_IDS, CLINIC_FORMAT_VERSION, defaultQuestions, validateExercise, type ActualOutcome, type Exercise, type Twist } from './schema'

export const BUNDLED_PREFIX = 'case-'
export const BUNDLED_AUTHOR = '据公开案例整理（见来源）'
/** Bundled exercises carry the date the case set was compiled, so that the library is deterministic. */
const BUNDLED_AT = '2026-11-22T00:00:00.000Z'

const CHARGE_TAIL = /(帮助信息网络犯罪活动|掩饰、隐瞒犯罪所得|诈骗|妨害信用卡管理|非法利用信息网络|盗窃)[、和及]?.*案$/

/** A neutral title (the matter's title names the charge, which is the question). */
export function neutralTitle(doc: MatterDocument): string {
  const t = doc.matter.title.replace(/等人?(?=帮助|掩饰|诈骗|妨害|非法)/, '').replace(CHARGE_TAIL, '').trim()
  const names = t || doc.defendants.map((d) => d.name).join('、')
  return `${names}案`
}

/** The default twists: changes of fact that test the key distinctions, only where the fact differs now. */
export function defaultTwists(doc: MatterDocument, defendantIndex: number): Twist[] {
  const d = doc.defendants[defendantIndex]
  if (!d) return []
  const p = `defendants.${defendantIndex}`
  const out: Twist[] = []
  if (d.conduct.transferredForOthers !== true) {
    out.push({
      id: 'tw-withdraw',
      label: '若其在提供银行卡后，另明知是犯罪所得而代为转账、取现',
      prompt: '此时应认定何罪？为什么？',
      patch: [
        { path: `${p}.conduct.transferredForOthers`, value: true },
        { path: `${p}.knowledge.knewProceeds`, value: true }
      ]
    })
  }
  if (d.conduct.priorConspiracy !== true) {
    out.push({
      id: 'tw-conspiracy',
      label: '若其与诈骗分子事先通谋',
      prompt: '事先通谋对罪名认定有何影响？',
      patch: [{ path: `${p}.conduct.priorConspiracy`, value: true }]
    })
  }
  if (d.knowledge.admitted !== false || (d.knowledge.indicators?.length ?? 0) > 0 || d.knowledge.finding !== null) {
    out.push({
      id: 'tw-no-knowledge',
      label: '若其否认明知，且在案没有任何推定明知的情形',
      prompt: '明知要件能否成立？案件应如何处理？',
      patch: [
        { path: `${p}.knowledge.admitted`, value: false },
        { path: `${p}.knowledge.indicators`, value: [] },
        { path: `${p}.knowledge.finding`, value: null }
      ]
    })
  }
  return out
}

/** Marker under which earlier releases appended a fixture's encoding notes to the source excerpt. */
const ENCODING_NOTES = /\n*\s*整理说明[：:][\s\S]*$/

/** The source excerpt as students see it: verbatim, without encoding notes (also those carried by
 *  exercises saved from an earlier release). */
export function excerptForStudents(excerpt: string | null): string | null {
  if (excerpt === null) return null
  return excerpt.replace(ENCODING_NOTES, '').trim() || null
}

export function narrativeOf(doc: MatterDocument): string {
  const parts: string[] = []
  for (const d of doc.defendants) {
    const lines = [`【${d.name || d.id}】`]
    if (d.conduct.otherHelp) lines.push(`案情：${d.conduct.otherHelp}`)
    lines.push(...describeDefendant(d))
    parts.push(lines.join('\n'))
  }
  return parts.join('\n\n')
}

function actualOf(ex: Example, defendantId: string): ActualOutcome | null {
  const a = ex.actual[defendantId]
  if (!a) return null
  const charge = (CHARGE_IDS as readonly string[]).includes(a.charge ?? '') ? (a.charge as ActualOutcome['charge']) : null
  return {
    disposition: a.disposition,
    charge,
    seriousBasisStated: a.seriousBasisStated ?? null,
    sentence: a.sentence
      ? { kind: a.sentence.kind, months: a.sentence.months, probationMonths: a.sentence.probationMonths ?? null, fineYuan: a.sentence.fineYuan ?? null }
      : null
  }
}

export function exerciseFromExample(ex: Example): Exercise {
  const document: MatterDocument = structuredClone(ex.document)
  const title = neutralTitle(document)
  document.matter = { ...document.matter, title, perspective: 'clinic', notes: null }
  const first = document.defendants[0]
  if (!first) throw new Error(`example ${ex.id} has no defendant`)
  const exercise: Exercise = {
    formatVersion: CLINIC_FORMAT_VERSION,
    id: `${BUNDLED_PREFIX}${ex.id}`,
    origin: 'bundled',
    title: `${title}：${ex.summary}`.slice(0, 200),
    narrative: narrativeOf(document),
    source: {
      title: ex.source.title,
      url: ex.source.url ?? null,
      published: ex.source.published ?? null,
      // the verbatim source only: the fixture's encoding notes (how the facts were coded) are for
      // maintainers, never shown to students
      excerpt: excerptForStudents(ex.source.excerpt ?? null)
    },
    document,
    defendantId: first.id,
    questions: defaultQuestions(),
    hideAnswerUntilSubmit: true,
    twists: defaultTwists(document, 0),
    actual: actualOf(ex, first.id),
    author: BUNDLED_AUTHOR,
    createdAt: BUNDLED_AT
  }
  const v = validateExercise(exercise)
  if (!v.ok) throw new Error(`bundled exercise ${exercise.id} is invalid: ${v.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
  return v.value
}

let cache: Exercise[] | null = null

/** The bundled exercises, built once. */
export function bundledExercises(): Exercise[] {
  cache ??= examples.map(exerciseFromExample)
  return cache
}

export function isBundledId(id: string): boolean {
  return id.startsWith(BUNDLED_PREFIX)
}
