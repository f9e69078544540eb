// npm run memo -- <matter.json> --kind defense|prosecution|analysis|clinic --out <file.docx> [--defendant <id>]
//   [--today YYYY-MM-DD] [--line innocence|lesser] [--version student|teacher] [--filing]
// Exit 0 ok, 2 invalid matter (every field path on stderr), 1 usage/IO error.
import { writeFileSync } from 'node:fs'
import { analyzeMatter } from '../../core/engine/analyze'
import { MEMO_KINDS, type MemoKind } from '../../core/settings'
import { buildMemoDocx } from '../../templates/index'
import { CliError, parseArgs, readMatterFile, runCli } from './common'

const USAGE = `用法 / usage: npm run memo -- <matter.json> --kind ${MEMO_KINDS.join('|')} --out <file.docx> [--defendant <id>] [--today YYYY-MM-DD] [--line innocence|lesser] [--version student|teacher] [--filing]`
let file: string | undefined

await runCli(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['help', 'filing'], ['kind', 'out', 'defendant', 'today', 'line', 'version'])
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (args.positional.length !== 1) throw new CliError('需要且只需要一个案件文件 / exactly one matter file is required')
  file = args.positional[0]
  const kind = args.flags.get('kind')
  if (typeof kind !== 'string' || !(MEMO_KINDS as readonly string[]).includes(kind)) {
    throw new CliError(`--kind 应为 ${MEMO_KINDS.join(' | ')} 之一 / --kind must be one of ${MEMO_KINDS.join(', ')}`)
  }
  const out = args.flags.get('out')
  if (typeof out !== 'string' || !out.toLowerCase().endsWith('.docx')) throw new CliError('需要 --out <文件.docx> / --out <file.docx> is required')
  const today = args.flags.get('today')
  const defendant = args.flags.get('defendant')
  const doc = readMatterFile(file as string)
  if (typeof defendant === 'string' && !doc.defendants.some((d) => d.id === defendant)) {
    throw new CliError(`案件中没有编号为 ${defendant} 的被告人（可选：${doc.defendants.map((d) => d.id).join(', ')}） / no such defendant`)
  }
  const line = args.flags.get('line')
  if (line !== undefined && line !== 'innocence' && line !== 'lesser') throw new CliError('--line 应为 innocence（无罪）或 lesser（罪轻） / --line must be innocence or lesser')
  const version = args.flags.get('version')
  if (version !== undefined && version !== 'student' && version !== 'teacher') throw new CliError('--version 应为 student（学生版）或 teacher（教师版） / --version must be student or teacher')
  const analysis = analyzeMatter(doc, typeof today === 'string' ? { today } : {})
  const bytes = await buildMemoDocx(doc, analysis, {
    kind: kind as MemoKind,
    defendantId: typeof defendant === 'string' ? defendant : null,
    defenceLine: line ?? null,
    clinicVersion: version ?? null,
    checklist: !args.flags.has('filing')
  })
  try {
    writeFileSync(out, bytes)
  } catch (e) {
    throw new CliError(`无法写入 ${out}：${(e as Error).message} / cannot write the file`)
  }
  process.stderr.write(`已生成 / written: ${out} (${bytes.byteLength} bytes)\n`)
}, () => file)
