// The regime table: which version of a legal standard governs on which day. Dates are read from the law
// library (source.effective / source.ends), never written here. Each family must have exactly one governing
// version per day from its start; where two sources' validity overlaps, the later version says which one it
// supersedes or builds on (tests/unit/law-date-sweep.test.ts walks every day).
import { source, valueOf } from '../law'
import type { SeriousGroundId } from '../analysis/types'
import { addDays } from './dates'

export type RegimeFamily = 'helpInfoSerious' | 'concealment'

export interface RegimeDef {
  id: string
  family: RegimeFamily
  label: string
  /** the source whose effective date opens this version */
  sourceId: string
  /** where the version is opened by a clause inside its source (e.g. an amending decision): the clause and
   *  the value key holding its effective date as YYYYMMDD */
  startsAt?: { clauseId: string; key: string }
  /** the version this one replaces (its period ends the day before this one starts) */
  supersedes: string | null
  /** sources still in force that this version builds on (explains why their validity overlaps) */
  buildsOn: string[]
  /** 情节严重 grounds this version recognises (helpInfoSerious only) */
  grounds: SeriousGroundId[]
  /** 断卡纪要第四条: mere card supply is not 支付结算 for 第十二条第一款第（二）项 */
  settlementRestricted: boolean
  /** Chinese: what changed, and how sure the date is */
  note: string
  /** clause ids that define the change */
  citations: string[]
}

const ITEMS_2019: SeriousGroundId[] = [
  'interp2019-12-1-1', 'interp2019-12-1-2', 'interp2019-12-1-3', 'interp2019-12-1-4',
  'interp2019-12-1-5', 'interp2019-12-1-6', 'interp2019-12-2'
]

export const REGIME_DEFS: readonly RegimeDef[] = [
  {
    id: 'r2015', family: 'helpInfoSerious', label: '刑法修正案（九）施行后、《解释》施行前（无司法解释）', sourceId: 'amend9',
    supersedes: null, buildsOn: [], grounds: [], settlementRestricted: false,
    note: '刑法第二百八十七条之二自2015年11月1日起施行；其时尚无认定“情节严重”的司法解释。',
    citations: ['amend9-52', 'crimlaw-a287-2-p1']
  },
  {
    id: 'r2019', family: 'helpInfoSerious', label: '法释〔2019〕15号第十二条', sourceId: 'interp2019',
    supersedes: 'r2015', buildsOn: ['amend9'], grounds: ITEMS_2019, settlementRestricted: false,
    note: '《解释》第十二条列举情节严重的情形及第二款五倍规则；自2019年11月1日起施行（已核实）。',
    citations: ['interp2019-12-1', 'interp2019-12-2', 'interp2019-19']
  },
  {
    id: 'r2021', family: 'helpInfoSerious', label: '《意见（二）》第九条（补充《解释》第十二条）', sourceId: 'opinion2021',
    supersedes: 'r2019', buildsOn: ['amend9', 'interp2019'],
    grounds: [...ITEMS_2019, 'opinion2021-9-1', 'opinion2021-9-2'], settlementRestricted: false,
    note: '《意见（二）》第九条增加“两卡”张数标准（5张（个）/他人手机卡20张）；施行日期2021年6月17日未经核实。',
    citations: ['opinion2021-9', 'opinion2021-9-1', 'opinion2021-9-2']
  },
  {
    id: 'r2022', family: 'helpInfoSerious', label: '《断卡纪要》（限定“支付结算”，单向流入资金规则）', sourceId: 'minutes2022',
    supersedes: 'r2021', buildsOn: ['amend9', 'interp2019', 'opinion2021'],
    grounds: [...ITEMS_2019, 'opinion2021-9-1', 'opinion2021-9-2', 'minutes2022-inflow'], settlementRestricted: true,
    note: '《断卡纪要》第四条：仅出租、出售信用卡而未代转、取现、刷脸的，不宜认定为“支付结算”；单向流入资金超过30万元且至少3000元经查证系涉诈资金的规则未见原文（未经核实）。',
    citations: ['minutes2022-4', 'minutes2022-inflow']
  },
  {
    id: 'r2025', family: 'helpInfoSerious', label: '2025年《帮信意见》第6条（取代张数标准和单向流入规则）', sourceId: 'opinion2025',
    supersedes: 'r2022', buildsOn: ['amend9', 'interp2019', 'minutes2022'],
    grounds: [...ITEMS_2019, 'opinion2025-6-1', 'opinion2025-6-2', 'opinion2025-6-3'], settlementRestricted: true,
    note: '2025年《帮信意见》第6条：本人账户三个以上且流入资金30万元以上；非本人或单位账户且流入资金30万元以上；电话卡、物联网卡20张以上。施行日期未查到，以发布日期2025年7月28日计（未经核实）。',
    citations: ['opinion2025-6', 'opinion2025-6-1', 'opinion2025-6-2', 'opinion2025-6-3']
  },
  {
    id: 'c2015', family: 'concealment', label: '法释〔2015〕11号（2021年修正前）', sourceId: 'conceal2015',
    supersedes: null, buildsOn: [], grounds: [], settlementRestricted: false,
    note: '掩隐解释（2015）第一条第一款第（一）项规定入罪数额标准。',
    citations: ['conceal2015-1-1-orig']
  },
  {
    id: 'c2021', family: 'concealment', label: '法释〔2015〕11号（2021年修正）', sourceId: 'conceal2015',
    startsAt: { clauseId: 'conceal2021-amend', key: 'effectiveYmd' },
    supersedes: 'c2015', buildsOn: [], grounds: [], settlementRestricted: false,
    note: '2021年修改决定自2021年4月15日起不再适用入罪数额标准；情节严重10万元等标准未变。',
    citations: ['conceal2015-1', 'conceal2021-amend']
  },
  {
    id: 'c2025', family: 'concealment', label: '法释〔2025〕13号', sourceId: 'conceal2025',
    supersedes: 'c2021', buildsOn: [], grounds: [], settlementRestricted: false,
    note: '新掩隐解释自2025年8月26日起施行；情节严重的数额档次未经核实。',
    citations: []
  }
]

export interface Regime extends RegimeDef {
  /** first day the version governs */
  from: string
  /** last day (inclusive); null = still governing */
  to: string | null
}

/** Build a family's timeline from the library: from = source.effective; to = the day before the successor starts, or source.ends. */
export function buildFamily(family: RegimeFamily, defs: readonly RegimeDef[] = REGIME_DEFS): Regime[] {
  const members = defs.filter((r) => r.family === family)
  const out: Regime[] = members.map((r) => {
    const eff = r.startsAt ? ymdToIso(valueOf(r.startsAt.clauseId, r.startsAt.key)) : source(r.sourceId).effective
    if (!eff) throw new Error(`regime ${r.id}: source ${r.sourceId} has no effective date in the law library`)
    return { ...r, from: eff, to: null }
  })
  out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  for (const r of out) {
    const successor = out.find((s) => s.supersedes === r.id)
    // a version that shares its source with its successor (an amendment) ends where the successor starts
    const ends = successor?.sourceId === r.sourceId ? null : source(r.sourceId).ends
    // A version ends the day before the version that declares it supersedes it starts, or on its source's end.
    const byOwnEnd = ends
    const bySuccessor = successor ? addDays(successor.from, -1) : null
    r.to = bySuccessor && byOwnEnd ? (bySuccessor < byOwnEnd ? bySuccessor : byOwnEnd) : bySuccessor ?? byOwnEnd ?? null
  }
  return out
}

const cache = new Map<RegimeFamily, Regime[]>()

function family(f: RegimeFamily): Regime[] {
  let r = cache.get(f)
  if (!r) {
    r = buildFamily(f)
    cache.set(f, r)
  }
  return r
}

/** The 帮信罪 情节严重 versions, in date order. */
export function helpInfoRegimes(): Regime[] {
  return family('helpInfoSerious')
}

/** The versions of the 掩隐 interpretation (刑法第三百一十二条), in date order. */
export function concealmentRegimes(): Regime[] {
  return family('concealment')
}

function ymdToIso(n: number): string {
  const s = String(n)
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`
}

/** The versions of a family that govern on a day (a sound table returns exactly one from the family's start). */
export function governingOn(regimes: readonly Regime[], day: string): Regime[] {
  return regimes.filter((r) => r.from <= day && (r.to === null || day <= r.to))
}

/** The date 刑法第二百八十七条之二 took effect (刑法修正案（九）). */
export function offenceStart(): string {
  const eff = source('amend9').effective
  if (!eff) throw new Error('law library: amend9 has no effective date')
  return eff
}
