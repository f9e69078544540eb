// Regenerates docs/samples/: one memo of each kind (.docx + .pdf) from a published case, and PNG
// renderings of every page in a temp folder for review by eye.
//   npx tsx scripts/make-samples.ts [--case spc2025-07-a] [--cases-dir <fixtures folder>] [--png-dir <folder>]
// The case is read from the cases bundled with the app (core/examples/data) unless --cases-dir names another folder.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { analyzeMatter } from '../core/engine/analyze'
import { loadMatterDocument } from '../core/matter/migrations'
import { MEMO_KINDS } from '../core/settings'
import { buildMemo } from '../templates/index'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback
}

const root = resolve(import.meta.dirname, '..')
const caseId = arg('case', 'spc2025-07-a')
const casesDir = arg('cases-dir', process.env.BANGXIN_CASES_DIR ?? join(root, 'core', 'examples', 'data'))
const outDir = join(root, 'docs', 'samples')
const pngDir = arg('png-dir', join(tmpdir(), 'bangxin-samples'))

const raw: unknown = JSON.parse(readFileSync(join(casesDir, `${caseId}.json`), 'utf8'))
const loaded = loadMatterDocument((raw as { matter: unknown }).matter)
if (!loaded.ok) {
  console.error(`案例 ${caseId} 数据无效 / invalid fixture:`, loaded.issues)
  process.exit(2)
}
const doc = loaded.value
const analysis = analyzeMatter(doc)
mkdirSync(outDir, { recursive: true })
mkdirSync(pngDir, { recursive: true })

const files: string[] = []
for (const kind of MEMO_KINDS) {
  const memo = await buildMemo(doc, analysis, { kind })
  const file = join(outDir, `${kind}.docx`)
  writeFileSync(file, memo.bytes)
  files.push(file)
  console.log(`${kind}: ${memo.model.title} — ${memo.model.meta.conclusion}（${memo.model.footnotes.length} 条脚注）`)
}

const profile = `/tmp/lo-samples-${process.pid}`
try {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    env: { ...process.env, FONTCONFIG_FILE: join(root, 'fonts', 'fontconfig-cjk.conf') },
    stdio: ['ignore', 'ignore', 'inherit']
  })
} finally {
  rmSync(profile, { recursive: true, force: true })
}
for (const f of readdirSync(pngDir)) if (f.endsWith('.png')) rmSync(join(pngDir, f))
for (const kind of MEMO_KINDS) {
  const pdf = join(outDir, `${kind}.pdf`)
  if (!existsSync(pdf)) throw new Error(`PDF 未生成 / no PDF for ${kind}`)
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(pngDir, kind)])
}
console.log(`PDF → ${outDir}; PNG → ${pngDir}`)
