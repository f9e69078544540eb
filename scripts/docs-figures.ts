// Rewrites the generated figure blocks of docs/sentencing.md and docs/outcome.md (between the markers
// <!-- figures:… --> and <!-- /figures:… -->) from the cross-validation on the bundled library, so that the
// published figures are always those the bench and the tests print.   npx tsx scripts/docs-figures.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { crossValidate, outcomeCrossValidate, sentencingRows } from './sentencing-data'
import { calibration } from '../core/sentencing/calibration'

const root = resolve(import.meta.dirname, '..')
const { rows } = sentencingRows()
const cv = crossValidate(rows, 5)
const o = outcomeCrossValidate(5)
const pct = (x: number | null): string => (x == null ? '—' : `${Math.round(x * 1000) / 10} %`)
const k = cv.byKind
const m = calibration.model

const sentencing = `**Result (library as bundled, ${cv.n} sentenced defendants from ${cv.decisions} decisions; ${o.n} defendants with an outcome):**

| figure (held out, 5 folds by decision) | value | target |
| --- | --- | --- |
| \`sentenceCoverage\` — terms inside their 80 % interval | **${pct(cv.coverage)}** | ≥ 80 % |
| \`sentenceMedianWidthMonths\` | **${cv.medianWidthMonths}** | ≤ 8 — ${cv.medianWidthMonths != null && cv.medianWidthMonths <= 8 ? 'met' : '**not met**'} |
| coverage / median width, 实刑 (n = ${k.custodial.n}) | ${pct(k.custodial.coverage)} / ${k.custodial.medianWidthMonths} | |
| coverage / median width, 缓刑 (n = ${k.probation.n}) | ${pct(k.probation.coverage)} / ${k.probation.medianWidthMonths} | |
| coverage / median width, 拘役 (n = ${k.criminalDetention.n}) | ${pct(k.criminalDetention.coverage)} / ${k.criminalDetention.medianWidthMonths} | |
| P(缓刑) ≥ 0.5 agrees with the decision | ${pct(cv.probationAccuracy)} | |
| \`outcomeAccuracy\` — the ladder's likely outcome, on the engine's own verdicts | **${pct(o.accuracy)}** (n = ${o.n}) | ≥ 70 % — ${o.accuracy != null && o.accuracy >= 0.7 ? 'met' : '**not met**'} |
| the same where the engine decides (not \`undetermined\`) | ${pct(o.accuracyDecided)} (n = ${o.decided}) | |
| the same with the court's charge given | ${pct(o.accuracyGivenCharge)} | |

Fitted on all ${calibration.sampleSize}: S = ${m.startOrdinaryMonths} months, k = ${m.logSlopeMonths}, residual quantiles ${m.residualLow} / +${m.residualHigh} (interval ≈ point × [${Math.exp(m.residualLow).toFixed(2)}, ${Math.exp(m.residualHigh).toFixed(2)}]), fine ${calibration.fine.perMonthLowYuan}–${calibration.fine.perMonthHighYuan}元 per month of term.`

const CAUSE = { factsMissing: 'facts missing (engine: undetermined)', chargeDiffers: 'engine charge differs from the court', ladder: 'ladder (neighbours mostly 实刑)' }
const count = (c: keyof typeof CAUSE): number => o.misses.filter((x) => x.cause === c).length
const outcome = `Held out (5 folds by decision): outcome accuracy **${pct(o.accuracy)}** on the engine's own verdicts (n = ${o.n}),
${pct(o.accuracyDecided)} where the engine decides (n = ${o.decided}), ${pct(o.accuracyGivenCharge)} with the court's charge given.
Every disagreement, with its cause (${o.misses.length}: facts missing ${count('factsMissing')}, charge differs ${count('chargeDiffers')},
ladder ${count('ladder')}; \`npx tsx scripts/outcome-misses.ts\`):

| decision | stage | decided | ladder (engine's verdicts) | ladder (court's charge) | cause |
| --- | --- | --- | --- | --- | --- |
${o.misses.map((x) => `| [${x.key}](${x.url}) | ${x.stage} | ${x.actual} | ${x.likely} | ${x.givenCharge} | ${CAUSE[x.cause]} |`).join('\n')}`

function put(file: string, tag: string, body: string): void {
  const p = resolve(root, file)
  const text = readFileSync(p, 'utf8')
  const re = new RegExp(`<!-- figures:${tag} -->[\\s\\S]*?<!-- /figures:${tag} -->`)
  if (!re.test(text)) throw new Error(`${file}: no figures:${tag} block`)
  writeFileSync(p, text.replace(re, `<!-- figures:${tag} -->\n${body}\n<!-- /figures:${tag} -->`))
}
put('docs/sentencing.md', 'sentencing', sentencing)
put('docs/outcome.md', 'outcome', outcome)
console.log('docs figures updated')
