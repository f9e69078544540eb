// Converts each memo kind to PDF with LibreOffice and checks the extracted text: the defendant's
// name, the conclusion wording and the charge, on A4 pages; no tool text on any page.
// LibreOffice is installed by .ci/run; outside CI a missing soffice skips with a message.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import { MEMO_KINDS, type MemoKind } from '../../core/settings'
import type { MemoModel } from '../../core/memo/types'
import { buildMemo } from '../../templates/index'
import { loadCase } from './memo-helpers'

const hasTool = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const available = hasTool('soffice') && hasTool('pdftotext') && hasTool('pdfinfo')
if (!available && !process.env.CI) {
  console.warn('memo-pdf: soffice/pdftotext 未安装，跳过 PDF 转换测试 / LibreOffice or poppler-utils missing: PDF test skipped (it runs in CI)')
}

const squeeze = (s: string): string => s.replace(/\s+/g, '')

describe.skipIf(!available && !process.env.CI)('memo → PDF with LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bangxin-memo-pdf-'))
  const models = new Map<MemoKind, MemoModel>()
  const texts = new Map<MemoKind, string>()
  const infos = new Map<MemoKind, string>()

  beforeAll(async () => {
    const doc = loadCase('cn-xianyou-yan')
    const analysis = analyzeMatter(doc)
    const files: string[] = []
    for (const kind of MEMO_KINDS) {
      const memo = await buildMemo(doc, analysis, { kind })
      const file = join(dir, `${kind}.docx`)
      writeFileSync(file, memo.bytes)
      files.push(file)
      models.set(kind, memo.model)
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE: resolve('fonts/fontconfig-cjk.conf') },
      stdio: 'ignore',
      timeout: 170_000
    })
    for (const kind of MEMO_KINDS) {
      const pdf = join(dir, `${kind}.pdf`)
      if (!existsSync(pdf)) throw new Error(`LibreOffice produced no PDF for ${kind}`)
      texts.set(kind, execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }))
      infos.set(kind, execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))
    }
  }, 180_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each(MEMO_KINDS)('%s: A4 pages with the name, the conclusion and the charge', (kind) => {
    const model = models.get(kind)
    const text = squeeze(texts.get(kind) ?? '')
    expect(model).toBeDefined()
    expect(infos.get(kind)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    expect(text).toContain('严某某')
    expect(text).toContain(squeeze(model?.meta.conclusion ?? 'missing'))
    expect(text).toContain('帮助信息网络犯罪活动罪')
    expect(text).not.toMatch(/分析引擎|法律库版本|标准差|“以上”包括本数/)
    expect(text).toContain(squeeze(model?.title ?? 'missing'))
    // page numbers "— n —"
    expect(text).toMatch(/—1—/)
    expect(text).toMatch(/—2—/)
  })
})
