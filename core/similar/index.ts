// Similar cases (类案参考): the library decisions closest to a defendant by a distance over the facts that decide
// these outcomes — conduct, card counts, inflow, verified fraud funds, gain, 明知 indicators, mitigation, age and
// student status, act date, province — each with the reasons it is close, in Chinese. Pure. A matter that is itself
// a library entry never gets its own decision back (leave-one-out): pass `exclude`, or let `libraryIdsOf` find it.
import type { Defendant, MatterDocument } from '../matter/schema'
import { ageAtAct } from '../matter/age'
import { libraryDefendants, libraryEntries, type LibraryDefendant, type OutcomeKind } from '../library'
import type { SimilarCaseView } from '../analysis/types'

/** One similar decision, in the shape of the spec's `similarCases`. */
/** A similar decision: the analysis's SimilarCaseView (id `<entry id>/<defendant id>`, court, months imposed, distance
 *  0 = the same on every compared fact … 1 = different on every one) with its outcome typed. */
export type SimilarCase = SimilarCaseView & { outcome: OutcomeKind | null }

export interface SimilarQuery {
  defendant: Defendant
  /** matter.province, where known */
  province?: string | null
  /** decision ids (library entry ids) never returned: the matter's own source decision */
  exclude?: readonly string[]
  /** how many (default 5) */
  k?: number
  /** the pool searched (default: the bundled library) */
  pool?: readonly LibraryDefendant[]
}

interface Features {
  cards: number | null
  selfOnly: boolean | null
  dealing: string | null
  settlement: boolean | null
  transfer: boolean | null
  face: boolean | null
  tech: boolean
  inflow: number | null
  verified: number | null
  gain: number | null
  indicators: number
  admitted: boolean | null
  surrender: boolean | null
  confession: boolean | null
  plea: boolean | null
  restitution: boolean | null
  minor: boolean | null
  student: boolean | null
  year: number | null
  province: string | null
}

const sumCards = (d: Defendant): number | null => {
  const lines = d.conduct.cards ?? []
  if (lines.length === 0) return null
  let n = 0
  for (const l of lines) { if (l.count == null) return null; n += l.count }
  return n
}

function features(d: Defendant, province: string | null): Features {
  const lines = d.conduct.cards ?? []
  const owners = new Set(lines.map((l) => l.owner).filter((x) => x != null))
  const dealings = [...new Set(lines.map((l) => l.dealing).filter((x) => x != null))]
  const a = d.amounts
  // verified fraud funds that entered the accounts are a lower bound of the inflow
  const inflowRaw = a.oneWayInflow ?? a.paymentSettlement
  const inflow = inflowRaw != null || a.verifiedFraudFunds != null ? Math.max(inflowRaw ?? 0, a.verifiedFraudFunds ?? 0) : null
  const age = ageAtAct(d)
  const from = d.actPeriod?.from ?? d.actPeriod?.to ?? null
  return {
    cards: sumCards(d),
    selfOnly: owners.size === 0 ? null : owners.size === 1 && owners.has('self'),
    dealing: dealings.length === 1 ? (dealings[0] ?? null) : dealings.length > 1 ? 'mixed' : null,
    settlement: d.conduct.paymentSettlement,
    transfer: d.conduct.transferredForOthers,
    face: d.conduct.faceVerificationForOthers,
    tech: (d.conduct.techSupport ?? []).length > 0,
    inflow,
    verified: a.verifiedFraudFunds,
    gain: a.illegalGain,
    indicators: (d.knowledge.indicators ?? []).length,
    admitted: d.knowledge.admitted,
    surrender: d.mitigation.surrendered,
    confession: d.mitigation.truthfulConfession,
    plea: d.mitigation.pleaAgreement,
    restitution: d.mitigation.restitution == null ? null : d.mitigation.restitution > 0,
    minor: age == null ? null : age < 18,
    student: d.student,
    year: from ? Number(from.slice(0, 4)) : null,
    province
  }
}

/** Unknown on either side: half the weight (neither close nor far). */
const UNKNOWN = 0.5
const logGap = (x: number | null, y: number | null, span: number): number | null =>
  x == null || y == null ? null : Math.min(1, Math.abs(Math.log10(1 + x) - Math.log10(1 + y)) / span)
const boolGap = (x: boolean | null, y: boolean | null): number | null => (x == null || y == null ? null : x === y ? 0 : 1)

const wan = (v: number): string => (v >= 10000 ? `${Math.round(v / 1000) / 10}万元` : `${Math.round(v)}元`)
const DEALING: Record<string, string> = { sell: '出售', rent: '出租', lend: '出借', buy: '收购', mixed: '多种方式提供' }

interface Part { name: string; weight: number; gap: number | null; close?: string }

function compare(q: Features, c: Features): Part[] {
  const parts: Part[] = []
  const dealing = q.dealing && c.dealing ? (q.dealing === c.dealing ? 0 : 1) : null
  parts.push({ name: 'dealing', weight: 1, gap: dealing, close: dealing === 0 && q.dealing ? `同为${q.selfOnly === true && c.selfOnly === true ? '本人' : ''}${DEALING[q.dealing] ?? ''}银行卡/账户等` : undefined })
  const conduct = [boolGap(q.transfer, c.transfer), boolGap(q.face, c.face), q.tech === c.tech ? 0 : 1].filter((x): x is number => x != null)
  const cg = conduct.length ? conduct.reduce((s, x) => s + x, 0) / conduct.length : null
  const conductWords = [q.transfer && c.transfer ? '代为转账' : '', q.face && c.face ? '刷脸验证' : '', q.tech && c.tech ? '技术支持' : ''].filter(Boolean)
  parts.push({ name: 'conduct', weight: 1.5, gap: cg, close: cg === 0 ? (conductWords.length ? `均有${conductWords.join('、')}` : '行为方式相同（未代为转账或刷脸）') : undefined })
  const cards = logGap(q.cards, c.cards, 1.3)
  parts.push({ name: 'cards', weight: 1, gap: cards, close: cards != null && cards < 0.25 ? `卡/账户数相近（${q.cards}张与${c.cards}张）` : undefined })
  const inflow = logGap(q.inflow, c.inflow, 2)
  parts.push({ name: 'inflow', weight: 2, gap: inflow, close: inflow != null && inflow < 0.15 && q.inflow != null && c.inflow != null ? `流入或结算资金相近（${wan(q.inflow)}与${wan(c.inflow)}）` : undefined })
  const verified = logGap(q.verified, c.verified, 2)
  parts.push({ name: 'verified', weight: 1, gap: verified, close: verified != null && verified < 0.15 && q.verified != null && c.verified != null ? `经查证涉诈资金相近（${wan(q.verified)}与${wan(c.verified)}）` : undefined })
  const gain = logGap(q.gain, c.gain, 2)
  parts.push({ name: 'gain', weight: 1.5, gap: gain, close: gain != null && gain < 0.15 && q.gain != null && c.gain != null ? `违法所得相近（${wan(q.gain)}与${wan(c.gain)}）` : undefined })
  const know = [boolGap(q.admitted, c.admitted), Math.min(1, Math.abs(q.indicators - c.indicators) / 3)].filter((x): x is number => x != null)
  const kg = know.reduce((s, x) => s + x, 0) / know.length
  parts.push({ name: 'knowledge', weight: 0.5, gap: kg, close: kg === 0 && (q.indicators > 0 || q.admitted === true) ? '明知的证明方式相同' : undefined })
  const mit: string[] = []
  const mg: number[] = []
  for (const [label, x, y] of [['自首', q.surrender, c.surrender], ['坦白', q.confession, c.confession], ['认罪认罚', q.plea, c.plea], ['退赃退赔', q.restitution, c.restitution]] as const) {
    const g = boolGap(x, y)
    if (g != null) mg.push(g)
    if (x === true && y === true) mit.push(label)
  }
  const mgap = mg.length ? mg.reduce((s, x) => s + x, 0) / mg.length : null
  parts.push({ name: 'mitigation', weight: 2, gap: mgap, close: mit.length ? `均有${mit.join('、')}` : undefined })
  const minor = boolGap(q.minor, c.minor)
  parts.push({ name: 'minor', weight: 2, gap: minor, close: minor === 0 && q.minor ? '行为时均未成年' : undefined })
  const student = boolGap(q.student, c.student)
  parts.push({ name: 'student', weight: 1, gap: student, close: student === 0 && q.student ? '均为在校学生' : undefined })
  const year = q.year != null && c.year != null ? Math.min(1, Math.abs(q.year - c.year) / 5) : null
  parts.push({ name: 'year', weight: 0.5, gap: year, close: year != null && year <= 0.2 && q.year != null && c.year != null ? (q.year === c.year ? `同为${q.year}年的行为` : `行为年份相近（${q.year}年与${c.year}年）`) : undefined })
  const prov = q.province && c.province ? (q.province === c.province ? 0 : 1) : null
  parts.push({ name: 'province', weight: 0.5, gap: prov, close: prov === 0 && q.province ? `同在${q.province}` : undefined })
  return parts
}

const featureCache = new WeakMap<Defendant, Map<string, Features>>()
function cachedFeatures(d: Defendant, province: string | null): Features {
  let m = featureCache.get(d)
  if (!m) { m = new Map(); featureCache.set(d, m) }
  const k = province ?? ''
  let f = m.get(k)
  if (!f) { f = features(d, province); m.set(k, f) }
  return f
}

/** The same person with the same facts (a library copy of the matter being analysed): never its own neighbour. */
export function sameDefendant(a: Defendant, b: Defendant): boolean {
  if (a === b) return true
  if (a.name !== b.name || a.birthDate !== b.birthDate || a.ageAtAct !== b.ageAtAct) return false
  if ((a.actPeriod?.from ?? null) !== (b.actPeriod?.from ?? null) || (a.actPeriod?.to ?? null) !== (b.actPeriod?.to ?? null)) return false
  const x = a.amounts
  const y = b.amounts
  return x.paymentSettlement === y.paymentSettlement && x.oneWayInflow === y.oneWayInflow && x.verifiedFraudFunds === y.verifiedFraudFunds &&
    x.illegalGain === y.illegalGain && x.concealedProceeds === y.concealedProceeds && x.attributableFraudLoss === y.attributableFraudLoss
}

/** The distance (0–1) between two defendants' deciding facts, with the reasons they are close. */
export function distanceBetween(a: Defendant, aProvince: string | null, b: Defendant, bProvince: string | null): { distance: number; why: string[] } {
  const parts = compare(cachedFeatures(a, aProvince), cachedFeatures(b, bProvince))
  let w = 0
  let s = 0
  for (const p of parts) { w += p.weight; s += p.weight * (p.gap ?? UNKNOWN) }
  return { distance: w ? s / w : 1, why: parts.map((p) => p.close).filter((x): x is string => !!x) }
}

const lg = (x: number | null): number | null => (x == null ? null : Math.log10(1 + x))
const gapLog = (x: number | null, y: number | null, span: number): number => (x == null || y == null ? UNKNOWN : Math.min(1, Math.abs((lg(x) as number) - (lg(y) as number)) / span))
const gapBool = (x: boolean | null, y: boolean | null): number => (x == null || y == null ? UNKNOWN : x === y ? 0 : 1)

/** The same distance as distanceBetween, numbers only (no reasons built): the hot path of the nearest-case search. */
export function distanceOnly(a: Defendant, aProvince: string | null, b: Defendant, bProvince: string | null): number {
  const q = cachedFeatures(a, aProvince)
  const c = cachedFeatures(b, bProvince)
  let s = 0
  s += 1 * (q.dealing && c.dealing ? (q.dealing === c.dealing ? 0 : 1) : UNKNOWN)
  // conduct: the mean over the known comparisons (技术支持 is always known)
  let n = 1
  let g = q.tech === c.tech ? 0 : 1
  if (q.transfer != null && c.transfer != null) { n++; if (q.transfer !== c.transfer) g++ }
  if (q.face != null && c.face != null) { n++; if (q.face !== c.face) g++ }
  s += 1.5 * (g / n)
  s += 1 * gapLog(q.cards, c.cards, 1.3)
  s += 2 * gapLog(q.inflow, c.inflow, 2)
  s += 1 * gapLog(q.verified, c.verified, 2)
  s += 1.5 * gapLog(q.gain, c.gain, 2)
  const ind = Math.min(1, Math.abs(q.indicators - c.indicators) / 3)
  s += 0.5 * (q.admitted != null && c.admitted != null ? ((q.admitted === c.admitted ? 0 : 1) + ind) / 2 : ind)
  let mn = 0
  let mg = 0
  if (q.surrender != null && c.surrender != null) { mn++; if (q.surrender !== c.surrender) mg++ }
  if (q.confession != null && c.confession != null) { mn++; if (q.confession !== c.confession) mg++ }
  if (q.plea != null && c.plea != null) { mn++; if (q.plea !== c.plea) mg++ }
  if (q.restitution != null && c.restitution != null) { mn++; if (q.restitution !== c.restitution) mg++ }
  s += 2 * (mn ? mg / mn : UNKNOWN)
  s += 2 * gapBool(q.minor, c.minor)
  s += 1 * gapBool(q.student, c.student)
  s += 0.5 * (q.year != null && c.year != null ? Math.min(1, Math.abs(q.year - c.year) / 5) : UNKNOWN)
  s += 0.5 * (q.province && c.province ? (q.province === c.province ? 0 : 1) : UNKNOWN)
  return s / TOTAL_WEIGHT
}
const TOTAL_WEIGHT = 1 + 1.5 + 1 + 2 + 1 + 1.5 + 0.5 + 2 + 2 + 1 + 0.5 + 0.5

/** Library entry ids that hold this very matter (same title and decision date, or same 案号). */
export function libraryIdsOf(doc: MatterDocument): string[] {
  const m = doc.matter
  return libraryEntries.filter((e) => {
    const x = e.matter.matter
    if (m.caseNumber && x.caseNumber && m.caseNumber === x.caseNumber) return true
    return x.title === m.title && (x.asOf ?? null) === (m.asOf ?? null) && (x.authority ?? null) === (m.authority ?? null)
  }).map((e) => e.id)
}

export function findSimilar(q: SimilarQuery): SimilarCase[] {
  const pool = q.pool ?? libraryDefendants()
  const exclude = new Set(q.exclude ?? [])
  const k = q.k ?? 5
  const scored = pool
    .filter((c) => !exclude.has(c.decisionId) && !sameDefendant(c.defendant, q.defendant))
    .map((c) => ({ c, distance: distanceOnly(q.defendant, q.province ?? null, c.defendant, c.province) }))
    .sort((x, y) => x.distance - y.distance || (x.c.key < y.c.key ? -1 : x.c.key > y.c.key ? 1 : 0))
  return scored.slice(0, k).map(({ c, distance }) => ({ c, distance, why: distanceBetween(q.defendant, q.province ?? null, c.defendant, c.province).why })).map(({ c, distance, why }) => ({
    id: c.key,
    title: c.title,
    court: c.court,
    url: c.source.url,
    decided: c.decided,
    charge: c.actual.charge,
    outcome: c.outcome,
    months: c.actual.sentence?.months ?? null,
    distance: Math.round(distance * 1000) / 1000,
    why: why.length ? why.join('；') : '各项事实均不完全相同，按综合距离排列'
  }))
}

/** The similar cases of one defendant of a matter, as analyze should print them (the matter's own decision left out). */
export function similarForMatter(doc: MatterDocument, d: Defendant, k = 5): SimilarCase[] {
  const province = (doc.matter as { province?: string | null }).province ?? null
  return findSimilar({ defendant: d, province, exclude: libraryIdsOf(doc), k })
}
