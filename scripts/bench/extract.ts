// Bench row `extract`: the text extractor (core/extract) run on the source excerpt of every bundled published
// case (core/examples/data), its proposals compared field by field with the case's hand-encoded matter
// (core/extract/score.ts). Targets: extractFieldAccuracy ≥ 0.90, extractInventedRate ≤ 0.05. docs/extract.md.
//   npx tsx scripts/bench/extract.ts            (standalone, prints JSON and every judgement that is not correct)
import { examples } from '../../core/examples/index'
import { libraryEntries } from '../../core/library/index'
import { extractFacts } from '../../core/extract/index'
import { fieldAccuracy, inventedRate, scoreExtraction, sumScores, type Score } from '../../core/extract/score'

export const name = 'extract'

export function scoreBundled(): { total: Score; perCase: { id: string; score: Score }[]; micros: number } {
  const perCase: { id: string; score: Score }[] = []
  let elapsed = 0
  for (const e of examples) {
    const text = e.source.excerpt
    if (!text) continue
    const t0 = performance.now()
    const r = extractFacts(text)
    elapsed += performance.now() - t0
    if (!r.ok) throw new Error(`${e.id}: ${r.error}`)
    const charges = Object.fromEntries(Object.entries(e.actual).map(([id, a]) => [id, a.charge]))
    perCase.push({ id: e.id, score: scoreExtraction(r.value, e.document.defendants, charges) })
  }
  return { total: sumScores(perCase.map((c) => c.score)), perCase, micros: (elapsed * 1000) / Math.max(1, perCase.length) }
}

/**
 * The same scoring on the library entries that are not bundled examples: excerpts and hand encodings written by
 * others, after the extraction rules — data the rules were not written from (held out).
 */
export function scoreHeldOut(): { total: Score; perCase: { id: string; score: Score }[] } {
  const exampleIds = new Set(examples.map((e) => e.id))
  const perCase: { id: string; score: Score }[] = []
  for (const e of libraryEntries) {
    if (exampleIds.has(e.id) || !e.source.excerpt) continue
    const r = extractFacts(e.source.excerpt)
    if (!r.ok) continue
    const charges = Object.fromEntries(Object.entries(e.actual).map(([id, a]) => [id, a.charge]))
    perCase.push({ id: e.id, score: scoreExtraction(r.value, e.matter.defendants, charges) })
  }
  return { total: sumScores(perCase.map((c) => c.score)), perCase }
}

export async function run(): Promise<Record<string, number>> {
  const { total, perCase, micros } = scoreBundled()
  const held = scoreHeldOut()
  const round = (x: number) => Math.round(x * 1000) / 1000
  return {
    /** share of proposed values equal to the hand-encoded value, over the fields the hand encoding states */
    extractFieldAccuracy: round(fieldAccuracy(total)),
    /** share of scored proposals where the hand encoding says null (the text's facts, as encoded, are silent) */
    extractInventedRate: round(inventedRate(total)),
    /** proposals compared with a hand-encoded value (correct + wrong + invented) */
    extractScoredProposals: total.correct + total.wrong + total.invented,
    /** hand-encoded defendants found by name in their excerpt */
    extractDefendantRecall: round(total.defendantsFound / Math.max(1, total.defendantsHand)),
    extractCases: perCase.length,
    /** mean time to extract one excerpt */
    extractMeanMicros: Math.round(micros),
    /** the same figures on the library's other entries (held out: the rules were not written from them) */
    extractHeldOutFieldAccuracy: round(fieldAccuracy(held.total)),
    extractHeldOutInventedRate: round(inventedRate(held.total)),
    extractHeldOutScoredProposals: held.total.correct + held.total.wrong + held.total.invented,
    extractHeldOutDefendantRecall: round(held.total.defendantsFound / Math.max(1, held.total.defendantsHand)),
    extractHeldOutCases: held.perCase.length
  }
}

export default { name, run }

if (import.meta.url === `file://${process.argv[1]}`) {
  const { perCase } = scoreBundled()
  for (const c of [...perCase, ...(process.argv.includes('--held-out') ? scoreHeldOut().perCase : [])]) {
    for (const j of c.score.judgements.filter((x) => x.verdict !== 'correct' && x.verdict !== 'unscored')) {
      console.log(`${c.id}\t${j.defendantId}\t${j.path}\t${j.verdict}\tproposed=${JSON.stringify(j.proposed)}\thand=${JSON.stringify(j.hand)}`)
    }
  }
  console.log(JSON.stringify(await run()))
}
