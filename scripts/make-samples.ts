// Regenerates docs/samples/: every memo kind (the 教学练习 in both versions) for each representative
// matter of scripts/memo-samples.ts (built from the published cases bundled in core/examples/data),
// as .docx and .pdf, and PNG renderings of every page in a temp folder for review by eye.
//   npx tsx scripts/make-samples.ts [--png-dir <dir>] [--only probation,minor]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { analyzeMatter } from '../core/engine/analyze'
import type { MemoOptions } from '../core/memo/index'
import { MEMO_KINDS } from '../core/settings'
import { buildMemo } from '../templates/index'
import { representativeMatters } from './memo-samples'

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : null
}

const root = resolve(import.meta.dirname, '..')
const outDir = join(root, 'docs', 'samples')
const pngDir = arg('png-dir') ?? join(tmpdir(), 'bangxin-samples')
const only = arg('only')?.split(',') ?? null

mkdirSync(outDir, { recursive: true })
mkdirSync(pngDir, { recursive: true })
if (!only) for (const f of readdirSync(outDir)) if (/\.(docx|pdf)$/.test(f)) rmSync(join(outDir, f))

const variants: { suffix: string; opts: Omit<MemoOptions, 'defendantId'> }[] = [
  ...MEMO_KINDS.filter((k) => k !== 'clinic').map((kind) => ({ suffix: kind, opts: { kind } })),
  { suffix: 'clinic-student', opts: { kind: 'clinic', clinicVersion: 'student' } },
  { suffix: 'clinic-teacher', opts: { kind: 'clinic', clinicVersion: 'teacher' } }
]

const files: string[] = []
for (const r of representativeMatters()) {
  if (only && !only.includes(r.id)) continue
  const analysis = analyzeMatter(r.doc)
  for (const v of variants) {
    const memo = await buildMemo(r.doc, analysis, v.opts)
    const file = join(outDir, `${r.id}-${v.suffix}.docx`)
    writeFileSync(file, memo.bytes)
    files.push(file)
    console.log(`${r.id} / ${v.suffix}: ${memo.model.title} — ${memo.model.meta.conclusion.slice(0, 60)}（${memo.model.footnotes.length} 条脚注）`)
  }
}

const profile = join(tmpdir(), `lo-samples-${process.pid}`)
try {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    env: { ...process.env, FONTCONFIG_FILE: join(root, 'fonts', 'fontconfig-cjk.conf') },
    stdio: ['ignore', 'ignore', 'inherit']
  })
} finally {
  rmSync(profile, { recursive: true, force: true })
}
for (const f of readdirSync(pngDir)) if (f.endsWith('.png')) rmSync(join(pngDir, f))
for (const file of files) {
  const pdf = file.replace(/\.docx$/, '.pdf')
  if (!existsSync(pdf)) throw new Error(`PDF 未生成 / no PDF for ${file}`)
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(pngDir, pdf.split('/').pop()?.replace(/\.pdf$/, '') ?? 'page')])
}
console.log(`PDF → ${outDir}; PNG → ${pngDir}`)
