// npm run anonymize -- <matter.json> --out <file.json>
// Writes an anonymised (脱敏) copy of the matter; prints what was replaced (on this machine only).
// Exit 0 ok, 2 invalid matter (every field path on stderr), 1 usage/IO error.
import { writeFileSync } from 'node:fs'
import { anonymizeMatter } from '../../core/clinic/anonymize'
import { CliError, parseArgs, readMatterFile, runCli } from './common'

const USAGE = '用法 / usage: npm run anonymize -- <matter.json> --out <file.json>'
let file: string | undefined

await runCli(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['help'], ['out'])
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (args.positional.length !== 1) throw new CliError('需要且只需要一个案件文件 / exactly one matter file is required')
  file = args.positional[0]
  const out = args.flags.get('out')
  if (typeof out !== 'string') throw new CliError('需要 --out <文件.json> / --out <file.json> is required')
  const doc = readMatterFile(file as string)
  const r = anonymizeMatter(doc)
  try {
    writeFileSync(out, `${JSON.stringify(r.document, null, 2)}\n`)
  } catch (e) {
    throw new CliError(`无法写入 ${out}：${(e as Error).message} / cannot write the file`)
  }
  process.stderr.write(`已生成脱敏文件 / written: ${out}（替换 ${r.replacements.length} 处 / ${r.replacements.length} replacements）\n`)
  for (const x of r.replacements) process.stderr.write(`  [${x.kind}] ${x.from} → ${x.to}\n`)
}, () => file)
