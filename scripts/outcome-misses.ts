// Prints, as a Markdown table, every held-out decision whose outcome the ladder does not name as most likely, with
// its cause (facts missing → undetermined; the engine's charge differs from the court's; the ladder itself).
// docs/outcome.md carries the output.   npx tsx scripts/outcome-misses.ts
import { outcomeCrossValidate } from './sentencing-data'

const CAUSE = { factsMissing: '来源未载足以判断的事实（引擎：尚不能判断）', chargeDiffers: '引擎认定的罪名与裁判不同', ladder: '处理结果阶梯（相近裁判以实刑为主）' }
const o = outcomeCrossValidate(5)
console.log(`outcome accuracy ${o.accuracy} (n = ${o.n}); with the court's charge ${o.accuracyGivenCharge}`)
const count = (c: keyof typeof CAUSE): number => o.misses.filter((m) => m.cause === c).length
console.log(`misses ${o.misses.length}: facts missing ${count('factsMissing')}, charge differs ${count('chargeDiffers')}, ladder ${count('ladder')}\n`)
console.log('| decision | stage | decided | ladder (engine verdicts) | ladder (court charge) | cause |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const m of o.misses) console.log(`| [${m.key}](${m.url}) | ${m.stage} | ${m.actual} | ${m.likely} | ${m.givenCharge} | ${CAUSE[m.cause]} |`)
