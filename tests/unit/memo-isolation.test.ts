// A memo for one defendant carries nothing of a co-defendant (checked through the command line, in
// every part of the .docx), and characters XML forbids never reach a part: a name holding U+FFFE or
// U+FFFF still gives a .docx that LibreOffice opens.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import { MEMO_KINDS } from '../../core/settings'
import { buildMemo } from '../../templates/index'
import { hasXmlForbidden, xmlSafe } from '../../templates/sanitize'
import { twoDefendantMatter } from '../../scripts/memo-samples'
import { loadCase } from './memo-helpers'

const dir = mkdtempSync(join(tmpdir(), 'bangxin-memo-iso-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Every part of the package as text (XML, rels, custom XML, properties). */
async function allParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const out: Record<string, string> = {}
  for (const name of Object.keys(zip.files)) {
    const f = zip.file(name)
    if (f) out[name] = await f.async('string')
  }
  return out
}

describe('one defendant per memo', () => {
  it.each(MEMO_KINDS)('npm run memo -- m.json --kind %s --defendant d1 leaves no trace of d2 in any part', async (kind) => {
    const doc = twoDefendantMatter()
    const d1 = doc.defendants[0]
    const d2 = doc.defendants[1]
    if (!d1 || !d2) throw new Error('two defendants expected')
    const file = join(dir, `m-${kind}.json`)
    const out = join(dir, `m-${kind}.docx`)
    writeFileSync(file, JSON.stringify(doc))
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/cli/memo.ts'), file, '--kind', kind, '--defendant', d1.id, '--out', out], { encoding: 'utf8', timeout: 100_000 })
    expect(r.status, r.stderr).toBe(0)
    const parts = await allParts(new Uint8Array(readFileSync(out)))
    const everything = Object.values(parts).join('\n')
    expect(everything).toContain(d1.name)
    // d2's name, in any script, and d2's figures in every form a memo writes them
    for (const trace of [d2.name, '7654321', '765.43', '765万', '98765', '9.87万']) {
      const where = Object.entries(parts).filter(([, t]) => t.includes(trace)).map(([n]) => n)
      expect(where, `${trace} found in ${where.join(', ')}`).toEqual([])
    }
    // the embedded analysis is d1's alone
    const item = Object.entries(parts).find(([n]) => /^customXml\/item\d+\.xml$/.test(n))?.[1] ?? ''
    expect(item).toContain(d1.id)
    expect(item).not.toContain(`"id":"${d2.id}"`)
  }, 120_000)
})

describe('characters XML forbids', () => {
  it('xmlSafe removes C0 controls (not tab, LF, CR), U+FFFE, U+FFFF and lone surrogates, and keeps everything else', () => {
    const bad = 'a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh\uD800i\uDC00j'
    expect(xmlSafe(bad)).toBe('abcdefghij')
    expect(xmlSafe('\t换行\n回车\r😀𠮷')).toBe('\t换行\n回车\r😀𠮷')
    expect(hasXmlForbidden(bad)).toBe(true)
    expect(hasXmlForbidden(xmlSafe(bad))).toBe(false)
  })

  const hasTool = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
  const soffice = hasTool('soffice') && hasTool('pdfinfo')

  it('U+FFFE / U+FFFF in names and facts give packages with no forbidden character that LibreOffice opens', async () => {
    const doc = loadCase('cn-xianyou-yan')
    const d = doc.defendants[0]
    if (!d) throw new Error('no defendant')
    d.name = '严\uFFFE某\uFFFF某'
    d.conduct.otherHelp = '出售\u0001银行卡\uD800'
    doc.matter.title = '严\uFFFF某某案'
    doc.matter.authority = '福建省仙游县人民法院\uFFFE'
    const analysis = analyzeMatter(doc)
    const files: string[] = []
    for (const kind of MEMO_KINDS) {
      const memo = await buildMemo(doc, analysis, { kind })
      for (const [name, text] of Object.entries(await allParts(memo.bytes))) {
        expect(hasXmlForbidden(text), `${kind}: ${name}`).toBe(false)
      }
      const f = join(dir, `ffff-${kind}.docx`)
      writeFileSync(f, memo.bytes)
      files.push(f)
    }
    if (!soffice) {
      if (process.env.CI) throw new Error('LibreOffice is required in CI')
      console.warn('memo-isolation: soffice 未安装，跳过 LibreOffice 打开测试 / LibreOffice missing: open test skipped')
      return
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE: resolve('fonts/fontconfig-cjk.conf') },
      stdio: 'ignore',
      timeout: 170_000
    })
    for (const kind of MEMO_KINDS) {
      const pdf = join(dir, `ffff-${kind}.pdf`)
      expect(existsSync(pdf), `${kind}: LibreOffice produced no PDF`).toBe(true)
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+[1-9]/)
    }
  }, 180_000)
})
