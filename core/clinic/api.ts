// What the clinic service answers: zod schemas (used by the IPC contract, core/ipc/contract.ts, so the
// dispatcher checks every clinic response outside production) and the types derived from them.
import { z } from 'zod'
import { EXERCISE_ORIGINS, studentAnswerSchema, type Exercise } from './schema'

const fieldIssueSchema = z.object({ path: z.string(), message: z.string() })

/** One row of `exercises:list`. */
export const exerciseSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  origin: z.enum(EXERCISE_ORIGINS),
  author: z.string(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  defendantName: z.string(),
  questionCount: z.number().int().min(0),
  twistCount: z.number().int().min(0),
  hideAnswerUntilSubmit: z.boolean(),
  /** teacher exercises: how many student answers are stored */
  answerCount: z.number().int().min(0),
  /** a stored file that failed validation (kept aside, never deleted); `issues` say why */
  corrupt: z.boolean(),
  issues: z.array(fieldIssueSchema).optional()
})
export type ExerciseSummary = z.infer<typeof exerciseSummarySchema>

/** `answers:import` */
export const answerImportResultSchema = z.object({
  key: z.string(),
  exerciseId: z.string(),
  student: studentAnswerSchema.shape.student,
  submittedAt: z.string(),
  /** an earlier answer of the same student was replaced */
  replaced: z.boolean(),
  /** the stored answer is newer than the imported one, so the import was not applied */
  stale: z.boolean()
})
export type AnswerImportResult = z.infer<typeof answerImportResultSchema>

/** A stored answer (the file under clinic/answers/<exerciseId>/<key>.json). */
export const storedAnswerSchema = z.object({
  key: z.string(),
  answer: studentAnswerSchema,
  importedAt: z.string()
})
export type StoredAnswer = z.infer<typeof storedAnswerSchema>

/** One row of `answers:list`: a stored answer, or a stored file that no longer validates (kept, shown). */
export const answerListRowSchema = z.union([
  storedAnswerSchema.extend({ corrupt: z.literal(false).optional() }),
  z.object({ key: z.string(), corrupt: z.literal(true), issues: z.array(fieldIssueSchema) })
])
export type AnswerListRow = z.infer<typeof answerListRowSchema>

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
