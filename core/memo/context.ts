// What every memo kind builder receives.
import type { ChargeId, DefendantAnalysis, MatterAnalysis } from '../analysis/types'
import type { Worksheet } from '../clinic/grading'
import type { Defendant, MatterDocument } from '../matter/schema'
import type { MemoBoilerplate } from '../settings'
import type { Accusation, Profile } from './inputs'
import type { MemoWriter } from './writer'

/** The defence line, chosen per matter by the lawyer with the client: 无罪 or 罪轻. */
export type DefenceLine = 'innocence' | 'lesser'

/** The 教学练习 comes in two versions: the student's (no answers) and the teacher's. */
export type ClinicVersion = 'student' | 'teacher'

export interface KindContext {
  doc: MatterDocument
  analysis: MatterAnalysis
  defendant: Defendant
  da: DefendantAnalysis
  boilerplate: MemoBoilerplate
  w: MemoWriter
  /** `clinic` only: a student's worksheet (graded when it carries an answer); null = none */
  worksheet: Worksheet | null
  /** what the other side alleges (format version 2), null when not entered */
  accusation: Accusation | null
  /** the charge the matter is about: the one alleged, else the engine's, else 帮信罪 */
  matterCharge: Exclude<ChargeId, 'none'>
  profile: Profile
  /** `defense` only: the line argued */
  line: DefenceLine
  clinicVersion: ClinicVersion
  /** items for the 核对清单 (verification, assumptions, gaps); never written into the body */
  check: string[]
}

export interface KindOutput {
  title: string
  subtitle: string | null
  addressee: string | null
  /** the memo's conclusion in its own voice */
  conclusion: string
  /** the appendix, when the kind has one (internal documents only) */
  appendix?: { title: string; blocks: import('./types').Block[] }
}
