// npm run extract -- <FILE.txt|FILE.docx|-> [--json]
// Proposes, from the text of an 起诉意见书 / 起诉书 / 判决书 / 不起诉决定书, the facts it states for each defendant
// it names (core/extract, the code the app runs). Without --json: a readable list, each proposal with the words it
// came from. With --json: ONE JSON document
//   {"defendants": [ …matter-format defendants holding only the stated facts… ],
//    "spans": {"<defendant id>.<field path>": [start, end]}, "matter": {"accusation": {…}}, "notes": {…}}
// Spans are [start, end) offsets in UTF-16 code units into the text read (after the .docx → text step).
// Exit 0 ok (also when nothing is found), 1 usage / unreadable file / text refused (empty, too long, binary).
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { extractFacts, toMatterDefendants, type Proposal } from '../../core/extract/index'
import { FIELDS } from '../../core/matter/fields'
import { CliError, parseArgs, runCli } from './common'
import { TextFileError, textOfFile } from '../../core/text/file-text'

const USAGE = '用法 / usage: npm run extract -- <起诉书.txt|.docx|-> [--json]'

/** The Chinese label of a field (the field table, core/matter/fields.ts), or the charge. */
const labelOf = (path: string): string =>
  path === 'charge' ? '罪名' : (FIELDS as Record<string, { label: { zh: string } }>)[path]?.label.zh ?? path

let file: string | undefined

async function readInput(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = []
    for await (const c of process.stdin) chunks.push(c as Buffer)
    return textOfFile(new Uint8Array(Buffer.concat(chunks)), 'stdin.txt')
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(path))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new CliError(code === 'ENOENT' ? `找不到文件 ${path} / file not found` : `无法读取 ${path}：${(e as Error).message} / cannot read file`)
  }
  try {
    return await textOfFile(bytes, basename(path))
  } catch (e) {
    if (e instanceof TextFileError) throw new CliError(e.message)
    throw e
  }
}

await runCli(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['json', 'help'], [])
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (args.positional.length !== 1) throw new CliError('需要且只需要一个文本文件 / exactly one text file is required')
  file = args.positional[0] as string
  const text = await readInput(file)
  const r = extractFacts(text)
  if (!r.ok) throw new CliError(`${file}：${r.error}`)
  const { defendants, spans } = toMatterDefendants(r.value)
  const notes: Record<string, string> = {}
  const counters = new Map<string, number>()
  for (const p of r.value.proposals) {
    let key = `${p.defendantId}.${p.path}`
    if (p.path === 'conduct.cards' || p.path === 'knowledge.indicators') {
      const n = counters.get(key) ?? 0
      counters.set(key, n + 1)
      key = `${key}.${n}`
    }
    if (p.note) notes[key] = p.note
  }
  if (r.value.charge) spans['matter.accusation.charge'] = r.value.charge.span
  if (args.flags.has('json')) {
    const out = {
      defendants,
      spans,
      matter: { accusation: { document: r.value.document, charge: r.value.charge?.value ?? null } },
      charges: Object.fromEntries(r.value.proposals.filter((p) => p.path === 'charge').map((p) => [p.defendantId, p.value])),
      notes
    }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
    return
  }
  const lines: string[] = [`文书类型 / document: ${r.value.document ?? '未识别'}`]
  if (r.value.defendants.length === 0) lines.push('未找到被告人（被告人/犯罪嫌疑人/被不起诉人 + 姓名） / no defendant named')
  const quote = (p: Proposal) => text.slice(p.span[0], p.span[1]).replace(/\s+/g, ' ')
  for (const d of r.value.defendants) {
    lines.push('', `${d.id} ${d.name}（${d.kind === 'unit' ? '单位' : '自然人'}）`)
    for (const p of r.value.proposals.filter((x) => x.defendantId === d.id)) {
      lines.push(`  ${labelOf(p.path)}：${JSON.stringify(p.value)}    ← “${quote(p)}” [${p.span[0]}, ${p.span[1]})${p.note ? `  （${p.note.split(' / ')[0]}）` : ''}`)
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}, () => file)
