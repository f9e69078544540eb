// Catalogue keys of the clinic's vocabularies (core/clinic keeps the Chinese words, used in the files and memos).
import type { Status } from '../../../core/analysis/types'
import type { ElementId, QuestionKind, Verdict } from '../../../core/clinic'
import type { MessageKey } from '../i18n'

export const elementKey = (id: ElementId): MessageKey => `element.${id}`
/** a student answers 无法判断 / Cannot tell rather than 待定 */
export const statusKey = (s: Status): MessageKey => `answerStatus.${s}`
export const questionKey = (k: QuestionKind): MessageKey => `question.${k}`
export const verdictKey = (v: Verdict): MessageKey => `verdict.${v}`
