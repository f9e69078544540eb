// Spawns the real `npm run extract` entry point on files the test writes (.txt, .docx, binary, empty).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { extractFacts } from '../../core/extract/index'
import { docxXmlToText, textOfFile } from '../../core/text/file-text'

const root = resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(join(tmpdir(), 'bangxin-extract-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const LINES = [
  '某某市某某区人民检察院',
  '起诉书',
  '被告人陈某某，男，2000年7月1日出生，某某学院在校学生。',
  '2021年9月至11月间，被告人陈某某将本人名下的3张银行卡出租给他人使用，获取报酬共计人民币4,500元。经查，上述银行卡流入资金共计三十八万余元。',
  '被告人陈某某到案后如实供述，自愿认罪认罚，并退赃4500元。',
  '本院认为，被告人陈某某应当以帮助信息网络犯罪活动罪追究其刑事责任。'
]
const TEXT = LINES.join('\n')

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/cli/extract.ts'), ...args], {
    cwd: root, encoding: 'utf-8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe']
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

async function docx(lines: string[]): Promise<Uint8Array> {
  const zip = new JSZip()
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l.slice(0, 5))}</w:t></w:r><w:r><w:t>${esc(l.slice(5))}</w:t></w:r></w:p>`).join('')
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`)
  return zip.generateAsync({ type: 'uint8array' })
}

describe('npm run extract', () => {
  it('--json prints one document: defendants in the matter format with only the stated facts, and spans', () => {
    const file = join(tmp, 'qs.txt')
    writeFileSync(file, TEXT)
    const r = run(file, '--json')
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.defendants).toHaveLength(1)
    const d = out.defendants[0]
    expect(d).toMatchObject({
      id: 'd1', name: '陈某某', sex: 'male', birthDate: '2000-07-01', student: true,
      actPeriod: { from: '2021-09-01', to: '2021-11-30' },
      conduct: { cards: [{ kind: 'bankCard', count: 3, owner: 'self', dealing: 'rent' }] },
      amounts: { illegalGain: 4500, oneWayInflow: 380000 },
      mitigation: { truthfulConfession: true, pleaAgreement: true, restitution: 4500 }
    })
    expect(d.amounts.paymentSettlement).toBeUndefined()
    expect(d.mitigation.surrendered).toBeUndefined()
    for (const [key, span] of Object.entries(out.spans as Record<string, [number, number]>)) {
      expect(key).toMatch(/^(d1|matter)\./)
      expect(span[0]).toBeLessThan(span[1])
      expect(span[1]).toBeLessThanOrEqual(TEXT.length)
    }
    expect(TEXT.slice(...(out.spans['d1.amounts.illegalGain'] as [number, number]))).toBe('人民币4,500元')
    expect(out.matter.accusation).toEqual({ document: '起诉书', charge: 'art287-2' })
  })

  it('reads a .docx the same as the .txt of its text', async () => {
    const file = join(tmp, 'qs.docx')
    writeFileSync(file, await docx(LINES))
    const r = run(file, '--json')
    expect(r.code, r.stderr).toBe(0)
    const txt = join(tmp, 'same.txt')
    writeFileSync(txt, TEXT)
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(run(txt, '--json').stdout))
  })

  it('without --json lists each proposal with the words it came from', () => {
    const file = join(tmp, 'plain.txt')
    writeFileSync(file, `\ufeff${TEXT}`)
    const r = run(file)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('d1 陈某某')
    expect(r.stdout).toContain('认罪认罚：true')
    expect(r.stdout).toContain('“人民币4,500元”')
  })

  it.each([
    ['binary.txt', new Uint8Array([0x50, 0x4b, 0, 1, 2, 3, 0, 0, 0xff]), '二进制'],
    ['empty.txt', new Uint8Array(), '文本为空'],
    ['broken.docx', new TextEncoder().encode('not a zip'), '.docx'],
    ['scan.pdf', new TextEncoder().encode('%PDF-1.7'), '.pdf'],
    ['missing.txt', null, '找不到文件']
  ])('%s: exit 1 with a Chinese-first message, nothing on stdout', (name, bytes, words) => {
    const file = join(tmp, name)
    if (bytes) writeFileSync(file, bytes)
    const r = run(file, '--json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(words)
    expect(r.stderr).toMatch(/^错误 \/ error: [^\n]*[\u4e00-\u9fa5]/)
  })
})

describe('file-text', () => {
  it('docx paragraphs become lines; entities, tabs and deleted revisions are handled', () => {
    const xml = '<w:body><w:p><w:r><w:t>被告人</w:t></w:r><w:r><w:t>A&amp;B</w:t></w:r><w:del><w:r><w:t>删去</w:t></w:r></w:del></w:p><w:p><w:r><w:tab/><w:t>第二段</w:t></w:r></w:p></w:body>'
    expect(docxXmlToText(xml)).toBe('被告人A&B\n\t第二段')
  })

  it('UTF-16 with a BOM reads as text', async () => {
    const s = '被告人王某出售银行卡'
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer)])
    expect(await textOfFile(bytes, 'a.txt')).toBe(s)
    const r = extractFacts(await textOfFile(bytes, 'a.txt'))
    expect(r.ok && r.value.defendants[0]?.name).toBe('王某')
  })
})
