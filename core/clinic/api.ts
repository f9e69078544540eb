// What the clinic service answers (the IPC contract keeps these payloads `unknown`; these are their shapes).
import type { FieldIssue } from '../matter/schema'
import type { Exercise, StudentAnswer } from './schema'

/** One row of `exercises:list`. */
export interface ExerciseSummary {
  id: string
  title: string
  origin: Exercise['origin']
  author: string
  createdAt: string
  updatedAt: string | null
  defendantName: string
  questionCount: number
  twistCount: number
  hideAnswerUntilSubmit: boolean
  /** teacher exercises: how many student answers are stored */
  answerCount: number
  /** a stored file that failed validation (kept aside, never deleted); `issues` say why */
  corrupt: boolean
  issues?: FieldIssue[]
}

/** `answers:import` */
export interface AnswerImportResult {
  key: string
  exerciseId: string
  student: StudentAnswer['student']
  submittedAt: string
  /** an earlier answer of the same student was replaced */
  replaced: boolean
  /** the stored answer is newer than the imported one, so the import was not applied */
  stale: boolean
}

/** A stored answer (the file under clinic/answers/<exerciseId>/<key>.json). */
export interface StoredAnswer {
  key: string
  answer: StudentAnswer
  importedAt: string
}

/** One row of `answers:list`: a stored answer, or a stored file that no longer validates (kept, shown). */
export type AnswerListRow = (StoredAnswer & { corrupt?: false }) | { key: string; corrupt: true; issues: FieldIssue[] }

export function summarizeExercise(e: Exercise, answerCount: number): ExerciseSummary {
  const d = e.document.defendants.find((x) => x.id === e.defendantId)
  return {
    id: e.id,
    title: e.title,
    origin: e.origin,
    author: e.author,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt ?? null,
    defendantName: d?.name ?? e.defendantId,
    questionCount: e.questions.length,
    twistCount: e.twists.length,
    hideAnswerUntilSubmit: e.hideAnswerUntilSubmit,
    answerCount,
    corrupt: false
  }
}
