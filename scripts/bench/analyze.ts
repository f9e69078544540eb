// Bench row `analyze`: one typical defendant (a student card seller, 2021 act judged after the 2025 意见, four
// regimes in play, 情节严重 met by 违法所得, competing charges and the sentencing estimate computed), median of many
// runs after a warm-up. Target: analyzeMedianMicros < 200 — the re-analysis the app runs on every keystroke
// (analyzeMatter with { pivots: false }). The full analysis with the pivot search is reported beside it.
//   npx tsx scripts/bench/analyze.ts            (standalone, prints JSON)
import { analyzeMatter } from '../../core/engine/analyze'
import { emptyDefendant, FORMAT_VERSION, type MatterDocument } from '../../core/matter/schema'

export const name = 'analyze'

export function typicalMatter(): MatterDocument {
  const d = emptyDefendant('d1', '李某')
  return {
    formatVersion: FORMAT_VERSION,
    matter: { title: '李某帮助信息网络犯罪活动案', caseNumber: null, stage: 'prosecution', perspective: 'defense', asOf: '2026-01-15', authority: null, counsel: null, notes: null, province: null, accusation: null },
    defendants: [{
      ...d,
      birthDate: '2001-05-03',
      student: true,
      actPeriod: { from: '2021-08-01', to: '2021-10-01' },
      conduct: {
        ...d.conduct, advertising: false, paymentSettlement: false, transferredForOthers: false, faceVerificationForOthers: false,
        priorConspiracy: false, stableCooperation: false,
        cards: [{ kind: 'bankCard', count: 5, owner: 'self', dealing: 'sell' }, { kind: 'phoneCard', count: 2, owner: 'self', dealing: 'sell' }]
      },
      knowledge: { admitted: null, indicators: ['abnormalPriceOrMethod'], counterEvidence: null, knewProceeds: false, finding: null },
      amounts: { ...d.amounts, paymentSettlement: 185000, oneWayInflow: 185000, verifiedFraudFunds: 23000, illegalGain: 12000 },
      helped: { objectCount: 1, crimeType: 'fraud', crimeEstablished: 'yes', consequence: 'none' },
      history: { adminPenaltyWithin2Years: false, priorCriminalRecord: false, recidivist: false },
      mitigation: { ...d.mitigation, truthfulConfession: true, pleaAgreement: true, restitution: 3000, firstOffence: true }
    }]
  }
}

function medianMicros(f: () => void, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) f()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    f()
    times.push((performance.now() - t0) * 1000)
  }
  times.sort((a, b) => a - b)
  const mid = Math.floor(times.length / 2)
  const m = times.length % 2 === 1 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2
  return Math.round(m)
}

export async function run(opts: { runs?: number } = {}): Promise<Record<string, number>> {
  const doc = typicalMatter()
  const runs = opts.runs ?? 2000
  const check = analyzeMatter(doc).defendants[0]
  if (!check || check.seriousCircumstances.regimes.length < 3) throw new Error('bench: unexpected analysis')
  const keystroke = () => analyzeMatter(doc, { pivots: false })
  return {
    /** the first calls of a session, before the JIT has optimised the engine (50 warm-up calls) */
    analyzeColdMedianMicros: medianMicros(keystroke, 200, 50),
    /** what the app runs on every keystroke once it has been typing for a while: elements, every regime,
     *  从旧兼从轻, competition, sentencing (no pivot search); steady state after 3,000 warm-up calls */
    analyzeMedianMicros: medianMicros(keystroke, runs, 3000),
    /** the full analysis with the pivot search (re-analyses for each candidate fact change), run when typing pauses */
    analyzeWithPivotsMedianMicros: medianMicros(() => analyzeMatter(doc), Math.max(20, Math.floor(runs / 20)), 20)
  }
}

export default { name, run }

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run()))
}
