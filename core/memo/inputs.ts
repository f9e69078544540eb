// What a memo reads beyond the version 1 matter and analysis, all optional: the matter format
// version 2 fields (accusation, province, sex, custody, facts narrative), the user's profile from
// settings (律师事务所, 律师, 执业证号, 检察院, 承办人), and the engine's outcome and similar cases.
// A missing key reads as null, so a version 1 file or an older analysis still gives a memo.
import type { ChargeId, DefendantAnalysis } from '../analysis/types'
import type { Defendant, MatterDocument } from '../matter/schema'
import type { Settings } from '../settings'

export type AccusationDocument = '起诉意见书' | '起诉书' | '判决书' | '不起诉决定书' | '抗诉书'

export interface Accusation {
  document: AccusationDocument | null
  number: string | null
  charge: Exclude<ChargeId, 'none'> | null
  facts: string | null
  sentenceProposal: string | null
}

export type Custody = 'none' | 'summoned' | 'bail' | 'residentialSurveillance' | 'detained' | 'arrested'

export const CUSTODY_LABELS: Record<Custody, string> = {
  none: '未采取强制措施',
  summoned: '拘传',
  bail: '取保候审',
  residentialSurveillance: '监视居住',
  detained: '刑事拘留',
  arrested: '逮捕'
}

export interface Profile {
  firm: string | null
  lawyer: string | null
  licenseNo: string | null
  procuratorate: string | null
  prosecutor: string | null
}

export type OutcomeWord =
  | 'noCrime' | 'insufficientEvidence' | 'undetermined' | 'nonProsecution' | 'conditionalNonProsecution'
  | 'exemption' | 'fineOnly' | 'probation' | 'custodial'

export interface Outcome {
  likely: OutcomeWord
  open: OutcomeWord[]
  why: string
  citations: string[]
}

export interface SimilarCase {
  id: string
  title: string
  /** the court or procuratorate that decided: a memo cites the decision by it, not by the parties' names */
  court: string | null
  url: string | null
  decided: string | null
  charge: string | null
  outcome: OutcomeWord | null
  months: number | null
  why: string | null
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null)
const rec = (v: unknown): Record<string, unknown> | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null)

const CHARGES = new Set(['art287-2', 'art312', 'art266-accomplice', 'art177-1', 'art287-1'])
const DOCS = new Set(['起诉意见书', '起诉书', '判决书', '不起诉决定书', '抗诉书'])

/** matter.accusation (format version 2); null when absent or empty. */
export function accusationOf(doc: MatterDocument): Accusation | null {
  const a = rec((doc.matter as unknown as Record<string, unknown>).accusation)
  if (!a) return null
  const charge = str(a.charge)
  const document = str(a.document)
  const out: Accusation = {
    document: document && DOCS.has(document) ? (document as AccusationDocument) : null,
    number: str(a.number),
    charge: charge && CHARGES.has(charge) ? (charge as Accusation['charge']) : null,
    facts: str(a.facts),
    sentenceProposal: str(a.sentenceProposal)
  }
  return out.document || out.number || out.charge || out.facts || out.sentenceProposal ? out : null
}

export function provinceOf(doc: MatterDocument): string | null {
  return str((doc.matter as unknown as Record<string, unknown>).province)
}

export function sexOf(d: Defendant): 'male' | 'female' | null {
  const s = (d as unknown as Record<string, unknown>).sex
  return s === 'male' || s === 'female' ? s : null
}

export function custodyOf(d: Defendant): Custody | null {
  const c = str((d as unknown as Record<string, unknown>).custody)
  return c && c in CUSTODY_LABELS ? (c as Custody) : null
}

export function factsTextOf(d: Defendant): string | null {
  return str((d as unknown as Record<string, unknown>).factsText)
}

/** settings.profile, overridden field by field by the memo request's own profile. */
export function profileOf(settings: Settings | undefined, override?: Partial<Profile> | null): Profile {
  const p = rec((settings as unknown as Record<string, unknown> | undefined)?.profile) ?? {}
  const o = (override ?? {}) as Record<string, unknown>
  const pick = (k: keyof Profile): string | null => str(o[k]) ?? str(p[k])
  return { firm: pick('firm'), lawyer: pick('lawyer'), licenseNo: pick('licenseNo'), procuratorate: pick('procuratorate'), prosecutor: pick('prosecutor') }
}

const OUTCOMES = new Set<OutcomeWord>(['noCrime', 'insufficientEvidence', 'undetermined', 'nonProsecution', 'conditionalNonProsecution', 'exemption', 'fineOnly', 'probation', 'custodial'])
const outcomeWord = (v: unknown): OutcomeWord | null => (typeof v === 'string' && OUTCOMES.has(v as OutcomeWord) ? (v as OutcomeWord) : null)

/** The engine's outcome verdict (analysis version 2); null from an engine that does not give one. */
export function outcomeOf(da: DefendantAnalysis): Outcome | null {
  const o = rec((da as unknown as Record<string, unknown>).outcome)
  const likely = outcomeWord(o?.likely)
  // an undetermined analysis names no outcome to ask for: the memo argues from the elements it can contest
  if (!o || !likely || likely === 'undetermined') return null
  const open = Array.isArray(o.open) ? o.open.map(outcomeWord).filter((x): x is OutcomeWord => x !== null) : []
  const citations = Array.isArray(o.citations) ? o.citations.filter((x): x is string => typeof x === 'string') : []
  return { likely, open: open.length > 0 ? open : [likely], why: str(o.why) ?? '', citations }
}

/** The engine's closest published decisions (analysis version 2); [] when it gives none. */
export function similarCasesOf(da: DefendantAnalysis): SimilarCase[] {
  const list = (da as unknown as Record<string, unknown>).similarCases
  if (!Array.isArray(list)) return []
  return list.flatMap((x) => {
    const c = rec(x)
    const title = str(c?.title)
    if (!c || !title) return []
    return [{
      id: str(c.id) ?? title, title, court: str(c.court), url: str(c.url), decided: str(c.decided), charge: str(c.charge),
      outcome: outcomeWord(c.outcome), months: typeof c.months === 'number' ? c.months : null, why: str(c.why)
    }]
  })
}

/** The sentencing point estimate (analysis version 2), else the middle of the range. */
export function pointMonthsOf(da: DefendantAnalysis): number | null {
  const s = da.sentencing
  if (!s) return null
  const p = (s as unknown as Record<string, unknown>).pointMonths
  return typeof p === 'number' && Number.isFinite(p) ? p : Math.round((s.rangeMonths.min + s.rangeMonths.max) / 2)
}
