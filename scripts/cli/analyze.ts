// npm run analyze -- <matter.json> [--json] [--today YYYY-MM-DD] [--no-pivots]
// Prints the analysis of every defendant: the Chinese readable report, or with --json the MatterAnalysis
// (../shared/spec/matter-format.md). Exit 0 ok, 2 invalid matter (every field path on stderr), 1 usage/IO.
import { analyzeMatter } from '../../core/engine/analyze'
import { renderTextReport } from '../../core/report/text'
import { CliError, parseArgs, readMatterFile, runCli } from './common'

const USAGE = '用法 / usage: npm run analyze -- <matter.json> [--json] [--today YYYY-MM-DD] [--no-pivots]'
let file: string | undefined

await runCli(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['json', 'no-pivots', 'help'], ['today'])
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (args.positional.length !== 1) throw new CliError('需要且只需要一个案件文件 / exactly one matter file is required')
  file = args.positional[0]
  const today = args.flags.get('today')
  if (typeof today === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError('--today 应为 YYYY-MM-DD / --today must be YYYY-MM-DD')
  const doc = readMatterFile(file as string)
  const analysis = analyzeMatter(doc, {
    ...(typeof today === 'string' ? { today } : {}),
    ...(args.flags.has('no-pivots') ? { pivots: false } : {})
  })
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`)
  } else {
    process.stdout.write(`${renderTextReport(doc, analysis)}\n`)
  }
}, () => file)
