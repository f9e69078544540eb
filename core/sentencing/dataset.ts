// Published judgments as calibration data: one record per sentenced defendant, with the facts used and the
// sentence actually imposed. Records come from ../shared/cases (read by scripts/calibrate.ts and the tests) and
// from ./extra-judgments.ts (further published judgments, each with its source).
import type { ChargeId, SentencingInput } from '../analysis/types'
import type { Defendant } from '../matter/schema'
import { fallbackStatutoryRange } from './statutory'
import { ageAtAct } from '../matter/age'

export interface JudgmentRecord {
  /** `<case id>/<defendant id>` */
  id: string
  /** the case (split unit: defendants of one case are never on both sides of the split) */
  caseId: string
  source: { title: string; url: string }
  charge: Exclude<ChargeId, 'none'>
  /** date of the decision */
  asOf: string
  defendant: Defendant
  sentence: { kind: 'fixedTerm' | 'criminalDetention' | 'exemption'; months: number; probationMonths: number | null; fineYuan: number | null }
}

/** The input the engine would pass, with the fallback statutory range (no engine needed). */
export function inputFromRecord(r: Pick<JudgmentRecord, 'charge' | 'asOf' | 'defendant'>, seriousBasis: SentencingInput['seriousBasis'] = []): SentencingInput {
  return {
    defendant: r.defendant,
    charge: r.charge,
    statutoryRange: fallbackStatutoryRange(r.charge, r.defendant),
    seriousBasis,
    asOf: r.asOf,
    ageAtAct: ageAtAct(r.defendant),
    overrides: {}
  }
}

/** Deterministic split unit: FNV-1a 32-bit hash of the case id. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (const ch of new TextEncoder().encode(s)) {
    h ^= ch
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** The documented split: a case is held out when fnv1a(caseId) % 3 === 0. */
export const isHeldOut = (caseId: string): boolean => fnv1a(caseId) % 3 === 0

/** The part of a ../shared/cases fixture the calibration reads (see its README). */
export interface CaseFixture {
  source: { title: string; url: string }
  matter: { matter: { asOf?: string | null }; defendants: Defendant[] }
  actual: Record<string, {
    disposition: string
    charge: ChargeId | null
    seriousBasisStated?: string[] | null
    sentence: { kind: 'fixedTerm' | 'criminalDetention' | 'exemption'; months: number; probationMonths: number | null; fineYuan: number | null } | null
  } | undefined>
}

/**
 * The sentenced defendants of one fixture: convicted, with a stated sentence, a person (a unit has no term).
 * Everything else is listed in `skipped` with the reason.
 */
export function recordsFromFixture(caseId: string, fx: CaseFixture): { records: JudgmentRecord[]; skipped: { id: string; reason: string }[] } {
  const records: JudgmentRecord[] = []
  const skipped: { id: string; reason: string }[] = []
  for (const d of fx.matter.defendants) {
    const id = `${caseId}/${d.id}`
    const a = fx.actual[d.id]
    if (!a) { skipped.push({ id, reason: '无实际结果' }); continue }
    if (a.disposition !== 'convicted' || !a.charge || a.charge === 'none') { skipped.push({ id, reason: `未判决有罪（${a.disposition}）` }); continue }
    if (!a.sentence) { skipped.push({ id, reason: '来源未载该被告人的单独刑期' }); continue }
    if (d.kind !== 'person') { skipped.push({ id, reason: '单位被告，无主刑' }); continue }
    const asOf = fx.matter.matter.asOf
    if (!asOf) { skipped.push({ id, reason: '无裁判日期' }); continue }
    records.push({ id, caseId, source: { title: fx.source.title, url: fx.source.url }, charge: a.charge, asOf, defendant: d, sentence: a.sentence })
  }
  return { records, skipped }
}
