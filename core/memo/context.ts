// What every memo kind builder receives.
import type { DefendantAnalysis, MatterAnalysis } from '../analysis/types'
import type { Worksheet } from '../clinic/grading'
import type { Defendant, MatterDocument } from '../matter/schema'
import type { MemoBoilerplate } from '../settings'
import type { MemoWriter } from './writer'

export interface KindContext {
  doc: MatterDocument
  analysis: MatterAnalysis
  defendant: Defendant
  da: DefendantAnalysis
  boilerplate: MemoBoilerplate
  w: MemoWriter
  /** `clinic` only: a student's worksheet (graded when it carries an answer); null = none */
  worksheet: Worksheet | null
}

export interface KindOutput {
  title: string
  subtitle: string | null
  addressee: string | null
  /** the memo's conclusion in its own voice */
  conclusion: string
}
