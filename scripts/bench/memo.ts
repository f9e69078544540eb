// Bench row `memo`: a typical defence memo (analysis + content model + .docx packing), median of
// several runs after a warm-up. Target: memoMedianMs under 300 ms.
//   npx tsx scripts/bench/memo.ts            (standalone, prints JSON)
import { analyzeMatter } from '../../core/engine/analyze'
import { exampleById } from '../../core/examples/index'
import { buildMemoDocx } from '../../templates/index'

export const name = 'memo'

/** The published case used as the typical defence matter (student selling card sets, 情节严重 met). */
export const BENCH_CASE = 'cn-rugao-01'

export async function run(opts: { runs?: number } = {}): Promise<{ memoMedianMs: number }> {
  const example = exampleById(BENCH_CASE)
  if (!example) throw new Error(`bench: example ${BENCH_CASE} missing`)
  const doc = example.document
  const runs = opts.runs ?? 15
  const once = async (): Promise<number> => {
    const t0 = performance.now()
    const analysis = analyzeMatter(doc)
    const bytes = await buildMemoDocx(doc, analysis, { kind: 'defense' })
    if (bytes.length < 1000) throw new Error('bench: memo unexpectedly small')
    return performance.now() - t0
  }
  await once()
  await once()
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(await once())
  times.sort((a, b) => a - b)
  const mid = Math.floor(times.length / 2)
  const median = times.length % 2 === 1 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2
  return { memoMedianMs: Math.round(median * 10) / 10 }
}

export default { name, run }

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run()))
}
